"""The API key never leaves the configured origin and never shows: not in messages, reprs, log records, exceptions
reachable from ours (causes, contexts, their attributes and requests), nor in the locals of our traceback frames.

Every failure is checked on each way of sending: the sync client on the standard library and on httpx, the async
client on aiohttp and on httpx, and a caller's own httpx clients (with ``follow_redirects=True``). Faults a real
Syncthing cannot show on demand come from fake servers on 127.0.0.1 that stop with the test.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

from syncthing_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncSyncthing,
    AuthenticationError,
    CredentialsInURLError,
    FolderNotFoundError,
    InvalidAPIKeyError,
    NotFoundError,
    OperationFailedError,
    RedirectError,
    ServerError,
    Syncthing,
    SyncthingError,
)
from syncthing_client.errors import connection_error, raise_for_response
from syncthing_client.models import FolderDeviceConfiguration, LoginRequest, PartialGUIConfiguration
from tests.fakes import http_answer, json_answer
from tests.harness import FLAVOURS, TRANSPORTS, assert_no_key, failure, fresh_key, request_of
from tools.sandbox import Sandbox


def ping(client: Any) -> Any:
    return client.system.ping()


# --- fake servers -------------------------------------------------------------------------------------------------


@contextmanager
def answering(answer: bytes) -> Iterator[int]:
    """A server on 127.0.0.1 that reads each request's head, writes ``answer`` and closes the connection."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.05)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(2)
                head = b""
                try:
                    while b"\r\n\r\n" not in head:
                        chunk = connection.recv(65536)
                        if not chunk:
                            break
                        head += chunk
                    connection.sendall(answer)
                except OSError:
                    pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield int(listener.getsockname()[1])
    finally:
        stop.set()
        thread.join(5)
        listener.close()


@contextmanager
def listening() -> Iterator[socket.socket]:
    """A socket on 127.0.0.1 that listens and never accepts: connections complete in the kernel's backlog, requests
    get no answer, and whatever connected is still there to be found afterwards."""
    listener = socket.create_server(("127.0.0.1", 0))
    try:
        yield listener
    finally:
        listener.close()


def nothing_arrived(listener: socket.socket) -> bool:
    listener.setblocking(False)
    try:
        connection, _ = listener.accept()
    except BlockingIOError:
        return True
    connection.close()
    return False


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- transport failures -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_connection_refused(flavour: str, debug_logs: pytest.LogCaptureFixture) -> None:
    key = fresh_key()
    error = failure(flavour, f"http://127.0.0.1:{closed_port()}", key, ping)
    assert type(error) is APIConnectionError
    assert error.__context__ is None or error.__suppress_context__
    assert_no_key(error, key, debug_logs)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_timeout(flavour: str, debug_logs: pytest.LogCaptureFixture) -> None:
    key = fresh_key()
    with listening() as silent:
        error = failure(flavour, f"http://127.0.0.1:{silent.getsockname()[1]}", key, ping, timeout=0.3)
    assert type(error) is APITimeoutError
    assert_no_key(error, key, debug_logs)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_server_closing_mid_answer(flavour: str, debug_logs: pytest.LogCaptureFixture) -> None:
    key = fresh_key()
    half = b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"pi'
    with answering(half) as port:
        error = failure(flavour, f"http://127.0.0.1:{port}", key, ping)
    assert type(error) is APIConnectionError
    assert_no_key(error, key, debug_logs)


def test_the_cause_is_the_transport_error_without_its_request(debug_logs: pytest.LogCaptureFixture) -> None:
    """What is chained: a copy of httpx's exception, no request in it, the transport's own cause behind it."""
    key = fresh_key()
    error = failure("sync-httpx", f"http://127.0.0.1:{closed_port()}", key, ping)
    cause = error.__cause__
    assert isinstance(cause, httpx.ConnectError)
    assert request_of(cause) is None
    assert cause.__cause__ is not None  # httpcore's ConnectError, with the OSError behind it
    assert error.__context__ is None
    assert_no_key(error, key, debug_logs)


# --- answers of a real server -------------------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_wrong_key_answered_403(syncthing: Sandbox, flavour: str, debug_logs: pytest.LogCaptureFixture) -> None:
    key = fresh_key()
    error = failure(flavour, syncthing.url, key, ping)
    assert type(error) is AuthenticationError
    assert_no_key(error, key, debug_logs)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_404_and_500(syncthing: Sandbox, flavour: str, debug_logs: pytest.LogCaptureFixture) -> None:
    not_found = failure(flavour, syncthing.url, syncthing.api_key, lambda c: c.db.status(folder="nope"))
    assert type(not_found) is FolderNotFoundError
    assert_no_key(not_found, syncthing.api_key, debug_logs)
    server_error = failure(flavour, syncthing.url, syncthing.api_key, lambda c: c.system.upgrade())
    assert type(server_error) is ServerError
    assert_no_key(server_error, syncthing.api_key, debug_logs)


# --- answers a real server does not give on demand ----------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_an_error_answer_with_a_header_that_is_not_ascii_keeps_its_type(
    flavour: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    """A reverse proxy may add a header in UTF-8; the error still has its class and the header its text."""
    key = fresh_key()
    body = b"No folder with given ID"
    head = f"HTTP/1.1 404 Not Found\r\nX-Proxy-Note: caf\u00e9\r\nContent-Length: {len(body)}\r\n\r\n"
    with answering(head.encode() + body) as port:
        error = failure(flavour, f"http://127.0.0.1:{port}", key, lambda c: c.config.folder("default"))
    assert type(error) is FolderNotFoundError
    assert error.folder_id == "default"
    assert error.response is not None
    assert error.response.headers["x-proxy-note"] == "caf\u00e9"
    assert error.response.text == "No folder with given ID"
    assert_no_key(error, key, debug_logs)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_an_error_answer_whose_body_does_not_decode_keeps_its_type(
    flavour: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    key = fresh_key()
    answer = b"HTTP/1.1 500 Internal Server Error\r\nContent-Encoding: gzip\r\nContent-Length: 3\r\n\r\nabc"
    with answering(answer) as port:
        error = failure(flavour, f"http://127.0.0.1:{port}", key, ping)
    assert type(error) is ServerError
    assert error.status_code == 500
    assert_no_key(error, key, debug_logs)


@pytest.mark.parametrize("status, error_class", [(403, AuthenticationError), (500, ServerError)])
@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_key_echoed_in_an_error_answer_is_masked(
    flavour: str, status: int, error_class: type, debug_logs: pytest.LogCaptureFixture
) -> None:
    """A proxy reflecting the request's headers repeats the key in its answer; the error masks it."""
    key = fresh_key()
    with answering(http_answer(status, f"CSRF Error: token {key}")) as port:
        error = failure(flavour, f"http://127.0.0.1:{port}", key, ping)
    assert type(error) is error_class
    assert error.message == "CSRF Error: token ***"
    assert error.body == "CSRF Error: token ***"
    assert_no_key(error, key, debug_logs)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_key_echoed_in_an_error_field_is_masked(flavour: str, debug_logs: pytest.LogCaptureFixture) -> None:
    key = fresh_key()
    with answering(json_answer({"error": f"invalid device ID, headers were X-API-Key: {key}"})) as port:
        error = failure(flavour, f"http://127.0.0.1:{port}", key, lambda c: c.svc.deviceid(id="x"))
    assert type(error) is OperationFailedError
    assert error.error == "invalid device ID, headers were X-API-Key: ***"
    assert error.body == {"error": error.error}
    assert_no_key(error, key, debug_logs)


# --- the key as given ---------------------------------------------------------------------------------------------


def test_surrounding_whitespace_is_stripped(syncthing: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    with Syncthing(syncthing.url, f" {syncthing.api_key}\n") as st:
        assert st.system.ping().ping == "pong"

    async def scenario() -> str:
        async with AsyncSyncthing(syncthing.url, f"{syncthing.api_key}\r\n") as ast:
            return (await ast.system.ping()).ping

    assert asyncio.run(scenario()) == "pong"
    monkeypatch.setenv("SYNCTHING_API_KEY", f"{syncthing.api_key}\n")  # as `export KEY=$(cat key-file)` would not
    with Syncthing(syncthing.url) as st:
        assert st.system.ping().ping == "pong"


MALFORMED = {
    "line feed": "{0}\n{0}",
    "carriage return": "{0}\r{0}",
    "nul": "{0}\x00{0}",
    "tab": "{0}\t{0}",
    "delete": "{0}\x7f{0}",
    "escape": "{0}\x1b{0}",
    "non-ascii": "{0}é{0}",
}


@pytest.mark.parametrize("client", [Syncthing, AsyncSyncthing])
@pytest.mark.parametrize("shape", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_key_is_refused(client: type, shape: str, debug_logs: pytest.LogCaptureFixture) -> None:
    key = shape.format(fresh_key())
    with pytest.raises(InvalidAPIKeyError) as refused:
        client("http://127.0.0.1:8384", key)
    assert type(refused.value) is InvalidAPIKeyError
    assert_no_key(refused.value, key, debug_logs)


def test_a_malformed_key_from_the_environment_is_refused(
    monkeypatch: pytest.MonkeyPatch, debug_logs: pytest.LogCaptureFixture
) -> None:
    key = f"{fresh_key()}\n{fresh_key()}"
    monkeypatch.setenv("SYNCTHING_API_KEY", key)
    with pytest.raises(InvalidAPIKeyError, match=r"\$SYNCTHING_API_KEY") as refused:
        Syncthing("http://127.0.0.1:8384")
    assert_no_key(refused.value, key, debug_logs)


@pytest.mark.parametrize("client", [Syncthing, AsyncSyncthing])
@pytest.mark.parametrize("key", ["", "  \n"])
def test_an_empty_key_is_refused(client: type, key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SYNCTHING_API_KEY", raising=False)
    with pytest.raises(InvalidAPIKeyError, match="no API key") as refused:
        client("http://127.0.0.1:8384", key)
    assert type(refused.value) is InvalidAPIKeyError


def test_reprs_never_show_the_key(syncthing: Sandbox) -> None:
    key = syncthing.api_key
    shown: list[object] = []
    sync_backends: tuple[Any, ...] = ("stdlib", "httpx")
    for backend in sync_backends:
        with Syncthing(syncthing.url, key, backend=backend) as st:
            st.system.ping()
            shown += [st, st._sender, st._sender.transport, st._sender.http, st._sender._lean_headers]

    async def scenario(backend: Any) -> None:
        async with AsyncSyncthing(syncthing.url, key, backend=backend) as ast:
            await ast.system.ping()
            shown.extend([ast, ast._sender, ast._sender.transport, ast._sender.http, ast._sender._lean_headers])

    for backend in ("aiohttp", "httpx"):
        asyncio.run(scenario(backend))
    for thing in shown:
        assert key not in repr(thing), type(thing)
        assert key not in str(thing), type(thing)


def test_models_holding_secrets_mask_them(syncthing: Sandbox) -> None:
    """The spec's format: password fields (API key, GUI password, encryption passwords) show as '***' in repr()."""
    with Syncthing(syncthing.url, syncthing.api_key) as st:
        config = st.config.full()
        gui = st.config.gui()
    assert config.gui.api_key == syncthing.api_key  # the value is there, to be sent back
    partial = PartialGUIConfiguration(api_key=syncthing.api_key, password="hunter2")
    encrypted = FolderDeviceConfiguration(device_id="D", introduced_by="", encryption_password="hunter2")
    for model in (config, gui, partial, encrypted, LoginRequest(username="u", password="hunter2")):
        for shown in (repr(model), str(model)):
            assert syncthing.api_key not in shown and "hunter2" not in shown
    assert "api_key='***'" in repr(gui) and "encryption_password='***'" in repr(encrypted)
    assert "encryption_password=''" in repr(
        FolderDeviceConfiguration(device_id="D", introduced_by="", encryption_password="")
    )


# --- redirects ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [301, 302, 307, 308])
@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_redirect_is_not_followed(flavour: str, status: int, debug_logs: pytest.LogCaptureFixture) -> None:
    key = fresh_key()
    with listening() as foreign:
        target = f"http://127.0.0.1:{foreign.getsockname()[1]}/rest/system/ping"
        answer = f"HTTP/1.1 {status} Moved\r\nLocation: {target}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        with answering(answer.encode()) as port:
            error = failure(flavour, f"http://127.0.0.1:{port}", key, ping, timeout=2.0)
        assert nothing_arrived(foreign)
    assert type(error) is RedirectError
    assert error.status_code == status
    assert error.location == target
    assert f"redirected to {target}" in str(error)
    assert "does not follow redirects" in str(error)
    assert_no_key(error, key, debug_logs)


def test_a_relative_redirect_names_the_whole_url() -> None:
    answer = b"HTTP/1.1 301 Moved\r\nLocation: /rest/system/other\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    with answering(answer) as port:
        error = failure("sync-stdlib", f"http://127.0.0.1:{port}", fresh_key(), ping)
    assert type(error) is RedirectError
    assert error.location == f"http://127.0.0.1:{port}/rest/system/other"


UNPARSABLE_LOCATIONS = {"unclosed IPv6 host": "http://u:hunter2@[::1/rest", "control character": "\x7f"}


@pytest.mark.parametrize("location", UNPARSABLE_LOCATIONS.values(), ids=UNPARSABLE_LOCATIONS.keys())
@pytest.mark.parametrize("flavour", TRANSPORTS)  # a client of one's own parses Location itself (APIConnectionError)
def test_a_redirect_to_a_location_that_does_not_parse_is_a_redirect_error(
    flavour: str, location: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    key = fresh_key()
    answer = f"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    with answering(answer.encode()) as port:
        error = failure(flavour, f"http://127.0.0.1:{port}", key, ping, timeout=2.0)
    assert type(error) is RedirectError
    assert error.status_code == 302
    assert error.location == location.replace("u:hunter2@", "")
    assert "hunter2" not in str(error)
    assert "does not follow redirects" in str(error)
    assert_no_key(error, key, debug_logs)


def test_an_unparsable_location_is_shown_cut() -> None:
    request = httpx.Request("GET", "http://127.0.0.1:8384/rest/system/ping")
    redirect = httpx.Response(301, headers={"Location": "http://[::1/" + "x" * 10_000}, request=request)
    with pytest.raises(RedirectError) as redirected:
        raise_for_response(redirect)
    assert redirected.value.location.startswith("http://[::1/xxx")
    assert len(redirected.value.location) < 300


# --- credentials in the URL ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("client", [Syncthing, AsyncSyncthing])
@pytest.mark.parametrize("url", ["http://user:hunter2@127.0.0.1:8384", "http://hunter2@127.0.0.1:8384"])
def test_credentials_in_the_url_are_refused(client: type, url: str) -> None:
    with pytest.raises(CredentialsInURLError) as refused:
        client(url, fresh_key())
    assert type(refused.value) is CredentialsInURLError
    assert "hunter2" not in str(refused.value)
    assert "API key" in str(refused.value)
    assert "http_client=" in str(refused.value)


def test_credentials_in_the_url_from_the_environment_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SYNCTHING_URL", "http://user:hunter2@127.0.0.1:8384")
    with pytest.raises(CredentialsInURLError) as refused:
        Syncthing(api_key=fresh_key())
    assert "hunter2" not in str(refused.value)


def test_messages_leave_userinfo_out() -> None:
    """Defence in depth: whatever URL a request has, the messages naming it drop its user name and password."""
    request = httpx.Request("GET", "http://user:hunter2@127.0.0.1:8384/rest/db/status")
    with pytest.raises(NotFoundError) as not_found:
        raise_for_response(httpx.Response(404, text="no such folder", request=request))
    redirect = httpx.Response(301, headers={"Location": "http://u:hunter2@127.0.0.1:1/x"}, request=request)
    with pytest.raises(RedirectError) as redirected:
        raise_for_response(redirect)
    refused = connection_error(httpx.ConnectError("refused", request=request), request)
    for error in (not_found.value, redirected.value, refused):
        assert isinstance(error, SyncthingError)
        assert "hunter2" not in str(error)
        assert "http://127.0.0.1:8384/rest/db/status" in str(error)
    assert redirected.value.location == "http://127.0.0.1:1/x"
