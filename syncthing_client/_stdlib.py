"""``StdlibTransport``: the sync client's transport for plain-HTTP servers, on the standard library's ``http.client``.

Callers still get ``httpx.Request``, ``httpx.Response`` and httpx's exceptions; only the HTTP/1.1 exchange underneath
changes. It exists for speed: with a local Syncthing, httpcore and h11 spend about twice as long per call as the
exchange itself (see the README's speed section). HTTPS keeps httpx's own transport, which checks certificates
against a separate server name (``tls_server_name``).

Connections are kept alive and reused, one request at a time each; threads that call at once get a connection
each. An idle connection the server has closed (Syncthing restarting) is noticed before it is reused.

Failures before a byte of the request was written raise ``httpx.ConnectError`` / ``ConnectTimeout`` ("not sent");
any later one ``WriteError``, ``ReadError``, ``RemoteProtocolError`` or a timeout ("maybe sent"), which the senders
retry only for GET and HEAD (``_retry.py``). A kept-alive connection the server dropped just as a request went out
is tried once more on a new connection only for GET and HEAD, the methods a server may see twice.
"""

import http.client
import select
import socket
import threading
from typing import Any

import httpx

from ._send import response_with_body

# Beyond this many, idle connections are closed instead of kept.
MAX_IDLE_CONNECTIONS = 8
_HTTP_VERSION = {"http_version": b"HTTP/1.1"}

_Connection = http.client.HTTPConnection
# Raised by http.client when the server closes or garbles the connection: the exchange failed after it started.
_BROKEN = (http.client.HTTPException, ConnectionError)
_RESENDABLE = frozenset(("GET", "HEAD"))


class StdlibTransport(httpx.BaseTransport):
    """An ``httpx.BaseTransport`` for ``http://`` URLs over ``http.client`` connections, kept alive."""

    def __init__(self) -> None:
        self._idle: dict[tuple[str, int], list[_Connection]] = {}
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        if url.scheme != "http":
            raise httpx.UnsupportedProtocol(
                f"StdlibTransport serves http:// only, not {url.scheme}://", request=request
            )
        timeouts: dict[str, float | None] = request.extensions.get("timeout", {})
        address = (url.host, url.port or 80)
        connection = self._take_idle(address)
        if connection is not None:
            try:
                return self._exchange(connection, address, request, timeouts)
            except (httpx.RemoteProtocolError, httpx.WriteError):
                # The server dropped a kept-alive connection between our check and our request, or took the request
                # and went away: only a request that may reach the server twice goes again, on a new connection.
                if request.method not in _RESENDABLE:
                    raise
        connection = self._connect(address, request, timeouts.get("connect"))
        return self._exchange(connection, address, request, timeouts)

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
    ) -> httpx.Response:
        sock = connection.sock
        assert sock is not None
        try:
            sock.settimeout(timeouts.get("write"))
            _send(connection, request)
        except TimeoutError as exc:
            connection.close()
            raise httpx.WriteTimeout(str(exc) or "timed out sending", request=request) from exc
        except OSError as exc:
            connection.close()
            raise httpx.WriteError(str(exc), request=request) from exc
        try:
            sock.settimeout(timeouts.get("read"))
            answer = connection.getresponse()
            body = answer.read()
        except TimeoutError as exc:
            connection.close()
            raise httpx.ReadTimeout(str(exc) or "timed out reading", request=request) from exc
        except _BROKEN as exc:
            connection.close()
            raise httpx.RemoteProtocolError(str(exc) or type(exc).__name__, request=request) from exc
        except OSError as exc:
            connection.close()
            raise httpx.ReadError(str(exc), request=request) from exc
        if answer.will_close:
            connection.close()
        else:
            self._give_back(address, connection)
        extensions: dict[str, Any] = {**_HTTP_VERSION, "reason_phrase": answer.reason.encode("latin-1", "replace")}
        return response_with_body(answer.status, answer.getheaders(), body, request, extensions)


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
    readable, _, _ = select.select([sock], [], [], 0)
    return not readable
