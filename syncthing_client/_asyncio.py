"""``AsyncStdlibTransport``: the async client's transport for plain-HTTP servers, HTTP/1.1 on asyncio's own connections.

The asynchronous twin of ``_stdlib.StdlibTransport``, and the default of ``AsyncSyncthing`` for ``http://`` URLs. It
exists for speed and weight: aiohttp's request machinery (cookies, proxies, redirects, tracing, decompression) costs
more per call than the exchange with a local Syncthing itself, and a process that talks only to plain-HTTP servers need
not import aiohttp at all. Callers still get ``httpx.Request``, ``httpx.Response`` and httpx's exceptions. ``exchange``
is the one exchange underneath, returning the status, raw headers and body alone: ``AsyncSender.call`` sends a plain
request through it by a ``PlainRoute`` (request header lines made once per client, a ``RequestTarget`` once per path
and query) and decodes a success without making an ``httpx.Request`` or ``httpx.Response``.

What it reads is what ``StdlibTransport`` reads, by the same rules (``_stdlib.status_line``, ``add_header_line``,
``framing``): a status line, header lines (folded ones joined), a body of known length, chunked, or up to the end of the
connection; lines of at most 65,536 bytes, at most 100 headers. HTTPS keeps aiohttp (or httpx).

Connections are kept alive and reused, one request at a time each, at most ``limit`` open at once; callers beyond that
wait for one. An idle connection the server has closed is noticed before it is reused: the event loop has told its
protocol. Connections belong to the event loop that made them; used from another, the transport raises the
``RuntimeError`` the sender turns into ``EventLoopMismatchError``.

Each call is bounded as a whole: the request's read timeout is the deadline for the whole exchange (waiting for a
connection, connecting, sending, status line, headers and body). The body is read up to ``max_response_bytes`` and no
further: reading pauses once that much is buffered. A call cancelled or timed out mid-exchange closes its connection,
which is never handed to another call with half an answer in it.

Failures before a byte of the request was written raise ``httpx.ConnectError`` / ``ConnectTimeout`` ("not sent"); any
later one ``RemoteProtocolError`` or ``ReadTimeout`` ("maybe sent"), which the senders retry only for GET and HEAD
(``_retry.py``). The call's deadline is a ``ReadTimeout`` wherever it passes, connecting included. A kept-alive
connection the server dropped just as a request went out is tried once more on a new connection only for GET and HEAD,
the methods a server may see twice.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Hashable
from typing import Any

import httpx

from ._internals import header_entries, url_key
from ._send import DEFAULT_MAX_RESPONSE_BYTES, PlainRoute, connect_and_read, remember, response_with_body
from ._stdlib import (
    BAD_TARGET,
    MAX_HEADERS,
    MAX_LINE,
    RESENDABLE,
    Garbled,
    add_header_line,
    chunk_size,
    framing,
    header_lines,
    header_problem,
    status_line,
)
from .errors import response_too_large

# The longest head (status line and headers) read: as many lines as _stdlib reads, each as long as it takes.
MAX_HEAD = MAX_LINE * (MAX_HEADERS + 2)
_Address = tuple[str, int]
# Status, header pairs, body, HTTP version, reason phrase.
_Answer = tuple[int, list[tuple[bytes, bytes]], bytes, bytes, bytes]


class _Closed(Exception):
    """The server closed the connection (or it failed) before the answer was whole."""


class HeaderLines:
    """A request's encoded header lines, which hold the API key: a local of ``exchange`` that a traceback may show,
    so its ``repr()`` shows none of them."""

    __slots__ = ("lines",)

    def __init__(self, lines: bytes) -> None:
        self.lines = lines

    def __repr__(self) -> str:
        return f"{type(self).__name__}([secure])"


class RequestTarget:
    """Where a request goes: the server's address, the path and query as written in the request line, and what
    keeps it from being written, if anything."""

    __slots__ = ("address", "path", "problem")

    def __init__(self, url: httpx.URL) -> None:
        self.address: _Address = (url.host, url.port or 80)
        self.path: bytes = url.raw_path
        self.problem: tuple[type[httpx.TransportError], str] | None = None
        if url.scheme != "http":
            self.problem = httpx.UnsupportedProtocol, f"AsyncStdlibTransport serves http:// only, not {url.scheme}://"
        elif BAD_TARGET.search(self.path):
            self.problem = httpx.LocalProtocolError, "the request target holds a space or control character"


class _Call:
    """One request to send: its method, target, header lines and body, and ``request_of()``, which makes the
    ``httpx.Request`` an error names (only on failure)."""

    __slots__ = ("body", "head", "method", "request_of", "target")

    def __init__(
        self,
        method: str,
        target: RequestTarget,
        head: HeaderLines,
        body: bytes | None,
        request_of: Callable[[], httpx.Request],
    ) -> None:
        self.method = method
        self.target = target
        self.head = head
        self.body = body
        self.request_of = request_of


class _Connection(asyncio.Protocol):
    """One kept-alive connection: what the server sent and not yet read, and a way to wait for more."""

    def __init__(self, cap: int) -> None:
        self.buffer = bytearray()
        self.closed = False
        self._cap = cap  # reading pauses beyond this many unread bytes: the body is too large by then
        self._paused = False
        self._transport: asyncio.Transport | None = None
        self._waiter: asyncio.Future[None] | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        if len(self.buffer) > self._cap and not self._paused and self._transport is not None:
            self._transport.pause_reading()
            self._paused = True
        self._wake()

    def eof_received(self) -> bool:
        self.closed = True
        self._wake()
        return False  # close the transport

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self._wake()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def more(self) -> None:
        """Wait until the server sends more (or closes the connection: then ``_Closed``)."""
        if self.closed:
            raise _Closed("the server closed the connection before the answer was whole")
        if self._paused:  # the reader consumed what it needs and asks for more: the cap no longer applies to it
            self._paused = False
            assert self._transport is not None
            self._transport.resume_reading()
        self._waiter = asyncio.get_running_loop().create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    def write(self, data: bytes) -> None:
        assert self._transport is not None
        self._transport.write(data)

    def close(self) -> None:
        self.closed = True
        if self._transport is not None:
            # Drops what is unsent or unread: nothing of this exchange is wanted any more. A RuntimeError says its event
            # loop is closed, and its socket with it.
            with contextlib.suppress(RuntimeError):
                self._transport.abort()


class _Pool:
    """The connections of one event loop: idle ones by address, and how many are open at once."""

    def __init__(self, loop: asyncio.AbstractEventLoop, limit: int) -> None:
        self.loop = loop
        self.idle: dict[_Address, list[_Connection]] = {}
        self.slots = asyncio.Semaphore(limit)

    def take_idle(self, address: _Address) -> _Connection | None:
        connections = self.idle.get(address)
        while connections:
            connection = connections.pop()
            if not connection.closed and not connection.buffer:
                return connection
            connection.close()
        return None

    def give_back(self, address: _Address, connection: _Connection) -> None:
        self.idle.setdefault(address, []).append(connection)

    def close(self) -> None:
        idle, self.idle = self.idle, {}
        for connections in idle.values():
            for connection in connections:
                connection.close()


class AsyncStdlibTransport(httpx.AsyncBaseTransport):
    """An ``httpx.AsyncBaseTransport`` for ``http://`` URLs over HTTP/1.1 connections of its own, kept alive.

    Args:
        limit: most connections open at once; more calls at once wait for one.
        max_response_bytes: the largest body read; a larger one raises ``ResponseTooLargeError``.
    """

    def __init__(self, *, limit: int = 100, max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES) -> None:
        self.max_response_bytes = max_response_bytes
        self._limit = limit
        self._pool: _Pool | None = None
        # The header lines of each distinct set of request headers, checked and encoded once (immutable).
        self._heads: dict[tuple[tuple[bytes, bytes, bytes], ...], HeaderLines] = {}
        self._targets: dict[Hashable, RequestTarget] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        entries = tuple(header_entries(request.headers))
        problem = None if entries in self._heads else header_problem(entries)
        head = remember(self._heads, entries, _head_of) if problem is None else None
        del entries  # they hold the API key: the traceback of what is raised next shows this frame
        if head is None:
            raise httpx.LocalProtocolError(str(problem), request=request)
        url = request.url
        target = remember(self._targets, url_key(url), lambda _: RequestTarget(url))
        call = _Call(request.method, target, head, await request.aread(), lambda: request)
        status, headers, body, version, reason = await self._bounded(call, connect_and_read(request.extensions))
        extensions: dict[str, Any] = {"http_version": version, "reason_phrase": reason}
        return response_with_body(status, headers, body, request, extensions, self.max_response_bytes)

    async def exchange(
        self,
        method: str,
        target: RequestTarget,
        head: HeaderLines,
        body: bytes | None,
        timeout: tuple[float | None, float | None],
        server_hostname: str | None,
        request_of: Callable[[], httpx.Request],
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        """One exchange with the server: its status, raw headers and whole body, no httpx object made on the way.
        ``request_of()`` gives the request the errors name, made only on failure. ``server_hostname`` is for TLS,
        which this transport does not speak.

        Raises:
            httpx.TransportError: the httpx error the senders map to the client's own.
            ResponseTooLargeError: a body longer than ``max_response_bytes``.
        """
        status, headers, content, _, _ = await self._bounded(_Call(method, target, head, body, request_of), timeout)
        return status, headers, content

    async def _bounded(self, call: _Call, timeout: tuple[float | None, float | None]) -> _Answer:
        """``call`` made within its deadline (the read timeout); what ``_answer`` reads."""
        problem = call.target.problem
        if problem is not None:
            error, message = problem
            raise error(message, request=call.request_of())
        connect, total = timeout
        pool = self._pool_for_this_loop()
        try:
            async with asyncio.timeout(total):
                async with pool.slots:
                    return await self._exchange(pool, call, connect)
        except TimeoutError:
            raise httpx.ReadTimeout(f"no whole answer within {total} s", request=call.request_of()) from None

    def plain_route(self, headers: httpx.Headers, extensions: dict[str, Any]) -> PlainRoute[RequestTarget] | None:
        """What a sender with these headers and extensions needs to call ``exchange`` itself; ``None`` when its
        headers cannot be written (its requests then go through ``handle_async_request``, which says why)."""
        entries = tuple(header_entries(headers))
        if header_problem(entries) is not None:
            return None
        head = remember(self._heads, entries, _head_of)
        return PlainRoute(self, head, connect_and_read(extensions), extensions.get("sni_hostname"), RequestTarget)

    async def aclose(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    def _pool_for_this_loop(self) -> _Pool:
        loop = asyncio.get_running_loop()
        pool = self._pool
        if pool is None:
            pool = self._pool = _Pool(loop, self._limit)
        elif pool.loop is not loop:
            # As aiohttp's session says it; the sender makes it an EventLoopMismatchError.
            raise RuntimeError("the transport's connections are attached to a different loop")
        return pool

    async def _exchange(self, pool: _Pool, call: _Call, connect_timeout: float | None) -> _Answer:
        connection = pool.take_idle(call.target.address)
        if connection is not None:
            try:
                return await self._over(pool, connection, call)
            except httpx.RemoteProtocolError:
                # The server dropped a kept-alive connection between our check and our request, or took the request
                # and went away: only a request that may reach the server twice goes again, on a new connection.
                if call.method not in RESENDABLE:
                    raise
        connection = await self._connect(call.target.address, connect_timeout, call.request_of)
        return await self._over(pool, connection, call)

    async def _connect(
        self, address: _Address, timeout: float | None, request_of: Callable[[], httpx.Request]
    ) -> _Connection:
        loop = asyncio.get_running_loop()
        cap = self.max_response_bytes + MAX_HEAD
        try:
            async with asyncio.timeout(timeout):
                _, connection = await loop.create_connection(lambda: _Connection(cap), *address)
        except TimeoutError:
            raise httpx.ConnectTimeout(f"no connection within {timeout} s", request=request_of()) from None
        except OSError as exc:
            raise httpx.ConnectError(str(exc) or type(exc).__name__, request=request_of()) from exc
        return connection

    async def _over(self, pool: _Pool, connection: _Connection, call: _Call) -> _Answer:
        """``call`` made on ``connection``, which is given back to ``pool`` after a whole answer it may keep, and
        closed after anything else (a failure, a cancellation, an answer too large)."""
        limit = self.max_response_bytes
        kept = False
        try:
            # One expression: the message holds the API key, and no local of this frame keeps it.
            connection.write(
                b"%s %s HTTP/1.1\r\n%s\r\n%s"
                % (call.method.encode("ascii"), call.target.path, call.head.lines, call.body or b"")
            )
            status, headers, content, version, reason, will_close = await _answer(connection, call.method, limit)
            if content is None:
                raise response_too_large(call.request_of(), limit)
            if not will_close:
                pool.give_back(call.target.address, connection)
                kept = True
            return status, headers, content, version, reason
        except (_Closed, Garbled) as exc:
            raise httpx.RemoteProtocolError(str(exc), request=call.request_of()) from None
        finally:
            if not kept:
                connection.close()


async def _answer(
    connection: _Connection, method: str, limit: int
) -> tuple[int, list[tuple[bytes, bytes]], bytes | None, bytes, bytes, bool]:
    """The answer read from ``connection``: status, header pairs, body (``None`` if longer than ``limit``), HTTP
    version, reason phrase, and whether the connection closes after it. What follows the answer stays in the buffer
    (and makes the connection unfit to keep)."""
    buffer = connection.buffer
    while True:
        end, start = await _head_end(connection)
        lines = bytes(buffer[:end]).split(b"\n")
        del buffer[:start]
        for line in lines:
            if len(line) > MAX_LINE:
                raise Garbled(f"a line of the answer is longer than {MAX_LINE} bytes")
        version, status, reason = status_line(lines[0])
        headers: list[tuple[bytes, bytes]] = []
        for line in lines[1:]:
            add_header_line(headers, line)
        if status != 100:
            break
    chunked, length, will_close = framing(version, status, headers, method)
    if chunked:
        content = await _chunked(connection, limit)
    elif length is None:
        content = await _until_closed(connection, limit)
    elif length > limit:
        content = None
    else:
        while len(buffer) < length:
            if connection.closed:
                raise Garbled(f"the answer ended after {len(buffer)} of {length} bytes")
            await connection.more()
        content = bytes(buffer[:length]) if len(buffer) > length else bytes(buffer)  # one copy in the usual case
        del buffer[:length]
    return status, headers, content, version, reason, will_close or bool(buffer)


async def _head_end(connection: _Connection) -> tuple[int, int]:
    """Where the head in the buffer ends: the end of its last header line, and where the body starts (after the
    blank line). A line ends in LF, CRLF taken as well."""
    buffer = connection.buffer
    searched = 0
    while True:
        found = buffer.find(b"\n\r\n", searched)
        bare = buffer.find(b"\n\n", searched, found + 2 if found >= 0 else len(buffer))
        if bare >= 0:
            return bare, bare + 2
        if found >= 0:
            return found, found + 3
        if len(buffer) > MAX_HEAD:
            raise Garbled(f"no end of the answer's head within {MAX_HEAD} bytes")
        if connection.closed and not buffer:
            raise _Closed("the server closed the connection without answering")
        searched = max(len(buffer) - 2, 0)
        await connection.more()


async def _chunked(connection: _Connection, limit: int) -> bytes | None:
    """A chunked body, or ``None`` as soon as it proves longer than ``limit`` bytes."""
    buffer = connection.buffer
    parts: list[bytearray] = []
    size = 0
    while True:
        line_end = await _line_end(connection)
        if line_end < 0:
            raise Garbled("the answer ended inside a chunk")
        chunk = chunk_size(bytes(buffer[:line_end]))
        del buffer[: line_end + 1]
        if chunk == 0:
            break
        size += chunk
        if size > limit:
            return None
        while len(buffer) < chunk + 2:
            if connection.closed:
                raise Garbled("the answer ended inside a chunk")
            await connection.more()
        if buffer[chunk : chunk + 2] != b"\r\n" and buffer[chunk : chunk + 1] != b"\n":
            raise Garbled("the answer ended inside a chunk")
        parts.append(buffer[:chunk])  # a copy, joined into bytes at the end
        del buffer[: chunk + (2 if buffer[chunk] == 13 else 1)]
    while True:  # trailer lines: read past, not kept
        line_end = await _line_end(connection)
        if line_end < 0:
            return b"".join(parts)  # the last chunk came; a missing final blank line loses nothing
        line = bytes(buffer[: line_end + 1])
        del buffer[: line_end + 1]
        if line in (b"\r\n", b"\n"):
            return b"".join(parts)


async def _line_end(connection: _Connection) -> int:
    """Where the next line in the buffer ends (its LF), once it has come; -1 if the connection closed first.

    Raises:
        Garbled: the line is longer than ``MAX_LINE`` bytes (no more of it is waited for).
    """
    buffer = connection.buffer
    while (line_end := buffer.find(b"\n")) < 0:
        if len(buffer) > MAX_LINE:
            raise Garbled(f"a line of the answer is longer than {MAX_LINE} bytes")
        if connection.closed:
            return -1
        await connection.more()
    return line_end


async def _until_closed(connection: _Connection, limit: int) -> bytes | None:
    """A body that ends with the connection, or ``None`` if it is longer than ``limit`` bytes."""
    buffer = connection.buffer
    while not connection.closed:
        if len(buffer) > limit:
            return None
        await connection.more()  # returns once the server sent more or closed the connection
    if len(buffer) > limit:
        return None
    content = bytes(buffer)
    buffer.clear()
    return content


def _head_of(entries: tuple[tuple[bytes, bytes, bytes], ...]) -> HeaderLines:
    return HeaderLines(header_lines(entries))


__all__ = ["AsyncStdlibTransport", "HeaderLines", "RequestTarget"]
