"""``Syncthing`` and ``AsyncSyncthing``: where a client gets its address, key, timeouts and TLS settings, and
how long its connections live. Every operation comes from the generated namespaces they inherit.
"""

from __future__ import annotations

import importlib.util
import os
import ssl
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Literal, Self

import httpx

from ._compat import AsyncSystemNamespace, SystemNamespace
from ._httpx import BoundedAsyncHTTPTransport, BoundedHTTPTransport
from ._send import DEFAULT_MAX_RESPONSE_BYTES, AsyncSender, SyncSender
from ._stdlib import StdlibTransport
from .api import AsyncSyncthingApi, SyncthingApi
from .errors import CredentialsInURLError, InvalidAPIKeyError, InvalidURLError, SyncthingError
from .events import AsyncEventsNamespace, EventsNamespace
from .pagination import AsyncPagedDbApi, AsyncPagedFolderApi, PagedDbApi, PagedFolderApi

DEFAULT_URL = "http://127.0.0.1:8384"
# Syncthing answers most calls in milliseconds, but scans, large configs and database walks can take seconds. The
# answer (read) timeout is also the deadline for the whole call.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
URL_ENV = "SYNCTHING_URL"
API_KEY_ENV = "SYNCTHING_API_KEY"
ASYNC_BACKEND_ENV = "SYNCTHING_ASYNC_BACKEND"
SYNC_BACKEND_ENV = "SYNCTHING_SYNC_BACKEND"

AsyncBackend = Literal["aiohttp", "httpx"]
SyncBackend = Literal["stdlib", "httpx"]

if TYPE_CHECKING:
    import aiohttp

Verify = bool | str | os.PathLike[str] | ssl.SSLContext


def _base_url(base_url: str | None) -> str:
    """The server's URL, refused if it carries a user name or password (which would then show in messages)."""
    url = base_url or os.environ.get(URL_ENV) or DEFAULT_URL
    parsed = httpx.URL(url)
    if parsed.scheme and not parsed.host:
        raise InvalidURLError(f"the base URL {url!r} names no host")
    if parsed.port is not None and not 0 <= parsed.port <= 65535:
        # Transports would fail each their own way: a raw ValueError from aiohttp, an ExceptionGroup from anyio.
        raise InvalidURLError(f"the base URL's port {parsed.port} is outside 0-65535")
    if parsed.userinfo:
        raise CredentialsInURLError(
            "the base URL carries a user name or password, which the client does not send: Syncthing's REST API "
            f"authenticates with the API key (api_key= or ${API_KEY_ENV}); for a proxy that needs credentials, "
            "pass http_client= an httpx client with its proxy and auth"
        )
    return url


def _key_problem(key: str) -> str | None:
    """What makes ``key`` unusable in an HTTP header, in words that do not repeat it; ``None`` if it is usable."""
    if not key.isascii():
        return "holds a non-ASCII character"
    if not key.isprintable():
        return "holds a line break, NUL or other control character"
    return None


def _api_key(api_key: str | None) -> str:
    """The API key given or in ``$SYNCTHING_API_KEY``, surrounding whitespace (a key file's newline) stripped.

    Raises ``InvalidAPIKeyError`` without the key anywhere: not in the message, nor in this frame's locals, which a
    traceback keeps."""
    source = "api_key=" if api_key else f"${API_KEY_ENV}"
    key = (api_key or os.environ.get(API_KEY_ENV) or "").strip()
    if not key:
        raise InvalidAPIKeyError(f"no API key: pass api_key= or set {API_KEY_ENV} (Syncthing GUI → Settings → API Key)")
    problem = _key_problem(key)
    if problem is None:
        return key
    del api_key, key
    raise InvalidAPIKeyError(f"the API key from {source} {problem}; copy it again from Syncthing GUI → Settings")


def _backend_from_env(variable: str, choices: tuple[str, str]) -> str | None:
    chosen = os.environ.get(variable)
    if chosen and chosen not in choices:
        raise SyncthingError(f"${variable} must be {' or '.join(map(repr, choices))}, not {chosen!r}")
    return chosen or None


def _max_response_bytes(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise SyncthingError(f"max_response_bytes must be a positive number of bytes, not {value!r}")
    return value


def _sync_transport(
    backend: SyncBackend | None, url: str, verify: bool | ssl.SSLContext, max_response_bytes: int
) -> httpx.BaseTransport:
    chosen = backend or _backend_from_env(SYNC_BACKEND_ENV, ("stdlib", "httpx")) or "stdlib"
    if chosen == "stdlib" and url.startswith("http://"):
        return StdlibTransport(max_response_bytes=max_response_bytes)
    return BoundedHTTPTransport(verify=verify, max_response_bytes=max_response_bytes)


def _async_transport(
    backend: AsyncBackend | None,
    session: aiohttp.ClientSession | None,
    verify: bool | ssl.SSLContext,
    max_response_bytes: int,
) -> httpx.AsyncBaseTransport:
    chosen = backend or _backend_from_env(ASYNC_BACKEND_ENV, ("aiohttp", "httpx"))
    if chosen is None:
        chosen = "aiohttp" if importlib.util.find_spec("aiohttp") else "httpx"
    if session is not None or chosen == "aiohttp":
        from ._aiohttp import AiohttpTransport  # aiohttp is an optional dependency

        return AiohttpTransport(session, verify=verify, max_response_bytes=max_response_bytes)
    return BoundedAsyncHTTPTransport(verify=verify, max_response_bytes=max_response_bytes)


def _ssl_context(verify: Verify) -> bool | ssl.SSLContext:
    """``True``/``False``/an ``SSLContext`` as given; a path names a CA bundle or the instance's own certificate."""
    if isinstance(verify, bool | ssl.SSLContext):
        return verify
    return ssl.create_default_context(cafile=os.fspath(verify))


class Syncthing(SyncthingApi):
    """Synchronous client: ``Syncthing(base_url, api_key)``, then ``st.<tag>.<action>(...)``.

    Args:
        base_url: where Syncthing's GUI/REST listens; default ``$SYNCTHING_URL`` or ``http://127.0.0.1:8384``.
            A user name or password in it raises ``CredentialsInURLError``; no host or a port out of range,
            ``InvalidURLError``.
        api_key: the GUI's API key; default ``$SYNCTHING_API_KEY``. Surrounding whitespace (a key file's newline)
            is stripped; a key that is empty or holds control or non-ASCII characters raises
            ``InvalidAPIKeyError``. Never shown in ``repr()``, errors or logs, and sent to ``base_url``'s origin
            only: the client follows no redirect (a 3xx answer raises ``RedirectError``).
        timeout: seconds, or an ``httpx.Timeout``; the default allows 5 s to connect and 30 s for an answer. The
            answer (read) timeout bounds the whole call, not only each socket read: connecting, sending, and
            receiving the status line, headers and body must all be over within it (30 s by default), however
            steadily a server trickles its answer; ``APITimeoutError`` otherwise. ``None`` sets no bound. The event
            stream's long polls ask for a longer one of their own.
        max_response_bytes: the largest answer body read, as received and once decoded; default 64 MiB (a
            2,000-folder configuration is about 4 MB). A larger body raises ``ResponseTooLargeError`` as soon as
            it proves larger, and is never read whole. The client asks for uncompressed answers
            (``Accept-Encoding: identity``), as Syncthing always sends.
        verify: TLS verification for an ``https://`` URL: ``True`` (system CAs), a path to a CA bundle or to
            the instance's own ``https-cert.pem``, an ``ssl.SSLContext``, or ``False`` to disable checks.
        tls_server_name: the name to check the server's certificate against when it differs from the URL's
            host. Syncthing's self-made GUI certificate names the machine's host name, so reaching it as
            ``https://127.0.0.1:8384`` with ``verify=".../https-cert.pem"`` needs ``tls_server_name=<host name>``.
        http_client: an ``httpx.Client`` of your own (proxies, hooks, transports); it is used as it is and not
            closed by this client. ``timeout``, ``verify``, ``backend`` and ``max_response_bytes`` are then
            ignored (its transport reads the answers, bounded by its own per-read timeouts only); its
            ``follow_redirects`` too (requests are sent with ``follow_redirects=False``).
        backend: what carries requests when no ``http_client`` is given: ``"stdlib"`` (the default for
            ``http://`` URLs: the standard library's ``http.client``, about a third faster per call) or
            ``"httpx"`` (httpx's own transport, always used for ``https://``; also what ``respx`` mocks).
            ``$SYNCTHING_SYNC_BACKEND`` sets the default.
    """

    def __init__(
        self,
        base_url: str | None = None,
        api_key: str | None = None,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        verify: Verify = True,
        tls_server_name: str | None = None,
        http_client: httpx.Client | None = None,
        backend: SyncBackend | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self._owns_http = http_client is None
        try:
            self.base_url = _base_url(base_url)
            limit = _max_response_bytes(max_response_bytes)
            transport = None if http_client else _sync_transport(backend, self.base_url, _ssl_context(verify), limit)
            http = http_client or httpx.Client(timeout=timeout, transport=transport)
            key = _api_key(api_key)  # last: nothing that may fail follows it in this block
        finally:
            del api_key  # a failure's traceback keeps this frame: leave the key out of it
        sender = SyncSender(
            http, base_url=self.base_url, api_key=key, tls_server_name=tls_server_name, transport=transport
        )
        super().__init__(sender)

    @cached_property
    def system(self) -> SystemNamespace:
        """Operations under ``/rest/system/``, plus ``log_levels()`` / ``set_log_levels()`` for every release."""
        return SystemNamespace(self._sender)

    @cached_property
    def events(self) -> EventsNamespace:
        """Operations under ``/rest/events``, plus ``stream()``: typed events with gaps and restarts reported."""
        return EventsNamespace(self._sender)

    @cached_property
    def db(self) -> PagedDbApi:
        """Operations under ``/rest/db/``, plus ``iter_need``, ``iter_remoteneed`` and ``iter_localchanged``."""
        return PagedDbApi(self._sender)

    @cached_property
    def folder(self) -> PagedFolderApi:
        """Operations under ``/rest/folder/``, plus ``iter_errors``."""
        return PagedFolderApi(self._sender)

    def server_version(self) -> str:
        """The server's Syncthing release, e.g. ``"1.29.5"``: asked once, then kept until a connection fails.

        Operations the release does not serve raise ``UnsupportedOperationError`` before anything is sent.
        """
        return self._sender.version()

    def close(self) -> None:
        """Close the connections this client opened (not those of a client handed in)."""
        if self._owns_http:
            self._sender.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Syncthing(base_url={self.base_url!r})"


class AsyncSyncthing(AsyncSyncthingApi):
    """Asynchronous client: ``AsyncSyncthing(base_url, api_key)``, then ``await ast.<tag>.<action>(...)``.

    Takes the arguments of ``Syncthing``, with ``http_client`` an ``httpx.AsyncClient`` and these two:

    Args:
        backend: what carries requests when no ``http_client`` is given: ``"aiohttp"`` (the default when
            aiohttp is installed, ``pip install syncthing-client[aiohttp]``: several times faster under
            concurrency) or ``"httpx"`` (httpx's own pool). ``$SYNCTHING_ASYNC_BACKEND`` sets the default.
        aiohttp_session: an ``aiohttp.ClientSession`` of your own for the aiohttp backend; it is not closed here.
            Its ``timeout`` is overridden per call by ``timeout``; with ``auto_decompress=True`` (aiohttp's
            default) a compressed answer is decoded by aiohttp before ``max_response_bytes`` is checked.
    """

    def __init__(
        self,
        base_url: str | None = None,
        api_key: str | None = None,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        verify: Verify = True,
        tls_server_name: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        backend: AsyncBackend | None = None,
        aiohttp_session: aiohttp.ClientSession | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self._owns_http = http_client is None
        try:
            self.base_url = _base_url(base_url)
            limit = _max_response_bytes(max_response_bytes)
            transport = None if http_client else _async_transport(backend, aiohttp_session, _ssl_context(verify), limit)
            http = http_client or httpx.AsyncClient(timeout=timeout, transport=transport)
            key = _api_key(api_key)  # last: nothing that may fail follows it in this block
        finally:
            del api_key  # a failure's traceback keeps this frame: leave the key out of it
        sender = AsyncSender(
            http, base_url=self.base_url, api_key=key, tls_server_name=tls_server_name, transport=transport
        )
        super().__init__(sender)

    @cached_property
    def system(self) -> AsyncSystemNamespace:
        """Operations under ``/rest/system/``, plus ``log_levels()`` / ``set_log_levels()`` for every release."""
        return AsyncSystemNamespace(self._sender)

    @cached_property
    def events(self) -> AsyncEventsNamespace:
        """Operations under ``/rest/events``, plus ``stream()``: typed events with gaps and restarts reported."""
        return AsyncEventsNamespace(self._sender)

    @cached_property
    def db(self) -> AsyncPagedDbApi:
        """Operations under ``/rest/db/``, plus ``iter_need``, ``iter_remoteneed`` and ``iter_localchanged``."""
        return AsyncPagedDbApi(self._sender)

    @cached_property
    def folder(self) -> AsyncPagedFolderApi:
        """Operations under ``/rest/folder/``, plus ``iter_errors``."""
        return AsyncPagedFolderApi(self._sender)

    async def server_version(self) -> str:
        """The server's Syncthing release, e.g. ``"1.29.5"``: asked once, then kept until a connection fails.

        Operations the release does not serve raise ``UnsupportedOperationError`` before anything is sent.
        """
        return await self._sender.version()

    async def aclose(self) -> None:
        """Close the connections this client opened (not those of a client handed in)."""
        if self._owns_http:
            await self._sender.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncSyncthing(base_url={self.base_url!r})"
