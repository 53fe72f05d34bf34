"""Every private attribute of httpx, httpcore and aiohttp this package relies on, and nowhere else.

Each is used where a public API costs more than the exchange with a local Syncthing, or cannot do the job:

- ``httpx.Headers._list`` (raw name, lower-case name, value): a response's headers made from a transport's raw
  pairs, and a look-up that does not first work out every header's text encoding;
- ``httpx.Response._content`` and ``is_stream_consumed``: a response whose whole body is already in memory, without
  passing it through httpx's streaming decoders again; ``Response._get_content_decoder()``: decoding a compressed
  body a step at a time, so that a small bomb is cut off at the size limit;
- ``httpx.Request._content``: a request whose body is already encoded;
- ``httpx.URL._uri_reference``: the parsed form of a URL, as a key of the async transports' caches;
- httpcore's ``ConnectionPool._network_backend``, through ``httpx.HTTPTransport._pool``: the only way to give every
  socket operation of httpx's sync transport the time left before a call's deadline;
- aiohttp's ``ClientSession._retry_connection``: aiohttp sends a PUT or DELETE again by itself when a kept-alive
  connection turns out closed; the client never sends a write twice.

``tests/test_internals.py`` checks each against the public behaviour it stands for, and fails, naming this module,
when a release of those packages changes it; ``make test`` runs it beside the lowest and the newest httpx allowed.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    import aiohttp
    import httpcore

HeaderEntries = list[tuple[bytes, bytes, bytes]]


def header_entries(headers: httpx.Headers) -> HeaderEntries:
    """``headers`` as httpx keeps them: (raw name, lower-case name, value) for each header, in order."""
    entries: HeaderEntries = headers._list
    return entries


def set_header_entries(headers: httpx.Headers, entries: HeaderEntries) -> None:
    """Make ``headers`` hold ``entries`` (as ``header_entries`` gives them) in place of what it held."""
    headers._list = entries


def hold_body(response: httpx.Response, body: bytes) -> None:
    """Make ``response`` hold ``body``, read and closed, as ``response.read()`` would leave it."""
    response._content = body
    response.is_stream_consumed = response.is_closed = True


def content_decoder(response: httpx.Response) -> httpx._decoders.ContentDecoder:
    """httpx's decoder for ``response``'s ``Content-Encoding`` (``decode(part)`` then ``flush()``)."""
    return response._get_content_decoder()


def hold_request_body(request: httpx.Request, body: bytes) -> None:
    """Make ``request`` hold ``body`` (already encoded), as ``request.read()`` would leave it."""
    request._content = body


def url_key(url: httpx.URL) -> Hashable:
    """A hashable key equal for equal URLs: httpx's parsed form, which ``str(url)`` would assemble anew each time."""
    key: Hashable = url._uri_reference
    return key


def wrap_network_backend(
    transport: httpx.HTTPTransport, wrap: Callable[[httpcore.NetworkBackend], httpcore.NetworkBackend]
) -> None:
    """Put ``wrap(backend)`` in place of the network backend of ``transport``'s connection pool, through which every
    connection the pool makes connects, reads and writes."""
    pool = transport._pool
    pool._network_backend = wrap(pool._network_backend)


def never_resend(session: aiohttp.ClientSession) -> None:
    """Stop ``session`` from sending a request again by itself when a kept-alive connection turns out closed."""
    session._retry_connection = False
