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

from ._send import remember, response_with_body

# aiohttp errors → the httpx errors the senders map to the client's own (refused, timeout, dropped).
_CONNECT_ERRORS = (aiohttp.ClientConnectorError,)
_TIMEOUT_ERRORS = (aiohttp.ServerTimeoutError, asyncio.TimeoutError)
_READ_ERRORS = (aiohttp.ServerDisconnectedError, aiohttp.ClientPayloadError, aiohttp.ClientOSError)


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
        # Parsed once, reused: yarl URLs and aiohttp timeouts are immutable.
        self._urls: dict[str, yarl.URL] = {}
        self._timeouts: dict[tuple[float | None, float | None], aiohttp.ClientTimeout] = {}

    def _session_for_this_loop(self) -> aiohttp.ClientSession:
        if self._session is None:
            # Made on first use: an aiohttp session belongs to the event loop running when it is created.
            connector = aiohttp.TCPConnector(limit=self._limit, ssl=self._verify)
            self._session = aiohttp.ClientSession(connector=connector, auto_decompress=False)
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._session_for_this_loop()
        server_hostname = request.extensions.get("sni_hostname")
        try:
            async with session.request(
                request.method,
                remember(self._urls, str(request.url), _encoded_url),
                headers=_text_headers(request.headers),
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
        except _TIMEOUT_ERRORS as exc:
            raise httpx.ReadTimeout(str(exc) or "timed out", request=request) from exc
        except _READ_ERRORS as exc:
            raise httpx.ReadError(str(exc), request=request) from exc

    async def aclose(self) -> None:
        if self._owns_session and self._session is not None:
            await self._session.close()
            self._session = None


def _text_headers(headers: httpx.Headers) -> list[tuple[str, str]]:
    """The headers as text for aiohttp, names spelled as given (as httpx's own transports send them).

    Not ``headers.multi_items()``, which first works out one text encoding for all of them (2.5 µs against 1.3 µs for
    a lean request's). aiohttp encodes header text as UTF-8, so decoding as UTF-8 sends the same bytes; headers that
    are not UTF-8 are decoded as httpx does."""
    try:
        return [(name.decode(), value.decode()) for name, value in headers.raw]
    except UnicodeDecodeError:
        return headers.multi_items()


def _encoded_url(text: str) -> yarl.URL:
    # httpx has already encoded the URL: yarl need not parse and quote it again.
    return yarl.URL(text, encoded=True)


def _timeout_key(request: httpx.Request) -> tuple[float | None, float | None]:
    timeouts = request.extensions.get("timeout", {})
    return timeouts.get("connect"), timeouts.get("read")


def _client_timeout(key: tuple[float | None, float | None]) -> aiohttp.ClientTimeout:
    return aiohttp.ClientTimeout(total=None, sock_connect=key[0], sock_read=key[1])
