"""The async client's transports on real servers: aiohttp (the default when installed) and httpx's own, alike.

The whole suite runs on the default; `make test` runs its async tests again with SYNCTHING_ASYNC_BACKEND=httpx.
"""

from __future__ import annotations

import asyncio
import socket

import aiohttp
import httpx
import pytest

from syncthing_client import APIConnectionError, APITimeoutError, AsyncSyncthing, NotFoundError
from syncthing_client._aiohttp import AiohttpTransport
from tools.sandbox import Sandbox

BACKENDS = ["aiohttp", "httpx"]


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_aiohttp_is_the_default_when_installed(syncthing: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SYNCTHING_ASYNC_BACKEND", raising=False)
    assert isinstance(AsyncSyncthing(syncthing.url, syncthing.api_key)._sender.transport, AiohttpTransport)
    monkeypatch.setenv("SYNCTHING_ASYNC_BACKEND", "httpx")
    assert isinstance(AsyncSyncthing(syncthing.url, syncthing.api_key)._sender.transport, httpx.AsyncHTTPTransport)


@pytest.mark.parametrize("backend", BACKENDS)
def test_backends_answer_and_fail_alike(syncthing: Sandbox, backend: str) -> None:
    async def scenario() -> None:
        async with AsyncSyncthing(syncthing.url, syncthing.api_key, backend=backend) as ast:  # type: ignore[arg-type]
            versions = await asyncio.gather(*[ast.system.version() for _ in range(50)])
            assert all(version.version.startswith(f"v{syncthing.version}") for version in versions)
            with pytest.raises(NotFoundError, match="no such folder"):
                await ast.db.status(folder="nope")
        slow = httpx.Timeout(5.0, read=0.5)
        async with AsyncSyncthing(syncthing.url, syncthing.api_key, backend=backend, timeout=slow) as ast:  # type: ignore[arg-type]
            with pytest.raises(APITimeoutError):
                await ast.events.poll(since=10**6, timeout=3)
        async with AsyncSyncthing(f"http://127.0.0.1:{closed_port()}", "key", backend=backend) as ast:  # type: ignore[arg-type]
            with pytest.raises(APIConnectionError) as refused:
                await ast.system.ping()
            assert not isinstance(refused.value, APITimeoutError)

    asyncio.run(scenario())


def test_an_aiohttp_session_of_ones_own_is_used_and_left_open(syncthing: Sandbox) -> None:
    async def scenario() -> bool:
        async with aiohttp.ClientSession() as session:
            async with AsyncSyncthing(syncthing.url, syncthing.api_key, aiohttp_session=session) as ast:
                assert (await ast.system.ping()).ping == "pong"
            return session.closed

    assert asyncio.run(scenario()) is False
