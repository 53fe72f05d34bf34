"""The benchmark's raw baselines (bench/raw.py) survive a server that closes a kept-alive connection: they reconnect,
make the call again and count it; a server that keeps closing makes them fail after ``ATTEMPTS`` tries."""

from __future__ import annotations

import asyncio
import http.client
from collections.abc import Callable
from urllib.parse import urlsplit

import aiohttp
import pytest

from bench.raw import ATTEMPTS, RawAiohttp, RawHttpConnection
from tests.fakes import CLOSE, VERSION_1_29_5, FakeServer, Received, json_answer

PATH = "/rest/system/version"


def closing(calls_to_close: set[int]) -> Callable[[Received], bytes]:
    """Answers like Syncthing's version, but closes the connection instead at the requests numbered in the set."""
    count = 0

    def answer(_request: Received) -> bytes:
        nonlocal count
        count += 1
        return CLOSE if count in calls_to_close else json_answer(VERSION_1_29_5)

    return answer


def test_http_client_baseline_reconnects_and_counts() -> None:
    with FakeServer(closing({2})) as server:
        raw = RawHttpConnection(urlsplit(server.url).port or 0, {"X-API-Key": "k"})
        try:
            assert [raw.get_json(PATH)["version"] for _ in range(3)] == ["v1.29.5"] * 3
        finally:
            raw.close()
    assert raw.reconnects == 1
    assert len(server.received) == 4  # the call the server cut went out again


def test_http_client_baseline_gives_up_on_a_server_that_keeps_closing() -> None:
    with FakeServer(closing(set(range(1, 100)))) as server:
        raw = RawHttpConnection(urlsplit(server.url).port or 0, {})
        with pytest.raises(http.client.RemoteDisconnected):
            raw.get_json(PATH)
        raw.close()
    assert raw.reconnects == ATTEMPTS - 1
    assert len(server.received) == ATTEMPTS


def test_aiohttp_baseline_answers_every_call_and_closes_its_session() -> None:
    async def scenario(url: str) -> tuple[list[str], RawAiohttp]:
        raw = RawAiohttp(url, {"X-API-Key": "k"})
        try:
            return [(await raw.get_json(PATH))["version"] for _ in range(3)], raw
        finally:
            await raw.close()

    with FakeServer(closing({2})) as server:
        versions, raw = asyncio.run(scenario(server.url))
    assert versions == ["v1.29.5"] * 3
    assert raw.session.closed
    # The call the server cut went out again: aiohttp itself retries a GET once on a reused connection, and the
    # baseline retries (and counts) what aiohttp gives up on, as the next test shows.
    assert len(server.received) == 4


def test_aiohttp_baseline_gives_up_on_a_server_that_keeps_closing() -> None:
    async def scenario(url: str) -> RawAiohttp:
        raw = RawAiohttp(url, {})
        try:
            with pytest.raises(aiohttp.ServerDisconnectedError):
                await raw.get_json(PATH)
        finally:
            await raw.close()
        return raw

    with FakeServer(closing(set(range(1, 100)))) as server:
        raw = asyncio.run(scenario(server.url))
    assert raw.reconnects == ATTEMPTS - 1
