"""Bounds on one call, on every transport: a deadline for the whole call (a server trickling its answer cannot hold
it), a cap on the body's size (as received and once decoded), descriptors above 1023, and aiohttp's own errors
mapped to the client's. Faults come from fake servers on 127.0.0.1 (tests/fakes.py) that stop with the test."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import os
import resource
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from typing import Any

import aiohttp
import httpx
import pytest

from syncthing_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncSyncthing,
    InvalidURLError,
    ResponseTooLargeError,
    Syncthing,
)
from syncthing_client._aiohttp import _httpx_error
from syncthing_client._send import DEFAULT_MAX_RESPONSE_BYTES
from syncthing_client.api import OPERATIONS
from syncthing_client.api.events import events_poll
from tests.fakes import VERSION_1_29_5, FakeServer, Received, json_answer, syncthing_answer
from tests.harness import TRANSPORTS, assert_no_key, failure, fresh_key, outcomes

MiB = 1024 * 1024


def version(client: Any) -> Any:
    return client.system.version()


def with_limit(flavour: str, url: str, key: str, limit: int) -> BaseException:
    """What ``system.version()`` raises on a client of ``flavour`` made with ``max_response_bytes=limit``."""
    kind, _, backend = flavour.partition("-")
    try:
        if kind == "sync":
            with Syncthing(url, key, backend=backend, max_response_bytes=limit) as st:  # type: ignore[arg-type]
                st.system.version()
        else:

            async def call() -> None:
                async with AsyncSyncthing(url, key, backend=backend, max_response_bytes=limit) as ast:  # type: ignore[arg-type]
                    await ast.system.version()

            asyncio.run(call())
    except Exception as exc:
        return exc
    raise AssertionError(f"{flavour}: nothing was raised")


# --- (5) a deadline for the whole call ----------------------------------------------------------------------------

VERSION_ANSWER = json_answer(VERSION_1_29_5)
HEAD_LENGTH = VERSION_ANSWER.index(b"\r\n\r\n") + 4
TRICKLES = {"headers": 0, "body": HEAD_LENGTH}


@pytest.mark.parametrize("flavour", TRANSPORTS)
@pytest.mark.parametrize("trickled", TRICKLES.values(), ids=TRICKLES.keys())
def test_a_trickling_server_cannot_hold_a_call_past_its_timeout(
    flavour: str, trickled: int, debug_logs: pytest.LogCaptureFixture
) -> None:
    """One byte every 0.5 s: every read is quick, but the whole answer would take minutes (slowloris)."""
    key = fresh_key()
    with FakeServer(lambda request: VERSION_ANSWER, drip=(trickled, 0.5)) as server:
        started = time.monotonic()
        exc = failure(flavour, server.url, key, version, timeout=2)
        elapsed = time.monotonic() - started
    assert type(exc) is APITimeoutError, repr(exc)
    assert 1.9 < elapsed < 3.5, elapsed
    assert 0 < server.sent < len(VERSION_ANSWER)
    assert_no_key(exc, key, debug_logs)


def slow_empty_poll(request: Received) -> bytes:
    if request.target.startswith("/rest/events"):
        time.sleep(3)  # a long poll that ends without events, after longer than the client's timeout
        return json_answer([])
    return syncthing_answer(request)


@pytest.mark.parametrize("flavour", TRANSPORTS)
def test_a_long_poll_keeps_the_longer_deadline_it_asks_for(flavour: str) -> None:
    """The event stream gives its long polls a read timeout of their own (events.py): that is their deadline."""
    operation = OPERATIONS["events_poll"]

    def polls(client: Any) -> list[Any]:
        longer = events_poll._get_kwargs(since=1, timeout=3)
        longer["timeout"] = httpx.Timeout(30.0, read=10.0)
        return [
            lambda: client._sender.send(operation, longer),
            lambda: client._sender.send(operation, events_poll._get_kwargs(since=1, timeout=3)),
        ]

    with FakeServer(slow_empty_poll) as server:
        longer, default = outcomes(flavour, server.url, fresh_key(), polls, timeout=1.5)
    assert isinstance(longer, httpx.Response) and longer.json() == [], repr(longer)
    assert type(default) is APITimeoutError, repr(default)


# --- (6) no compression asked for; a cap on the body's size -------------------------------------------------------


@pytest.mark.parametrize("flavour", TRANSPORTS)
def test_no_compression_is_asked_for(flavour: str) -> None:
    with FakeServer() as server:
        [answer] = outcomes(flavour, server.url, fresh_key(), lambda client: [lambda: version(client)])
    assert answer.version == "v1.29.5"
    assert [request.headers["accept-encoding"] for request in server.received] == ["identity"]


def test_the_default_limit_is_generous_and_configurable() -> None:
    assert 64 * MiB == DEFAULT_MAX_RESPONSE_BYTES
    for limit in (0, -1, 1.5, True, "1"):
        with pytest.raises(Exception, match="max_response_bytes"):
            Syncthing("http://127.0.0.1:8384", "key", max_response_bytes=limit)  # type: ignore[arg-type]


def endless(length: int, *, chunked: bool) -> Iterator[bytes]:
    """An answer of ``length`` bytes of JSON-ish text, made as it is sent."""
    if chunked:
        yield b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    else:
        yield f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n\r\n".encode()
    piece = b" " * MiB
    for _ in range(length // MiB):
        yield b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece
    if chunked:
        yield b"0\r\n\r\n"


LARGE = {"chunked": True, "with Content-Length": False}


@pytest.mark.parametrize("flavour", TRANSPORTS)
@pytest.mark.parametrize("chunked", LARGE.values(), ids=LARGE.keys())
def test_a_body_over_the_limit_is_cut_off(flavour: str, chunked: bool, debug_logs: pytest.LogCaptureFixture) -> None:
    """100 MB of plain text against a 1 MiB limit: the client stops reading at the limit and drops the connection."""
    key = fresh_key()
    with FakeServer(lambda request: endless(100 * MiB, chunked=chunked)) as server:
        started = time.monotonic()
        exc = with_limit(flavour, server.url, key, MiB)
        elapsed = time.monotonic() - started
        time.sleep(0.2)  # let the server notice
        sent = server.sent
    assert type(exc) is ResponseTooLargeError, repr(exc)
    assert exc.limit == MiB
    assert "max_response_bytes=1048576" in str(exc) and "larger max_response_bytes=" in str(exc)
    assert "GET " in str(exc) and "/rest/system/version" in str(exc)
    assert sent < 40 * MiB, sent  # what the socket buffers took before the client hung up
    assert elapsed < 5, elapsed
    assert_no_key(exc, key, debug_logs)


def deflated(length: int) -> bytes:
    """``length`` zero bytes, gzip-compressed, made without holding them."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = b"\0" * MiB
    return b"".join(compressor.compress(zeros) for _ in range(length // MiB)) + compressor.flush()


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    bomb = deflated(520 * MiB)
    assert len(bomb) < 600_000
    return bomb


@pytest.mark.parametrize("flavour", TRANSPORTS)
def test_a_gzip_bomb_stops_at_the_limit(flavour: str, gzip_bomb: bytes, debug_logs: pytest.LogCaptureFixture) -> None:
    """Some 0.5 MB of gzip that decodes to 520 MB, answered though the client asks for identity: decoding stops at
    the (default) limit, and memory stays near it."""
    key = fresh_key()
    answer = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
        + f"Content-Length: {len(gzip_bomb)}\r\n\r\n".encode()
        + gzip_bomb
    )
    with FakeServer(lambda request: answer) as server:
        tracemalloc.start()
        try:
            exc = with_limit(flavour, server.url, key, DEFAULT_MAX_RESPONSE_BYTES)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert type(exc) is ResponseTooLargeError, repr(exc)
    assert peak < DEFAULT_MAX_RESPONSE_BYTES + 16 * MiB, peak / MiB
    assert_no_key(exc, key, debug_logs)


@pytest.mark.parametrize("flavour", TRANSPORTS)
def test_a_compressed_body_within_the_limit_still_decodes(flavour: str) -> None:
    body = json.dumps({**VERSION_1_29_5, "padding": "x" * 100_000}).encode()
    answer = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
        + f"Content-Length: {len(gzip.compress(body))}\r\n\r\n".encode()
        + gzip.compress(body)
    )
    with FakeServer(lambda request: answer) as server:
        [result] = outcomes(flavour, server.url, fresh_key(), lambda client: [lambda: version(client)])
    assert result.version == "v1.29.5", repr(result)


@pytest.mark.parametrize("flavour", TRANSPORTS)
def test_a_body_at_the_limit_is_read(flavour: str) -> None:
    answer = json_answer(VERSION_1_29_5)
    limit = len(answer) - HEAD_LENGTH
    with FakeServer(lambda request: answer) as server:
        kind, _, backend = flavour.partition("-")
        if kind == "sync":
            with Syncthing(server.url, "key", backend=backend, max_response_bytes=limit) as st:  # type: ignore[arg-type]
                assert st.system.version().version == "v1.29.5"
        else:

            async def call() -> None:
                async with AsyncSyncthing(server.url, "key", backend=backend, max_response_bytes=limit) as ast:  # type: ignore[arg-type]
                    assert (await ast.system.version()).version == "v1.29.5"

            asyncio.run(call())
        assert type(with_limit(flavour, server.url, "key", limit - 1)) is ResponseTooLargeError


# --- (8) descriptors above 1023 -----------------------------------------------------------------------------------


@contextlib.contextmanager
def open_files(count: int) -> Iterator[None]:
    """``count`` more open descriptors in this process, the soft limit raised for them if need be."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    needed = count + 256
    if soft != resource.RLIM_INFINITY and soft < needed:
        if hard != resource.RLIM_INFINITY and hard < needed:
            pytest.skip(f"the hard limit on open files ({hard}) is below {needed}")
        resource.setrlimit(resource.RLIMIT_NOFILE, (needed, hard))
    descriptors = [os.open(os.devnull, os.O_RDONLY) for _ in range(count)]
    try:
        yield
    finally:
        for descriptor in descriptors:
            os.close(descriptor)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


@pytest.mark.parametrize("flavour", TRANSPORTS)
def test_calls_work_with_more_than_1024_open_files(flavour: str) -> None:
    """The second call takes the idle connection of the first, which is checked before reuse: with a descriptor
    above 1023, ``select()`` raised ValueError."""
    with FakeServer() as server, open_files(1100):
        results = outcomes(flavour, server.url, fresh_key(), lambda client: [lambda: version(client)] * 2)
        probe = os.open(os.devnull, os.O_RDONLY)
        os.close(probe)
        assert probe > 1024
    assert [result.version for result in results] == ["v1.29.5"] * 2, results
    assert len(server.received) == 2


# --- (2) aiohttp's errors, and every transport's, in the client's tree -------------------------------------------

GARBLED = {
    "garbage status line": b"HELLO WORLD\r\n\r\n",
    "a status line without a code": b"HTTP/1.1 OK\r\nContent-Length: 2\r\n\r\n{}",
}


@pytest.mark.parametrize("flavour", TRANSPORTS)
@pytest.mark.parametrize("answer", GARBLED.values(), ids=GARBLED.keys())
def test_a_garbled_answer_is_an_api_connection_error(
    flavour: str, answer: bytes, debug_logs: pytest.LogCaptureFixture
) -> None:
    key = fresh_key()
    with FakeServer(lambda request: answer) as server:
        exc = failure(flavour, server.url, key, version)
    assert type(exc) is APIConnectionError, repr(exc)
    assert isinstance(exc.__cause__, httpx.TransportError)
    assert not isinstance(exc.__cause__, httpx.TimeoutException)
    assert_no_key(exc, key, debug_logs)


@pytest.mark.parametrize("flavour", TRANSPORTS)
def test_a_70_kb_header_is_read_or_an_api_connection_error(flavour: str, debug_logs: pytest.LogCaptureFixture) -> None:
    """Longer than aiohttp (8,190 bytes) and http.client (65,536) take a header line; h11 takes it."""
    key = fresh_key()
    body = json.dumps(VERSION_1_29_5).encode()
    answer = b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 70_000 + f"\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
    with FakeServer(lambda request: answer) as server:
        [outcome] = outcomes(flavour, server.url, key, lambda client: [lambda: version(client)])
    if flavour.endswith("httpx"):
        assert outcome.version == "v1.29.5", repr(outcome)
        return
    assert type(outcome) is APIConnectionError, repr(outcome)
    assert isinstance(outcome.__cause__, httpx.RemoteProtocolError)
    assert_no_key(outcome, key, debug_logs)


@pytest.mark.parametrize("url", ["http://:8384", "http://127.0.0.1:99999", "http://[::1]:70000/"])
def test_a_url_no_transport_could_reach_is_refused_up_front(url: str) -> None:
    for make in (Syncthing, AsyncSyncthing):
        with pytest.raises(InvalidURLError):
            make(url, "key")


AIOHTTP_ERRORS: dict[str, type[httpx.TransportError]] = {
    "ClientError": httpx.NetworkError,
    "ClientConnectionError": httpx.NetworkError,
    "ClientConnectionResetError": httpx.ReadError,
    "ClientOSError": httpx.ReadError,
    "ClientConnectorError": httpx.ConnectError,
    "ClientProxyConnectionError": httpx.ConnectError,
    "ClientSSLError": httpx.ConnectError,
    "ClientConnectorDNSError": httpx.ConnectError,
    "ClientConnectorSSLError": httpx.ConnectError,
    "ClientConnectorCertificateError": httpx.ConnectError,
    "ConnectionTimeoutError": httpx.ConnectTimeout,
    "SocketTimeoutError": httpx.ReadTimeout,
    "ServerConnectionError": httpx.NetworkError,
    "ServerTimeoutError": httpx.ReadTimeout,
    "ServerDisconnectedError": httpx.ReadError,
    "ServerFingerprintMismatch": httpx.NetworkError,
    "ClientResponseError": httpx.RemoteProtocolError,
    "ClientHttpProxyError": httpx.RemoteProtocolError,
    "WSServerHandshakeError": httpx.RemoteProtocolError,
    "ContentTypeError": httpx.RemoteProtocolError,
    "ClientPayloadError": httpx.ReadError,
    "UploadAbortedError": httpx.NetworkError,
    "InvalidURL": httpx.LocalProtocolError,
    "InvalidUrlClientError": httpx.LocalProtocolError,
    "RedirectClientError": httpx.NetworkError,
    "NonHttpUrlClientError": httpx.UnsupportedProtocol,
    "InvalidUrlRedirectClientError": httpx.LocalProtocolError,
    "NonHttpUrlRedirectClientError": httpx.UnsupportedProtocol,
}


def test_every_aiohttp_client_error_maps_to_an_httpx_one() -> None:
    """Every error class aiohttp's client exports (but WSMessageTypeError, raised by websockets only)."""
    exported = {
        name
        for name in aiohttp.client_exceptions.__all__
        if issubclass(getattr(aiohttp.client_exceptions, name), aiohttp.ClientError)
    }
    assert exported == set(AIOHTTP_ERRORS)
    for name, expected in AIOHTTP_ERRORS.items():
        cls = getattr(aiohttp.client_exceptions, name)
        assert _httpx_error(cls.__new__(cls)) is expected, name
    assert _httpx_error(TimeoutError()) is httpx.ReadTimeout
    assert _httpx_error(ValueError("Port out of range")) is httpx.LocalProtocolError
