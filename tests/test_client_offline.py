"""Client behaviour that needs no server, or faults a real server cannot be made to show on demand (timeouts,
arbitrary 5xx). Everything else is tested against real Syncthing."""

import asyncio
import socket

import httpx
import pytest
import respx

import syncthing_client
from syncthing_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncSyncthing,
    ServerError,
    Syncthing,
    SyncthingError,
)

URL = "http://127.0.0.1:8384"
KEY = "secret-key-that-must-not-leak"


def test_public_surface_is_pinned() -> None:
    assert sorted(syncthing_client.__all__) == [
        "APIConnectionError",
        "APIStatusError",
        "APITimeoutError",
        "AsyncSyncthing",
        "AuthenticationError",
        "BadRequestError",
        "NotFoundError",
        "OperationFailedError",
        "ServerError",
        "Syncthing",
        "SyncthingError",
        "UnexpectedStatus",
    ]


def test_defaults_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SYNCTHING_URL", "http://127.0.0.1:9999")
    monkeypatch.setenv("SYNCTHING_API_KEY", KEY)
    with Syncthing() as st, respx.mock(base_url="http://127.0.0.1:9999") as mock:
        route = mock.get("/rest/system/ping").respond(json={"ping": "pong"})
        assert st.system.ping().ping == "pong"
        assert route.calls.last.request.headers["X-API-Key"] == KEY


def test_a_missing_api_key_is_refused_up_front(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SYNCTHING_API_KEY", raising=False)
    with pytest.raises(SyncthingError, match="SYNCTHING_API_KEY"):
        Syncthing(URL)


def test_repr_never_shows_the_key() -> None:
    st = Syncthing(URL, KEY)
    ast = AsyncSyncthing(URL, KEY)
    for text in (repr(st), repr(ast), repr(st._sender), str(vars(st))):
        assert KEY not in text
    assert URL in repr(st)
    st.close()


def test_the_default_timeout_is_finite() -> None:
    with Syncthing(URL, KEY) as st:
        timeout = st._sender.http.timeout
        assert None not in (timeout.connect, timeout.read, timeout.write, timeout.pool)


def test_a_timeout_is_an_api_timeout_error() -> None:
    with Syncthing(URL, KEY) as st, respx.mock(base_url=URL) as mock:
        mock.get("/rest/system/version").mock(side_effect=httpx.ReadTimeout("read timed out"))
        with pytest.raises(APITimeoutError) as caught:
            st.system.version()
    assert "GET http://127.0.0.1:8384/rest/system/version" in str(caught.value)
    assert KEY not in str(caught.value)


def test_async_timeout_is_an_api_timeout_error() -> None:
    async def scenario() -> None:
        async with AsyncSyncthing(URL, KEY) as ast:
            with respx.mock(base_url=URL) as mock:
                mock.get("/rest/system/version").mock(side_effect=httpx.ConnectTimeout("connect timed out"))
                with pytest.raises(APITimeoutError):
                    await ast.system.version()

    asyncio.run(scenario())


def test_a_server_error_keeps_syncthings_text() -> None:
    with Syncthing(URL, KEY) as st, respx.mock(base_url=URL) as mock:
        mock.get("/rest/system/status").respond(502, text="bad gateway from a proxy\n")
        with pytest.raises(ServerError) as caught:
            st.system.status()
    assert caught.value.status_code == 502
    assert caught.value.message == "bad gateway from a proxy"
    assert KEY not in str(caught.value) and KEY not in repr(caught.value)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_connection_refused_is_an_api_connection_error() -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    with Syncthing(url, KEY) as st, pytest.raises(APIConnectionError) as caught:
        st.system.ping()
    assert not isinstance(caught.value, APITimeoutError)
    assert url in str(caught.value)


def test_async_connection_refused_is_an_api_connection_error() -> None:
    async def scenario() -> None:
        async with AsyncSyncthing(f"http://127.0.0.1:{closed_port()}", KEY) as ast:
            with pytest.raises(APIConnectionError):
                await ast.system.ping()

    asyncio.run(scenario())


def test_a_client_handed_in_is_used_and_left_open() -> None:
    seen: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [seen.append]})
    with Syncthing(URL, KEY, http_client=http) as st, respx.mock(base_url=URL) as mock:
        mock.get("/rest/system/ping").respond(json={"ping": "pong"})
        st.system.ping()
    assert seen and seen[0].headers["X-API-Key"] == KEY
    assert not http.is_closed
    http.close()
