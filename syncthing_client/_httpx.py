"""httpx's own transports, bounded like the others: a deadline for the whole call and a cap on the body's size.

httpx's timeouts apply to each socket operation: a server that trickles its answer a byte at a time keeps every read
short and the call alive for as long as it likes. Here the request's read timeout is also the deadline for the whole
call (connecting, sending, status line, headers and body), and the body is read up to ``max_response_bytes``.

- ``BoundedAsyncHTTPTransport`` runs the exchange, body included, under ``asyncio.timeout``.
- ``BoundedHTTPTransport`` (sync: nothing can interrupt a blocking read from outside) wraps httpcore's network
  backend so that every connect, read and write is given at most the time left before the call's deadline, and
  none once it has passed. Waiting for a free connection of the pool is bounded by the pool timeout, not the deadline.

Both answer with the whole body read and the connection released, as the other transports of this package do.
"""

from __future__ import annotations

import asyncio
import contextvars
import ssl
import typing
from collections.abc import AsyncIterable, Iterable
from time import monotonic

import httpcore
import httpx

from ._internals import wrap_network_backend
from ._send import DEFAULT_MAX_RESPONSE_BYTES, response_with_body
from .errors import response_too_large

# When the call running in this thread (or task) must be over; None: no deadline.
_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("syncthing_client_deadline", default=None)


def _within(timeout: float | None, expired: type[Exception]) -> float | None:
    """``timeout``, or the time left before this call's deadline if that is shorter; raises ``expired`` (an httpcore
    timeout, which httpx maps to its own) once the deadline has passed."""
    deadline = _deadline.get()
    if deadline is None:
        return timeout
    left = deadline - monotonic()
    if left <= 0:
        raise expired("no whole answer within the timeout")
    return left if timeout is None or left < timeout else timeout


class _DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every operation is bounded by the call's deadline."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _within(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _within(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(
            self._stream.start_tls(ssl_context, server_hostname, _within(timeout, httpcore.ConnectTimeout))
        )

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's network backend, its streams wrapped in ``_DeadlineStream``."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_tcp(
            host, port, _within(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_unix_socket(path, _within(timeout, httpcore.ConnectTimeout), socket_options)
        return _DeadlineStream(stream)

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def _too_long(response: httpx.Response, limit: int) -> bool:
    """Whether the answer says it is longer than ``limit`` before a byte of its body is read."""
    length = response.headers.get("content-length")
    return length is not None and length.isdigit() and int(length) > limit


def _deadline_message(request: httpx.Request) -> str:
    return f"no whole answer within {request.extensions.get('timeout', {}).get('read')} s"


class BoundedHTTPTransport(httpx.HTTPTransport):
    """``httpx.HTTPTransport`` with a deadline for the whole call and a cap on the body's size."""

    def __init__(
        self, *, verify: bool | ssl.SSLContext = True, max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    ) -> None:
        super().__init__(verify=verify)
        self.max_response_bytes = max_response_bytes
        # httpcore gives the pool's backend to each connection it makes: every socket operation goes through it.
        wrap_network_backend(self, _DeadlineBackend)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        total = request.extensions.get("timeout", {}).get("read")
        token = _deadline.set(None if total is None else monotonic() + total)
        try:
            response = super().handle_request(request)
            try:
                body = _read_at_most(response, self.max_response_bytes)
            finally:
                response.close()  # a body left unread closes the connection rather than returning it to the pool
        finally:
            _deadline.reset(token)
        if body is None:
            raise response_too_large(request, self.max_response_bytes)
        return _whole(response, body, request, self.max_response_bytes)


class BoundedAsyncHTTPTransport(httpx.AsyncHTTPTransport):
    """``httpx.AsyncHTTPTransport`` with a deadline for the whole call and a cap on the body's size."""

    def __init__(
        self, *, verify: bool | ssl.SSLContext = True, max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    ) -> None:
        super().__init__(verify=verify)
        self.max_response_bytes = max_response_bytes

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        total = request.extensions.get("timeout", {}).get("read")
        try:
            async with asyncio.timeout(total):
                response = await super().handle_async_request(request)
                try:
                    body = await _aread_at_most(response, self.max_response_bytes)
                finally:
                    await response.aclose()
        except TimeoutError as exc:  # the deadline (httpx's own timeouts are no TimeoutError)
            raise httpx.ReadTimeout(_deadline_message(request), request=request) from exc
        if body is None:
            raise response_too_large(request, self.max_response_bytes)
        return _whole(response, body, request, self.max_response_bytes)


def _whole(response: httpx.Response, body: bytes, request: httpx.Request, limit: int) -> httpx.Response:
    return response_with_body(response.status_code, response.headers.raw, body, request, response.extensions, limit)


def _read_at_most(response: httpx.Response, limit: int) -> bytes | None:
    """The raw body of ``response``, or ``None`` as soon as it proves longer than ``limit`` bytes."""
    if _too_long(response, limit):
        return None
    parts = []
    size = 0
    for chunk in typing.cast(Iterable[bytes], response.stream):
        size += len(chunk)
        if size > limit:
            return None
        parts.append(chunk)
    return b"".join(parts)


async def _aread_at_most(response: httpx.Response, limit: int) -> bytes | None:
    """``_read_at_most`` for an async response."""
    if _too_long(response, limit):
        return None
    parts = []
    size = 0
    async for chunk in typing.cast(AsyncIterable[bytes], response.stream):
        size += len(chunk)
        if size > limit:
            return None
        parts.append(chunk)
    return b"".join(parts)
