"""The private attributes of httpx, httpcore and aiohttp that syncthing_client/_internals.py relies on still do what
it expects. A failure here means a new release changed one: update that module (and only that module).

``make test`` runs these beside the lowest and the newest httpx the package allows.
"""

from __future__ import annotations

import asyncio
import gzip
import json
from collections.abc import Iterable
from typing import Any

import aiohttp
import httpcore
import httpx
import pytest

from syncthing_client import _internals
from tests.fakes import FakeServer, json_answer

CHANGED = "a dependency changed a private attribute syncthing_client/_internals.py relies on"


def test_header_entries_are_what_httpx_keeps() -> None:
    headers = httpx.Headers([("Content-Type", "application/json"), ("X-Two", "a"), ("x-two", "b")])
    assert _internals.header_entries(headers) == [
        (b"Content-Type", b"content-type", b"application/json"),
        (b"X-Two", b"x-two", b"a"),
        (b"x-two", b"x-two", b"b"),
    ], CHANGED


def test_set_header_entries_makes_headers_that_behave_as_httpx_made_them() -> None:
    made = httpx.Headers()
    _internals.set_header_entries(made, [(b"Content-Type", b"content-type", b"text/plain"), (b"X-A", b"x-a", b"1")])
    expected = httpx.Headers([("Content-Type", "text/plain"), ("X-A", "1")])
    assert made == expected, CHANGED
    assert (made.raw, made["content-type"], list(made.items())) == (expected.raw, "text/plain", list(expected.items()))


def test_a_held_body_reads_as_a_read_response() -> None:
    request = httpx.Request("GET", "http://127.0.0.1/rest/system/version")
    body = json.dumps({"version": "v1.29.5"}).encode()
    held = httpx.Response(200, stream=httpx.ByteStream(body), request=request)
    _internals.hold_body(held, body)
    read = httpx.Response(200, content=body, request=request)
    read.read()
    assert (held.content, held.json(), held.text) == (read.content, read.json(), read.text), CHANGED
    assert held.is_closed and held.is_stream_consumed, CHANGED
    assert held.read() == body  # reading again is no error, as for any read response
    with pytest.raises(httpx.StreamConsumed):
        next(held.iter_raw())


def test_the_content_decoder_undoes_the_encoding_a_step_at_a_time() -> None:
    body = b"x" * 100_000
    compressed = gzip.compress(body)
    response = httpx.Response(200, headers={"Content-Encoding": "gzip"}, stream=httpx.ByteStream(compressed))
    decoder = _internals.content_decoder(response)
    parts = [decoder.decode(compressed[start : start + 1000]) for start in range(0, len(compressed), 1000)]
    assert b"".join([*parts, decoder.flush()]) == body, CHANGED


def test_a_held_request_body_reads_as_a_read_request() -> None:
    body = b'{"paused":true}'
    held = httpx.Request("PATCH", "http://127.0.0.1/x", headers={"Content-Length": str(len(body))})
    _internals.hold_request_body(held, body)
    assert held.content == body and held.read() == body, CHANGED


def test_url_keys_are_equal_for_equal_urls_only() -> None:
    same = [httpx.URL("http://127.0.0.1:8384/rest/a?x=1"), httpx.URL("http://127.0.0.1:8384/rest/a?x=1")]
    other = httpx.URL("http://127.0.0.1:8384/rest/a?x=2")
    keys = [_internals.url_key(url) for url in same]
    assert keys[0] == keys[1] and hash(keys[0]) == hash(keys[1]), CHANGED
    assert _internals.url_key(other) != keys[0], CHANGED


def test_a_wrapped_network_backend_carries_every_connection() -> None:
    used: list[str] = []

    class Counting(httpcore.NetworkBackend):
        def __init__(self, backend: httpcore.NetworkBackend) -> None:
            self._backend = backend

        def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                        socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:  # fmt: skip
            used.append(f"{host}:{port}")
            return self._backend.connect_tcp(host, port, timeout, local_address, socket_options)

    transport = httpx.HTTPTransport()
    _internals.wrap_network_backend(transport, Counting)
    with FakeServer(lambda request: json_answer({"ping": "pong"})) as server, httpx.Client(transport=transport) as http:
        assert http.get(f"{server.url}/rest/system/ping").json() == {"ping": "pong"}
    assert used == [server.url.removeprefix("http://")], CHANGED


def test_an_aiohttp_session_can_be_told_never_to_resend() -> None:
    async def flag() -> object:
        async with aiohttp.ClientSession() as session:
            assert getattr(session, "_retry_connection", None) is True, CHANGED  # aiohttp's default
            _internals.never_resend(session)
            return getattr(session, "_retry_connection", None)

    assert asyncio.run(flag()) is False, CHANGED
