"""The raw baselines the targets are ratios to: what a caller gets with no client library at all.

- ``RawHttpConnection``: the standard library's ``http.client.HTTPConnection``, kept alive, plus ``json.loads``
  (the sync baseline);
- ``RawAiohttp``: one ``aiohttp.ClientSession``, kept alive, plus ``json.loads`` (the async baseline).

Both survive a loaded machine: when the server has closed a kept-alive connection (``RemoteDisconnected``,
``ConnectionResetError``, ``BrokenPipeError``; aiohttp's ``ServerDisconnectedError`` or a reset), they reconnect and
make that call again, and count it in ``reconnects`` so the run can say how often that happened. A failure that
persists after ``ATTEMPTS`` tries is raised.
"""

from __future__ import annotations

import errno
import http.client
import json
from collections.abc import Mapping
from typing import Any

import aiohttp

ATTEMPTS = 3
# What a kept-alive connection closed by the server looks like to http.client (RemoteDisconnected is a
# ConnectionResetError) and to aiohttp (ClientOSError carries the errno of the failed read or write).
_CLOSED_BY_SERVER = (ConnectionResetError, BrokenPipeError, ConnectionAbortedError)
_CLOSED_ERRNOS = frozenset({errno.ECONNRESET, errno.EPIPE, errno.ECONNABORTED})


class RawHttpConnection:
    """``GET`` + ``json.loads`` over one kept-alive ``http.client.HTTPConnection`` to 127.0.0.1."""

    def __init__(self, port: int, headers: Mapping[str, str], timeout: float = 60.0) -> None:
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        self.headers = dict(headers)
        self.reconnects = 0

    def get_json(self, path: str) -> Any:
        for _ in range(ATTEMPTS - 1):
            try:
                return self._get_json(path)
            except _CLOSED_BY_SERVER:
                self.connection.close()  # the next request opens a new connection
                self.reconnects += 1
        return self._get_json(path)

    def _get_json(self, path: str) -> Any:
        self.connection.request("GET", path, headers=self.headers)
        return json.loads(self.connection.getresponse().read())

    def close(self) -> None:
        self.connection.close()


def _closed_by_server(error: aiohttp.ClientError) -> bool:
    if isinstance(error, aiohttp.ServerDisconnectedError):
        return True
    return (
        isinstance(error, aiohttp.ClientOSError)
        and not isinstance(error, aiohttp.ClientConnectorError)  # could not connect at all: not a closed connection
        and error.errno in _CLOSED_ERRNOS
    )


class RawAiohttp:
    """``GET`` + ``json.loads`` over one ``aiohttp.ClientSession`` (kept alive). Create it inside the event loop
    it will run on; ``await close()`` when done."""

    def __init__(self, base_url: str, headers: Mapping[str, str], timeout: float = 60.0) -> None:
        self.session = aiohttp.ClientSession(
            base_url=base_url, headers=dict(headers), timeout=aiohttp.ClientTimeout(total=timeout)
        )
        self.reconnects = 0

    async def get_json(self, path: str) -> Any:
        for _ in range(ATTEMPTS - 1):
            try:
                return await self._get_json(path)
            except aiohttp.ClientError as error:
                if not _closed_by_server(error):
                    raise
                self.reconnects += 1  # aiohttp drops the closed connection and opens a new one
        return await self._get_json(path)

    async def _get_json(self, path: str) -> Any:
        async with self.session.get(path) as response:
            return json.loads(await response.read())

    async def close(self) -> None:
        await self.session.close()
