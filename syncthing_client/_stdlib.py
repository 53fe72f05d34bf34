"""``StdlibTransport``: the sync client's transport for plain-HTTP servers, on the standard library's ``http.client``.

Callers still get ``httpx.Request``, ``httpx.Response`` and httpx's exceptions; only the HTTP/1.1 exchange underneath
changes. It exists for speed: with a local Syncthing, httpcore and h11 spend about twice as long per call as the
exchange itself (see the README's speed section). HTTPS keeps httpx's own transport, which checks certificates
against a separate server name (``tls_server_name``).

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

import http.client
import io
import select
import socket
import threading
from time import monotonic
from typing import Any

import httpx

from ._internals import count_reader
from ._send import DEFAULT_MAX_RESPONSE_BYTES, response_with_body
from .errors import response_too_large

# Beyond this many, idle connections are closed instead of kept.
MAX_IDLE_CONNECTIONS = 8
# A body of unknown length (chunked) is read this much at a time, so that the size limit holds while reading.
_HTTP_VERSION = {"http_version": b"HTTP/1.1"}
# Raised by http.client when the server closes or garbles the connection: the exchange failed after it started.
_BROKEN = (http.client.HTTPException, ConnectionError)
_RESENDABLE = frozenset(("GET", "HEAD"))


class _DeadlineReader(socket.SocketIO):
    """What ``http.client`` reads an answer from: the socket, each read given the time left before the call's
    deadline (at most the read timeout), and none once it has passed."""

    def __init__(self, sock: socket.socket, connection: "_Connection") -> None:
        super().__init__(sock, "rb")
        self._socket = sock
        self._connection = connection

    def readinto(self, buffer: Any) -> int | None:
        connection = self._connection
        deadline = connection.deadline
        if deadline is not None:
            left = deadline - monotonic()
            if left <= 0:
                raise TimeoutError(f"no whole answer within {connection.total} s")
            read = connection.read_timeout
            self._socket.settimeout(left if read is None or left < read else read)
        return super().readinto(buffer)


class _Connection(http.client.HTTPConnection):
    """An ``HTTPConnection`` whose answers are read through a ``_DeadlineReader``."""

    deadline: float | None = None
    total: float | None = None
    read_timeout: float | None = None

    def response_class(self, sock: socket.socket, method: str | None = None) -> http.client.HTTPResponse:  # type: ignore[override]
        return http.client.HTTPResponse(_ReaderSocket(sock, self), method=method)  # type: ignore[arg-type]


class _ReaderSocket:
    """Hands ``HTTPResponse`` a ``_DeadlineReader`` where it asks the socket for ``makefile("rb")``."""

    __slots__ = ("_connection", "_sock")

    def __init__(self, sock: socket.socket, connection: _Connection) -> None:
        self._sock = sock
        self._connection = connection

    def makefile(self, mode: str) -> Any:
        sock = self._sock
        # What socket.makefile does: the socket stays open until this reader closes, also once the connection
        # has let go of it (an answer with "Connection: close").
        count_reader(sock)
        return io.BufferedReader(_DeadlineReader(sock, self._connection))


class StdlibTransport(httpx.BaseTransport):
    """An ``httpx.BaseTransport`` for ``http://`` URLs over ``http.client`` connections, kept alive.

    Args:
        max_response_bytes: the largest body read; a larger one raises ``ResponseTooLargeError``.
    """

    def __init__(self, *, max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES) -> None:
        self._idle: dict[tuple[str, int], list[_Connection]] = {}
        self._lock = threading.Lock()
        self.max_response_bytes = max_response_bytes

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
        connection = self._take_idle(address)
        if connection is not None:
            try:
                return self._exchange(connection, address, request, timeouts, deadline)
            except (httpx.RemoteProtocolError, httpx.WriteError):
                # The server dropped a kept-alive connection between our check and our request, or took the request
                # and went away: only a request that may reach the server twice goes again, on a new connection.
                if request.method not in _RESENDABLE:
                    raise
        connection = self._connect(address, request, _within(timeouts.get("connect"), deadline))
        return self._exchange(connection, address, request, timeouts, deadline)

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, {}
        for connections in idle.values():
            for connection in connections:
                connection.close()

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
        connection = _Connection(*address, timeout=timeout)
        try:
            connection.connect()
        except TimeoutError as exc:
            raise httpx.ConnectTimeout(str(exc) or "timed out connecting", request=request) from exc
        except OSError as exc:
            raise httpx.ConnectError(str(exc), request=request) from exc
        assert connection.sock is not None
        connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return connection

    def _exchange(
        self,
        connection: _Connection,
        address: tuple[str, int],
        request: httpx.Request,
        timeouts: dict[str, float | None],
        deadline: float | None,
    ) -> httpx.Response:
        sock = connection.sock
        assert sock is not None
        connection.deadline, connection.total = deadline, timeouts.get("read")
        connection.read_timeout = timeouts.get("read")
        try:
            sock.settimeout(_within(timeouts.get("write"), deadline))
            _send(connection, request)
        except TimeoutError as exc:
            connection.close()
            raise httpx.WriteTimeout(str(exc) or "timed out sending", request=request) from exc
        except OSError as exc:
            connection.close()
            raise httpx.WriteError(str(exc), request=request) from exc
        limit = self.max_response_bytes
        try:
            sock.settimeout(timeouts.get("read"))
            answer = connection.getresponse()
            length = answer.length
            if length is None:
                body = _read_at_most(answer, limit)
            elif length <= limit:
                body = answer.read()
            else:
                body = None
        except TimeoutError as exc:
            connection.close()
            raise httpx.ReadTimeout(str(exc) or "timed out reading", request=request) from exc
        except _BROKEN as exc:
            connection.close()
            raise httpx.RemoteProtocolError(str(exc) or type(exc).__name__, request=request) from exc
        except OSError as exc:
            connection.close()
            raise httpx.ReadError(str(exc), request=request) from exc
        if body is None:
            connection.close()
            raise response_too_large(request, limit)
        if answer.will_close:
            connection.close()
        else:
            self._give_back(address, connection)
        extensions: dict[str, Any] = {**_HTTP_VERSION, "reason_phrase": answer.reason.encode("latin-1", "replace")}
        # raw_items(): the header text as http.client read it (Latin-1); getheaders() passes each value through the
        # email package's policy first, which changes nothing an HTTP header can hold.
        headers = list(answer.msg.raw_items())
        return response_with_body(answer.status, headers, body, request, extensions, limit)


def _within(timeout: float | None, deadline: float | None) -> float | None:
    """``timeout``, or the time left before ``deadline`` if that is shorter (never negative)."""
    if deadline is None:
        return timeout
    left = max(deadline - monotonic(), 0.0)
    return left if timeout is None or left < timeout else timeout


def _read_at_most(answer: http.client.HTTPResponse, limit: int) -> bytes | None:
    """The body of an answer of unknown length (chunked, or up to the end of the connection), or ``None`` if it is
    longer than ``limit`` bytes. One read of ``limit + 1`` bytes: ``http.client`` stops there, and a body within the
    limit is not copied again to be joined."""
    body = answer.read(limit + 1)
    return None if len(body) > limit else body


def _send(connection: _Connection, request: httpx.Request) -> None:
    url = request.url
    connection.putrequest(request.method, url.raw_path.decode("ascii"), skip_host=True, skip_accept_encoding=True)
    for name, value in request.headers.raw:
        connection.putheader(name, value)
    name = value = b""  # the last value may be the API key: should sending fail, this frame's locals show none
    body = request.content
    connection.endheaders(body or None)


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
