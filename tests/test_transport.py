"""The transports on real servers, alike: for the async client HTTP/1.1 on asyncio's own connections (the default for
http://), aiohttp (https:// when installed) and httpx's own; for the sync client HTTP/1.1 on the standard library's
sockets (the default for http://) and httpx's own.

The whole suite runs on the defaults; `make test` runs a share of it again on httpx's transports
(SYNCTHING_ASYNC_BACKEND=httpx, SYNCTHING_SYNC_BACKEND=httpx).
"""

from __future__ import annotations

import asyncio
import functools
import socket
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import aiohttp
import httpx
import pytest

from syncthing_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncSyncthing,
    NotFoundError,
    Syncthing,
    SyncthingError,
)
from syncthing_client._aiohttp import AiohttpTransport
from syncthing_client._asyncio import AsyncStdlibTransport
from syncthing_client._stdlib import StdlibTransport
from tools.sandbox import Sandbox, folder_idle, wait_for

BACKENDS = ["stdlib", "aiohttp", "httpx"]
PLAIN_BACKENDS = ["stdlib", "aiohttp"]  # the async transports a plain request goes straight through
SYNC_BACKENDS = ["stdlib", "httpx"]


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_stdlib_is_the_async_default_for_plain_http(syncthing: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SYNCTHING_ASYNC_BACKEND", raising=False)
    assert isinstance(AsyncSyncthing(syncthing.url, syncthing.api_key)._sender.transport, AsyncStdlibTransport)
    https = AsyncSyncthing("https://127.0.0.1:8384", "key", backend="stdlib")
    assert isinstance(https._sender.transport, AiohttpTransport)  # TLS is aiohttp's when it is installed
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


@pytest.mark.parametrize("backend", PLAIN_BACKENDS)
def test_a_plain_async_success_makes_no_httpx_objects_and_a_failure_keeps_its_response(
    syncthing: Sandbox, monkeypatch: pytest.MonkeyPatch, backend: str
) -> None:
    made: list[str] = []
    for cls in (httpx.Request, httpx.Response):
        original = cls.__init__

        def counting(self: object, *args: object, _original: Any = original, **kwargs: object) -> None:
            made.append(type(self).__name__)
            _original(self, *args, **kwargs)

        monkeypatch.setattr(cls, "__init__", counting)

    async def scenario() -> None:
        async with AsyncSyncthing(syncthing.url, syncthing.api_key, backend=backend) as ast:  # type: ignore[arg-type]
            version = await ast.system.version()
            assert version.version.startswith(f"v{syncthing.version}")
            await ast.system.status()
            assert made == []
            with pytest.raises(NotFoundError) as missing:
                await ast.config.folder("nope")
            assert missing.value.response.status_code == 404
            assert missing.value.response.request.url.path == "/rest/config/folders/nope"
            assert made  # made for the failure only

    asyncio.run(scenario())


@pytest.mark.parametrize("backend", PLAIN_BACKENDS)
def test_a_plain_async_call_with_a_query_reaches_the_folder_it_names(
    throwaway: Sandbox, monkeypatch: pytest.MonkeyPatch, backend: str
) -> None:
    """Query parameters take the plain path too, each path and query with its own URL: two folders read in turn
    answer their own files, and a value spelled like a second parameter names a folder of that name."""
    for folder in ("f", "g"):
        path = throwaway.root / "folders" / folder
        path.mkdir(parents=True, exist_ok=True)
        (path / f"only-in-{folder}").write_text(folder)
        throwaway.post("/rest/config/folders", {"id": folder, "path": str(path)})
    for folder in ("f", "g"):
        wait_for(f"folder {folder} scanned", functools.partial(folder_idle, throwaway, folder))
    made: list[str] = []
    original = httpx.Request.__init__

    def counting(self: httpx.Request, *args: Any, **kwargs: Any) -> None:
        made.append(str(args[1] if len(args) > 1 else kwargs["url"]))
        original(self, *args, **kwargs)

    monkeypatch.setattr(httpx.Request, "__init__", counting)

    async def scenario() -> list[list[str]]:
        async with AsyncSyncthing(throwaway.url, throwaway.api_key, backend=backend) as ast:  # type: ignore[arg-type]
            await ast.system.version()
            answers = [[entry.name for entry in await ast.db.browse(folder)] for folder in ("f", "g", "f", "g")]
            assert made == []
            with pytest.raises(SyncthingError) as unknown:
                await ast.db.completion(folder="f&folder=g")
            assert set(made) == {f"{throwaway.url}/rest/db/completion?folder=f%26folder%3Dg"}  # for the failure only
            assert "no such folder" in str(unknown.value)
            return answers

    assert asyncio.run(scenario()) == [["only-in-f"], ["only-in-g"], ["only-in-f"], ["only-in-g"]]


def test_an_aiohttp_session_of_ones_own_is_used_and_left_open(syncthing: Sandbox) -> None:
    async def scenario() -> bool:
        async with aiohttp.ClientSession() as session:
            async with AsyncSyncthing(syncthing.url, syncthing.api_key, aiohttp_session=session) as ast:
                assert (await ast.system.ping()).ping == "pong"
            return session.closed

    assert asyncio.run(scenario()) is False


def test_aiohttp_transport_reuses_what_it_made_only_for_equal_requests(syncthing: Sandbox) -> None:
    """The transport keeps each URL and header set it turned into aiohttp's form; a request that differs in its
    query or its key is sent as itself, never as a kept one."""
    wrong_key = {"X-API-Key": "not-the-key"}

    async def scenario() -> tuple[list[int], list[str], AiohttpTransport]:
        transport = AiohttpTransport()
        key = {"X-API-Key": syncthing.api_key}
        requests = [
            httpx.Request("GET", f"{syncthing.url}/rest/db/status?folder=nope", headers=key),
            httpx.Request("GET", f"{syncthing.url}/rest/db/status?folder=nope", headers=key),
            httpx.Request("GET", f"{syncthing.url}/rest/system/version", headers=key),
            httpx.Request("GET", f"{syncthing.url}/rest/system/version", headers=wrong_key),
        ]
        try:
            answers = [await transport.handle_async_request(request) for request in requests]
        finally:
            await transport.aclose()
        return [answer.status_code for answer in answers], [answer.text for answer in answers], transport

    statuses, texts, transport = asyncio.run(scenario())
    assert statuses == [404, 404, 200, 403]
    assert "no such folder" in texts[0] and f'"version":"v{syncthing.version}' in texts[2].replace(" ", "")
    assert sorted(str(url) for url in transport._urls.values()) == [
        f"{syncthing.url}/rest/db/status?folder=nope",
        f"{syncthing.url}/rest/system/version",
    ]
    assert sorted(headers["X-API-Key"] for headers in transport._headers.values()) == sorted(
        [syncthing.api_key, wrong_key["X-API-Key"]]
    )


def test_stdlib_is_the_sync_default_for_plain_http(syncthing: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SYNCTHING_SYNC_BACKEND", raising=False)
    assert isinstance(Syncthing(syncthing.url, syncthing.api_key)._sender.transport, StdlibTransport)
    https = Syncthing("https://127.0.0.1:8384", "key", backend="stdlib")
    assert isinstance(https._sender.transport, httpx.HTTPTransport)
    monkeypatch.setenv("SYNCTHING_SYNC_BACKEND", "httpx")
    assert isinstance(Syncthing(syncthing.url, syncthing.api_key)._sender.transport, httpx.HTTPTransport)
    monkeypatch.setenv("SYNCTHING_SYNC_BACKEND", "urllib3")
    with pytest.raises(SyncthingError, match="SYNCTHING_SYNC_BACKEND must be 'stdlib' or 'httpx'"):
        Syncthing(syncthing.url, syncthing.api_key)


@pytest.mark.parametrize("backend", SYNC_BACKENDS)
def test_sync_backends_answer_and_fail_alike(syncthing: Sandbox, backend: str) -> None:
    with Syncthing(syncthing.url, syncthing.api_key, backend=backend) as st:  # type: ignore[arg-type]
        assert all(st.system.version().version.startswith(f"v{syncthing.version}") for _ in range(20))
        with pytest.raises(NotFoundError, match="no such folder"):
            st.db.status(folder="nope")
        st.system.add_error(body="a message over a kept-alive connection")
        messages = [entry.message for entry in st.system.errors().errors or []]
        assert "a message over a kept-alive connection" in messages
        st.system.clear_errors()
    slow = httpx.Timeout(5.0, read=0.5)
    with Syncthing(syncthing.url, syncthing.api_key, backend=backend, timeout=slow) as st:  # type: ignore[arg-type]
        with pytest.raises(APITimeoutError):
            st.events.poll(since=10**6, timeout=3)
        assert st.system.ping().ping == "pong"  # the timed-out connection was dropped, not reused
    with Syncthing(f"http://127.0.0.1:{closed_port()}", "key", backend=backend) as st:  # type: ignore[arg-type]
        with pytest.raises(APIConnectionError) as refused:
            st.system.ping()
        assert not isinstance(refused.value, APITimeoutError)


@pytest.mark.parametrize("backend", SYNC_BACKENDS)
def test_connections_the_server_dropped_are_not_reused(throwaway: Sandbox, backend: str) -> None:
    """A restart closes every kept-alive connection; the next call must open a new one, not fail."""
    with Syncthing(throwaway.url, throwaway.api_key, backend=backend) as st:  # type: ignore[arg-type]
        before = st.system.status().start_time
        st.system.restart()
        throwaway.wait_restarted(throwaway.start_time)
        assert st.system.status().start_time > before


@pytest.mark.parametrize("backend", BACKENDS)
def test_async_connections_the_server_dropped_are_not_reused(throwaway: Sandbox, backend: str) -> None:
    async def scenario() -> None:
        async with AsyncSyncthing(throwaway.url, throwaway.api_key, backend=backend) as ast:  # type: ignore[arg-type]
            before = (await ast.system.status()).start_time
            await ast.system.restart()
            await asyncio.to_thread(throwaway.wait_restarted, throwaway.start_time)
            assert (await ast.system.status()).start_time > before

    asyncio.run(scenario())


@pytest.mark.parametrize("backend", SYNC_BACKENDS)
def test_one_sync_client_serves_many_threads(syncthing: Sandbox, backend: str) -> None:
    st = Syncthing(syncthing.url, syncthing.api_key, backend=backend)  # type: ignore[arg-type]
    with st, ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda _: st.system.ping().ping, range(200)))
    assert answers == ["pong"] * 200
