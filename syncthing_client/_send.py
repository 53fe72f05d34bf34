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

A failed attempt may be made again (``max_retries``, see ``_retry.py`` for which failures and how long to wait):
the loop in ``send`` consults ``_retry`` only after a failure, so a call that succeeds at once pays one set
lookup of its status.
"""

import copy
import enum
import functools
import gc
import json
import logging
import time
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any, Generic, Literal, Protocol, Self, TypeVar, cast

import httpx

from ._check import Invalid, invalid
from ._guard import refusal, release_refusal, unencodable
from ._internals import content_decoder, header_entries, hold_body, hold_request_body, set_header_entries
from ._operations import Operation, parse_version
from ._retry import (
    DEFAULT_MAX_RETRIES,
    RETRY_STATUSES,
    Retries,
    logger,
    retry_after,
    status_retryable,
    transport_retryable,
)
from ._version import __version__
from .errors import (
    APIConnectionError,
    APIStatusError,
    ConfigurationError,
    EventLoopMismatchError,
    RequestRefusedError,
    SyncthingError,
    UnsupportedOperationError,
    connection_error,
    raise_for_response,
    response_too_large,
    validation_error,
)

API_KEY_HEADER = "X-API-Key"
AUTHORIZATION_HEADER = "Authorization"
# How the key is sent: Syncthing's X-API-Key (every release), or "Authorization: Bearer" (1.24.0+; 403 before).
Auth = Literal["api-key", "bearer"]
AUTH_CHOICES: tuple[Auth, ...] = ("api-key", "bearer")
# Headers the client sets itself: default_headers= and request(headers=) may not set them.
_OWN_HEADERS = frozenset(("x-api-key", "authorization", "host", "content-length", "transfer-encoding"))
# What decode() reports for a body whose Content-Encoding does not decode (kept as it came, not raised at once).
UNDECODABLE_ENCODING = "the answer's Content-Encoding does not decode"
USER_AGENT = f"syncthing-client/{__version__}"
# Above this size a body decodes into tens of thousands of model objects; the cyclic garbage collector, triggered
# by the allocations alone, would walk them all repeatedly (about 40 % of the decoding of a 2,000-folder config).
LARGE_BODY_BYTES = 256 * 1024
# Paths that name a folder or device vary without end: past this many entries a cache stops growing.
MAX_CACHED = 512
# The longest timeout a client takes, in seconds (about 31 years; None sets no bound): sockets take at most 2**63 ns
# (about 9.2e9 s; 2**31 s where time_t has 32 bits), and a larger timeout, infinity or NaN made every call raise a
# bare OverflowError or ValueError.
MAX_TIMEOUT_SECONDS = 1e9
# The largest body a client reads by default, as received and once decoded: a 2,000-folder configuration is about
# 4 MB. Clients take ``max_response_bytes=``.
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
# A compressed body is decoded this many bytes at a time, so that no step makes much more than the limit: deflate
# expands at most about 1,032-fold (1 MiB a step); other codings, whose ratio has no such bound, 64 bytes a step.
_DECODE_STEP = {"gzip": 1024, "x-gzip": 1024, "deflate": 1024, "identity": 1024}
_SMALL_DECODE_STEP = 64


_Parsed = TypeVar("_Parsed")
_Key = TypeVar("_Key", bound=Hashable)
_Value = TypeVar("_Value")
_Url = TypeVar("_Url")
# A request's path, or its path and query parameters in the order the generated code gives them.
UrlKey = str | tuple[str, tuple[tuple[str, str | int], ...]]


class PlainExchange(Protocol):
    """A transport's one exchange underneath, in its own types of URL, headers and timeout (see ``PlainRoute``)."""

    @property
    def max_response_bytes(self) -> int: ...

    async def exchange(
        self,
        method: str,
        url: Any,
        headers: Any,
        body: bytes | None,
        timeout: Any,
        server_hostname: str | None,
        request_of: Callable[[], httpx.Request],
        /,
    ) -> tuple[int, Sequence[tuple[bytes, bytes]], bytes]: ...


class PlainRoute(Generic[_Url]):
    """What a transport offers ``AsyncSender.call`` to send a plain request straight to its ``exchange``: the
    sender's headers and timeout in the transport's own forms, made once, and a URL in its own form for each path
    and query, made by ``url_of`` from the URL httpx parsed and quoted, and kept."""

    __slots__ = ("_url_of", "headers", "server_hostname", "timeout", "transport", "urls")

    def __init__(
        self,
        transport: PlainExchange,
        headers: Any,
        timeout: Any,
        server_hostname: str | None,
        url_of: Callable[[httpx.URL], _Url],
    ) -> None:
        self.transport = transport
        self.headers = headers
        self.timeout = timeout
        self.server_hostname = server_hostname
        self.urls: dict[UrlKey, _Url] = {}
        self._url_of = url_of

    def keep_url(self, key: UrlKey, url: httpx.URL) -> _Url:
        """``url`` in the transport's form, kept under ``key`` while there is room."""
        return remember(self.urls, key, lambda _: self._url_of(url))


def connect_and_read(extensions: Mapping[str, Any]) -> tuple[float | None, float | None]:
    """The connect and read timeouts of a request's extensions (httpx's ``timeout``), ``None`` where unset."""
    timeouts = extensions.get("timeout", {})
    return timeouts.get("connect"), timeouts.get("read")


def remember(cache: dict[_Key, _Value], key: _Key, make: Callable[[_Key], _Value]) -> _Value:
    """``cache[key]``, made by ``make(key)`` the first time and kept while the cache holds fewer than
    ``MAX_CACHED`` entries. For immutable values that cost more to make than to look up (parsed URLs, header sets,
    timeouts)."""
    value = cache.get(key)
    if value is None:
        value = make(key)
        if len(cache) < MAX_CACHED:
            cache[key] = value
    return value


def request_url_key(request_args: Mapping[str, Any]) -> UrlKey | None:
    """What the URL of ``request_args`` is cached by: its path, or its path and query parameters; ``None`` when a
    parameter is neither a ``str`` nor an ``int`` (a list is unhashable; ``True == 1``, yet they are sent as ``true``
    and ``1``)."""
    path: str = request_args["url"]
    params = request_args.get("params")
    if not params:
        return path
    query = tuple(params.items())
    for _, value in query:
        if type(value) is not str and type(value) is not int:
            return None
    return path, query


def decode(
    parse: Callable[..., _Parsed], context: Any, response: "httpx.Response | Answer", operation: str = ""
) -> _Parsed:
    """The generated ``_parse_response`` of an operation applied to ``response``; for a large body, with the cyclic
    garbage collector paused (models hold no reference cycles, so nothing is left for it to find). ``operation``
    names the operation in the error when ``parse`` is not a generated module's (default: that module's name).

    Raises:
        ResponseValidationError: whatever keeps the answer from decoding (not JSON, nested too deep, a number too
            long, a value that does not fit the model). It names the operation (the module of ``parse``) and the
            field, carries no exception of the failure (those hold the raw answer, which may hold the API key), and
            shows only a masked excerpt of the body.
    """
    encoding_error = getattr(response, "encoding_error", None)
    if encoding_error is not None and isinstance(response, httpx.Response):  # an Answer never has one
        raise validation_error(operation or _operation_of(parse), response, encoding_error)
    paused = len(response.content) >= LARGE_BODY_BYTES and gc.isenabled()
    if paused:
        gc.disable()
    try:
        return parse(client=context, response=response)
    except Invalid as exc:
        reason, field = f"expected {exc.expected}, got {exc.got}", exc.where
    except RecursionError:
        reason, field = "the answer is nested too deep", ""
    except (ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
        # Not JSON (JSONDecodeError, UnicodeDecodeError), an integer of more digits than Python reads, or a shape a
        # generated function did not expect. Only the exception's type: its text may quote the body.
        reason, field = f"{_reason(exc)}", ""
    finally:
        if paused:
            gc.enable()
    if isinstance(response, Answer):
        response = response.response()  # the error names the request
    # Raised here, outside the except blocks: the exception caught there, and its traceback's frames, hold the answer.
    raise validation_error(operation or _operation_of(parse), response, reason, field)


def _operation_of(parse: Callable[..., Any]) -> str:
    """The operation a generated ``_parse_response`` belongs to: its module's name."""
    return parse.__module__.rpartition(".")[2]


def version_of(client: Any, response: httpx.Response) -> str:
    """The release in an answer to ``system_version`` (``"1.29.5"``); only its ``version`` field is read, so a drift
    in the others does not stop every version-gated call. For ``decode()``, which makes a failure a
    ``ResponseValidationError``."""
    answer = response.json()
    if type(answer) is not dict:
        raise invalid("an object (SystemVersion)", answer, None, answer)
    version = answer.get("version")
    if type(version) is not str:
        raise invalid("a string", version, "version", answer)
    return version.removeprefix("v")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"the answer is not JSON ({exc.msg} at character {exc.pos})"
    if isinstance(exc, UnicodeDecodeError):
        return "the answer is not UTF-8 text"
    if isinstance(exc, ValueError) and "digits" in str(exc):
        return "the answer holds a number too long to read"
    return f"the answer does not fit the model ({type(exc).__name__})"


_METHODS_WITH_BODY = frozenset(("POST", "PUT", "PATCH"))
# Syncthing never compresses its answers; a proxy in front of it must not either, or the size limit means little.
_UNCOMPRESSED = {"Accept-Encoding": "identity"}


def _encode_body(json_body: Any, content: Any, headers: dict[str, str]) -> bytes:
    if json_body is not None:
        headers["Content-Type"] = "application/json"
        return json.dumps(json_body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
    if content is None:
        return b""
    if isinstance(content, str):
        return content.encode()
    return content if isinstance(content, bytes) else bytes(content)


# Header pairs as transports have them: bytes (aiohttp, the stdlib transport), or text decoded as Latin-1.
RawHeaders = Sequence[tuple[bytes, bytes]] | Sequence[tuple[str, str]]


def _header_entries(pairs: RawHeaders) -> list[tuple[bytes, bytes, bytes]]:
    """What ``httpx.Headers(pairs)`` holds (raw name, lower-case name, value), made directly: its constructor
    normalises each name and value through two function calls. Text pairs are taken as Latin-1, as ``http.client``
    decodes them."""
    if pairs and isinstance(pairs[0][0], str):
        return [
            (raw := name.encode("latin-1"), raw.lower(), value.encode("latin-1"))
            for name, value in cast(Sequence[tuple[str, str]], pairs)
        ]
    return [(name, name.lower(), value) for name, value in cast(Sequence[tuple[bytes, bytes]], pairs)]


# Answer headers that keep a success off the Answer path: a GUI session cookie for the client to keep, a compressed
# body to decode within the size limit (response_with_body does both).
_NOT_PLAIN_HEADERS = frozenset((b"set-cookie", b"content-encoding"))


def _plain_headers(pairs: Sequence[tuple[bytes, bytes]]) -> bool:
    """Whether a transport's raw header pairs have neither ``Set-Cookie`` nor ``Content-Encoding``."""
    for name, _ in pairs:  # noqa: SIM110 -- all() over a generator takes twice as long
        if name.lower() in _NOT_PLAIN_HEADERS:
            return False
    return True


def _has_header(response: httpx.Response, lower_name: bytes) -> bool:
    """Whether ``response`` has a header of that name; on the raw entries, because ``name in response.headers``
    first works out the text encoding of every header of a new response (1.9 µs for Syncthing's, against 0.25 µs)."""
    for _, name, _ in header_entries(response.headers):  # noqa: SIM110 -- any() over a generator takes twice as long
        if name == lower_name:
            return True
    return False


class KeyHeaders(httpx.Headers):
    """``httpx.Headers`` whose ``repr()`` masks the API key (``X-API-Key`` and ``Authorization``) as httpx's masks
    ``Authorization``: the senders keep the key in such a set, which may show up as a local in a traceback."""

    def __repr__(self) -> str:
        masked = [
            (name, "[secure]" if name.lower() in ("x-api-key", "authorization") else value)
            for name, value in self.items()
        ]
        return f"{type(self).__name__}({masked!r})"


class NotGiven(enum.Enum):
    """The default of an option that keeps its value (``with_options(timeout=None)`` means no timeout)."""

    NOT_GIVEN = "NOT_GIVEN"


NOT_GIVEN: Literal[NotGiven.NOT_GIVEN] = NotGiven.NOT_GIVEN


def header_problem(name: object, value: object) -> str | None:
    """What makes a header the caller gives unusable, in words that do not repeat its value (it may be a secret);
    ``None`` if it is usable."""
    if not isinstance(name, str) or not isinstance(value, str):
        return f"header names and values must be text, not {type(name).__name__}: {type(value).__name__}"
    if not name or not name.isascii() or not name.isprintable() or any(c in name for c in ' :()<>@,;"/[]?={}\\'):
        return f"{name!r} is no header name"
    if name.lower() in _OWN_HEADERS:
        return f"the client sets {name} itself (the API key's header, or one HTTP computes); it cannot be given"
    if "\r" in value or "\n" in value or "\0" in value:
        return f"the value of {name} holds a line break or NUL (it would split the request); it is not repeated here"
    if not value.isascii():
        # httpx encodes header values as ASCII and would raise a bare UnicodeEncodeError.
        return (
            f"the value of {name} holds a non-ASCII character, which a header cannot carry (percent-encode it); "
            "it is not repeated here"
        )
    return None


def check_default_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    """``default_headers=`` as a dict, or ``ConfigurationError`` for one the client cannot send."""
    if headers is None:
        return {}
    checked = {}
    for name, value in headers.items():
        problem = header_problem(name, value)
        if problem is not None:
            raise ConfigurationError(f"default_headers: {problem}")
        checked[name] = value
    return checked


def _usable_seconds(value: object) -> bool:
    """``value`` is ``None`` (no bound) or a positive number of seconds up to ``MAX_TIMEOUT_SECONDS`` (not NaN)."""
    return value is None or (
        not isinstance(value, bool) and isinstance(value, int | float) and 0 < value <= MAX_TIMEOUT_SECONDS
    )


def check_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    """``timeout=`` as an ``httpx.Timeout`` (seconds for every phase, ``None`` for no bound), or
    ``ConfigurationError`` for one with a part that no call could use (see ``MAX_TIMEOUT_SECONDS``)."""
    parts = timeout.as_dict().values() if isinstance(timeout, httpx.Timeout) else (timeout,)
    if not all(map(_usable_seconds, parts)):
        raise ConfigurationError(
            f"timeout must be a positive number of seconds up to {MAX_TIMEOUT_SECONDS:,.0f} (about 31 years), "
            f"None for no bound, or an httpx.Timeout of those, not {timeout!r}"
        )
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def _url_shown(request: httpx.Request) -> httpx.URL:
    return request.url.copy_with(userinfo=b"") if request.url.userinfo else request.url


def _log_answer(request: httpx.Request, response: httpx.Response, started: float) -> None:
    """The request line and the status, at DEBUG: never a header (the key is one)."""
    logger.debug(
        "%s %s -> %d (%.1f ms)",
        request.method,
        _url_shown(request),
        response.status_code,
        (time.perf_counter() - started) * 1000,
    )


def _log_failure(request: httpx.Request, exc: BaseException) -> None:
    logger.debug("%s %s -> no answer: %s", request.method, _url_shown(request), type(exc).__name__)


class BodyResponse(httpx.Response):
    """An ``httpx.Response`` whose whole body is in memory, as our transports make them.

    ``json()`` decodes the body as UTF-8 text and parses that: ``json.loads`` given bytes first works out their
    encoding in Python, which a sampling profile put at a few percent of a whole small call. JSON on the network is
    UTF-8 (RFC 8259). A body that is not, or that starts with a byte-order mark, fails the fast way and is handed to
    httpx's own ``json()``, which reads it or raises what it always raised.
    """

    # Why the body could not be decoded as its Content-Encoding says (see response_with_body), if it could not.
    encoding_error: str | None = None

    def json(self, **kwargs: Any) -> Any:
        try:
            return json.loads(self.content.decode(), **kwargs)
        except ValueError:  # UnicodeDecodeError and JSONDecodeError alike
            return super().json(**kwargs)


class Answer:
    """A successful answer as an async transport reads it (status, raw headers, body), with no httpx object made.

    It has what the generated ``_parse_response`` functions and ``decode`` read: ``status_code``, ``content``,
    ``json()`` (as ``BodyResponse`` decodes it) and ``text``. ``response()`` makes the full ``httpx.Response``, its
    request included, for whatever needs more: an error, or a body that is not plain UTF-8 JSON.
    """

    __slots__ = ("_full", "_raw_headers", "_request_of", "content", "status_code")

    # A body whose Content-Encoding does not decode is never an Answer (see AsyncSender.call).
    encoding_error: str | None = None

    def __init__(
        self, status_code: int, raw_headers: RawHeaders, content: bytes, request_of: Callable[[], httpx.Request]
    ) -> None:
        self.status_code = status_code
        self.content = content
        self._raw_headers = raw_headers
        self._request_of = request_of
        self._full: httpx.Response | None = None

    def json(self, **kwargs: Any) -> Any:
        try:
            return json.loads(self.content.decode(), **kwargs)
        except ValueError:  # UnicodeDecodeError and JSONDecodeError alike: httpx's own json() reads it or raises
            return self.response().json(**kwargs)

    @property
    def text(self) -> str:
        return self.response().text

    @property
    def headers(self) -> httpx.Headers:
        return self.response().headers

    def response(self) -> httpx.Response:
        """The ``httpx.Response`` the transport would have made, made once."""
        if self._full is None:
            self._full = response_with_body(self.status_code, self._raw_headers, self.content, self._request_of())
        return self._full


def _decoded(response: httpx.Response, body: bytes, limit: int) -> bytes:
    """``body`` decoded by httpx's decoders for ``response``'s ``Content-Encoding``, a step at a time; raises
    ``ResponseTooLargeError`` as soon as the decoded bytes exceed ``limit`` (a small "zip bomb" must not cost
    gigabytes)."""
    codings = [coding.strip().lower() for coding in response.headers.get("content-encoding", "").split(",")]
    step = min(_DECODE_STEP.get(coding, _SMALL_DECODE_STEP) for coding in codings)
    decoder = content_decoder(response)
    parts = []
    size = 0
    for start in range(0, len(body), step):
        part = decoder.decode(body[start : start + step])
        size += len(part)
        if size > limit:
            raise response_too_large(response.request, limit)
        parts.append(part)
    part = decoder.flush()
    if size + len(part) > limit:
        raise response_too_large(response.request, limit)
    parts.append(part)
    return b"".join(parts)


def response_with_body(
    status_code: int,
    headers: RawHeaders,
    body: bytes,
    request: httpx.Request,
    extensions: dict[str, Any] | None = None,
    limit: int | None = None,
) -> httpx.Response:
    """An ``httpx.Response`` holding ``body``, read and closed, for a transport that has the whole body in memory.

    ``httpx.Response(content=body)`` would pass the bytes through its streaming decoders once more, at a cost
    close to a small call's whole exchange with a local Syncthing; the result is the same (tests/test_client_offline.py
    checks it against httpx's own). A compressed body (a proxy in front of Syncthing may compress, although the
    client asks for ``identity``) is decoded with httpx's decoders, up to ``limit`` bytes if one is given.
    """
    response = BodyResponse(status_code, stream=httpx.ByteStream(body), request=request, extensions=extensions)
    set_header_entries(response.headers, _header_entries(headers))
    if _has_header(response, b"content-encoding"):
        try:
            if limit is None:
                response.read()
                return response
            body = _decoded(response, body, limit)
        except httpx.DecodingError:
            # Kept as it came, and said so: decode() raises ResponseValidationError for it, naming the operation.
            response.encoding_error = UNDECODABLE_ENCODING
    hold_body(response, body)  # nothing left to read or release
    return response


_METHOD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def raw_request(
    method: str,
    path: str,
    *,
    params: Mapping[str, Any] | None,
    json: Any,
    content: str | bytes | None,
    headers: Mapping[str, str] | None,
) -> tuple[Operation, dict[str, Any]]:
    """The operation and request arguments of ``client.request(...)``: a path under the base URL, sent as any
    operation is. Raises ``RequestRefusedError`` (nothing is sent) for a method, path or header it cannot send."""
    verb = method.upper() if isinstance(method, str) else ""
    if not verb or not set(verb) <= _METHOD_CHARS:
        raise RequestRefusedError("request", "method", f"{method!r} is no HTTP method")
    if not isinstance(path, str) or not path.startswith("/") or "?" in path or "#" in path or not path.isprintable():
        raise RequestRefusedError(
            "request",
            "path",
            f"the path must start with '/' and hold no query ('?': use params=), fragment or control character, "
            f"not {path!r}; it is joined to the base URL (the key goes to no other origin)",
        )
    if json is not None and content is not None:
        raise RequestRefusedError("request", "content", "give json= or content=, not both")
    for name, value in (headers or {}).items():
        problem = header_problem(name, value)
        if problem is not None:
            raise RequestRefusedError("request", "headers", problem)
    operation = Operation(
        id="request",
        method=verb,
        path=path,
        since=None,
        removed=None,
        deprecated=False,
        error_field=None,
        names={},
        rules=None,
    )
    request_args: dict[str, Any] = {"method": verb, "url": path}
    if params is not None:
        request_args["params"] = {name: value for name, value in params.items() if value is not None}
    if json is not None:
        request_args["json"] = json
    if content is not None:
        request_args["content"] = content
    if headers:
        request_args["headers"] = dict(headers)
    return operation, request_args


class _Sender:
    __slots__ = (
        "_api_key",
        "_auth_headers",
        "_base_url",
        "_default_headers",
        "_extensions",
        "_lean",
        "_lean_extensions",
        "_lean_headers",
        "_timeout",
        "_urls",
        "max_retries",
        "server_version",
    )

    def __init__(
        self,
        base_url: str,
        api_key: str,
        tls_server_name: str | None,
        timeout: httpx.Timeout,
        *,
        lean: bool,
        max_retries: int = DEFAULT_MAX_RETRIES,
        auth: Auth = "api-key",
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        self.max_retries = max_retries
        self._base_url = base_url.rstrip("/")
        self._api_key = api_key
        self._auth_headers = (
            {AUTHORIZATION_HEADER: f"Bearer {api_key}"} if auth == "bearer" else {API_KEY_HEADER: api_key}
        )
        self._default_headers = dict(default_headers or {})
        # None: the client's own (a caller's http_client keeps its timeouts until with_options(timeout=...)).
        self._timeout: httpx.Timeout | None = None
        # httpcore checks the server's certificate against sni_hostname instead of the URL's host.
        self._extensions = {"sni_hostname": tls_server_name} if tls_server_name else None
        # Path (and query) → parsed URL: httpx parses and quotes in Python, at a cost close to a local call's.
        self._urls: dict[UrlKey, httpx.URL] = {}
        # What every lean request carries: the key and httpx.Client's default headers. With those present, transports
        # add none of their own (aiohttp takes a slower path to leave its defaults out). httpx.Request copies a
        # Headers object without normalising it again.
        host = httpx.URL(self._base_url).netloc.decode("ascii")
        self._lean_headers = KeyHeaders(
            {
                "Host": host,
                "Accept": "*/*",
                **_UNCOMPRESSED,
                "User-Agent": USER_AGENT,
                **self._default_headers,
                **self._auth_headers,
            }
        )
        # Transports only read a request's extensions, so requests without a timeout of their own share these.
        self._lean_extensions: dict[str, Any] = {"timeout": timeout.as_dict(), **(self._extensions or {})}
        self.server_version: str | None = None
        # Straight to the transport until a GUI login sets a session cookie, which only the client sends back.
        self._lean = lean

    def with_max_retries(self, max_retries: int) -> Self:
        """A copy sending over the same connections with another ``max_retries``. It starts with what this sender
        knows (server release, GUI session) and learns on its own from then on."""
        other = copy.copy(self)
        other.max_retries = max_retries
        return other

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A copy sending over the same connections with another default timeout (a call that asks for its own,
        such as the event stream's long polls, keeps it)."""
        other = copy.copy(self)
        other._timeout = timeout
        other._lean_extensions = {**self._lean_extensions, "timeout": timeout.as_dict()}
        return other

    def _keep_session_cookie(self, response: httpx.Response, cookies: httpx.Cookies) -> None:
        """After a GUI login, keep its session cookie and from now on send through the client, which sends it."""
        if _has_header(response, b"set-cookie"):
            cookies.extract_cookies(response)
            self._lean = False

    def _refuse_if_unserved(
        self,
        operation: Operation,
        server_version: str | None,
        older: tuple[str, RequestRefusedError] | None = None,
    ) -> None:
        """Raise if the server's release lacks ``operation``, or is older than the release ``older`` names (the
        request's ``release_refusal``)."""
        if server_version is None:
            return
        try:
            version = parse_version(server_version)
        except ValueError:
            return  # a development build without a release number: let the server decide
        if older is not None and version < parse_version(older[0]):
            raise older[1]
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
        """The error to raise for ``exc``; its cause is a copy of ``exc`` without the request, whose headers hold
        the key (see ``connection_error``)."""
        # The server may come back as another release (an upgrade restarts it): ask again next time.
        self.server_version = None
        return connection_error(exc, request)

    def _read_content(self, request_args: dict[str, Any]) -> Any:
        content: Any = request_args.get("content")
        if hasattr(content, "read"):
            # Uploads arrive as files from the generated code; bytes go through sync and async clients alike.
            content = content.read()
        return content

    def _build(self, http: httpx.Client | httpx.AsyncClient, request_args: dict[str, Any]) -> httpx.Request:
        # The headers are no local of this frame: should building fail, a traceback shows no key.
        return http.build_request(
            request_args["method"],
            # Joined here rather than through httpx's base_url so that a client handed in by the caller works as it is.
            self._base_url + request_args["url"],
            params=request_args.get("params"),
            json=request_args.get("json"),
            content=self._read_content(request_args),
            headers={
                **self._default_headers,
                **(request_args.get("headers") or {}),
                **_UNCOMPRESSED,
                **self._auth_headers,
            },
            # Long polls (the event stream) ask for a read timeout longer than their server-side timeout.
            timeout=request_args.get("timeout", self._timeout or httpx.USE_CLIENT_DEFAULT),
            extensions=self._extensions,
        )

    def _build_lean(self, request_args: dict[str, Any]) -> httpx.Request:
        """The request ``_build`` makes, without a client: what the transport needs and nothing else.

        The body is encoded here as ``httpx.Request`` would (compact UTF-8 JSON, ``Content-Length``): its general
        encoder costs more than a local Syncthing takes to answer a small call. Headers start from the prepared ones;
        only a request with a body or headers of its own gets a copy of them to add to.
        """
        # Keyed without the base URL: it is the sender's own (its copies share the cache and the base URL).
        key = request_url_key(request_args)
        if key is not None:
            url = remember(self._urls, key, self._parsed_url)
        else:
            url = remember(self._urls, request_args["url"], self._parsed_url).copy_merge_params(request_args["params"])
        headers = self._lean_headers
        extensions = self._lean_extensions
        method: str = request_args["method"].upper()
        # The generated arguments of a GET without parameters name only the method and the path: nothing to add.
        if len(request_args) > 2 or method in _METHODS_WITH_BODY:
            body_headers: dict[str, str] = dict(request_args.get("headers") or {})
            body = _encode_body(request_args.get("json"), self._read_content(request_args), body_headers)
            if body or method in _METHODS_WITH_BODY:
                body_headers["Content-Length"] = str(len(body))
            if body_headers:
                headers = KeyHeaders(headers)
                headers.update(body_headers)
            if "timeout" in request_args:
                extensions = {**extensions, "timeout": request_args["timeout"].as_dict()}
        else:
            body = b""
        request = httpx.Request(method, url, headers=headers, stream=httpx.ByteStream(body), extensions=extensions)
        hold_request_body(request, body)  # what request.read() would set, without its checks on the stream
        return request

    def _parsed_url(self, key: UrlKey) -> httpx.URL:
        if isinstance(key, str):
            return httpx.URL(self._base_url + key)
        path, query = key
        return remember(self._urls, path, self._parsed_url).copy_merge_params(dict(query))

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
        max_retries: int = DEFAULT_MAX_RETRIES,
        auth: Auth = "api-key",
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        lean = transport is not None
        super().__init__(
            base_url,
            api_key,
            tls_server_name,
            http.timeout,
            lean=lean,
            max_retries=max_retries,
            auth=auth,
            default_headers=default_headers,
        )
        self.http = http
        self.transport = transport

    def send(self, operation: Operation, request_args: dict[str, Any]) -> httpx.Response:
        refused = refusal(operation, request_args) if operation.rules is not None else None
        older = release_refusal(operation, request_args) if operation.rules is not None else None
        lean = self._lean
        if refused is None:
            try:
                request = self._build_lean(request_args) if lean else self._build(self.http, request_args)
            except ValueError as error:  # a lone surrogate in text, NaN in JSON
                refused = unencodable(operation.id, "request", error)
        del request_args  # a whole configuration holds the API key: no traceback shows this frame keeping it
        if refused is not None:
            raise refused
        if operation.version_bound or older is not None:
            self._refuse_if_unserved(operation, self._version_if_known(), older)
        retries: Retries | None = None  # made at the first failure: a call that succeeds at once never needs it
        debug = logger.isEnabledFor(logging.DEBUG)
        while True:
            started = time.perf_counter() if debug else 0.0
            try:
                response = self._exchange(request) if lean else self._through_client(request)
            except httpx.TransportError as exc:
                if debug:
                    _log_failure(request, exc)
                failure: SyncthingError | None = self._connection_lost(exc, request)
                retryable, server_asked = transport_retryable(exc, request.method), None
            else:
                if debug:
                    _log_answer(request, response, started)
                if response.status_code not in RETRY_STATUSES:
                    raise_for_response(response, operation)
                    return response
                failure, retryable, server_asked = None, status_retryable(response), retry_after(response)
            if retryable:
                retries = retries or Retries(self.max_retries)
                delay = retries.delay(request, str(failure or f"HTTP {response.status_code}"), server_asked)
                if delay is not None:
                    time.sleep(delay)
                    continue
            if failure is not None:
                raise failure  # outside the except block: the caught exception, with its request, is not the context
            raise_for_response(response, operation)  # a 5xx: raises
            return response

    def _through_client(self, request: httpx.Request) -> httpx.Response:
        """``request`` sent through the caller's client, never following a redirect; a body whose
        ``Content-Encoding`` does not decode is kept as it came and marked, as ``response_with_body`` does."""
        response = self.http.send(request, follow_redirects=False, stream=True)
        try:
            response.read()
        except httpx.DecodingError:
            response.encoding_error = UNDECODABLE_ENCODING  # type: ignore[attr-defined]
        finally:
            response.close()
        return response

    def _exchange(self, request: httpx.Request) -> httpx.Response:
        assert self.transport is not None
        response = self.transport.handle_request(request)
        if not response.is_closed:  # our own transports answer read and closed
            try:
                response.read()
            finally:
                response.close()
        response.request = request
        self._keep_session_cookie(response, self.http.cookies)
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

            response = self.send(OPERATIONS["system_version"], system_version._get_kwargs())
            self.server_version = decode(version_of, None, response, "system_version")
        return self.server_version


class AsyncSender(_Sender):
    """Sends requests through an ``httpx.AsyncClient``, or straight to ``transport`` when one is given."""

    __slots__ = ("_plain", "http", "transport")

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        base_url: str,
        api_key: str,
        tls_server_name: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        auth: Auth = "api-key",
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        lean = transport is not None
        super().__init__(
            base_url,
            api_key,
            tls_server_name,
            http.timeout,
            lean=lean,
            max_retries=max_retries,
            auth=auth,
            default_headers=default_headers,
        )
        self.http = http
        self.transport = transport
        self._plain = self._plain_route()

    def _plain_route(self) -> PlainRoute[Any] | None:
        """The transport's way of sending a plain request without httpx objects, if it offers one (both async
        transports of the package do)."""
        offer = getattr(self.transport, "plain_route", None)
        return offer(self._lean_headers, self._lean_extensions) if offer is not None else None

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        other = super().with_timeout(timeout)
        other._plain = other._plain_route()
        return other

    async def call(
        self, operation: Operation, request_args: dict[str, Any], parse: Callable[..., _Parsed], context: Any
    ) -> _Parsed:
        """``decode(parse, context, await self.send(operation, request_args))``: what a facade method returns.

        A plain request (a GET or DELETE with no body, headers or timeout of its own, and query parameters, if any,
        of ``str`` or ``int``, that the guard lets through, for an operation without an error field) on a transport
        that offers a ``PlainRoute`` goes straight to its ``exchange``, and a success that sets no cookie and is not
        compressed is decoded from an ``Answer``: no ``httpx.Request`` or ``httpx.Response`` is made, which cost as
        much as a tenth of the exchange with a local Syncthing. Its URL is parsed by httpx once per path and query,
        and kept in the transport's form. Anything else (a failure, another status, DEBUG logging) continues as
        ``send`` would, with the same request.
        """
        plain = self._plain
        key = request_url_key(request_args)
        if (
            plain is None
            or key is None
            or len(request_args) > (3 if "params" in request_args else 2)
            or not self._lean
            or (operation.rules is not None and refusal(operation, request_args) is not None)
            or operation.error_field is not None
            or request_args["method"].upper() in _METHODS_WITH_BODY
            or logger.isEnabledFor(logging.DEBUG)
        ):
            return decode(parse, context, await self.send(operation, request_args))
        if operation.version_bound:
            self._refuse_if_unserved(operation, await self._version_if_known())
        request_of = functools.partial(self._build_lean, request_args)
        url = plain.urls.get(key)
        if url is None:
            try:
                url = plain.keep_url(key, remember(self._urls, key, self._parsed_url))
            except ValueError:  # a lone surrogate in the query: send refuses it
                return decode(parse, context, await self.send(operation, request_args))
        try:
            status, headers, body = await plain.transport.exchange(
                request_args["method"].upper(),
                url,
                plain.headers,
                None,
                plain.timeout,
                plain.server_hostname,
                request_of,
            )
        except (httpx.TransportError, RuntimeError) as exc:
            first: httpx.Response | httpx.TransportError | RuntimeError = exc
            request = request_of()
        else:
            if 200 <= status < 300 and _plain_headers(headers):
                return decode(parse, context, Answer(status, headers, body, request_of))
            request = request_of()
            first = response_with_body(status, headers, body, request, None, plain.transport.max_response_bytes)
        return decode(parse, context, await self._deliver(operation, request, True, first))

    async def send(self, operation: Operation, request_args: dict[str, Any]) -> httpx.Response:
        refused = refusal(operation, request_args) if operation.rules is not None else None
        older = release_refusal(operation, request_args) if operation.rules is not None else None
        lean = self._lean
        if refused is None:
            try:
                request = self._build_lean(request_args) if lean else self._build(self.http, request_args)
            except ValueError as error:  # a lone surrogate in text, NaN in JSON
                refused = unencodable(operation.id, "request", error)
        del request_args  # a whole configuration holds the API key: no traceback shows this frame keeping it
        if refused is not None:
            raise refused
        if operation.version_bound or older is not None:
            self._refuse_if_unserved(operation, await self._version_if_known(), older)
        return await self._deliver(operation, request, lean)

    async def _deliver(
        self,
        operation: Operation,
        request: httpx.Request,
        lean: bool,
        first: httpx.Response | httpx.TransportError | RuntimeError | None = None,
    ) -> httpx.Response:
        """``request`` sent, retried as ``max_retries`` allows, and its answer checked; ``first``: the outcome of a
        first attempt already made (``call``)."""
        retries: Retries | None = None  # made at the first failure: a call that succeeds at once never needs it
        debug = logger.isEnabledFor(logging.DEBUG)
        while True:
            started = time.perf_counter() if debug else 0.0
            try:
                if first is None:
                    response = await self._exchange(request) if lean else await self._through_client(request)
                elif isinstance(first, httpx.Response):
                    response, first = first, None
                    self._keep_session_cookie(response, self.http.cookies)
                else:
                    failed, first = first, None
                    raise failed
            except httpx.TransportError as exc:
                if debug:
                    _log_failure(request, exc)
                failure: SyncthingError | None = self._connection_lost(exc, request)
                retryable, server_asked = transport_retryable(exc, request.method), None
            except RuntimeError as exc:
                if "loop" not in str(exc):  # asyncio's "Event loop is closed", "... attached to a different loop"
                    raise
                failure, retryable, server_asked = _other_loop(request), False, None
            else:
                if debug:
                    _log_answer(request, response, started)
                if response.status_code not in RETRY_STATUSES:
                    raise_for_response(response, operation)
                    return response
                failure, retryable, server_asked = None, status_retryable(response), retry_after(response)
            if retryable:
                retries = retries or Retries(self.max_retries)
                delay = retries.delay(request, str(failure or f"HTTP {response.status_code}"), server_asked)
                if delay is not None:
                    import asyncio  # here, not at the top: a sync client never needs it

                    await asyncio.sleep(delay)
                    continue
            if failure is not None:
                raise failure  # outside the except block: the caught exception, with its request, is not the context
            raise_for_response(response, operation)  # a 5xx: raises
            return response

    async def _through_client(self, request: httpx.Request) -> httpx.Response:
        """``SyncSender._through_client``, async."""
        response = await self.http.send(request, follow_redirects=False, stream=True)
        try:
            await response.aread()
        except httpx.DecodingError:
            response.encoding_error = UNDECODABLE_ENCODING  # type: ignore[attr-defined]
        finally:
            await response.aclose()
        return response

    async def _exchange(self, request: httpx.Request) -> httpx.Response:
        assert self.transport is not None
        response = await self.transport.handle_async_request(request)
        if not response.is_closed:  # our own transports answer read and closed
            try:
                await response.aread()
            finally:
                await response.aclose()
        response.request = request
        self._keep_session_cookie(response, self.http.cookies)
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

            response = await self.send(OPERATIONS["system_version"], system_version._get_kwargs())
            self.server_version = decode(version_of, None, response, "system_version")
        return self.server_version


def _other_loop(request: httpx.Request) -> EventLoopMismatchError:
    method, url = request.method, str(request.url.copy_with(userinfo=b"") if request.url.userinfo else request.url)
    return EventLoopMismatchError(
        "this AsyncSyncthing's connections belong to another event loop (each asyncio.run makes a new one): make the "
        "client inside the coroutine asyncio.run runs, one client per loop",
        method=method,
        url=url,
    )
