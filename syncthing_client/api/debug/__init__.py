"""The ``debug`` namespace: Syncthing's operations under ``/rest/debug/``, sync and async."""

from __future__ import annotations

import sys
from io import BytesIO
from typing import TYPE_CHECKING, Any, cast

from ..._send import AsyncSender, SyncSender, decode
from ...types import UNSET, File, FileTypes, Unset
from .. import OPERATIONS, PARSE_CONTEXT

if TYPE_CHECKING:
    from ...models.debug_file import DebugFile
    from ...models.peer_completion import PeerCompletion
    from .. import debug as _endpoints
    from . import (
        debug_cpu_profile,
        debug_file,
        debug_heap_profile,
        debug_http_metrics,
        debug_peer_completion,
        debug_support_bundle,
    )
else:
    from ..._lazy import lazy_attributes

    _endpoints = sys.modules[__name__]
    __getattr__, __dir__ = lazy_attributes(
        __name__,
        {},
        (
            "debug_cpu_profile",
            "debug_file",
            "debug_heap_profile",
            "debug_http_metrics",
            "debug_peer_completion",
            "debug_support_bundle",
        ),
    )


class DebugApi:
    """Sync access to the operations under ``/rest/debug/``."""

    __slots__ = ("_sender",)

    def __init__(self, sender: SyncSender) -> None:
        self._sender = sender

    def cpu_profile(
        self,
        *,
        duration: str | Unset = "30s",
    ) -> File:
        """Record a CPU profile

        ``GET /rest/debug/cpuprof`` (Syncthing 1.2.0+)

        Profiles the CPU for `duration` and answers with the Go pprof file (gzip-compressed protobuf) as an
        attachment.

        Args:
            duration (str | Unset): How long to profile, as a Go duration (`500ms`, `10s`); 30 s when
                unset or unreadable. Default: '30s'.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["debug_cpu_profile"],
            _endpoints.debug_cpu_profile._get_kwargs(
                duration=duration,
            ),
        )
        return cast("File", decode(_endpoints.debug_cpu_profile._parse_response, PARSE_CONTEXT, response))

    def file(
        self,
        folder: str,
        *,
        file: str,
    ) -> DebugFile:
        """Get a file's index entries and global version list

        ``GET /rest/debug/file`` (Syncthing 1.13.0+)

        Like `GET /rest/db/file`, plus the raw global version list. A file in no index comes back as empty
        entries (1.19.2); 1.29.5 drops the connection instead. Both releases keep a database snapshot open
        afterwards, so the next stop or restart of the server takes about 10 s longer.

        Args:
            folder (str): The folder ID.
            file (str): The file's path relative to the folder root.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["debug_file"],
            _endpoints.debug_file._get_kwargs(
                folder=folder,
                file=file,
            ),
        )
        return cast("DebugFile", decode(_endpoints.debug_file._parse_response, PARSE_CONTEXT, response))

    def heap_profile(
        self,
    ) -> File:
        """Take a heap profile

        ``GET /rest/debug/heapprof`` (Syncthing 1.2.0+)

        Runs the garbage collector and answers with the Go pprof heap profile (gzip-compressed protobuf) as
        an attachment.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["debug_heap_profile"],
            _endpoints.debug_heap_profile._get_kwargs(),
        )
        return cast("File", decode(_endpoints.debug_heap_profile._parse_response, PARSE_CONTEXT, response))

    def http_metrics(
        self,
    ) -> str:
        """Get timings of the REST handlers

        ``GET /rest/debug/httpmetrics`` (Syncthing 1.2.0+, removed in 2.0.0)

        Served by Syncthing before 2.0.0 only: 2.0.0 removed it.
        For each REST path served so far: call count, total milliseconds, rates per second over 1, 5 and 15
        minutes, and the 50th, 95th and 99th percentile in milliseconds. The body is JSON but is served as
        text/plain, so it is declared as text.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["debug_http_metrics"],
            _endpoints.debug_http_metrics._get_kwargs(),
        )
        return cast("str", decode(_endpoints.debug_http_metrics._parse_response, PARSE_CONTEXT, response))

    def peer_completion(
        self,
    ) -> PeerCompletion:
        """Get each device's completion over all shared folders

        ``GET /rest/debug/peerCompletion`` (Syncthing 1.2.0+, removed in 2.0.0)

        Served by Syncthing before 2.0.0 only: 2.0.0 removed it. For each device a folder is shared with,
        the average completion in whole percent over those folders; 0 while it is not connected.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["debug_peer_completion"],
            _endpoints.debug_peer_completion._get_kwargs(),
        )
        return cast("PeerCompletion", decode(_endpoints.debug_peer_completion._parse_response, PARSE_CONTEXT, response))

    def support_bundle(
        self,
    ) -> File:
        """Download a support bundle

        ``GET /rest/debug/support`` (Syncthing 1.2.0+)

        A zip archive with the redacted configuration, the in-memory log, errors, usage report, connection
        and folder state, and CPU and heap profiles (it takes a few seconds).

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["debug_support_bundle"],
            _endpoints.debug_support_bundle._get_kwargs(),
        )
        return cast("File", decode(_endpoints.debug_support_bundle._parse_response, PARSE_CONTEXT, response))


class AsyncDebugApi:
    """Async access to the operations under ``/rest/debug/``."""

    __slots__ = ("_sender",)

    def __init__(self, sender: AsyncSender) -> None:
        self._sender = sender

    async def cpu_profile(
        self,
        *,
        duration: str | Unset = "30s",
    ) -> File:
        """Record a CPU profile

        ``GET /rest/debug/cpuprof`` (Syncthing 1.2.0+)

        Profiles the CPU for `duration` and answers with the Go pprof file (gzip-compressed protobuf) as an
        attachment.

        Args:
            duration (str | Unset): How long to profile, as a Go duration (`500ms`, `10s`); 30 s when
                unset or unreadable. Default: '30s'.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "File",
            await self._sender.call(
                OPERATIONS["debug_cpu_profile"],
                _endpoints.debug_cpu_profile._get_kwargs(
                    duration=duration,
                ),
                _endpoints.debug_cpu_profile._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def file(
        self,
        folder: str,
        *,
        file: str,
    ) -> DebugFile:
        """Get a file's index entries and global version list

        ``GET /rest/debug/file`` (Syncthing 1.13.0+)

        Like `GET /rest/db/file`, plus the raw global version list. A file in no index comes back as empty
        entries (1.19.2); 1.29.5 drops the connection instead. Both releases keep a database snapshot open
        afterwards, so the next stop or restart of the server takes about 10 s longer.

        Args:
            folder (str): The folder ID.
            file (str): The file's path relative to the folder root.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "DebugFile",
            await self._sender.call(
                OPERATIONS["debug_file"],
                _endpoints.debug_file._get_kwargs(
                    folder=folder,
                    file=file,
                ),
                _endpoints.debug_file._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def heap_profile(
        self,
    ) -> File:
        """Take a heap profile

        ``GET /rest/debug/heapprof`` (Syncthing 1.2.0+)

        Runs the garbage collector and answers with the Go pprof heap profile (gzip-compressed protobuf) as
        an attachment.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "File",
            await self._sender.call(
                OPERATIONS["debug_heap_profile"],
                _endpoints.debug_heap_profile._get_kwargs(),
                _endpoints.debug_heap_profile._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def http_metrics(
        self,
    ) -> str:
        """Get timings of the REST handlers

        ``GET /rest/debug/httpmetrics`` (Syncthing 1.2.0+, removed in 2.0.0)

        Served by Syncthing before 2.0.0 only: 2.0.0 removed it.
        For each REST path served so far: call count, total milliseconds, rates per second over 1, 5 and 15
        minutes, and the 50th, 95th and 99th percentile in milliseconds. The body is JSON but is served as
        text/plain, so it is declared as text.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "str",
            await self._sender.call(
                OPERATIONS["debug_http_metrics"],
                _endpoints.debug_http_metrics._get_kwargs(),
                _endpoints.debug_http_metrics._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def peer_completion(
        self,
    ) -> PeerCompletion:
        """Get each device's completion over all shared folders

        ``GET /rest/debug/peerCompletion`` (Syncthing 1.2.0+, removed in 2.0.0)

        Served by Syncthing before 2.0.0 only: 2.0.0 removed it. For each device a folder is shared with,
        the average completion in whole percent over those folders; 0 while it is not connected.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "PeerCompletion",
            await self._sender.call(
                OPERATIONS["debug_peer_completion"],
                _endpoints.debug_peer_completion._get_kwargs(),
                _endpoints.debug_peer_completion._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def support_bundle(
        self,
    ) -> File:
        """Download a support bundle

        ``GET /rest/debug/support`` (Syncthing 1.2.0+)

        A zip archive with the redacted configuration, the in-memory log, errors, usage report, connection
        and folder state, and CPU and heap profiles (it takes a few seconds).

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "File",
            await self._sender.call(
                OPERATIONS["debug_support_bundle"],
                _endpoints.debug_support_bundle._get_kwargs(),
                _endpoints.debug_support_bundle._parse_response,
                PARSE_CONTEXT,
            ),
        )


__all__ = ["AsyncDebugApi", "DebugApi"]
