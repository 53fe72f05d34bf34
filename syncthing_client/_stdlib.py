"""``StdlibTransport``: the sync client's transport for plain-HTTP servers, HTTP/1.1 on the standard library's sockets.

Callers still get ``httpx.Request``, ``httpx.Response`` and httpx's exceptions; only the HTTP/1.1 exchange underneath
changes. It exists for speed: with a local Syncthing, httpcore and h11 spend about twice as long per call as the
exchange itself, and ``http.client`` spends most of its own time in the ``email`` package, parsing the answer's
headers (docs/benchmarks.md). So the exchange is written here, for what a client of Syncthing's REST
API meets: one request written at once (request line and headers as prepared once per set of headers, then the
body), an answer read through a buffer: its status line, header lines (folded ones joined), and a body of known
length, chunked, or up to the end of the connection. Limits as ``http.client``'s: 65,536 bytes a line, 100
headers. HTTPS keeps httpx's own transport, which checks certificates against a separate server name
(``tls_server_name``).

Connections are kept alive and reused, one request at a time each; threads that call at once get a connection
each. An idle connection the server has closed (Syncthing restarting) is noticed before it is reused (with
``poll()``, which unlike ``select()`` takes descriptors above 1023).

Each call is bounded as a whole, not only per socket read: the request's read timeout is also the deadline for the
whole exchange (connecting, sending, the status line, headers and body). Every read of the socket is given the
time left, so a server that trickles its answer a byte at a time cannot hold a call longer. The body is read up to
the transport's ``max_response_bytes`` and no further.

Failures before a byte of the request was written raise ``httpx.ConnectError`` / ``ConnectTimeout`` ("not sent");
any later one ``WriteError``, ``ReadError``, ``RemoteProtocolError`` or a timeout ("maybe sent"), which the senders
retry only for GET and HEAD (``_retry.py``). A kept-alive connection the server dropped just as a request went out
is tried once more on a new connection only for GET and HEAD, the methods a server may see twice.
"""

from __future__ import annotations

import io
import re
import select
import socket
import threading
from time import monotonic
from typing import Any

import httpx

from ._internals import header_entries
from ._send import DEFAULT_MAX_RESPONSE_BYTES, remember, response_with_body
from .errors import response_too_large

# Beyond this many, idle connections are closed instead of kept.
MAX_IDLE_CONNECTIONS = 8
# What http.client takes: longer lines, or more header lines, are no answer it reads.
MAX_LINE = 65_536
MAX_HEADERS = 100
RESENDABLE = frozenset(("GET", "HEAD"))
_END_OF_HEAD = (b"\r\n", b"\n", b"")
# What http.client refuses to write: a header name that is not a token-ish run, a value with a bare CR or LF (a
# folded value keeps CRLF followed by a space or tab), a request target with a space or control character.
_HEADER_NAME = re.compile(rb"[^:\s][^:\r\n]*")
_BAD_HEADER_VALUE = re.compile(rb"\n(?![ \t])|\r(?![ \t\n])|\0")
BAD_TARGET = re.compile(rb"[\x00-\x20\x7f]")


class Garbled(Exception):
    """The answer is no HTTP/1.1 the transport reads (a broken status line, a line too long, a short body)."""


class _DeadlineReader(io.RawIOBase):
    """What an answer is read from, through a buffer: the socket, each read given the time left before the call's
    deadline (at most the read timeout), and none once it has passed."""

    def __init__(self, connection: _Connection) -> None:
        super().__init__()
        self._connection = connection

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        connection = self._connection
        sock = connection.sock
        deadline = connection.deadline
        if deadline is not None:
            left = deadline - monotonic()
            if left <= 0:
                raise TimeoutError(f"no whole answer within {connection.total} s")
            read = connection.read_timeout
            sock.settimeout(left if read is None or left < read else read)
        return sock.recv_into(buffer)


class _Connection:
    """One kept-alive socket to the server, and the deadline of the call it serves."""

    __slots__ = ("deadline", "read_timeout", "sock", "total")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.deadline: float | None = None
        self.total: float | None = None
        self.read_timeout: float | None = None

    def close(self) -> None:
        self.sock.close()


class StdlibTransport(httpx.BaseTransport):
    """An ``httpx.BaseTransport`` for ``http://`` URLs over HTTP/1.1 connections of its own, kept alive.

    Args:
        max_response_bytes: the largest body read; a larger one raises ``ResponseTooLargeError``.
    """

    def __init__(self, *, max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES) -> None:
        self._idle: dict[tuple[str, int], list[_Connection]] = {}
        self._lock = threading.Lock()
        self.max_response_bytes = max_response_bytes
        # The header lines of each distinct set of request headers, checked and encoded once (immutable).
        self._heads: dict[tuple[tuple[bytes, bytes, bytes], ...], bytes] = {}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        if url.scheme != "http":
            raise httpx.UnsupportedProtocol(
                f"StdlibTransport serves http:// only, not {url.scheme}://", request=request
            )
        timeouts: dict[str, float | None] = request.extensions.get("timeout", {})
        total = timeouts.get("read")  # the answer timeout is the whole call's
        deadline = None if total is None else monotonic() + total
        address = (url.host, url.port or 80)
        self._check(request)  # before a connection is taken: nothing is sent of a request that cannot be
        connection = self._take_idle(address)
        if connection is not None:
            try:
                return self._exchange(connection, address, request, timeouts, deadline)
            except (httpx.RemoteProtocolError, httpx.WriteError):
                # The server dropped a kept-alive connection between our check and our request, or took the request
                # and went away: only a request that may reach the server twice goes again, on a new connection.
                if request.method not in RESENDABLE:
                    raise
        connection = self._connect(address, request, _within(timeouts.get("connect"), deadline))
        return self._exchange(connection, address, request, timeouts, deadline)

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, {}
        for connections in idle.values():
            for connection in connections:
                connection.close()

    def _check(self, request: httpx.Request) -> None:
        """``LocalProtocolError`` for a request http.client would not have written (the senders never make one)."""
        problem = None
        if BAD_TARGET.search(request.url.raw_path):
            problem = "the request target holds a space or control character"
        else:
            entries = tuple(header_entries(request.headers))
            if entries not in self._heads:
                problem = header_problem(entries)
                if problem is None:
                    remember(self._heads, entries, header_lines)
            del entries  # they hold the API key: the traceback of what is raised next shows this frame
        if problem is not None:
            raise httpx.LocalProtocolError(problem, request=request)

    def _message(self, request: httpx.Request) -> bytes:
        """The whole request as written: request line, header lines, blank line, body. Never kept in a local of
        a frame a failure's traceback shows: the header lines hold the API key."""
        head = remember(self._heads, tuple(header_entries(request.headers)), header_lines)
        return b"%s %s HTTP/1.1\r\n%s\r\n%s" % (
            request.method.encode("ascii"),
            request.url.raw_path,
            head,
            request.content,
        )

    def _take_idle(self, address: tuple[str, int]) -> _Connection | None:
        with self._lock:
            connections = self._idle.get(address)
            while connections:
                connection = connections.pop()
                if _still_open(connection):
                    return connection
                connection.close()
        return None

    def _give_back(self, address: tuple[str, int], connection: _Connection) -> None:
        with self._lock:
            connections = self._idle.setdefault(address, [])
            if len(connections) < MAX_IDLE_CONNECTIONS:
                connections.append(connection)
                return
        connection.close()

    @staticmethod
    def _connect(address: tuple[str, int], request: httpx.Request, timeout: float | None) -> _Connection:
        try:
            sock = socket.create_connection(address, timeout)
        except TimeoutError as exc:
            raise httpx.ConnectTimeout(str(exc) or "timed out connecting", request=request) from exc
        except OSError as exc:
            raise httpx.ConnectError(str(exc), request=request) from exc
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return _Connection(sock)

    def _exchange(
        self,
        connection: _Connection,
        address: tuple[str, int],
        request: httpx.Request,
        timeouts: dict[str, float | None],
        deadline: float | None,
    ) -> httpx.Response:
        sock = connection.sock
        connection.deadline, connection.total = deadline, timeouts.get("read")
        connection.read_timeout = timeouts.get("read")
        try:
            sock.settimeout(_within(timeouts.get("write"), deadline))
            sock.sendall(self._message(request))
        except TimeoutError as exc:
            connection.close()
            raise httpx.WriteTimeout(str(exc) or "timed out sending", request=request) from exc
        except OSError as exc:
            connection.close()
            raise httpx.WriteError(str(exc), request=request) from exc
        limit = self.max_response_bytes
        try:
            sock.settimeout(timeouts.get("read"))
            # A reader per answer, as http.client makes: bytes a server sent past the answer are dropped with it.
            reader = io.BufferedReader(_DeadlineReader(connection))
            version, status, reason, headers, chunked, length, will_close = _read_head(reader, request.method)
            if chunked:
                body = _read_chunked(reader, limit)
            elif length is None:
                body = _read_at_most(reader, limit)
            elif length <= limit:
                body = reader.read(length) if length else b""
                if len(body) < length:
                    raise Garbled(f"the answer ended after {len(body)} of {length} bytes")
            else:
                body = None
        except TimeoutError as exc:
            connection.close()
            raise httpx.ReadTimeout(str(exc) or "timed out reading", request=request) from exc
        except (Garbled, ConnectionError) as exc:
            connection.close()
            raise httpx.RemoteProtocolError(str(exc) or type(exc).__name__, request=request) from exc
        except OSError as exc:
            connection.close()
            raise httpx.ReadError(str(exc), request=request) from exc
        if body is None:
            connection.close()
            raise response_too_large(request, limit)
        if will_close:
            connection.close()
        else:
            self._give_back(address, connection)
        extensions: dict[str, Any] = {"http_version": version, "reason_phrase": reason}
        return response_with_body(status, headers, body, request, extensions, limit)


def _within(timeout: float | None, deadline: float | None) -> float | None:
    """``timeout``, or the time left before ``deadline`` if that is shorter (never negative)."""
    if deadline is None:
        return timeout
    left = max(deadline - monotonic(), 0.0)
    return left if timeout is None or left < timeout else timeout


def header_problem(entries: tuple[tuple[bytes, bytes, bytes], ...]) -> str | None:
    """What makes a header unfit to write, as http.client would have refused it (without repeating its value)."""
    for name, _, value in entries:
        if not _HEADER_NAME.fullmatch(name):
            return f"invalid header name {name!r}"
        if _BAD_HEADER_VALUE.search(value):
            return f"the value of {name.decode('latin-1')} holds a line break or NUL"
    return None


def header_lines(entries: tuple[tuple[bytes, bytes, bytes], ...]) -> bytes:
    """``Name: value`` lines for the request, each ending in CRLF."""
    return b"".join(b"%s: %s\r\n" % (name, value) for name, _, value in entries)


def _line(reader: io.BufferedReader[_DeadlineReader]) -> bytes:
    line = reader.readline(MAX_LINE + 1)
    if len(line) > MAX_LINE:
        raise Garbled(f"a line of the answer is longer than {MAX_LINE} bytes")
    return line


def _read_head(
    reader: io.BufferedReader[_DeadlineReader], method: str
) -> tuple[bytes, int, bytes, list[tuple[bytes, bytes]], bool, int | None, bool]:
    """The status line and headers of an answer (after any ``100 Continue``), as http.client reads them: version,
    status, reason, header pairs (raw), whether the body is chunked, its length if known (0 when the answer has
    none), and whether the connection closes after it."""
    while True:
        line = _line(reader)
        if not line:
            raise Garbled("the server closed the connection without answering")
        version, status, reason = status_line(line)
        headers: list[tuple[bytes, bytes]] = []
        while (line := _line(reader)) not in _END_OF_HEAD:
            add_header_line(headers, line)
        if status != 100:
            break
    return version, status, reason, headers, *framing(version, status, headers, method)


def status_line(line: bytes) -> tuple[bytes, int, bytes]:
    """The version, status and reason of a status line (its line end included or not)."""
    version, _, rest = line.rstrip(b"\r\n").partition(b" ")
    code, _, reason = rest.partition(b" ")
    if not version.startswith(b"HTTP/") or len(code) != 3 or not code.isdigit() or code[0] == ord("0"):
        raise Garbled(f"no HTTP status line: {line[:40]!r}")
    return version, int(code), reason


def add_header_line(headers: list[tuple[bytes, bytes]], line: bytes) -> None:
    """Add a header line (its line end included or not) to ``headers``: a pair, or the value before it continued
    by a folded line."""
    if line[0] in b" \t" and headers:  # a folded line continues the value before it
        name, value = headers[-1]
        headers[-1] = (name, value + b" " + line.strip())
        return
    name, colon, value = line.partition(b":")
    if not colon:
        raise Garbled(f"no header line: {line[:40]!r}")
    headers.append((name, value.strip()))
    if len(headers) > MAX_HEADERS:
        raise Garbled(f"more than {MAX_HEADERS} headers")


def framing(
    version: bytes, status: int, headers: list[tuple[bytes, bytes]], method: str
) -> tuple[bool, int | None, bool]:
    """Where the body of an answer ends: whether it is chunked, its length if known (0 when the answer has none),
    and whether the connection closes after it (then a body of no stated length ends with the connection)."""
    chunked, length, connection, keep_alive = False, None, b"", False
    for name, value in headers:
        lower = name.lower()
        if lower == b"transfer-encoding":
            chunked = value.lower() == b"chunked"
        elif lower == b"content-length" and length is None:
            length = int(value) if value.isdigit() else None
        elif lower == b"connection":
            connection = value.lower()
        elif lower == b"keep-alive":
            keep_alive = True
    # HTTP/1.1 keeps the connection unless told to close it; HTTP/1.0 closes it unless told to keep it.
    will_close = b"close" in connection if version == b"HTTP/1.1" else not (keep_alive or b"keep-alive" in connection)
    if status in (204, 304) or 100 <= status < 200 or method == "HEAD":
        chunked, length = False, 0
    elif chunked:
        length = None
    elif length is None:
        will_close = True  # the body ends where the connection does
    return chunked, length, will_close


def _read_chunked(reader: io.BufferedReader[_DeadlineReader], limit: int) -> bytes | None:
    """A chunked body, or ``None`` as soon as it proves longer than ``limit`` bytes."""
    parts = []
    size = 0
    while True:
        chunk = chunk_size(_line(reader))
        if chunk == 0:
            break
        size += chunk
        if size > limit:
            return None
        part = reader.read(chunk)
        if len(part) < chunk or _line(reader) not in (b"\r\n", b"\n"):
            raise Garbled("the answer ended inside a chunk")
        parts.append(part)
    while _line(reader) not in _END_OF_HEAD:  # trailer lines: read past, not kept
        pass
    return b"".join(parts)


def chunk_size(line: bytes) -> int:
    """The size a chunk-size line (its extensions and line end included or not) gives."""
    size_line = line.split(b";", 1)[0].strip()
    try:
        size = int(size_line, 16)
    except ValueError:
        raise Garbled(f"no chunk size: {size_line[:20]!r}") from None
    if size < 0:
        raise Garbled("a negative chunk size")
    return size


def _read_at_most(reader: io.BufferedReader[_DeadlineReader], limit: int) -> bytes | None:
    """A body that ends with the connection, or ``None`` if it is longer than ``limit`` bytes. One read of
    ``limit + 1`` bytes: the reader stops at the end of the connection."""
    body = reader.read(limit + 1)
    return None if len(body) > limit else body


def _still_open(connection: _Connection) -> bool:
    """Whether an idle connection can take a request: a readable idle socket means the server closed it."""
    sock = connection.sock
    if sock is None:
        return False
    return not _readable(sock)


def _readable(sock: socket.socket) -> bool:
    """Whether ``sock`` has something to read (or was closed by its peer), without waiting."""
    if _poll is None:  # Windows, where select() has no limit on descriptor numbers
        readable, _, _ = select.select([sock], [], [], 0)
        return bool(readable)
    poller = _poll()
    poller.register(sock, select.POLLIN)
    return bool(poller.poll(0))


_poll = getattr(select, "poll", None)
