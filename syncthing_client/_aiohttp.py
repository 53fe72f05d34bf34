"""An httpx transport over aiohttp, for ``AsyncSyncthing``: httpx's types for callers, aiohttp's speed underneath.

httpx's own async connection pool costs more per call than the whole exchange with a local Syncthing and scales
badly with concurrency (encode/httpx#3215); aiohttp does not. Requests and responses stay ``httpx`` objects, so
nothing above the transport changes. An application that already has an ``aiohttp.ClientSession`` (Home Assistant
style) hands it in and keeps owning it.
"""

from __future__ import annotations

import asyncio
import ssl

import aiohttp
import httpx
import yarl
from multidict import CIMultiDict, CIMultiDictProxy

from ._send import remember, response_with_body

# aiohttp errors → the httpx errors the senders map to the client's own (refused, timeout, dropped). Connector
# errors and connect timeouts come before anything was written ("not sent", retried for every method); the rest may
# come after ("maybe sent", retried only for GET and HEAD).
_CONNECT_ERRORS = (aiohttp.ClientConnectorError,)
_CONNECT_TIMEOUT_ERRORS = (aiohttp.ConnectionTimeoutError,)
_TIMEOUT_ERRORS = (aiohttp.ServerTimeoutError, asyncio.TimeoutError)
_READ_ERRORS = (aiohttp.ServerDisconnectedError, aiohttp.ClientPayloadError, aiohttp.ClientOSError)

RawPairs = tuple[tuple[bytes, bytes], ...]


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Sends ``httpx.Request`` objects through an ``aiohttp.ClientSession``.

    Args:
        session: a session of the caller's; it is used as it is and never closed here.
        verify: TLS verification for a session made here (``True``, ``False`` or an ``ssl.SSLContext``).
        limit: most connections at once for a session made here.
    """

    def __init__(
        self, session: aiohttp.ClientSession | None = None, *, verify: bool | ssl.SSLContext = True, limit: int = 100
    ) -> None:
        self._session = session
        self._owns_session = session is None
        self._verify = verify
        self._limit = limit
        # Made once, reused (all immutable): yarl URLs keyed by httpx's parsed form of the URL (``str(request.url)``
        # reassembles the text on every call), header text keyed by the raw pairs, aiohttp timeouts.
        self._urls: dict[object, yarl.URL] = {}
        self._headers: dict[RawPairs, CIMultiDictProxy[str]] = {}
        self._timeouts: dict[tuple[float | None, float | None], aiohttp.ClientTimeout] = {}

    def _session_for_this_loop(self) -> aiohttp.ClientSession:
        if self._session is None:
            # Made on first use: an aiohttp session belongs to the event loop running when it is created.
            connector = aiohttp.TCPConnector(limit=self._limit, ssl=self._verify)
            self._session = aiohttp.ClientSession(connector=connector, auto_decompress=False)
            # aiohttp sends a request again on a new connection when a kept-alive one turns out closed, PUT and
            # DELETE included (RFC 9112 counts them idempotent). The client never sends a write twice; the senders
            # retry GET and HEAD themselves. (A session handed in keeps aiohttp's behaviour.)
            self._session._retry_connection = False
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._session_for_this_loop()
        server_hostname = request.extensions.get("sni_hostname")
        try:
            async with session.request(
                request.method,
                remember(self._urls, request.url._uri_reference, _encoded_url),
                headers=remember(self._headers, tuple(request.headers.raw), _text_headers),
                data=request.content or None,
                timeout=remember(self._timeouts, _timeout_key(request), _client_timeout),
                allow_redirects=False,
                server_hostname=server_hostname,
            ) as answer:
                body = await answer.read()
                headers = answer.raw_headers
                if session.auto_decompress:
                    headers = tuple((k, v) for k, v in headers if k.lower() != b"content-encoding")
                return response_with_body(answer.status, headers, body, request)
        except _CONNECT_ERRORS as exc:
            raise httpx.ConnectError(str(exc), request=request) from exc
        except _CONNECT_TIMEOUT_ERRORS as exc:
            raise httpx.ConnectTimeout(str(exc) or "timed out connecting", request=request) from exc
        except _TIMEOUT_ERRORS as exc:
            raise httpx.ReadTimeout(str(exc) or "timed out", request=request) from exc
        except _READ_ERRORS as exc:
            raise httpx.ReadError(str(exc), request=request) from exc

    async def aclose(self) -> None:
        if self._owns_session and self._session is not None:
            await self._session.close()
            self._session = None


def _text_headers(pairs: RawPairs) -> CIMultiDictProxy[str]:
    """Raw header pairs as text for aiohttp, names spelled as given (as httpx's own transports send them).

    aiohttp encodes header text as UTF-8, so decoding as UTF-8 sends the same bytes. Headers that are not UTF-8 are
    decoded as Latin-1, as httpx does. A read-only multidict is what aiohttp would otherwise copy a list into on
    every request."""
    try:
        text = [(name.decode(), value.decode()) for name, value in pairs]
    except UnicodeDecodeError:
        text = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in pairs]
    return CIMultiDictProxy(CIMultiDict(text))


def _encoded_url(parsed: object) -> yarl.URL:
    # httpx has already encoded the URL: yarl need not parse and quote it again.
    return yarl.URL(str(parsed), encoded=True)


def _timeout_key(request: httpx.Request) -> tuple[float | None, float | None]:
    timeouts = request.extensions.get("timeout", {})
    return timeouts.get("connect"), timeouts.get("read")


def _client_timeout(key: tuple[float | None, float | None]) -> aiohttp.ClientTimeout:
    return aiohttp.ClientTimeout(total=None, sock_connect=key[0], sock_read=key[1])
