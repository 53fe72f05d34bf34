"""Client behaviour that needs no server, or faults a real server cannot be made to show on demand (timeouts,
arbitrary 5xx). Everything else is tested against real Syncthing."""

import asyncio
import gzip
import importlib
import inspect
import json
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
    UnsupportedOperationError,
)
from syncthing_client._aiohttp import text_headers
from syncthing_client._send import SyncSender, response_with_body
from syncthing_client.api import OPERATIONS

URL = "http://127.0.0.1:8384"
KEY = "secret-key-that-must-not-leak"


@pytest.fixture(autouse=True)
def httpx_backends(monkeypatch: pytest.MonkeyPatch) -> None:
    """respx intercepts httpx's own transports, so clients here use the httpx backends."""
    monkeypatch.setenv("SYNCTHING_ASYNC_BACKEND", "httpx")
    monkeypatch.setenv("SYNCTHING_SYNC_BACKEND", "httpx")


def test_operations_go_out_only_through_the_facade() -> None:
    """The generated operation modules build requests and parse answers; none sends (the stock sync()/asyncio()
    functions bypassed the guard, the version checks and the error tree: a wrong key came back as 'CSRF Error')."""
    modules = [
        importlib.import_module(f"syncthing_client.api.{operation.id.split('_', 1)[0]}.{operation.id}")
        for operation in OPERATIONS.values()
    ]
    assert len(modules) == len(OPERATIONS)
    for module in modules:
        functions = {
            name
            for name, value in vars(module).items()
            if inspect.isfunction(value) and value.__module__ == module.__name__
        }
        assert functions == {"_get_kwargs", "_parse_response"}, module.__name__


def test_public_surface_is_pinned() -> None:
    assert sorted(syncthing_client.__all__) == [
        "APIConnectionError",
        "APIStatusError",
        "APITimeoutError",
        "AsyncSyncthing",
        "AuthenticationError",
        "BadRequestError",
        "ConfigurationError",
        "CredentialsInURLError",
        "DeviceNotFoundError",
        "EventLoopMismatchError",
        "FolderNotFoundError",
        "InvalidAPIKeyError",
        "InvalidBodyError",
        "InvalidURLError",
        "NotFoundError",
        "OperationFailedError",
        "RedirectError",
        "RequestRefusedError",
        "ResetResult",
        "ResponseTooLargeError",
        "ResponseValidationError",
        "RestartResult",
        "ServerError",
        "ShutdownResult",
        "Syncthing",
        "SyncthingError",
        "TLSConfigurationError",
        "UNSET",
        "UnexpectedStatus",
        "Unset",
        "UnsupportedOperationError",
        "__version__",
        "openapi_spec",
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


def version_answer(version: str) -> httpx.Response:
    return httpx.Response(200, json={"version": version, "os": "linux", "arch": "amd64"})


def test_the_server_version_is_asked_once_and_kept() -> None:
    with Syncthing(URL, KEY) as st, respx.mock(base_url=URL) as mock:
        version = mock.get("/rest/system/version").mock(return_value=version_answer("v1.29.5"))
        paths = mock.get("/rest/system/paths").mock(return_value=httpx.Response(200, json={}))
        st.system.paths()
        st.system.paths()
        assert st.server_version() == "1.29.5"
        assert (version.call_count, paths.call_count) == (1, 2)


def test_operations_every_release_serves_need_no_version() -> None:
    with Syncthing(URL, KEY) as st, respx.mock(base_url=URL, assert_all_called=False) as mock:
        version = mock.get("/rest/system/version").mock(return_value=version_answer("v1.29.5"))
        mock.get("/rest/system/ping").mock(return_value=httpx.Response(200, json={"ping": "pong"}))
        st.system.ping()
        assert not version.called


@pytest.mark.parametrize(
    ("operation", "server", "served"),
    [
        ("system_paths", "v1.20.4", "from 1.21.0 on"),
        ("system_loglevels", "v1.29.5", "from 2.0.0 on"),
        ("system_debug", "v2.1.3", "before 2.0.0"),
    ],
)
def test_an_operation_the_release_lacks_is_refused_unsent(operation: str, server: str, served: str) -> None:
    with Syncthing(URL, KEY) as st, respx.mock(base_url=URL, assert_all_called=False) as mock:
        mock.get("/rest/system/version").mock(return_value=version_answer(server))
        refused = mock.route(path__regex=r"^/rest/system/(paths|loglevels|debug)$")
        with pytest.raises(UnsupportedOperationError) as caught:
            getattr(st.system, operation.removeprefix("system_"))()
        assert not refused.called
        assert caught.value.operation == operation
        assert caught.value.server_version == server.removeprefix("v")
        assert str(caught.value).endswith(f"it is served {served}")


def test_async_refusal_and_cache() -> None:
    async def scenario() -> None:
        async with AsyncSyncthing(URL, KEY) as ast:
            with respx.mock(base_url=URL) as mock:
                version = mock.get("/rest/system/version").mock(return_value=version_answer("v1.19.2"))
                with pytest.raises(UnsupportedOperationError):
                    await ast.system.paths()
                with pytest.raises(UnsupportedOperationError):
                    await ast.system.loglevels()
                assert version.call_count == 1

    asyncio.run(scenario())


def test_a_lost_connection_forgets_the_version() -> None:
    """An upgrade restarts the server: after a connection failure the version is asked again."""
    with Syncthing(URL, KEY) as st, respx.mock(base_url=URL) as mock:
        version = mock.get("/rest/system/version")
        version.side_effect = [version_answer("v1.19.2"), version_answer("v1.29.5")]
        mock.get("/rest/system/ping").mock(side_effect=httpx.ConnectError("refused"))
        mock.get("/rest/system/paths").mock(return_value=httpx.Response(200, json={}))
        with pytest.raises(UnsupportedOperationError):
            st.system.paths()
        with pytest.raises(APIConnectionError):
            st.system.ping()
        st.system.paths()
        assert version.call_count == 2


def test_an_unknown_release_or_an_unreadable_version_lets_the_server_decide() -> None:
    with Syncthing(URL, "wrong-key") as st, respx.mock(base_url=URL) as mock:
        mock.get("/rest/system/version").mock(return_value=httpx.Response(403, text="CSRF Error"))
        health = mock.get("/rest/noauth/health").mock(return_value=httpx.Response(200, json={"status": "OK"}))
        assert st.noauth.health().status == "OK"
        assert health.called
    with Syncthing(URL, KEY) as st, respx.mock(base_url=URL) as mock:
        mock.get("/rest/system/version").mock(return_value=version_answer("unknown-dev"))
        paths = mock.get("/rest/system/paths").mock(return_value=httpx.Response(200, json={}))
        st.system.paths()
        assert paths.called


def test_log_levels_use_loglevels_from_2_0() -> None:
    with Syncthing(URL, KEY) as st, respx.mock(base_url=URL) as mock:
        mock.get("/rest/system/version").mock(return_value=version_answer("v2.1.3"))
        mock.get("/rest/system/loglevels").mock(
            return_value=httpx.Response(200, json={"packages": {"model": "The root hub"}, "levels": {"model": "WARN"}})
        )
        posted = mock.post("/rest/system/loglevels").mock(return_value=httpx.Response(200))
        assert st.system.log_levels().levels["model"] == "WARN"
        st.system.set_log_levels({"model": "error"})
        assert json.loads(posted.calls.last.request.content) == {"model": "ERROR"}


LEAN_REQUESTS = {
    "GET, no body": {"method": "get", "url": "/rest/system/version"},
    "GET, typed query": {"method": "get", "url": "/rest/db/file", "params": {"folder": "a b/ü", "file": "x&y", "n": 3}},
    "GET, bool query": {"method": "get", "url": "/rest/events", "params": {"since": 0, "verbose": True}},
    "POST, no body": {"method": "post", "url": "/rest/system/restart"},
    "POST, JSON": {
        "method": "post",
        "url": "/rest/config/folders",
        "json": {"id": "ü", "label": "Ünïcode", "devices": [], "paused": False},
        "headers": {"Content-Type": "application/json"},
    },
    "POST, text": {
        "method": "post",
        "url": "/rest/system/error",
        "content": "a message ✓",
        "headers": {"Content-Type": "text/plain; charset=utf-8"},
    },
    "PUT, JSON list": {
        "method": "put",
        "url": "/rest/config/devices",
        "json": [],
        "headers": {"Content-Type": "application/json"},
    },
}


@pytest.mark.parametrize("request_args", LEAN_REQUESTS.values(), ids=LEAN_REQUESTS.keys())
def test_the_lean_request_is_the_one_httpx_builds(request_args: dict[str, object]) -> None:
    """The lean path encodes requests itself; what goes on the wire must not differ from httpx's own."""
    with httpx.Client() as http:
        sender = SyncSender(http, base_url=URL, api_key=KEY, transport=httpx.HTTPTransport())
        lean = sender._build_lean(dict(request_args))
        full = sender._build(http, dict(request_args))
    assert (lean.method, lean.url, lean.content) == (full.method, full.url, full.content)
    ignored = {"connection", "user-agent"}  # the transport's; our own
    assert sorted((k, v) for k, v in lean.headers.items() if k not in ignored) == sorted(
        (k, v) for k, v in full.headers.items() if k not in ignored
    )
    # Syncthing never compresses; asking for nothing else keeps the size limit meaningful (httpx would ask for gzip).
    assert lean.headers["accept-encoding"] == full.headers["accept-encoding"] == "identity"
    assert lean.headers["user-agent"].startswith("syncthing-client")
    assert lean.extensions["timeout"] == http.timeout.as_dict()


def test_a_compressed_body_is_decoded_like_httpx_does() -> None:
    request = httpx.Request("GET", f"{URL}/rest/config")
    body = json.dumps({"folders": ["x"] * 1000}).encode()
    headers = [(b"Content-Type", b"application/json"), (b"Content-Encoding", b"gzip")]
    response = response_with_body(200, headers, gzip.compress(body), request)
    assert response.content == body
    assert response.json() == {"folders": ["x"] * 1000}


RAW_HEADERS = {
    "bytes (aiohttp)": [(b"Content-Type", b"application/json; charset=utf-8"), (b"Content-Length", b"16")],
    "text (http.client)": [("Content-Type", "application/json; charset=utf-8"), ("Content-Length", "16")],
}


@pytest.mark.parametrize("headers", RAW_HEADERS.values(), ids=RAW_HEADERS.keys())
def test_a_response_with_its_body_behaves_like_httpx_own(headers: list[tuple[bytes, bytes]]) -> None:
    request = httpx.Request("GET", f"{URL}/rest/system/version")
    body = '{"version":"ü1"}'.encode()
    ours, theirs = (
        response_with_body(200, headers, body, request),
        httpx.Response(200, headers=headers, content=body, request=request),
    )
    for response in (ours, theirs):
        assert response.read() == body
    assert (ours.content, ours.text, ours.json(), ours.headers) == (
        theirs.content,
        theirs.text,
        theirs.json(),
        theirs.headers,
    )
    assert (ours.headers.raw, ours.headers.multi_items(), ours.headers.encoding) == (
        theirs.headers.raw,
        theirs.headers.multi_items(),
        theirs.headers.encoding,
    )
    assert b"".join(ours.iter_bytes()) == body
    assert asyncio.run(ours.aread()) == body
    theirs.close()
    assert (ours.is_closed, ours.is_stream_consumed) == (theirs.is_closed, theirs.is_stream_consumed) == (True, True)


JSON_BODIES = {
    "utf-8": '{"name": "café", "n": [1, 2.5, null]}'.encode(),
    "utf-8 with a byte-order mark": b"\xef\xbb\xbf" + '{"name": "café"}'.encode(),
    "utf-16": '{"name": "café"}'.encode("utf-16"),
    "utf-32 without a byte-order mark": '{"name": "café"}'.encode("utf-32-le"),
}


@pytest.mark.parametrize("body", JSON_BODIES.values(), ids=JSON_BODIES)
def test_json_of_a_response_with_its_body_reads_what_httpx_reads(body: bytes) -> None:
    request = httpx.Request("GET", f"{URL}/rest/system/version")
    assert response_with_body(200, [], body, request).json() == httpx.Response(200, content=body).json()


def test_json_of_a_response_with_its_body_fails_as_httpx_fails() -> None:
    request = httpx.Request("GET", f"{URL}/rest/system/version")
    for body in (b'{"cut": ', b"\xff\xfe{"):
        with pytest.raises(ValueError) as ours:
            response_with_body(200, [], body, request).json()
        with pytest.raises(ValueError) as theirs:
            httpx.Response(200, content=body).json()
        assert (type(ours.value), str(ours.value)) == (type(theirs.value), str(theirs.value))


def test_latin1_header_text_from_http_client_keeps_its_bytes() -> None:
    """http.client decodes header bytes as Latin-1; the response gets the bytes that were on the wire back."""
    request = httpx.Request("GET", f"{URL}/rest/system/version")
    response = response_with_body(200, [("X-Name", "café")], b"", request)
    assert response.headers.raw == [(b"X-Name", b"caf\xe9")]
    assert response.headers["x-name"] == "café"


def test_aiohttp_is_given_the_header_text_httpx_would_send() -> None:
    """Names as spelled (what httpx's own transports put on the wire); text as httpx decodes it."""
    headers = httpx.Headers([(b"X-API-Key", b"k"), (b"User-Agent", b"syncthing-client/1"), (b"X-Label", "ü".encode())])
    text = text_headers(tuple(headers.raw))
    assert list(text.items()) == [("X-API-Key", "k"), ("User-Agent", "syncthing-client/1"), ("X-Label", "ü")]
    assert [(name.lower(), value) for name, value in text.items()] == headers.multi_items()
    not_utf8 = httpx.Headers([(b"X-Name", b"caf\xe9"), (b"X-Label", "ü".encode())])
    text = text_headers(tuple(not_utf8.raw))
    assert [(name.lower(), value) for name, value in text.items()] == not_utf8.multi_items()
    assert list(text.items()) == [("X-Name", "café"), ("X-Label", "Ã¼")]


UNNAMED_WITH_OPTIONAL_FIELDS = {
    "nothing": ({}, {}),
    "the optional field, null": ({"error": None}, {}),
    "an unnamed field in place of the optional one": ({"since": "x"}, {"since": "x"}),
    "both": ({"error": "boom", "since": "x"}, {"since": "x"}),
}


@pytest.mark.parametrize(("answer", "unnamed"), UNNAMED_WITH_OPTIONAL_FIELDS.values(), ids=UNNAMED_WITH_OPTIONAL_FIELDS)
def test_unnamed_fields_are_told_apart_from_missing_optional_ones(
    answer: dict[str, object], unnamed: dict[str, object]
) -> None:
    """from_dict counts the fields it read: a missing optional field must not hide an unnamed one."""
    status = syncthing_client.models.DiscoveryStatus.from_dict(answer)
    assert status.additional_properties == unnamed
    assert status.to_dict() == answer


def test_fields_the_spec_does_not_name_are_kept_and_sent_back() -> None:
    """A newer Syncthing adds fields: decoding keeps them in additional_properties, encoding sends them back."""
    example = syncthing_client.models.Size.from_dict({"value": 1, "unit": "%"})
    assert example.additional_properties == {}
    newer = {"value": 1, "unit": "%", "addedLater": {"x": [1]}}
    size = syncthing_client.models.Size.from_dict(newer)
    assert (size.value, size.unit, size.additional_properties) == (1, "%", {"addedLater": {"x": [1]}})
    assert size.to_dict() == newer
    assert syncthing_client.models.Size.from_dict(newer).additional_properties is not size.additional_properties
    with pytest.raises(ValueError, match="value: expected a value"):
        syncthing_client.models.Size.from_dict({"unit": "%"})
