"""Every exception the client raises, and the one place that turns a response into one.

The tree::

    SyncthingError
    ├── ConfigurationError          the client cannot be made from these arguments (checked when it is made)
    │   ├── InvalidAPIKeyError      the API key is missing or cannot be sent
    │   ├── InvalidURLError         the base URL is empty, not http(s)://, has no host, a port out of range, a
    │   │   │                       query or fragment, or the arguments came key first (python-syncthing's order)
    │   │   └── CredentialsInURLError  the base URL carries a user name or password
    │   └── TLSConfigurationError   ``verify=`` names a file that is missing or holds no certificate
    ├── EventLoopMismatchError      an ``AsyncSyncthing`` used from another event loop than its connections'
    ├── APIConnectionError          the server could not be reached (refused, reset, TLS failure)
    │   └── APITimeoutError         no whole answer within the timeout
    ├── APIStatusError              the server answered with a non-2xx status
    │   ├── BadRequestError         400
    │   ├── AuthenticationError     401 and 403 (Syncthing answers a wrong API key with 403 "CSRF Error")
    │   ├── NotFoundError           404 (unknown route, folder or device)
    │   │   ├── FolderNotFoundError the folder named is not configured (Syncthing's text; 404, 500 or 200)
    │   │   └── DeviceNotFoundError the device named is not configured
    │   ├── ServerError             5xx (Syncthing's plain-text message kept in ``message``)
    │   └── UnexpectedStatus        any other status (also raised by the generated functions)
    │       └── RedirectError       3xx with a ``Location``: the client never follows redirects
    ├── ResponseTooLargeError       the answer's body is larger than the client's ``max_response_bytes``
    ├── OperationFailedError        a 200 whose JSON body carries a non-empty ``error`` field
    ├── ResponseValidationError     a 2xx answer the client cannot decode (not JSON, bad gzip, a field of a wrong type)
    ├── RequestRefusedError         the request would reach another resource or harm the server (not sent)
    │   └── InvalidBodyError        a body given as a mapping does not fit the operation's model (not sent)
    └── UnsupportedOperationError   the server's release does not serve the operation (checked before sending)

Exceptions carry the method, the URL (without any user name or password), the status and the server's text; never
the request headers, so the API key cannot leak through ``str()``, ``repr()`` or a traceback. A connection error
chains a copy of the transport's exception that has no request (httpx's keeps the request, whose headers hold the
key, and its ``Headers`` repr masks only ``Authorization``), with the transport's own cause behind it.
"""

import json
import re
from typing import Any

import httpx

from ._operations import OLDEST_CHECKED, Operation


class SyncthingError(Exception):
    """Base class of every error raised by syncthing_client."""


class ConfigurationError(SyncthingError, ValueError):
    """The client, or an event stream, cannot be made from the arguments given; raised before anything is sent."""


class InvalidAPIKeyError(ConfigurationError):
    """The API key is missing, empty, or holds what cannot go into an HTTP header (a line break, NUL or other control
    character, a non-ASCII character). Raised when the client is made; the message never contains the key."""


class InvalidURLError(ConfigurationError):
    """The base URL cannot be used: empty, without ``http://`` or ``https://``, another scheme (``unix://`` among
    them), without a host, with a port outside 0-65535, with a query string or a fragment, or given second after a
    first argument that is no URL (the key-first order of python-syncthing and aiosyncthing). The message never
    repeats what may be the API key."""


class CredentialsInURLError(InvalidURLError):
    """The base URL carries a user name or password (``http://user:pass@host:8384``). Syncthing's REST API takes
    the API key instead; a proxy that needs credentials belongs in an ``http_client=`` of your own. Raised when the
    client is made; the message never contains the credentials."""


class TLSConfigurationError(ConfigurationError):
    """``verify=`` names a CA bundle or certificate file that is missing, unreadable, or holds no certificate."""


class EventLoopMismatchError(SyncthingError, RuntimeError):
    """An ``AsyncSyncthing`` was used from another event loop than the one its connections were opened in (each
    ``asyncio.run`` makes a new loop, and an aiohttp session or httpx pool belongs to the loop that made it). Make
    the client inside the coroutine that ``asyncio.run`` runs (``async with AsyncSyncthing(...) as ast``), one per
    loop. Raised instead of asyncio's ``RuntimeError``; nothing is retried."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        self.method = method
        self.url = url
        super().__init__(f"{message} ({method} {url})")


class APIConnectionError(SyncthingError):
    """The request never got an HTTP answer: connection refused or reset, DNS or TLS failure."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        self.method = method
        self.url = url
        super().__init__(f"{message} ({method} {url})")


class APITimeoutError(APIConnectionError):
    """The server did not answer within the configured timeout: connecting took longer than the connect timeout,
    or the whole answer (status line, headers and body) did not arrive within the answer timeout, however steadily
    it trickled in."""


class ResponseTooLargeError(SyncthingError):
    """The answer's body is larger than the client's ``max_response_bytes`` (64 MiB by default), as received or
    once decoded (a compressed answer); the client stopped reading it and dropped the connection.

    Attributes:
        limit: the limit in bytes.
        method: the request's HTTP method.
        url: the request's URL.
    """

    def __init__(self, limit: int, *, method: str, url: str) -> None:
        self.limit = limit
        self.method = method
        self.url = url
        super().__init__(
            f"the answer to {method} {url} is larger than max_response_bytes={limit} bytes and was not read; "
            "to accept it, make the client with a larger max_response_bytes= (Syncthing() / AsyncSyncthing())"
        )


class APIStatusError(SyncthingError):
    """The server answered with a status outside 2xx.

    Attributes:
        status_code: the HTTP status.
        message: the response body as text (Syncthing answers errors in plain text).
        method: the request's HTTP method.
        url: the request's URL.
        response: the answer (status, headers, body) when the client raised this error for one; its ``request``
            is a copy with the URL and method only, no header (the API key is one). ``None`` for an error made
            by hand.
    """

    response: httpx.Response | None = None

    def __init__(self, status_code: int, message: str, *, method: str = "", url: str = "") -> None:
        self.status_code = status_code
        self.message = message
        self.method = method
        self.url = url
        where = f" for {method} {url}" if method else ""
        super().__init__(f"HTTP {status_code}{where}: {message or '(empty body)'}{self._hint(message)}")

    @staticmethod
    def _hint(message: str) -> str:
        """What the message adds to Syncthing's words, when they point away from the cause."""
        return ""

    @property
    def content(self) -> bytes:
        """The response body as bytes (kept for code written against the generated functions)."""
        return self.message.encode()

    @property
    def body(self) -> Any:
        """The response body decoded as JSON if it is JSON, else as text (Syncthing's usual ``CSRF Error``)."""
        text = self.message if self.response is None else self.response.text
        try:
            return json.loads(text)
        except (ValueError, RecursionError):
            return text


class BadRequestError(APIStatusError):
    """400: Syncthing rejected a parameter or a body (malformed JSON, invalid device ID, ...)."""


class AuthenticationError(APIStatusError):
    """401 or 403: missing or wrong API key, or a facility that is switched off (``Debugging disabled``)."""

    @staticmethod
    def _hint(message: str) -> str:
        if message == "CSRF Error":
            return " (Syncthing's answer to a wrong or missing API key: check api_key= or SYNCTHING_API_KEY)"
        return ""


class NotFoundError(APIStatusError):
    """404: unknown route, folder or device."""


class FolderNotFoundError(NotFoundError):
    """The folder the request named is not configured.

    Syncthing says so in words that differ by operation and with 404, 500, or a 200 whose ``error`` field holds
    them (the spec's ``x-syncthing-not-found``); every one of them raises this. ``status_code`` keeps the status.

    Attributes:
        folder_id: the folder ID the request named.
    """

    def __init__(self, status_code: int, message: str, *, folder_id: str, method: str = "", url: str = "") -> None:
        self.folder_id = folder_id
        super().__init__(status_code, message, method=method, url=url)


class DeviceNotFoundError(NotFoundError):
    """The device the request named is not configured (see ``FolderNotFoundError``).

    Attributes:
        device_id: the device ID the request named.
    """

    def __init__(self, status_code: int, message: str, *, device_id: str, method: str = "", url: str = "") -> None:
        self.device_id = device_id
        super().__init__(status_code, message, method=method, url=url)


class ServerError(APIStatusError):
    """5xx: Syncthing failed to do what was asked; ``message`` holds its explanation."""


class UnexpectedStatus(APIStatusError):
    """A status the client has no better class for (e.g. 405 for a wrong method)."""

    def __init__(self, status_code: int, content: bytes, *, method: str = "", url: str = "") -> None:
        super().__init__(status_code, content.decode(errors="replace"), method=method, url=url)


class RedirectError(UnexpectedStatus):
    """The server answered with a redirect (3xx with a ``Location``), which the client does not follow: the API key
    must never leave the configured origin, and Syncthing redirects a ``/rest`` call only when its router cleans a
    path, which would lead to another resource.

    Attributes:
        location: where the server redirected to, resolved against the request's URL, without user name or password.
    """

    def __init__(self, status_code: int, *, location: str, method: str = "", url: str = "") -> None:
        self.location = location
        message = f"redirected to {location}; the client does not follow redirects"
        super().__init__(status_code, message.encode(), method=method, url=url)


class OperationFailedError(SyncthingError):
    """Syncthing answered 200 but reported failure in the body's ``error`` field.

    ``/rest/svc/deviceid`` does this for an invalid device ID. ``body`` is the decoded JSON.
    """

    def __init__(self, error: str, *, body: Any, method: str, url: str) -> None:
        self.error = error
        self.body = body
        self.method = method
        self.url = url
        super().__init__(f"{method} {url} failed: {error}")


# How much of an undecodable body a ResponseValidationError keeps, and what it masks in it.
EXCERPT_CHARS = 200
_SECRET_VALUE = re.compile(r'("(?:apiKey|password|encryptionPassword)"\s*:\s*")((?:[^"\\]|\\.)*)("?)', re.IGNORECASE)


def _masked(text: str, secrets: tuple[str, ...]) -> str:
    """``text`` with the values of fields named like secrets (``apiKey``, ``password``) and every one of ``secrets``
    (the API key) masked."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return _SECRET_VALUE.sub(lambda match: f"{match[1]}***{match[3]}", text)


def _key_of(request: httpx.Request) -> str:
    """The API key ``request`` carries, to be masked in whatever its answer shows."""
    key: str = request.headers.get("x-api-key") or request.headers.get("authorization", "").removeprefix("Bearer ")
    return key


def body_excerpt(content: bytes, secrets: tuple[str, ...] = ()) -> str:
    """The start of ``content`` as text, at most ``EXCERPT_CHARS`` characters: the values of fields named like secrets
    (``apiKey``, ``password``) and every one of ``secrets`` (the API key) masked, before and after cutting."""
    text = _masked(content[: EXCERPT_CHARS * 4].decode("utf-8", errors="replace"), secrets)
    excerpt = text[:EXCERPT_CHARS]
    for secret in secrets:  # a key cut short at the end no longer matches whole
        for length in range(len(secret) - 1, 3, -1):
            if secret and excerpt.endswith(secret[:length]):
                excerpt = excerpt[:-length] + "***"
                break
    return excerpt + ("..." if len(text) > EXCERPT_CHARS or len(content) > EXCERPT_CHARS * 4 else "")


class ResponseValidationError(SyncthingError):
    """The server answered with a success status, but the client cannot decode the answer: not JSON (an HTML login
    page from a proxy, a truncated or empty body), compressed wrongly, nested too deep, a number too long, or JSON
    that does not fit the operation's model (``null``, a list for an object, a missing required field, a field of
    the wrong type). Nothing of the answer is returned.

    Attributes:
        operation: the spec's operationId.
        status_code: the HTTP status.
        content_type: the answer's ``Content-Type`` ("" when it had none).
        excerpt: the start of the body as text (at most ``EXCERPT_CHARS`` characters, secrets masked).
        field: where the answer did not fit: ``folders[3].devices[0].deviceID``; "" for the whole answer.
        reason: what was wrong, in words.
        method: the request's HTTP method.
        url: the request's URL.
    """

    def __init__(
        self,
        operation: str,
        reason: str,
        *,
        status_code: int,
        content_type: str,
        excerpt: str,
        field: str = "",
        method: str = "",
        url: str = "",
    ) -> None:
        self.operation = operation
        self.reason = reason
        self.status_code = status_code
        self.content_type = content_type
        self.excerpt = excerpt
        self.field = field
        self.method = method
        self.url = url
        where = f" at {field}" if field else ""
        super().__init__(
            f"{operation} ({method} {url}): cannot decode the answer (HTTP {status_code}, {content_type or 'no content type'})"
            f"{where}: {reason}; body starts {excerpt!r}"
        )


def _content(response: httpx.Response) -> bytes:
    """``response``'s body; nothing for one whose ``Content-Encoding`` a caller's client could not decode (left
    unread)."""
    try:
        return response.content
    except httpx.ResponseNotRead:
        return b""


def validation_error(
    operation: str, response: httpx.Response, reason: str, field: str = "", part: bytes | None = None
) -> ResponseValidationError:
    """The ``ResponseValidationError`` for ``response`` to a request of ``operation``. Raise it outside the
    ``except`` block that caught the decoding failure: that exception and its traceback hold the raw answer.
    ``part``: the excerpt is of this part of the body (one event of a batch) rather than of its start."""
    method, url = _method_and_url(response.request)
    content = _content(response) if part is None else part
    return ResponseValidationError(
        operation,
        reason,
        status_code=response.status_code,
        content_type=response.headers.get("content-type", ""),
        excerpt=body_excerpt(content, (_key_of(response.request),)),
        field=field,
        method=method,
        url=url,
    )


class RequestRefusedError(SyncthingError, ValueError):
    """The client refused to send a request; nothing was sent.

    The request would have reached another resource than the one named (an ID Syncthing cannot route, a body
    naming another entry than the path), reset what was not meant to change (a missing body, a GUI section
    without its API key), or harmed the server (a size it cannot survive, a value outside a closed set).

    Attributes:
        operation: the spec's operationId.
        field: what was refused: a parameter's name, ``body`` or a field of it (``body.versioning.type``).
        reason: why, in words.
    """

    def __init__(self, operation: str, field: str, reason: str) -> None:
        self.operation = operation
        self.field = field
        self.reason = reason
        super().__init__(f"{operation}: {reason}. Nothing was sent.")


class InvalidBodyError(RequestRefusedError):
    """A body given as a mapping (a ``dict`` with Syncthing's JSON keys) does not fit the operation's body model: a
    field of the wrong type, a required field missing, or a field spelled by its Python name (``max_send_kbps`` for
    ``maxSendKbps``). Checked by the model's ``from_dict`` before anything is sent; ``field`` names where
    (``body.versioning.params``, ``body[2].id``). The message names types, never values."""


class UnsupportedOperationError(SyncthingError):
    """The server's Syncthing release does not serve this operation; nothing was sent.

    Attributes:
        operation: the spec's operationId.
        server_version: the server's release, e.g. ``"1.19.2"``.
        since: the first release serving the operation.
        removed: the first release no longer serving it, if any.
    """

    def __init__(
        self, operation: str, *, method: str, path: str, server_version: str, since: str | None, removed: str | None
    ) -> None:
        self.operation = operation
        self.server_version = server_version
        self.since = since
        self.removed = removed
        if since == OLDEST_CHECKED:
            since = None  # "at least that old": no known first release
        if since and removed:
            served = f"from {since} up to, not including, {removed}"
        elif removed:
            served = f"before {removed}"
        else:
            served = f"from {since} on"
        super().__init__(
            f"{operation} ({method} {path}) is not served by Syncthing {server_version}; it is served {served}"
        )


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: AuthenticationError,
    404: NotFoundError,
}


def _without_userinfo(url: httpx.URL) -> str:
    """``url`` as text, any user name and password left out."""
    return str(url.copy_with(userinfo=b"")) if url.userinfo else str(url)


# The user name and password of a URL that does not parse, up to the "@" before its host.
_USERINFO = re.compile(r"(?<=//)[^/?#@]*@")


def _method_and_url(request: httpx.Request) -> tuple[str, str]:
    """The method and URL that messages name. The client refuses a base URL with credentials, but whatever URL a
    request has, its user name and password never reach a message."""
    # Only on failure: a success never spends the time to spell its URL out.
    return request.method, _without_userinfo(request.url)


# From the spec's x-syncthing-not-found: the whole text by which Syncthing says a folder or device is not configured.
_NOT_CONFIGURED: dict[str, re.Pattern[str]] = {
    "device": re.compile("(?:No device with given ID|not found)"),
    "folder": re.compile("(?:no such folder|No folder with given ID|Invalid folder ID|folder .* does not exist)"),
}


def _not_configured(operation: Operation, response: httpx.Response, message: str) -> NotFoundError | None:
    """A ``FolderNotFoundError`` / ``DeviceNotFoundError`` if ``message`` says that a folder or device the
    operation names is not configured."""
    for name, kind in operation.names.items():
        pattern = _NOT_CONFIGURED.get(kind)
        if pattern is None or pattern.fullmatch(message) is None:
            continue
        url = response.request.url
        named = url.params.get(name)
        if named is None:
            named = operation.path_arguments(url.raw_path.decode("ascii").partition("?")[0]).get(name, "")
        method, shown_url = _method_and_url(response.request)
        if kind == "folder":
            return FolderNotFoundError(response.status_code, message, folder_id=named, method=method, url=shown_url)
        return DeviceNotFoundError(response.status_code, message, device_id=named, method=method, url=shown_url)
    return None


_UNDECODABLE = object()


def raise_for_response(response: httpx.Response, operation: Operation | None = None) -> None:
    """Raise the exception that ``response`` to a request of ``operation`` stands for, or return if it is a success.

    A 200 fails when the body field the operation names (the spec's ``x-syncthing-error-field``) is not empty. A
    failure that says a folder or device the operation names is not configured raises ``FolderNotFoundError`` /
    ``DeviceNotFoundError``, whatever the status.
    """
    status = response.status_code
    if 200 <= status < 300:
        if operation is None or operation.error_field is None:
            return
        try:
            body = response.json()
        except (ValueError, RecursionError):  # JSONDecodeError, UnicodeDecodeError, a number too long
            body = _UNDECODABLE
        if body is _UNDECODABLE:  # raised here: the exception caught above holds the whole body
            raise validation_error(operation.id, response, "the answer is not JSON")
        if not (isinstance(body, dict) and body.get(operation.error_field)):
            return
        # A proxy reflecting the request's headers may repeat the key; no local of this frame keeps it.
        error = _masked(str(body[operation.error_field]), (_key_of(response.request),))
        body = json.loads(_masked(json.dumps(body), (_key_of(response.request),)))
        if missing := _not_configured(operation, response, error):
            raise missing
        method, url = _method_and_url(response.request)
        raise OperationFailedError(error, body=body, method=method, url=url)
    raise _with_response(_status_error(response, operation), response)


def _status_error(response: httpx.Response, operation: Operation | None) -> APIStatusError:
    status = response.status_code
    secrets = (_key_of(response.request),)
    content = _content(response)
    message = _masked(response.text.strip(), secrets) if content else ""  # .text of an unread body raises as .content
    if operation is not None and (missing := _not_configured(operation, response, message)):
        return missing
    method, url = _method_and_url(response.request)
    error_class = _STATUS_ERRORS.get(status)
    if error_class is not None:
        return error_class(status, message, method=method, url=url)
    if status >= 500:
        return ServerError(status, message, method=method, url=url)
    location = response.headers.get("location") if 300 <= status < 400 else None
    if location is not None:
        try:
            target = _without_userinfo(response.request.url.join(location))
        except httpx.InvalidURL:  # still a redirect, never followed: shown as sent, cut
            target = body_excerpt(_USERINFO.sub("", location).encode(), secrets)
        return RedirectError(status, location=target, method=method, url=url)
    return UnexpectedStatus(status, _masked(content.decode(errors="replace"), secrets).encode(), method=method, url=url)


def _with_response(error: APIStatusError, response: httpx.Response) -> APIStatusError:
    """``error`` with ``.response``: a copy of ``response`` whose request keeps the method and URL only (the
    original's headers hold the API key), the key masked in its body."""
    request = response.request
    bare = httpx.Request(request.method, _without_userinfo(request.url))
    # The body is kept decoded: a Content-Encoding would make httpx decode it again. The values are kept as bytes:
    # httpx encodes text ones as ASCII, and a proxy may add a header in UTF-8.
    headers = [(name, value) for name, value in response.headers.raw if name.lower() != b"content-encoding"]
    content = _content(response)
    text = response.text if content else ""
    if (shown := _masked(text, (_key_of(request),))) != text:
        content = shown.encode(response.encoding or "utf-8", errors="replace")
    error.response = httpx.Response(response.status_code, headers=headers, content=content, request=bare)
    return error


def _detached(exc: BaseException) -> BaseException:
    """``exc`` itself, or for an httpx exception a copy without its request (whose headers hold the API key), with the
    same message, traceback and cause (or context), detached in turn."""
    if not isinstance(exc, httpx.HTTPError):
        return exc
    try:
        copy: BaseException = type(exc)(str(exc))
    except TypeError:  # a subclass of a caller's transport with a constructor of its own
        copy = httpx.TransportError(str(exc)) if isinstance(exc, httpx.TransportError) else httpx.HTTPError(str(exc))
    underneath = exc.__cause__ if exc.__cause__ is not None or exc.__suppress_context__ else exc.__context__
    if underneath is not None:
        copy.__cause__ = _detached(underneath)
    return copy.with_traceback(exc.__traceback__)


def connection_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    """The client's exception for a transport failure of ``request``, its cause already set: a copy of ``exc``
    without the request. Raise it outside the ``except`` block that caught ``exc``, or ``exc`` becomes its
    ``__context__``."""
    method, url = _method_and_url(request)
    error: APIConnectionError
    if isinstance(exc, httpx.TimeoutException):
        error = APITimeoutError(f"timed out: {type(exc).__name__}", method=method, url=url)
    else:
        error = APIConnectionError(f"cannot reach Syncthing: {exc or type(exc).__name__}", method=method, url=url)
    error.__cause__ = _detached(exc)  # also sets __suppress_context__, as ``raise ... from`` would
    return error


def response_too_large(request: httpx.Request, limit: int) -> ResponseTooLargeError:
    """The client's exception for an answer to ``request`` whose body is larger than ``limit`` bytes."""
    method, url = _method_and_url(request)
    return ResponseTooLargeError(limit, method=method, url=url)


__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "CredentialsInURLError",
    "DeviceNotFoundError",
    "EventLoopMismatchError",
    "FolderNotFoundError",
    "InvalidAPIKeyError",
    "InvalidURLError",
    "NotFoundError",
    "OperationFailedError",
    "RedirectError",
    "RequestRefusedError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServerError",
    "SyncthingError",
    "TLSConfigurationError",
    "UnexpectedStatus",
    "UnsupportedOperationError",
    "connection_error",
    "raise_for_response",
    "response_too_large",
    "validation_error",
]
