"""The HTTP/1.1 the stdlib transport reads and writes itself, on answers a real Syncthing does not give on demand:
chunked bodies with extensions and trailers, folded header lines, ``100 Continue``, answers without a body, bodies
that end with the connection, answers cut short, and requests it must not write.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from syncthing_client._stdlib import StdlibTransport
from tests.fakes import FakeServer

KEY = {"X-API-Key": "the-key"}


@contextmanager
def answered_then_closed(answer: bytes) -> Iterator[str]:
    """A server that takes one request, writes ``answer`` and closes the connection; its URL."""
    listener = socket.create_server(("127.0.0.1", 0))
    received = bytearray()

    def serve() -> None:
        connection, _ = listener.accept()
        with connection:
            while b"\r\n\r\n" not in received:
                part = connection.recv(65536)
                if not part:
                    return
                received.extend(part)
            connection.sendall(answer)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        thread.join(5)
        listener.close()


def exchange(url: str, method: str = "GET", headers: dict[str, str] | None = None) -> httpx.Response:
    transport = StdlibTransport()
    try:
        request = httpx.Request(method, f"{url}/rest/system/version", headers=headers or KEY)
        request.extensions["timeout"] = httpx.Timeout(5.0).as_dict()
        return transport.handle_request(request)
    finally:
        transport.close()


def test_a_chunked_body_with_extensions_and_trailers_is_read_whole_and_the_connection_kept() -> None:
    answer = (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n"
        b'5;name=value\r\n{"a":\r\n3\r\n 1}\r\n0\r\nX-Trailer: t\r\n\r\n'
    )
    with FakeServer(lambda request: answer) as server:
        transport = StdlibTransport()
        try:
            bodies = []
            for _ in range(2):
                request = httpx.Request("GET", f"{server.url}/rest/system/version", headers=KEY)
                bodies.append(transport.handle_request(request).json())
        finally:
            transport.close()
    assert bodies == [{"a": 1}, {"a": 1}]
    assert len(server.received) == 2


def test_folded_header_lines_are_joined_and_names_kept_as_sent() -> None:
    answer = b"HTTP/1.1 200 OK\r\nX-Folded: one\r\n  two\r\nContent-Length: 2\r\n\r\n{}"
    with FakeServer(lambda request: answer) as server:
        response = exchange(server.url)
    assert response.headers["x-folded"] == "one two"
    assert response.headers.raw[0] == (b"X-Folded", b"one two")
    assert response.extensions["reason_phrase"] == b"OK"


def test_a_100_continue_before_the_answer_is_read_past() -> None:
    answer = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"
    with FakeServer(lambda request: answer) as server:
        response = exchange(server.url)
    assert (response.status_code, response.content) == (200, b"{}")


@pytest.mark.parametrize("method, status", [("HEAD", 200), ("GET", 204), ("GET", 304)])
def test_an_answer_without_a_body_is_not_waited_for(method: str, status: int) -> None:
    # The length a HEAD or a 304 may state is the resource's; no body follows either way.
    answer = f"HTTP/1.1 {status} X\r\nContent-Length: 10\r\n\r\n".encode()
    with FakeServer(lambda request: answer) as server:
        response = exchange(server.url, method)
    assert (response.status_code, response.content) == (status, b"")


@pytest.mark.parametrize("version", [b"HTTP/1.0", b"HTTP/1.1"])
def test_a_body_without_a_length_ends_with_the_connection(version: bytes) -> None:
    with answered_then_closed(version + b" 200 OK\r\nContent-Type: application/json\r\n\r\n[1, 2]") as url:
        response = exchange(url)
    assert response.json() == [1, 2]
    assert response.extensions["http_version"] == version


def test_an_answer_cut_short_is_a_remote_protocol_error() -> None:
    cut = answered_then_closed(b'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"cut":')
    with cut as url, pytest.raises(httpx.RemoteProtocolError, match="ended after 7 of 100 bytes"):
        exchange(url)


def test_a_chunk_cut_short_is_a_remote_protocol_error() -> None:
    cut = answered_then_closed(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nabc")
    with cut as url, pytest.raises(httpx.RemoteProtocolError, match="inside a chunk"):
        exchange(url)


def test_a_header_that_would_split_the_request_is_refused_before_anything_is_sent() -> None:
    with FakeServer() as server, pytest.raises(httpx.LocalProtocolError, match="line break") as caught:
        exchange(server.url, headers={**KEY, "X-Evil": "a\r\nX-Injected: 1"})
    assert server.received == []
    assert "X-Injected" not in str(caught.value)
