"""An httpx transport over aiohttp, for ``AsyncSyncthing``: httpx's types for callers, aiohttp's speed underneath.

httpx's own async connection pool costs more per call than the whole exchange with a local Syncthing and scales badly
with concurrency (encode/httpx#3215); aiohttp does not. As a transport (``handle_async_request``) it takes and gives
``httpx`` objects. ``exchange`` is the one exchange underneath, returning the status, raw headers and body alone:
``AsyncSender.call`` sends a plain request through it by a ``PlainRoute`` (headers and timeout in aiohttp's forms made
once per client, a yarl URL once per path and query) and decodes a success without making an ``httpx.Request`` or
``httpx.Response``, which it builds only for a failure. An application that already has an ``aiohttp.ClientSession``
(Home Assistant style) hands it in and keeps owning it. The request's headers hold the key, so aiohttp gets them as a
``KeyHeaderProxy``, whose repr masks it.

Each call is bounded as a whole: the request's read timeout is aiohttp's ``total`` (connecting, sending, status line,
headers and body), and also bounds each socket read. The body is read up to ``max_response_bytes`` and no further. Every
error aiohttp raises becomes the httpx error the senders turn into the client's own: a raw aiohttp exception never
reaches the caller.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Callable
from typing import Any

import aiohttp
import httpx
import yarl
from multidict import CIMultiDict, CIMultiDictProxy

from ._internals import header_entries, never_resend, url_key
from ._send import DEFAULT_MAX_RESPONSE_BYTES, PlainRoute, connect_and_read, remember, response_with_body
from .errors import response_too_large

# aiohttp errors → the httpx errors the senders map to the client's own, in this order (subclasses first); the
# tests check that every exception class aiohttp exports is covered.
_ERRORS: tuple[tuple[type[BaseException] | tuple[type[BaseException], ...], type[httpx.TransportError]], ...] = (
    (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),
    ((aiohttp.ServerTimeoutError, asyncio.TimeoutError), httpx.ReadTimeout),  # sock_read, or total: the deadline
    (aiohttp.ClientConnectorError, httpx.ConnectError),  # refused, DNS, TLS, proxy
    (aiohttp.NonHttpUrlClientError, httpx.UnsupportedProtocol),
    (aiohttp.InvalidURL, httpx.LocalProtocolError),
    # A garbled status line, a header line longer than aiohttp takes, a proxy's refusal: no HTTP answer to read.
    (aiohttp.ClientResponseError, httpx.RemoteProtocolError),
    (
        (
            aiohttp.ServerDisconnectedError,
            aiohttp.ClientPayloadError,
            aiohttp.ClientOSError,
            aiohttp.ClientConnectionResetError,
        ),
        httpx.ReadError,
    ),
    ((aiohttp.ClientError, OSError), httpx.NetworkError),  # any other (fingerprint mismatch, reset, ...)
    (ValueError, httpx.LocalProtocolError),  # what aiohttp or yarl refuse to send (a URL httpx took, a header)
)
_CAUGHT = (aiohttp.ClientError, asyncio.TimeoutError, OSError, ValueError)
_KEY_HEADERS = ("x-api-key", "authorization")

RawPairs = tuple[tuple[bytes, bytes], ...]


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Sends ``httpx.Request`` objects through an ``aiohttp.ClientSession``.

    Args:
        session: a session of the caller's; it is used as it is and never closed here.
        verify: TLS verification for a session made here (``True``, ``False`` or an ``ssl.SSLContext``).
        limit: most connections at once for a session made here.
        max_response_bytes: the largest body read; a larger one raises ``ResponseTooLargeError``.
    """

    def __init__(
        self,
        session: aiohttp.ClientSession | None = None,
        *,
        verify: bool | ssl.SSLContext = True,
        limit: int = 100,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self.max_response_bytes = max_response_bytes
        self._session = session
        self._owns_session = session is None
        self._verify = verify
        self._limit = limit
        # Made once, reused (all immutable): yarl URLs keyed by httpx's parsed form of the URL (``str(request.url)``
        # reassembles the text on every call), header text keyed by httpx's entries (raw name, lower-case name,
        # value: the tuples the request already holds, where ``headers.raw`` would make new pairs), aiohttp timeouts.
        self._urls: dict[object, yarl.URL] = {}
        self._headers: dict[tuple[tuple[bytes, bytes, bytes], ...], KeyHeaderProxy] = {}
        self._timeouts: dict[tuple[float | None, float | None], aiohttp.ClientTimeout] = {}

    def _session_for_this_loop(self) -> aiohttp.ClientSession:
        if self._session is None:
            # Made on first use: an aiohttp session belongs to the event loop running when it is created.
            connector = aiohttp.TCPConnector(limit=self._limit, ssl=self._verify)
            self._session = aiohttp.ClientSession(connector=connector, auto_decompress=False)
            # aiohttp sends a request again on a new connection when a kept-alive one turns out closed, PUT and
            # DELETE included (RFC 9112 counts them idempotent). The client never sends a write twice; the senders
            # retry GET and HEAD themselves. (A session handed in keeps aiohttp's behaviour.)
            never_resend(self._session)
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        status, headers, body = await self.exchange(
            request.method,
            remember(self._urls, url_key(request.url), encoded_url),
            remember(self._headers, tuple(header_entries(request.headers)), _text_headers_of),
            request.content or None,
            remember(self._timeouts, connect_and_read(request.extensions), client_timeout),
            request.extensions.get("sni_hostname"),
            lambda: request,
        )
        return response_with_body(status, headers, body, request, None, self.max_response_bytes)

    async def exchange(
        self,
        method: str,
        url: yarl.URL,
        headers: KeyHeaderProxy,
        body: bytes | None,
        timeout: aiohttp.ClientTimeout,
        server_hostname: str | None,
        request_of: Callable[[], httpx.Request],
    ) -> tuple[int, RawPairs, bytes]:
        """One exchange with the server: its status, raw headers and whole body, no httpx object made on the way.
        ``request_of()`` gives the request the errors name, made only on failure: the async sender calls this
        directly for a plain request, and builds its ``httpx.Request`` only when something needs one.

        Raises:
            httpx.TransportError: whatever aiohttp raised, as the httpx error the senders map to the client's own.
            ResponseTooLargeError: a body longer than ``max_response_bytes``.
        """
        session = self._session_for_this_loop()
        try:
            async with session.request(
                method,
                url,
                headers=headers,
                data=body,
                timeout=timeout,
                allow_redirects=False,
                server_hostname=server_hostname,
            ) as answer:
                limit = self.max_response_bytes
                length = answer.content_length
                if length is not None and not session.auto_decompress:
                    # aiohttp reads no further than Content-Length
                    content = await answer.read() if length <= limit else None
                else:  # chunked, or decompressed by a session of the caller's
                    content = await _read_at_most(answer, limit)
                if content is None:
                    answer.close()  # drop the connection: the rest of the body is never read
                    raise response_too_large(request_of(), limit)
                raw_headers = answer.raw_headers
                if session.auto_decompress:
                    raw_headers = tuple((k, v) for k, v in raw_headers if k.lower() != b"content-encoding")
                return answer.status, raw_headers, content
        except _CAUGHT as exc:
            request = request_of()
            error = _httpx_error(exc)
            raise error(_message(exc, request), request=request) from _without_request(exc)

    def plain_route(self, headers: httpx.Headers, extensions: dict[str, Any]) -> PlainRoute[yarl.URL]:
        """What a sender with these headers and extensions needs to call ``exchange`` itself."""
        timeout = client_timeout(connect_and_read(extensions))
        return PlainRoute(self, text_headers(tuple(headers.raw)), timeout, extensions.get("sni_hostname"), encoded_url)

    async def aclose(self) -> None:
        if self._owns_session and self._session is not None:
            await self._session.close()
            self._session = None


async def _read_at_most(answer: aiohttp.ClientResponse, limit: int) -> bytes | None:
    """The body of ``answer`` (decoded, if its session decompresses), or ``None`` as soon as it proves longer than
    ``limit`` bytes."""
    parts = []
    size = 0
    async for chunk in answer.content.iter_any():
        size += len(chunk)
        if size > limit:
            return None
        parts.append(chunk)
    return b"".join(parts)


def _httpx_error(exc: BaseException) -> type[httpx.TransportError]:
    for caught, error in _ERRORS:
        if isinstance(exc, caught):
            return error
    return httpx.NetworkError


def _without_request(exc: BaseException) -> BaseException:
    """``exc``, or for an aiohttp error that keeps the request (whose headers hold the API key) a copy without its
    headers, with the same message, status, cause and traceback."""
    if not isinstance(exc, aiohttp.ClientResponseError):
        return exc
    info = exc.request_info
    bare = aiohttp.RequestInfo(info.url, info.method, CIMultiDictProxy(CIMultiDict()), info.real_url)
    copy = aiohttp.ClientResponseError(bare, (), status=exc.status, message=exc.message)
    copy.__cause__ = exc.__cause__ if exc.__cause__ is not None or exc.__suppress_context__ else exc.__context__
    return copy.with_traceback(exc.__traceback__)


def _message(exc: BaseException, request: httpx.Request) -> str:
    if isinstance(exc, asyncio.TimeoutError) and not isinstance(exc, aiohttp.ClientError):
        total = request.extensions.get("timeout", {}).get("read")
        return f"no whole answer within {total} s"
    if isinstance(exc, aiohttp.ClientResponseError):
        return exc.message or type(exc).__name__  # its str() repeats the URL, which the client's error has
    return str(exc) or type(exc).__name__


class KeyHeaderProxy(CIMultiDictProxy[str]):
    """Request headers for aiohttp whose ``repr()`` masks the API key, as ``KeyHeaders`` does for httpx's: a set of
    them is a local of ``exchange``, which a traceback may show."""

    def __repr__(self) -> str:
        masked = [(name, "[secure]" if name.lower() in _KEY_HEADERS else value) for name, value in self.items()]
        return f"{type(self).__name__}({masked!r})"


def text_headers(pairs: RawPairs) -> KeyHeaderProxy:
    """Raw header pairs as text for aiohttp, names spelled as given (as httpx's own transports send them).

    aiohttp encodes header text as UTF-8, so decoding as UTF-8 sends the same bytes. Headers that are not UTF-8 are
    decoded as Latin-1, as httpx does. A read-only multidict is what aiohttp would otherwise copy a list into on
    every request."""
    try:
        text = [(name.decode(), value.decode()) for name, value in pairs]
    except UnicodeDecodeError:
        text = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in pairs]
    return KeyHeaderProxy(CIMultiDict(text))


def _text_headers_of(entries: tuple[tuple[bytes, bytes, bytes], ...]) -> KeyHeaderProxy:
    return text_headers(tuple((name, value) for name, _, value in entries))


def encoded_url(parsed: object) -> yarl.URL:
    # httpx has already encoded the URL: yarl need not parse and quote it again.
    return yarl.URL(str(parsed), encoded=True)


def client_timeout(key: tuple[float | None, float | None]) -> aiohttp.ClientTimeout:
    # The answer timeout bounds the whole call (``total``), so each read is bounded by it too: a sock_read of the
    # same length would only add a second timer to every request.
    return aiohttp.ClientTimeout(total=key[1], sock_connect=key[0])
