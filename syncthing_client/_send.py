"""The one path every facade call takes to the server, sync and async.

A sender owns the httpx client, the base URL and the API key. It turns the generated ``_get_kwargs`` of an
operation into a request, sends it, and hands back a successful response or raises the error from
``syncthing_client.errors``. Nothing else in the package sends requests.

Two ways to send. With a client handed in by the caller, requests go through ``httpx.Client.send`` so that its auth,
hooks, proxies and cookies all apply. With the client this package made itself, requests go straight to its
transport: ``Client.send``'s merging, auth, redirect and hook machinery costs more than the HTTP exchange with a
local Syncthing and does nothing for us (see the README's speed section).

It also knows the server's release: before the first operation that not every release serves, it asks
``GET /rest/system/version`` once and keeps the answer (until the connection fails, as an upgrade restarts the
server), and refuses an operation the release lacks without sending it.
"""

import gc
import json
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any, TypeVar

import httpx

from ._operations import Operation, parse_version
from .errors import APIConnectionError, APIStatusError, UnsupportedOperationError, connection_error, raise_for_response

API_KEY_HEADER = "X-API-Key"
# Above this size a body decodes into tens of thousands of model objects; the cyclic garbage collector, triggered
# by the allocations alone, would walk them all repeatedly (about 40 % of the decoding of a 2,000-folder config).
LARGE_BODY_BYTES = 256 * 1024
# Paths that name a folder or device vary without end: past this many entries a cache stops growing.
MAX_CACHED = 512

_Parsed = TypeVar("_Parsed")
_Key = TypeVar("_Key", bound=Hashable)
_Value = TypeVar("_Value")


def remember(cache: dict[_Key, _Value], key: _Key, make: Callable[[_Key], _Value]) -> _Value:
    """``cache[key]``, made by ``make(key)`` the first time and kept while the cache holds fewer than
    ``MAX_CACHED`` entries. For immutable values that cost more to make than to look up (parsed URLs, timeouts)."""
    value = cache.get(key)
    if value is None:
        value = make(key)
        if len(cache) < MAX_CACHED:
            cache[key] = value
    return value


def _parse_url(text: str) -> tuple[httpx.URL, str]:
    url = httpx.URL(text)
    return url, url.netloc.decode("ascii")


def decode(parse: Callable[..., _Parsed], context: Any, response: httpx.Response) -> _Parsed:
    """The generated ``_parse_response`` of an operation applied to ``response``; for a large body, with the cyclic
    garbage collector paused (models hold no reference cycles, so nothing is left for it to find)."""
    if len(response.content) < LARGE_BODY_BYTES or not gc.isenabled():
        return parse(client=context, response=response)
    gc.disable()
    try:
        return parse(client=context, response=response)
    finally:
        gc.enable()


_METHODS_WITH_BODY = frozenset(("POST", "PUT", "PATCH"))


def _encode_body(json_body: Any, content: Any, headers: dict[str, str]) -> bytes:
    if json_body is not None:
        headers["Content-Type"] = "application/json"
        return json.dumps(json_body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
    if content is None:
        return b""
    if isinstance(content, str):
        return content.encode()
    return content if isinstance(content, bytes) else bytes(content)


_CONTENT_ENCODING = (b"content-encoding", "content-encoding")
_SET_COOKIE = (b"set-cookie",)


def _has_header(pairs: Iterable[tuple[bytes | str, bytes | str]], names: tuple[bytes | str, ...]) -> bool:
    """Whether raw header ``pairs`` hold one of the lower-case ``names``.

    On raw pairs because ``name in response.headers`` first works out the text encoding of every header of a new
    response (2.6 µs, against 1 µs for this); a plain loop because ``any()`` over a generator takes twice as long.
    """
    for name, _ in pairs:  # noqa: SIM110
        if name.lower() in names:
            return True
    return False


def response_with_body(
    status_code: int,
    headers: Sequence[tuple[bytes, bytes]] | Sequence[tuple[str, str]],
    body: bytes,
    request: httpx.Request,
    extensions: dict[str, Any] | None = None,
) -> httpx.Response:
    """An ``httpx.Response`` holding ``body``, read, for a transport that has the whole body in memory.

    ``httpx.Response(content=body)`` would pass the bytes through its streaming decoders once more, at a cost
    close to a small call's whole exchange with a local Syncthing; the result is the same (tests/test_client_offline.py
    checks it against httpx's own).
    """
    response = httpx.Response(
        status_code, headers=headers, stream=httpx.ByteStream(body), request=request, extensions=extensions
    )
    if _has_header(headers, _CONTENT_ENCODING):
        response.read()  # compressed (a proxy in front of Syncthing may do it): httpx's decoders undo it
        return response
    response._content = body
    response.is_stream_consumed = response.is_closed = True  # nothing left to read or release
    return response


class _Sender:
    __slots__ = (
        "_api_key",
        "_base_url",
        "_extensions",
        "_lean_extensions",
        "_urls",
        "server_version",
    )

    def __init__(self, base_url: str, api_key: str, tls_server_name: str | None, timeout: httpx.Timeout) -> None:
        self._base_url = base_url.rstrip("/")
        self._api_key = api_key
        # httpcore checks the server's certificate against sni_hostname instead of the URL's host.
        self._extensions = {"sni_hostname": tls_server_name} if tls_server_name else None
        # URL string → parsed URL and its Host header: httpx parses in Python, at a cost close to a local call's.
        self._urls: dict[str, tuple[httpx.URL, str]] = {}
        # Transports only read a request's extensions, so requests without a timeout of their own share these.
        self._lean_extensions: dict[str, Any] = {"timeout": timeout.as_dict(), **(self._extensions or {})}
        self.server_version: str | None = None

    def _refuse_if_unserved(self, operation: Operation, server_version: str | None) -> None:
        if server_version is None:
            return
        try:
            version = parse_version(server_version)
        except ValueError:
            return  # a development build without a release number: let the server decide
        if not operation.served_by(version):
            raise UnsupportedOperationError(
                operation.id,
                method=operation.method,
                path=operation.path,
                server_version=server_version,
                since=operation.since,
                removed=operation.removed,
            )

    def _connection_lost(self, exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
        # The server may come back as another release (an upgrade restarts it): ask again next time.
        self.server_version = None
        return connection_error(exc, request)

    def _parts(self, request_args: dict[str, Any]) -> tuple[str, dict[str, str], Any]:
        """URL, headers (with the key) and body of a request, from the generated ``_get_kwargs``."""
        headers: dict[str, str] = dict(request_args.get("headers") or {})
        headers[API_KEY_HEADER] = self._api_key
        content: Any = request_args.get("content")
        if hasattr(content, "read"):
            # Uploads arrive as files from the generated code; bytes go through sync and async clients alike.
            content = content.read()
        # The URL is joined here rather than through httpx's base_url so that a client handed in by the caller
        # works as it is.
        return self._base_url + str(request_args["url"]), headers, content

    def _build(self, http: httpx.Client | httpx.AsyncClient, request_args: dict[str, Any]) -> httpx.Request:
        url, headers, content = self._parts(request_args)
        return http.build_request(
            request_args["method"],
            url,
            params=request_args.get("params"),
            json=request_args.get("json"),
            content=content,
            headers=headers,
            # Long polls (the event stream) ask for a read timeout longer than their server-side timeout.
            timeout=request_args.get("timeout", httpx.USE_CLIENT_DEFAULT),
            extensions=self._extensions,
        )

    def _build_lean(self, request_args: dict[str, Any]) -> httpx.Request:
        """The request ``_build`` makes, without a client: what the transport needs and nothing else.

        The body is encoded here as ``httpx.Request`` would (compact UTF-8 JSON, ``Content-Length``, ``Host``): its
        general encoder costs more than a local Syncthing takes to answer a small call.
        """
        url, headers, content = self._parts(request_args)
        parsed_url, host = remember(self._urls, url, _parse_url)
        headers.setdefault("Host", host)
        params = request_args.get("params")
        if params is not None:
            parsed_url = parsed_url.copy_merge_params(params)
        method: str = request_args["method"].upper()
        body = _encode_body(request_args.get("json"), content, headers)
        if body or method in _METHODS_WITH_BODY:
            headers["Content-Length"] = str(len(body))
        extensions = self._lean_extensions
        if "timeout" in request_args:
            extensions = {**extensions, "timeout": request_args["timeout"].as_dict()}
        request = httpx.Request(
            method, parsed_url, headers=headers, stream=httpx.ByteStream(body), extensions=extensions
        )
        request.read()
        return request

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r})"


class SyncSender(_Sender):
    """Sends requests through an ``httpx.Client``, or straight to ``transport`` when one is given."""

    __slots__ = ("http", "transport")

    def __init__(
        self,
        http: httpx.Client,
        *,
        base_url: str,
        api_key: str,
        tls_server_name: str | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(base_url, api_key, tls_server_name, http.timeout)
        self.http = http
        self.transport = transport

    def send(self, operation: Operation, request_args: dict[str, Any]) -> httpx.Response:
        if operation.version_bound:
            self._refuse_if_unserved(operation, self._version_if_known())
        lean = self.transport is not None and not self.http.cookies
        request = self._build_lean(request_args) if lean else self._build(self.http, request_args)
        try:
            response = self._exchange(request) if lean else self.http.send(request)
        except httpx.TransportError as exc:
            raise self._connection_lost(exc, request) from exc
        raise_for_response(response, error_field=operation.error_field)
        return response

    def _exchange(self, request: httpx.Request) -> httpx.Response:
        assert self.transport is not None
        response = self.transport.handle_request(request)
        try:
            response.read()
        finally:
            response.close()
        response.request = request
        if _has_header(response.headers.raw, _SET_COOKIE):
            # A GUI login: keep its session cookie, and from now on send through the client, which sends it.
            self.http.cookies.extract_cookies(response)
        return response

    def _version_if_known(self) -> str | None:
        try:
            return self.version()
        except APIStatusError:
            return None  # e.g. a health probe without a valid key: the server itself decides

    def version(self) -> str:
        """The server's release (``"1.29.5"``), asked once and kept."""
        if self.server_version is None:
            # Imported here: the generated api package imports this module.
            from .api import OPERATIONS
            from .api.system import system_version

            answer = self.send(OPERATIONS["system_version"], system_version._get_kwargs()).json()
            self.server_version = str(answer["version"]).removeprefix("v")
        return self.server_version


class AsyncSender(_Sender):
    """Sends requests through an ``httpx.AsyncClient``, or straight to ``transport`` when one is given."""

    __slots__ = ("http", "transport")

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        base_url: str,
        api_key: str,
        tls_server_name: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(base_url, api_key, tls_server_name, http.timeout)
        self.http = http
        self.transport = transport

    async def send(self, operation: Operation, request_args: dict[str, Any]) -> httpx.Response:
        if operation.version_bound:
            self._refuse_if_unserved(operation, await self._version_if_known())
        lean = self.transport is not None and not self.http.cookies
        request = self._build_lean(request_args) if lean else self._build(self.http, request_args)
        try:
            response = await self._exchange(request) if lean else await self.http.send(request)
        except httpx.TransportError as exc:
            raise self._connection_lost(exc, request) from exc
        raise_for_response(response, error_field=operation.error_field)
        return response

    async def _exchange(self, request: httpx.Request) -> httpx.Response:
        assert self.transport is not None
        response = await self.transport.handle_async_request(request)
        try:
            await response.aread()
        finally:
            await response.aclose()
        response.request = request
        if _has_header(response.headers.raw, _SET_COOKIE):
            self.http.cookies.extract_cookies(response)
        return response

    async def _version_if_known(self) -> str | None:
        try:
            return await self.version()
        except APIStatusError:
            return None  # e.g. a health probe without a valid key: the server itself decides

    async def version(self) -> str:
        """The server's release (``"1.29.5"``), asked once and kept."""
        if self.server_version is None:
            # Imported here: the generated api package imports this module.
            from .api import OPERATIONS
            from .api.system import system_version

            answer = (await self.send(OPERATIONS["system_version"], system_version._get_kwargs())).json()
            self.server_version = str(answer["version"]).removeprefix("v")
        return self.server_version
