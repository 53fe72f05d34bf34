"""Options beyond the address and the key: a per-call timeout (``with_options``), default headers, Bearer auth, the
``request()`` escape hatch, the debug log, proxies from the environment (ignored). Real servers where they can show
it, fake ones on 127.0.0.1 for the rest."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import httpx
import pytest

from syncthing_client import (
    APITimeoutError,
    AsyncSyncthing,
    AuthenticationError,
    ConfigurationError,
    NotFoundError,
    RequestRefusedError,
    ResponseTooLargeError,
    Syncthing,
)
from tests.conftest import at_least
from tests.fakes import FakeServer, http_answer, json_answer, syncthing_answer
from tests.harness import FLAVOURS, TRANSPORTS, assert_no_key, failure, fresh_key, outcomes
from tests.test_secrets import listening
from tools.sandbox import Sandbox

CLIENTS = [Syncthing, AsyncSyncthing]


def run(client: Any, call: Any) -> Any:
    """``call(client)`` on a sync or async client, awaited when it must be."""
    if isinstance(client, Syncthing):
        with client:
            return call(client)

    async def scenario() -> Any:
        async with client:
            return await call(client)

    return asyncio.run(scenario())


# --- with_options(timeout=...) ------------------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_with_options_timeout_bounds_one_call(flavour: str, debug_logs: pytest.LogCaptureFixture) -> None:
    """The client's timeout is 20 s; a copy made with timeout=0.3 gives up on a silent server within a second, also
    through a caller's own httpx client."""
    key = fresh_key()
    started = time.monotonic()
    with listening() as silent:
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        error = failure(flavour, url, key, lambda c: c.with_options(timeout=0.3).system.ping(), timeout=20)
    assert type(error) is APITimeoutError
    assert time.monotonic() - started < 5
    assert_no_key(error, key, debug_logs)


@pytest.mark.parametrize("client", CLIENTS)
def test_with_options_keeps_what_it_is_not_given(client: Any) -> None:
    base = client("http://127.0.0.1:8384", "key", timeout=7, max_retries=1)
    copy = base.with_options(timeout=None)
    assert copy.max_retries == 1
    assert copy._sender._lean_extensions["timeout"]["read"] is None
    assert base._sender._lean_extensions["timeout"]["read"] == 7
    assert base.with_options(max_retries=0)._sender._lean_extensions["timeout"]["read"] == 7
    with pytest.raises(ConfigurationError, match="timeout must be"):
        base.with_options(timeout=-1)


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize(
    "timeout",
    [
        float("nan"),
        float("inf"),
        1e300,
        10**10,
        0,
        True,
        "5",
        httpx.Timeout(-1),
        httpx.Timeout(5, read=float("nan")),
        httpx.Timeout(5, connect=float("inf")),
        httpx.Timeout(5, pool=1e10),
    ],
    ids=repr,
)
def test_timeouts_no_call_could_use_are_refused(client: Any, timeout: Any) -> None:
    """NaN, infinity, or more seconds than a socket takes (OverflowError beyond 2**63 ns): refused when the client or
    its copy is made, not on every call."""
    with pytest.raises(ConfigurationError, match="timeout must be a positive number of seconds up to 1,000,000,000"):
        client("http://127.0.0.1:8384", "key", timeout=timeout)
    with pytest.raises(ConfigurationError, match="timeout must be"):
        client("http://127.0.0.1:8384", "key").with_options(timeout=timeout)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_the_longest_timeout_taken_works_on_every_transport(flavour: str) -> None:
    with FakeServer() as server:
        answers = outcomes(
            flavour,
            server.url,
            "key",
            lambda c: [c.system.version, c.with_options(timeout=httpx.Timeout(1e9)).system.version],
            timeout=1e9,
        )
    assert [getattr(answer, "version", answer) for answer in answers] == ["v1.29.5", "v1.29.5"]


# --- default_headers and auth -------------------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", TRANSPORTS)
def test_default_headers_go_with_every_request(flavour: str) -> None:
    kind, _, backend = flavour.partition("-")
    headers = {"X-Trace": "abc", "User-Agent": "my-tool/1"}
    with FakeServer() as server:
        client = (Syncthing if kind == "sync" else AsyncSyncthing)(
            server.url, "the-key", backend=backend, default_headers=headers
        )
        run(client, lambda c: c.system.version())
        run(
            (Syncthing if kind == "sync" else AsyncSyncthing)(
                server.url, "the-key", backend=backend, default_headers=headers
            ),
            lambda c: c.request("POST", "/rest/system/version", json={"a": 1}, headers={"X-Trace": "call"}),
        )
    first, second = server.received
    assert first.headers["x-trace"] == "abc" and first.headers["user-agent"] == "my-tool/1"
    assert first.headers["x-api-key"] == "the-key"
    assert second.headers["x-trace"] == "call"  # a call's own header wins over the default
    assert second.headers["content-type"] == "application/json" and second.body == b'{"a":1}'


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize(
    ("headers", "says"),
    [
        ({"X-API-Key": "other"}, "sets X-API-Key itself"),
        ({"authorization": "Bearer other"}, "sets authorization itself"),
        ({"Host": "elsewhere"}, "sets Host itself"),
        ({"X-Evil": "a\r\nX-API-Key: stolen"}, "line break"),
        ({"X-Evil": "a\nb"}, "line break"),
        ({"Bad Name": "x"}, "no header name"),
        ({"X-Client": "café-stolen"}, "X-Client holds a non-ASCII character"),
    ],
)
def test_default_headers_that_cannot_be_sent_are_refused(
    client: Any, headers: dict[str, str], says: str, caplog: pytest.LogCaptureFixture
) -> None:
    key = fresh_key()
    with pytest.raises(ConfigurationError, match="default_headers") as caught:
        client("http://127.0.0.1:8384", key, default_headers=headers)
    assert says in str(caught.value)
    assert "stolen" not in str(caught.value)
    assert_no_key(caught.value, key, caplog)


@pytest.mark.parametrize("client", CLIENTS)
def test_auth_must_be_known(client: Any) -> None:
    with pytest.raises(ConfigurationError, match="auth must be 'api-key' or 'bearer'"):
        client("http://127.0.0.1:8384", "key", auth="basic")


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_bearer_auth_on_real_servers(syncthing: Sandbox, flavour: str, debug_logs: pytest.LogCaptureFixture) -> None:
    """``Authorization: Bearer`` works from 1.24.0; 1.19.2 answers it 403."""
    kind, _, backend = flavour.partition("-")
    own: Any = None
    if backend == "own-client":
        own = httpx.Client() if kind == "sync" else httpx.AsyncClient()
    client = (Syncthing if kind == "sync" else AsyncSyncthing)(
        syncthing.url,
        syncthing.api_key,
        auth="bearer",
        backend=None if own else backend,
        http_client=own,
    )
    if at_least(syncthing, "1.24.0"):
        assert run(client, lambda c: c.system.ping()).ping == "pong"
    else:
        with pytest.raises(AuthenticationError) as caught:
            run(client, lambda c: c.system.ping())
        assert caught.value.status_code == 403
        assert_no_key(caught.value, syncthing.api_key, debug_logs)


def test_bearer_sends_no_x_api_key() -> None:
    with FakeServer() as server, Syncthing(server.url, "the-key", auth="bearer") as st:
        st.system.version()
    [request] = server.received
    assert request.headers["authorization"] == "Bearer the-key"
    assert "x-api-key" not in request.headers


# --- request() ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_request_on_real_servers(syncthing: Sandbox, flavour: str, debug_logs: pytest.LogCaptureFixture) -> None:
    def calls(c: Any) -> list[Any]:
        return [
            lambda: c.request("GET", "/rest/system/version"),
            lambda: c.request("get", "/rest/db/status", params={"folder": "no-such-folder"}),
            lambda: c.request("GET", "/rest/no/such/endpoint"),
        ]

    version, folder, missing = outcomes(flavour, syncthing.url, syncthing.api_key, calls)
    assert version.status_code == 200
    assert version.json()["version"].startswith(f"v{syncthing.version}")
    assert isinstance(folder, NotFoundError) or folder.status_code == 500  # 1.19.2: 500, no folder
    assert isinstance(missing, NotFoundError)
    assert missing.response.status_code == 404
    assert missing.body == missing.response.text.strip() or missing.body == missing.response.text
    assert "x-api-key" not in missing.response.request.headers
    assert_no_key(missing, syncthing.api_key, debug_logs)
    [wrong] = outcomes(flavour, syncthing.url, "not-the-key", lambda c: [lambda: c.request("GET", "/rest/system/ping")])
    assert isinstance(wrong, AuthenticationError)
    assert wrong.response.status_code == 403 and "CSRF" in wrong.body


@pytest.mark.parametrize("client", CLIENTS)
def test_request_goes_through_the_size_cap_and_json_bodies_decode(client: Any) -> None:
    def answer(request: Any) -> bytes:
        if request.target == "/big":
            return http_answer(200, b"x" * 5000)
        if request.target == "/json-error":
            return json_answer({"error": "nope"}, status=400)
        return syncthing_answer(request)

    with FakeServer(answer) as server:
        with pytest.raises(ResponseTooLargeError):
            run(client(server.url, "k", max_response_bytes=1000), lambda c: c.request("GET", "/big"))
        with pytest.raises(Exception) as caught:
            run(client(server.url, "k"), lambda c: c.request("GET", "/json-error"))
    assert caught.value.status_code == 400  # type: ignore[attr-defined]
    assert caught.value.body == {"error": "nope"}  # type: ignore[attr-defined]


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize(
    ("args", "kwargs", "field"),
    [
        (("GET", "rest/system/ping"), {}, "path"),
        (("GET", "http://elsewhere/rest/system/ping"), {}, "path"),
        (("GET", "/rest/system/ping?x=1"), {}, "path"),
        (("G T", "/rest/system/ping"), {}, "method"),
        (("GET", "/rest/system/ping"), {"headers": {"X-API-Key": "other"}}, "headers"),
        (("GET", "/rest/system/ping"), {"headers": {"X-A": "1\r\n"}}, "headers"),
        (("POST", "/rest/system/ping"), {"json": {}, "content": b"x"}, "content"),
    ],
)
def test_request_refuses_before_sending(client: Any, args: tuple[str, str], kwargs: dict[str, Any], field: str) -> None:
    with FakeServer() as server, pytest.raises(RequestRefusedError) as caught:
        run(client(server.url, "k"), lambda c: c.request(*args, **kwargs))
    assert caught.value.field == field
    assert server.received == []


# --- the debug log ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_debug_log_has_request_line_and_status_never_the_key(
    syncthing: Sandbox, flavour: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    outcomes(flavour, syncthing.url, syncthing.api_key, lambda c: [lambda: c.system.ping()])
    ours = [r for r in debug_logs.records if r.name == "syncthing_client" and r.levelno == logging.DEBUG]
    assert any(f"GET {syncthing.url}/rest/system/ping -> 200" in r.getMessage() for r in ours), ours
    assert syncthing.api_key not in debug_logs.text
    for record in debug_logs.records:
        assert syncthing.api_key not in repr(vars(record))


def test_no_debug_record_when_debug_is_off(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="syncthing_client")
    with FakeServer() as server, Syncthing(server.url, "k") as st:
        st.system.version()
    assert [r for r in caplog.records if r.name == "syncthing_client"] == []


# --- proxies from the environment ---------------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", TRANSPORTS)
def test_proxy_variables_are_ignored_by_the_built_in_transports(flavour: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Documented: the built-in transports connect straight to base_url; only an http_client of your own reads
    HTTP(S)_PROXY / NO_PROXY. A fake proxy on 127.0.0.1 sees nothing."""
    with FakeServer() as proxy, FakeServer() as server:
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
            monkeypatch.setenv(name, proxy.url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        [version] = outcomes(flavour, server.url, "k", lambda c: [lambda: c.system.version()])
    assert version.version == "v1.29.5"
    assert proxy.received == []
    assert [r.target for r in server.received] == ["/rest/system/version"]


def test_an_own_httpx_client_follows_the_proxy_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the docstring says to do for a proxy: an httpx.Client of your own (trust_env) uses it."""
    with FakeServer() as proxy, FakeServer() as server:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        # The fake proxy answers 404.
        with httpx.Client() as own, Syncthing(server.url, "k", http_client=own) as st, pytest.raises(NotFoundError):
            st.system.version()
    assert [r.target for r in proxy.received] == [f"{server.url}/rest/system/version"]
    assert server.received == []
