"""Retries: which failed attempts of a call may be made again, and how long to wait before each.

The senders' loop (``_send.py``) asks this module only after an attempt failed; a call that succeeds at once never
reaches it. What is retried:

- a request that never left the client, whatever its method: the connection could not be opened (refused, reset
  while connecting, DNS, TLS handshake; ``httpx.ConnectError``) or not within the connect timeout
  (``httpx.ConnectTimeout``). A certificate the client rejects is not retried: it will not change in a second.
- a ``GET`` or ``HEAD`` that may have reached the server: the connection was lost while sending or before the whole
  answer came (``httpx.ReadError``, ``WriteError``, ``RemoteProtocolError``), or a proxy answered 502, 503 or 504.
  ``POST``, ``PUT``, ``PATCH`` and ``DELETE`` are never sent again once they may have reached the server.

Not retried: read and write timeouts (the server is slow, not gone: retrying would multiply the caller's timeout),
every other status, Syncthing's own 503 ``upgrade unsupported`` (permanent on builds without self-upgrade).

The transports keep "not sent" apart from "maybe sent": ``_stdlib.py`` and ``_aiohttp.py`` raise ``ConnectError`` /
``ConnectTimeout`` only for failures before a byte of the request was written, as httpcore does.

Delays: ``INITIAL_DELAY * 2**n`` capped at ``MAX_DELAY``, lengthened by a random 0-25 % (jitter, so clients that
lost the same server do not come back in step). A ``Retry-After`` header (seconds or an HTTP date) of at most
``MAX_RETRY_AFTER`` seconds replaces the computed delay. With the default two retries a call waits 3.0-3.75 s in
all, longer than the 2.4-2.5 s a restarting Syncthing (1.19.2 and 1.29.5) refuses connections.

The client's timeout bounds each attempt as a whole (see the transports); with retries a call can take up to
``max_retries + 1`` attempts plus the waits between them, as in openai-python.
"""

from __future__ import annotations

import email.utils
import logging
import random
import ssl
import time
from collections.abc import Callable

import httpx

from .errors import ConfigurationError

DEFAULT_MAX_RETRIES = 2
INITIAL_DELAY = 1.0
MAX_DELAY = 8.0
JITTER = 0.25
MAX_RETRY_AFTER = 60.0

IDEMPOTENT_METHODS = frozenset(("GET", "HEAD"))
RETRY_STATUSES = frozenset((502, 503, 504))
# Failures before the request was written: safe to retry whatever the method.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout)
# The connection was lost after the request may have been written (not a timeout): safe only for GET and HEAD.
MAYBE_SENT = (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)
# Syncthing's own 503 bodies that will not change on a retry.
_PERMANENT_503 = frozenset((b"upgrade unsupported",))

logger = logging.getLogger("syncthing_client")


def backoff(retries_done: int, draw: Callable[[], float] = random.random) -> float:
    """Seconds to wait before retry number ``retries_done + 1``: ``INITIAL_DELAY * 2**retries_done`` capped at
    ``MAX_DELAY``, times ``1 + JITTER * draw()`` (``draw`` gives a number in [0, 1))."""
    return min(INITIAL_DELAY * 2.0**retries_done, MAX_DELAY) * (1 + JITTER * draw())


def check_max_retries(max_retries: int) -> int:
    """``max_retries`` as given, or ``ConfigurationError`` when it is no whole number of 0 or more."""
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be a whole number, 0 or more, not {max_retries!r}")
    return max_retries


def _certificate_rejected(exc: BaseException) -> bool:
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, ssl.CertificateError):  # also aiohttp's ClientConnectorCertificateError
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False


def transport_retryable(exc: httpx.TransportError, method: str) -> bool:
    """Whether an attempt that failed with ``exc`` may be made again."""
    if isinstance(exc, NOT_SENT):
        return not _certificate_rejected(exc)
    return method in IDEMPOTENT_METHODS and isinstance(exc, MAYBE_SENT)


def status_retryable(response: httpx.Response) -> bool:
    """Whether a 502/503/504 answer may be asked again: for GET and HEAD, unless Syncthing said it is for good."""
    if response.request.method not in IDEMPOTENT_METHODS:
        return False
    return not (response.status_code == 503 and response.content.strip() in _PERMANENT_503)


def retry_after(response: httpx.Response, now: Callable[[], float] = time.time) -> float | None:
    """The ``Retry-After`` header in seconds if it is present, readable and between 0 and ``MAX_RETRY_AFTER``."""
    value = response.headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        seconds = when.timestamp() - now()
    if seconds != seconds or not 0 <= seconds <= MAX_RETRY_AFTER:  # NaN, in the past, or too far ahead
        return None
    return seconds


class Retries:
    """The retries of one call, made after its first failed attempt: how many are left."""

    __slots__ = ("_done", "_max")

    def __init__(self, max_retries: int) -> None:
        self._max = max_retries
        self._done = 0

    def delay(self, request: httpx.Request, why: str, server_asked: float | None = None) -> float | None:
        """Seconds to wait before the next attempt, or ``None`` to give up; logs the retry (never the key: only the
        method, the URL without user information, and ``why``)."""
        if self._done >= self._max:
            return None
        delay = backoff(self._done) if server_asked is None else server_asked
        url = request.url.copy_with(userinfo=b"") if request.url.userinfo else request.url
        self._done += 1
        logger.info(
            "retrying %s %s in %.2f s (retry %d of %d): %s", request.method, url, delay, self._done, self._max, why
        )
        return delay
