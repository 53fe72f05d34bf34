"""The HTTP/1.1 the stdlib transports (sync and async) read and write themselves, on answers a real Syncthing does
not give on demand: chunked bodies with extensions and trailers, folded header lines, ``100 Continue``, answers
without a body, bodies that end with the connection, answers cut short, and requests they must not write.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

from syncthing_client._asyncio import AsyncStdlibTransport
from syncthing_client._stdlib import StdlibTransport
from syncthing_client.errors import ResponseTooLargeError
from tests.fakes import FakeServer, http_answer, json_answer

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


# Sends a GET (or the method given, with the headers given) to the URL as often as asked, on one transport.
Exchange = Callable[..., list[httpx.Response]]


def _request(url: str, method: str, headers: dict[str, str] | None) -> httpx.Request:
    request = httpx.Request(method, f"{url}/rest/system/version", headers=headers or KEY)
    request.extensions["timeout"] = httpx.Timeout(5.0).as_dict()
    return request


def _sync(url: str, method: str = "GET", headers: dict[str, str] | None = None, times: int = 1) -> list[httpx.Response]:
    transport = StdlibTransport()
    try:
        return [transport.handle_request(_request(url, method, headers)) for _ in range(times)]
    finally:
        transport.close()


def _async(
    url: str, method: str = "GET", headers: dict[str, str] | None = None, times: int = 1
) -> list[httpx.Response]:
    async def scenario() -> list[httpx.Response]:
        transport = AsyncStdlibTransport()
        try:
            return [await transport.handle_async_request(_request(url, method, headers)) for _ in range(times)]
        finally:
            await transport.aclose()

    return asyncio.run(scenario())


@pytest.fixture(params=["sync", "async"])
def exchange(request: pytest.FixtureRequest) -> Exchange:
    return _sync if request.param == "sync" else _async


def test_a_chunked_body_with_extensions_and_trailers_is_read_whole_and_the_connection_kept(exchange: Exchange) -> None:
    answer = (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n"
        b'5;name=value\r\n{"a":\r\n3\r\n 1}\r\n0\r\nX-Trailer: t\r\n\r\n'
    )
    with FakeServer(lambda request: answer) as server:
        bodies = [response.json() for response in exchange(server.url, times=2)]
    assert bodies == [{"a": 1}, {"a": 1}]
    assert len(server.received) == 2


def test_folded_header_lines_are_joined_and_names_kept_as_sent(exchange: Exchange) -> None:
    answer = b"HTTP/1.1 200 OK\r\nX-Folded: one\r\n  two\r\nContent-Length: 2\r\n\r\n{}"
    with FakeServer(lambda request: answer) as server:
        (response,) = exchange(server.url)
    assert response.headers["x-folded"] == "one two"
    assert response.headers.raw[0] == (b"X-Folded", b"one two")
    assert response.extensions["reason_phrase"] == b"OK"


def test_a_100_continue_before_the_answer_is_read_past(exchange: Exchange) -> None:
    answer = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"
    with FakeServer(lambda request: answer) as server:
        (response,) = exchange(server.url)
    assert (response.status_code, response.content) == (200, b"{}")


@pytest.mark.parametrize("method, status", [("HEAD", 200), ("GET", 204), ("GET", 304)])
def test_an_answer_without_a_body_is_not_waited_for(exchange: Exchange, method: str, status: int) -> None:
    # The length a HEAD or a 304 may state is the resource's; no body follows either way.
    answer = f"HTTP/1.1 {status} X\r\nContent-Length: 10\r\n\r\n".encode()
    with FakeServer(lambda request: answer) as server:
        (response,) = exchange(server.url, method)
    assert (response.status_code, response.content) == (status, b"")


@pytest.mark.parametrize("version", [b"HTTP/1.0", b"HTTP/1.1"])
def test_a_body_without_a_length_ends_with_the_connection(exchange: Exchange, version: bytes) -> None:
    with answered_then_closed(version + b" 200 OK\r\nContent-Type: application/json\r\n\r\n[1, 2]") as url:
        (response,) = exchange(url)
    assert response.json() == [1, 2]
    assert response.extensions["http_version"] == version


def test_an_answer_cut_short_is_a_remote_protocol_error(exchange: Exchange) -> None:
    cut = answered_then_closed(b'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"cut":')
    with cut as url, pytest.raises(httpx.RemoteProtocolError, match="ended after 7 of 100 bytes"):
        exchange(url)


def test_a_chunk_cut_short_is_a_remote_protocol_error(exchange: Exchange) -> None:
    cut = answered_then_closed(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nabc")
    with cut as url, pytest.raises(httpx.RemoteProtocolError, match="inside a chunk"):
        exchange(url)


@pytest.mark.parametrize("after", [b"", b"0\r\n"], ids=["chunk size", "trailer"])
def test_an_endless_line_inside_a_chunked_body_is_refused_without_reading_it_all(
    exchange: Exchange, after: bytes
) -> None:
    size = 20_000_000

    def answer(request: object) -> Iterator[bytes]:
        yield b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n" + after
        for _ in range(size // 10_000):
            yield b"x" * 10_000

    with FakeServer(answer) as server:
        with pytest.raises(httpx.RemoteProtocolError, match="longer than 65536 bytes"):
            exchange(server.url)
        time.sleep(0.2)
    assert server.sent < size // 2  # the transport stopped reading and dropped the connection


def test_a_header_that_would_split_the_request_is_refused_before_anything_is_sent(exchange: Exchange) -> None:
    with FakeServer() as server, pytest.raises(httpx.LocalProtocolError, match="line break") as caught:
        exchange(server.url, headers={**KEY, "X-Evil": "a\r\nX-Injected: 1"})
    assert server.received == []
    assert "X-Injected" not in str(caught.value)


# What only the async transport has: a deadline that cancels mid-answer, a cap on connections, reading paused at the
# size limit.


def _calls(transport: AsyncStdlibTransport, url: str, count: int, timeout: float = 5.0) -> list[Any]:
    """``count`` GETs at once on ``transport``: each one's response or error."""

    async def one() -> httpx.Response:
        request = httpx.Request("GET", f"{url}/rest/system/version", headers=KEY)
        request.extensions["timeout"] = httpx.Timeout(timeout).as_dict()
        return await transport.handle_async_request(request)

    async def scenario() -> list[Any]:
        try:
            return list(await asyncio.gather(*(one() for _ in range(count)), return_exceptions=True))
        finally:
            await transport.aclose()

    return asyncio.run(scenario())


def test_async_a_call_past_its_deadline_closes_its_connection_and_the_next_gets_its_own_answer() -> None:
    answers = iter([(0.6, b"late"), (0.0, b"next")])

    def answer(request: object) -> bytes:
        delay, body = next(answers)
        time.sleep(delay)
        return http_answer(200, body)

    transport = AsyncStdlibTransport()

    async def scenario() -> tuple[BaseException, bytes]:
        try:
            late = httpx.Request("GET", f"{server.url}/rest/system/version", headers=KEY)
            late.extensions["timeout"] = httpx.Timeout(0.3).as_dict()
            with pytest.raises(httpx.ReadTimeout, match=r"no whole answer within 0\.3 s") as caught:
                await transport.handle_async_request(late)
            await asyncio.sleep(0.5)  # the late answer arrives, on the connection the deadline closed
            response = await transport.handle_async_request(_request(server.url, "GET", None))
            return caught.value, response.content
        finally:
            await transport.aclose()

    with FakeServer(answer) as server:
        error, content = asyncio.run(scenario())
    assert content == b"next"
    assert "the-key" not in repr(error)


def test_async_calls_beyond_the_connection_limit_wait_for_one() -> None:
    lock = threading.Lock()
    at_once = [0, 0]  # now, most

    def answer(request: object) -> bytes:
        with lock:
            at_once[0] += 1
            at_once[1] = max(at_once)
        time.sleep(0.1)
        with lock:
            at_once[0] -= 1
        return json_answer({"ok": True})

    with FakeServer(answer) as server:
        results = _calls(AsyncStdlibTransport(limit=2), server.url, 6)
    assert [result.json() for result in results] == [{"ok": True}] * 6
    assert at_once[1] == 2


@pytest.mark.parametrize("chunked", [True, False])
def test_async_reading_stops_at_the_size_limit(chunked: bool) -> None:
    limit, size = 100_000, 20_000_000
    head = b"Transfer-Encoding: chunked" if chunked else b"Connection: close"

    def answer(request: object) -> Iterator[bytes]:
        yield b"HTTP/1.1 200 OK\r\n" + head + b"\r\n\r\n"
        for _ in range(size // 10_000):
            yield b"2710\r\n" + b"x" * 10_000 + b"\r\n" if chunked else b"x" * 10_000

    with FakeServer(answer) as server:
        (error,) = _calls(AsyncStdlibTransport(max_response_bytes=limit), server.url, 1)
        time.sleep(0.2)
    assert isinstance(error, ResponseTooLargeError)
    assert server.sent < size // 2  # the transport stopped reading and dropped the connection


def test_async_a_large_body_in_small_chunks_is_read_whole() -> None:
    parts = [bytes([65 + index % 26]) * 4096 for index in range(256)]

    def answer(request: object) -> Iterator[bytes]:
        yield b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        for part in parts:
            yield b"1000\r\n" + part + b"\r\n"
        yield b"0\r\n\r\n"

    with FakeServer(answer) as server:
        (response,) = _calls(AsyncStdlibTransport(), server.url, 1)
    assert response.content == b"".join(parts)
