"""``Syncthing`` and ``AsyncSyncthing``: where a client gets its address, key, timeouts and TLS settings, and
how long its connections live. Every operation comes from the generated namespaces they inherit.

What only some clients or calls use is imported where it is first needed, so that importing this module stays
cheap: each transport by the constructor that picks it (aiohttp only for an ``AsyncSyncthing`` on that backend),
each namespace with its endpoint modules and models on first access, asyncio by the async ``wait_until_ready``.
"""

from __future__ import annotations

import importlib.util
import os
import re
import ssl
import time
from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self

import httpx

from ._config import GUI_API_KEY_ENV, certificate_name, env_url, read_home
from ._retry import DEFAULT_MAX_RETRIES, check_max_retries
from ._send import (
    AUTH_CHOICES,
    DEFAULT_MAX_RESPONSE_BYTES,
    NOT_GIVEN,
    AsyncSender,
    Auth,
    NotGiven,
    SyncSender,
    check_default_headers,
    check_timeout,
    raw_request,
)
from .api import OPERATIONS, AsyncSyncthingApi, SyncthingApi
from .errors import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    CredentialsInURLError,
    InvalidAPIKeyError,
    InvalidURLError,
    ServerError,
    SyncthingError,
    TLSConfigurationError,
)

DEFAULT_URL = "http://127.0.0.1:8384"
# Syncthing answers most calls in milliseconds, but scans, large configs and database walks can take seconds. The
# answer (read) timeout is also the deadline for the whole call.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
URL_ENV = "SYNCTHING_URL"
API_KEY_ENV = "SYNCTHING_API_KEY"
ASYNC_BACKEND_ENV = "SYNCTHING_ASYNC_BACKEND"
SYNC_BACKEND_ENV = "SYNCTHING_SYNC_BACKEND"

AsyncBackend = Literal["stdlib", "aiohttp", "httpx"]
SyncBackend = Literal["stdlib", "httpx"]

if TYPE_CHECKING:
    import aiohttp

    from ._compat import AsyncSystemNamespace, SystemNamespace
    from .events import AsyncEventsNamespace, EventsNamespace
    from .pagination import AsyncPagedDbApi, AsyncPagedFolderApi, PagedDbApi, PagedFolderApi
    from .tasks import AsyncTasks, Tasks

Verify = bool | str | os.PathLike[str] | ssl.SSLContext


# host:port, [v6]:port or localhost, with an optional path: what a base URL without its scheme looks like.
_HOST_PORT = re.compile(r"(?:[A-Za-z0-9.-]+:\d{1,5}|\[[0-9A-Fa-f:.]+\](?::\d{1,5})?|localhost)(?:/\S*)?")
_UNIX_HINT = (
    "unix:// sockets are not among the built-in transports: pass base_url='http://localhost' and "
    "http_client=httpx.Client(transport=httpx.HTTPTransport(uds=PATH)) (httpx.AsyncClient and "
    "httpx.AsyncHTTPTransport for AsyncSyncthing)"
)


def _looks_like_url(text: str) -> bool:
    text = text.strip()
    return text.lower().startswith(("http://", "https://")) or _HOST_PORT.fullmatch(text) is not None


def _refuse_non_text(base_url: object, api_key: object) -> None:
    """Raise ``InvalidURLError`` / ``InvalidAPIKeyError`` for a base URL or key that is not a ``str`` (bytes read
    from a file in binary mode). The message names its type only, and this frame's locals hold neither."""
    url_type = None if base_url is None or isinstance(base_url, str) else type(base_url).__name__
    key_type = None if api_key is None or isinstance(api_key, str) else type(api_key).__name__
    del base_url, api_key
    if url_type is not None:
        raise InvalidURLError(f"base_url must be a str, not {url_type} (decode bytes first)")
    if key_type is not None:
        raise InvalidAPIKeyError(f"api_key must be a str, not {key_type} (decode bytes first)")


def _refuse_key_first(base_url: str | None, api_key: str | None) -> None:
    """Raise ``InvalidURLError`` for ``Syncthing(key, url)``, the order of python-syncthing and aiosyncthing. The
    message and this frame's locals hold neither argument: the first is the key."""
    if not (base_url and api_key) or "://" in base_url or _looks_like_url(base_url) or not _looks_like_url(api_key):
        return
    del base_url, api_key
    raise InvalidURLError(
        "the first argument is no URL and the second looks like one: the client takes the URL first, "
        "Syncthing(base_url, api_key) (python-syncthing and aiosyncthing take the key first); "
        "call Syncthing(url, api_key=key)"
    )


def _url_problem(url: str, source: str) -> str | None:
    """What makes ``url`` unusable as the base URL, in words that repeat it only if it cannot be a key."""
    if not url:
        return f"the base URL from {source} is empty: give one such as {DEFAULT_URL!r}"
    if "://" not in url:
        if _HOST_PORT.fullmatch(url):
            return f"the base URL {url!r} from {source} has no scheme: did you mean 'http://{url}'?"
        # Not repeated: a key given alone or first has no scheme either.
        return f"the base URL from {source} has no http:// or https:// scheme (it is not repeated here)"
    scheme = url.partition("://")[0].lower()
    if scheme == "unix":
        return f"the base URL from {source} is a unix:// URL; {_UNIX_HINT}"
    if scheme not in ("http", "https"):
        return f"the base URL from {source} is {scheme}://; Syncthing's REST API is served over http:// or https://"
    if "?" in url or "#" in url:
        return (
            f"the base URL from {source} has a query string or a fragment ('?...' or '#...'), to which no path can be "
            f"joined: give the address alone, such as {DEFAULT_URL!r}"
        )
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as error:
        return f"the base URL from {source} cannot be read: {error}"
    try:
        host = parsed.host
    except UnicodeError as error:  # idna.IDNAError: httpx decodes a host that starts with xn--
        return f"the base URL from {source} has a host that is no valid internationalised (xn--) name: {error}"
    if not host:
        return f"the base URL from {source} names no host: give one such as {DEFAULT_URL!r}"
    if parsed.port is not None and not 0 <= parsed.port <= 65535:
        # Transports would fail each their own way: a raw ValueError from aiohttp, an ExceptionGroup from anyio.
        return f"the base URL from {source} has the port {parsed.port}, outside 0-65535"
    return None


def _url_and_source(base_url: str | None) -> tuple[str, str]:
    """The base URL and where it came from: ``base_url=``, then ``$SYNCTHING_URL``, then Syncthing's own
    ``$STGUIADDRESS`` (a listen address: ``0.0.0.0:8384`` means 127.0.0.1), then the default."""
    if base_url is not None:
        return base_url, "base_url="
    if os.environ.get(URL_ENV):
        return os.environ[URL_ENV], f"${URL_ENV}"
    return env_url() or (DEFAULT_URL, "the default")


def _base_url(base_url: str | None) -> str:
    """The server's URL, refused (``InvalidURLError``) when it cannot be used, and (``CredentialsInURLError``) if it
    carries a user name or password (which would then show in messages)."""
    url, source = _url_and_source(base_url)
    url = url.strip()
    problem = _url_problem(url, source)
    if problem is not None:
        del base_url, url  # perhaps the API key, given alone or first
        raise InvalidURLError(problem)
    if httpx.URL(url).userinfo:
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
    if api_key:
        source, key = "api_key=", api_key.strip()
    elif os.environ.get(API_KEY_ENV, "").strip():
        source, key = f"${API_KEY_ENV}", os.environ[API_KEY_ENV].strip()
    else:
        source, key = f"${GUI_API_KEY_ENV}", os.environ.get(GUI_API_KEY_ENV, "").strip()
    if not key:
        raise InvalidAPIKeyError(
            f"no API key: pass api_key= or set {API_KEY_ENV} (Syncthing GUI → Settings → API Key), "
            "or make the client with Syncthing.from_home(<Syncthing's home>)"
        )
    problem = _key_problem(key)
    if problem is None:
        return key
    del api_key, key
    raise InvalidAPIKeyError(f"the API key from {source} {problem}; copy it again from Syncthing GUI → Settings")


def _auth(auth: str) -> Auth:
    if auth not in AUTH_CHOICES:
        raise ConfigurationError(f"auth must be {' or '.join(map(repr, AUTH_CHOICES))}, not {auth!r}")
    return auth


def _home_kwargs(home: str | os.PathLike[str], kwargs: dict[str, Any]) -> dict[str, Any]:
    """The constructor's arguments for a Syncthing home, those given in ``kwargs`` winning. A GUI address the client
    cannot use raises ``InvalidURLError`` naming the file, unless ``kwargs`` gives ``base_url``."""
    settings = read_home(home)
    # Checked here: its host is read below, and the constructor would name base_url= as where it came from.
    problem = _url_problem(settings.url, str(settings.config))
    if problem is not None and "base_url" not in kwargs:
        del settings, kwargs  # they may hold the key, and a traceback keeps this frame
        raise InvalidURLError(problem)
    found: dict[str, Any] = {"base_url": settings.url, "api_key": settings.api_key}
    if settings.cert is not None:
        found["verify"] = settings.cert
        if "verify" not in kwargs and problem is None and not httpx.URL(settings.url).host.endswith(certificate_name()):
            found["tls_server_name"] = certificate_name()
    return {**found, **kwargs}


def _backend_from_env(variable: str, choices: tuple[str, ...]) -> str | None:
    chosen = os.environ.get(variable)
    if chosen and chosen not in choices:
        raise ConfigurationError(f"${variable} must be {' or '.join(map(repr, choices))}, not {chosen!r}")
    return chosen or None


def _max_response_bytes(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(f"max_response_bytes must be a positive number of bytes, not {value!r}")
    return value


def _sync_transport(
    backend: SyncBackend | None, url: str, verify: bool | ssl.SSLContext, max_response_bytes: int
) -> httpx.BaseTransport:
    chosen = backend or _backend_from_env(SYNC_BACKEND_ENV, ("stdlib", "httpx")) or "stdlib"
    if chosen == "stdlib" and url.startswith("http://"):
        from ._stdlib import StdlibTransport

        return StdlibTransport(max_response_bytes=max_response_bytes)
    from ._httpx import BoundedHTTPTransport  # httpcore: only for https:// or backend="httpx"

    return BoundedHTTPTransport(verify=verify, max_response_bytes=max_response_bytes)


def _async_transport(
    backend: AsyncBackend | None,
    session: aiohttp.ClientSession | None,
    url: str,
    verify: bool | ssl.SSLContext,
    max_response_bytes: int,
) -> httpx.AsyncBaseTransport:
    chosen = backend or _backend_from_env(ASYNC_BACKEND_ENV, ("stdlib", "aiohttp", "httpx")) or "stdlib"
    if session is None and chosen == "stdlib" and url.startswith("http://"):
        from ._asyncio import AsyncStdlibTransport

        return AsyncStdlibTransport(max_response_bytes=max_response_bytes)
    if chosen == "stdlib":  # https://: TLS is aiohttp's, or httpx's without it
        chosen = "aiohttp" if importlib.util.find_spec("aiohttp") else "httpx"
    if session is not None or chosen == "aiohttp":
        from ._aiohttp import AiohttpTransport  # aiohttp is an optional dependency

        return AiohttpTransport(session, verify=verify, max_response_bytes=max_response_bytes)
    from ._httpx import BoundedAsyncHTTPTransport

    return BoundedAsyncHTTPTransport(verify=verify, max_response_bytes=max_response_bytes)


def _ssl_context(verify: Verify) -> bool | ssl.SSLContext:
    """``True``/``False``/an ``SSLContext`` as given; a path names a CA bundle or the instance's own certificate.

    A path that names no readable file of certificates raises ``TLSConfigurationError``."""
    if isinstance(verify, bool | ssl.SSLContext):
        return verify
    path = os.fspath(verify)
    if not os.path.isfile(path):
        problem = "is a directory" if os.path.isdir(path) else "does not exist"
        raise TLSConfigurationError(
            f"verify={path!r} {problem}: give the file of the CA bundle or of the instance's https-cert.pem"
        )
    try:
        return ssl.create_default_context(cafile=path)
    except (OSError, ssl.SSLError) as error:
        failure = TLSConfigurationError(f"verify={path!r} holds no certificate the client can read: {error}")
    raise failure from None


# How often wait_until_ready asks, and the longest it lets one ask take.
READY_POLL_SECONDS = 0.1
READY_ATTEMPT_SECONDS = 5.0


def _ready_request(deadline: float) -> dict[str, object]:
    """``GET /rest/system/ping`` with a timeout that ends by ``deadline``."""
    from .api.system import system_ping

    seconds = max(min(deadline - time.monotonic(), READY_ATTEMPT_SECONDS), 0.01)
    return {**system_ping._get_kwargs(), "timeout": httpx.Timeout(seconds)}


def _still_starting(error: SyncthingError) -> bool:
    """An answer that means "not yet": no connection, or a proxy's 502/503/504 in front of a server not up."""
    return isinstance(error, APIConnectionError) or (
        isinstance(error, ServerError) and error.status_code in (502, 503, 504)
    )


def _not_ready(timeout: float, last: SyncthingError | None, base_url: str) -> APITimeoutError:
    url = f"{base_url.rstrip('/')}/rest/system/ping"
    error = APITimeoutError(f"Syncthing did not answer within {timeout:g} s (last: {last})", method="GET", url=url)
    error.__cause__ = last
    return error


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
            stream's long polls ask for a longer one of their own. A number (or a part of the ``httpx.Timeout``)
            that is not positive, NaN, or above 1,000,000,000 s (about 31 years: sockets take up to about 9.2e9)
            raises ``ConfigurationError``, here and in ``with_options``.
        max_response_bytes: the largest answer body read, as received and once decoded; default 64 MiB (a
            2,000-folder configuration is about 4 MB). A larger body raises ``ResponseTooLargeError`` as soon as
            it proves larger, and is never read whole. The client asks for uncompressed answers
            (``Accept-Encoding: identity``), as Syncthing always sends.
        verify: TLS verification for an ``https://`` URL: ``True`` (system CAs), a path to a CA bundle or to
            the instance's own ``https-cert.pem``, an ``ssl.SSLContext``, or ``False`` to disable checks.
        tls_server_name: the name to check the server's certificate against when it differs from the URL's
            host. Syncthing's self-made GUI certificate names the machine's host name, so reaching it as
            ``https://127.0.0.1:8384`` with ``verify=".../https-cert.pem"`` needs ``tls_server_name=<host name>``.
        max_retries: how many times a failed call is tried again (default 2; ``0`` turns retries off): a request
            that could not be sent (connection refused or reset, DNS, TLS), whatever its method, and a GET or HEAD
            that lost its connection or met a proxy's 502/503/504, after 1 s, then 2 s, 4 s... (capped at 8 s,
            plus up to 25 % jitter; a ``Retry-After`` of up to 60 s is obeyed). POST, PUT, PATCH and DELETE are
            never sent again once they may have reached the server; timeouts are not retried. The default rides
            out a restart (Syncthing refuses connections for about 2.5 s). Each retry is logged at INFO on the
            ``syncthing_client`` logger. ``with_options(max_retries=...)`` makes a copy with another value.
        http_client: an ``httpx.Client`` of your own (proxies, hooks, transports); it is used as it is and not
            closed by this client. ``timeout``, ``verify``, ``backend`` and ``max_response_bytes`` are then
            ignored (its transport reads the answers, bounded by its own per-read timeouts only); its
            ``follow_redirects`` too (requests are sent with ``follow_redirects=False``).
        backend: what carries requests when no ``http_client`` is given: ``"stdlib"`` (the default for
            ``http://`` URLs: HTTP/1.1 over the standard library's sockets, faster per call than httpx's) or
            ``"httpx"`` (httpx's own transport, always used for ``https://``; also what ``respx`` mocks).
            ``$SYNCTHING_SYNC_BACKEND`` sets the default.
        auth: how the key is sent: ``"api-key"`` (the default, ``X-API-Key: <key>``, every release) or
            ``"bearer"`` (``Authorization: Bearer <key>``), which Syncthing accepts from 1.24.0 only: 1.19.2
            answers it 403 (``AuthenticationError``).
        default_headers: headers sent with every request (a ``User-Agent`` of yours, a reverse proxy's header).
            They cannot set the key's header (``X-API-Key``, ``Authorization``), ``Host`` or the body's length, and
            a value with a line break or a non-ASCII character is refused: ``ConfigurationError`` (the value is not
            repeated).

    Without ``base_url`` / ``api_key``, the client reads ``$SYNCTHING_URL`` / ``$SYNCTHING_API_KEY``, then
    Syncthing's own ``$STGUIADDRESS`` (a listen address: ``0.0.0.0:8384`` is reached as ``127.0.0.1:8384``) /
    ``$STGUIAPIKEY``. ``Syncthing.from_home(path)`` reads them from a Syncthing home's ``config.xml``.

    Proxies: the built-in transports connect straight to ``base_url`` and never read ``HTTP_PROXY``,
    ``HTTPS_PROXY``, ``ALL_PROXY`` or ``NO_PROXY`` (Syncthing is usually on this machine, and a proxy on
    ``http://`` would see the key). To go through one, pass ``http_client=httpx.Client(proxy=...)``; an
    ``httpx.Client()`` of your own (``trust_env=True``, its default) follows those variables itself.
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
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        auth: Auth = "api-key",
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        self._owns_http = http_client is None
        try:
            _refuse_non_text(base_url, api_key)
            _refuse_key_first(base_url, api_key)
            self.base_url = _base_url(base_url)
            retries = check_max_retries(max_retries)
            scheme = _auth(auth)
            headers = check_default_headers(default_headers)
            timeout = check_timeout(timeout)
            limit = _max_response_bytes(max_response_bytes)
            transport = None if http_client else _sync_transport(backend, self.base_url, _ssl_context(verify), limit)
            http = http_client or httpx.Client(timeout=timeout, transport=transport)
            key = _api_key(api_key)  # last: nothing that may fail follows it in this block
        finally:
            del api_key, base_url  # a failure's traceback keeps this frame: leave the key (perhaps given first) out
        sender = SyncSender(
            http,
            base_url=self.base_url,
            api_key=key,
            tls_server_name=tls_server_name,
            transport=transport,
            max_retries=retries,
            auth=scheme,
            default_headers=headers,
        )
        super().__init__(sender)

    @property
    def max_retries(self) -> int:
        """How many times a failed call is tried again (see the class's docstring)."""
        return self._sender.max_retries

    @classmethod
    def from_home(cls, home: str | os.PathLike[str], **kwargs: Any) -> Self:
        """A client for the Syncthing whose home (``--home``, holding ``config.xml``) is ``home``: its GUI
        address, API key and, with ``<gui tls="true">``, the GUI certificate ``https-cert.pem`` as ``verify=``
        (checked against the machine's host name, the name Syncthing puts in the certificate it makes).

        A listen address on every interface (``0.0.0.0:8384``, ``[::]:8384``) is reached on the loopback one; a
        unix socket or another address the client cannot use raises ``InvalidURLError`` (unless ``base_url=`` is
        given); a missing or unreadable ``config.xml``, ``ConfigurationError``.
        ``kwargs`` are the constructor's and win over what the file says (``base_url=``, ``verify=``...).
        The address the server was started with (``--gui-address``, ``$STGUIADDRESS``) is not in the file."""
        try:
            return cls(**_home_kwargs(home, kwargs))
        finally:
            del kwargs  # the caller's api_key=, if given: a failure's traceback keeps this frame

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Self:
        """A copy of this client with other options, sharing its connections: ``st.with_options(timeout=5)
        .system.status()`` for a per-call timeout, ``st.with_options(max_retries=0)`` for a call that must fail
        fast. ``timeout`` is as in the constructor (``None``: no bound); it also applies through a caller's own
        ``http_client``. Closing the copy leaves the connections open; closing this client closes them for both."""
        copy = object.__new__(type(self))
        copy.base_url, copy._owns_http = self.base_url, False
        sender = self._sender if max_retries is None else self._sender.with_max_retries(check_max_retries(max_retries))
        if not isinstance(timeout, NotGiven):
            sender = sender.with_timeout(check_timeout(timeout))
        SyncthingApi.__init__(copy, sender)
        return copy

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: str | bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send ``method path`` (``"/rest/..."``, joined to the base URL) the way every operation is sent: with the
        key, retries, the timeout, ``max_response_bytes``, the debug log, and a 3xx/4xx/5xx raised as the typed
        ``APIStatusError`` subclasses. For what the typed methods do not cover (a new endpoint); the answer is
        returned read and undecoded: ``.status_code``, ``.headers``, ``.json()``, ``.text``.

        A method, path (no query: ``params=``) or header it cannot send raises ``RequestRefusedError`` before
        anything is sent; ``headers`` cannot replace the key's header."""
        operation, request_args = raw_request(method, path, params=params, json=json, content=content, headers=headers)
        return self._sender.send(operation, request_args)

    def wait_until_ready(self, timeout: float = 30.0) -> None:
        """Return once the server answers ``GET /rest/system/ping``; raise ``APITimeoutError`` if it has not within
        ``timeout`` seconds. For scripts that start or restart Syncthing. A wrong key raises
        ``AuthenticationError`` at once: the server is up but refuses it.

        Right after ``system.restart()`` the old process may still answer for a moment: to know that the new one
        runs, compare ``system.status().start_time`` with the one before the restart.
        """
        deadline = time.monotonic() + timeout
        sender, last = self._sender.with_max_retries(0), None
        while True:
            request_args = _ready_request(deadline)
            try:
                sender.send(OPERATIONS["system_ping"], request_args)
                return
            except SyncthingError as error:
                if not _still_starting(error):
                    raise
                last = error
            if time.monotonic() + READY_POLL_SECONDS >= deadline:
                raise _not_ready(timeout, last, self.base_url)
            time.sleep(READY_POLL_SECONDS)

    @cached_property
    def system(self) -> SystemNamespace:
        """Operations under ``/rest/system/``, plus ``log_levels()`` / ``set_log_levels()`` for every release."""
        from ._compat import SystemNamespace

        return SystemNamespace(self._sender)

    @cached_property
    def events(self) -> EventsNamespace:
        """Operations under ``/rest/events``, plus ``stream()``: typed events with gaps and restarts reported."""
        from .events import EventsNamespace

        return EventsNamespace(self._sender)

    @cached_property
    def db(self) -> PagedDbApi:
        """Operations under ``/rest/db/``, plus ``iter_need``, ``iter_remoteneed`` and ``iter_localchanged``."""
        from .pagination import PagedDbApi

        return PagedDbApi(self._sender)

    @cached_property
    def folder(self) -> PagedFolderApi:
        """Operations under ``/rest/folder/``, plus ``iter_errors``."""
        from .pagination import PagedFolderApi

        return PagedFolderApi(self._sender)

    @cached_property
    def tasks(self) -> Tasks:
        """Helpers for what takes several calls: transfer rates, a folder's peers, sharing encrypted, ignore
        patterns, resetting a folder's database (``syncthing_client.tasks``)."""
        from .tasks import Tasks

        return Tasks(self)

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
        # getattr: a traceback that shows locals shows the client of a constructor that failed before base_url was set
        return f"Syncthing(base_url={getattr(self, 'base_url', None)!r})"


class AsyncSyncthing(AsyncSyncthingApi):
    """Asynchronous client: ``AsyncSyncthing(base_url, api_key)``, then ``await ast.<tag>.<action>(...)``.

    Takes the arguments of ``Syncthing``, with ``http_client`` an ``httpx.AsyncClient`` and these two. A client
    belongs to the event loop it is first used in: used from another (a second ``asyncio.run``) it raises
    ``EventLoopMismatchError``; make it inside the coroutine that ``asyncio.run`` runs.

    Args:
        backend: what carries requests when no ``http_client`` is given: ``"stdlib"`` (the default: HTTP/1.1 on
            asyncio's own connections for ``http://``; ``https://`` goes to aiohttp when installed, else httpx),
            ``"aiohttp"`` (``pip install syncthing-client[aiohttp]``) or ``"httpx"`` (httpx's own pool).
            ``$SYNCTHING_ASYNC_BACKEND`` sets the default.
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
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        auth: Auth = "api-key",
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        self._owns_http = http_client is None
        try:
            _refuse_non_text(base_url, api_key)
            _refuse_key_first(base_url, api_key)
            self.base_url = _base_url(base_url)
            retries = check_max_retries(max_retries)
            scheme = _auth(auth)
            headers = check_default_headers(default_headers)
            timeout = check_timeout(timeout)
            limit = _max_response_bytes(max_response_bytes)
            transport = (
                None
                if http_client
                else _async_transport(backend, aiohttp_session, self.base_url, _ssl_context(verify), limit)
            )
            http = http_client or httpx.AsyncClient(timeout=timeout, transport=transport)
            key = _api_key(api_key)  # last: nothing that may fail follows it in this block
        finally:
            del api_key, base_url  # a failure's traceback keeps this frame: leave the key (perhaps given first) out
        sender = AsyncSender(
            http,
            base_url=self.base_url,
            api_key=key,
            tls_server_name=tls_server_name,
            transport=transport,
            max_retries=retries,
            auth=scheme,
            default_headers=headers,
        )
        super().__init__(sender)

    @property
    def max_retries(self) -> int:
        """How many times a failed call is tried again (see ``Syncthing``)."""
        return self._sender.max_retries

    @classmethod
    def from_home(cls, home: str | os.PathLike[str], **kwargs: Any) -> Self:
        """A client for the Syncthing whose home is ``home`` (see ``Syncthing.from_home``)."""
        try:
            return cls(**_home_kwargs(home, kwargs))
        finally:
            del kwargs  # the caller's api_key=, if given: a failure's traceback keeps this frame

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Self:
        """A copy of this client with other options, sharing its connections (see ``Syncthing.with_options``)."""
        copy = object.__new__(type(self))
        copy.base_url, copy._owns_http = self.base_url, False
        sender = self._sender if max_retries is None else self._sender.with_max_retries(check_max_retries(max_retries))
        if not isinstance(timeout, NotGiven):
            sender = sender.with_timeout(check_timeout(timeout))
        AsyncSyncthingApi.__init__(copy, sender)
        return copy

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: str | bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send ``method path`` as every operation is sent, returning the raw answer (see ``Syncthing.request``)."""
        operation, request_args = raw_request(method, path, params=params, json=json, content=content, headers=headers)
        return await self._sender.send(operation, request_args)

    async def wait_until_ready(self, timeout: float = 30.0) -> None:
        """Return once the server answers ``GET /rest/system/ping``; raise ``APITimeoutError`` if it has not within
        ``timeout`` seconds (see ``Syncthing.wait_until_ready``)."""
        import asyncio

        deadline = time.monotonic() + timeout
        sender, last = self._sender.with_max_retries(0), None
        while True:
            request_args = _ready_request(deadline)
            try:
                await sender.send(OPERATIONS["system_ping"], request_args)
                return
            except SyncthingError as error:
                if not _still_starting(error):
                    raise
                last = error
            if time.monotonic() + READY_POLL_SECONDS >= deadline:
                raise _not_ready(timeout, last, self.base_url)
            await asyncio.sleep(READY_POLL_SECONDS)

    @cached_property
    def system(self) -> AsyncSystemNamespace:
        """Operations under ``/rest/system/``, plus ``log_levels()`` / ``set_log_levels()`` for every release."""
        from ._compat import AsyncSystemNamespace

        return AsyncSystemNamespace(self._sender)

    @cached_property
    def events(self) -> AsyncEventsNamespace:
        """Operations under ``/rest/events``, plus ``stream()``: typed events with gaps and restarts reported."""
        from .events import AsyncEventsNamespace

        return AsyncEventsNamespace(self._sender)

    @cached_property
    def db(self) -> AsyncPagedDbApi:
        """Operations under ``/rest/db/``, plus ``iter_need``, ``iter_remoteneed`` and ``iter_localchanged``."""
        from .pagination import AsyncPagedDbApi

        return AsyncPagedDbApi(self._sender)

    @cached_property
    def folder(self) -> AsyncPagedFolderApi:
        """Operations under ``/rest/folder/``, plus ``iter_errors``."""
        from .pagination import AsyncPagedFolderApi

        return AsyncPagedFolderApi(self._sender)

    @cached_property
    def tasks(self) -> AsyncTasks:
        """Helpers for what takes several calls, awaited (``syncthing_client.tasks``)."""
        from .tasks import AsyncTasks

        return AsyncTasks(self)

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
        # getattr: a traceback that shows locals shows the client of a constructor that failed before base_url was set
        return f"AsyncSyncthing(base_url={getattr(self, 'base_url', None)!r})"
