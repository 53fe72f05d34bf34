"""The ``db`` namespace: Syncthing's operations under ``/rest/db/``, sync and async."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ..._guard import require_body
from ..._send import AsyncSender, SyncSender, decode
from ...types import UNSET, Unset
from .. import OPERATIONS, PARSE_CONTEXT

if TYPE_CHECKING:
    from ...models.browse_entry import BrowseEntry
    from ...models.completion import Completion
    from ...models.db_file import DbFile
    from ...models.file_page import FilePage
    from ...models.folder_summary import FolderSummary
    from ...models.ignore_lines import IgnoreLines
    from ...models.ignores import Ignores
    from ...models.need_page import NeedPage
    from .. import db as _endpoints
    from . import (
        db_browse,
        db_completion,
        db_file,
        db_ignores,
        db_localchanged,
        db_need,
        db_override,
        db_prioritize,
        db_remoteneed,
        db_revert,
        db_scan,
        db_set_ignores,
        db_status,
    )
else:
    from ..._lazy import lazy_attributes

    _endpoints = sys.modules[__name__]
    __getattr__, __dir__ = lazy_attributes(
        __name__,
        {},
        (
            "db_browse",
            "db_completion",
            "db_file",
            "db_ignores",
            "db_localchanged",
            "db_need",
            "db_override",
            "db_prioritize",
            "db_remoteneed",
            "db_revert",
            "db_scan",
            "db_set_ignores",
            "db_status",
        ),
    )


class DbApi:
    """Sync access to the operations under ``/rest/db/``."""

    __slots__ = ("_sender",)

    def __init__(self, sender: SyncSender) -> None:
        self._sender = sender

    def browse(
        self,
        folder: str,
        *,
        prefix: str | Unset = UNSET,
        levels: int | Unset = -1,
        dirsonly: str | Unset = UNSET,
    ) -> list[BrowseEntry]:
        """Browse the global directory tree of a folder

        ``GET /rest/db/browse`` (Syncthing 1.2.0+)

        Lists what the cluster's global index holds under `prefix`, as a tree of entries. The tree is cut at
        `levels` below the prefix (all levels when unset). An unknown folder is answered with 500.

        Args:
            folder (str): The folder ID.
            prefix (str | Unset): A directory inside the folder to start from; the folder's root when
                unset.
            levels (int | Unset): How many directory levels below the start to include (0 = only its
                entries); all when unset. Default: -1.
            dirsonly (str | Unset): Any non-empty value lists directories only.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["db_browse"],
            _endpoints.db_browse._get_kwargs(
                folder=folder,
                prefix=prefix,
                levels=levels,
                dirsonly=dirsonly,
            ),
        )
        return cast("list[BrowseEntry]", decode(_endpoints.db_browse._parse_response, PARSE_CONTEXT, response))

    def completion(
        self,
        *,
        folder: str | Unset = UNSET,
        device: str | Unset = UNSET,
    ) -> Completion:
        """Get how complete a device is, for one folder or all

        ``GET /rest/db/completion`` (Syncthing 1.2.0+)

        How much of the global state `device` has, in percent and in items and bytes still needed. Without
        `folder`, aggregated over every folder shared with the device; without `device`, for this device. A
        remote device that has announced nothing yet (sequence 0) reads 100 %.

        Args:
            folder (str | Unset): The folder ID; all folders when unset.
            device (str | Unset): The device ID; this device when unset.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["db_completion"],
            _endpoints.db_completion._get_kwargs(
                folder=folder,
                device=device,
            ),
        )
        return cast("Completion", decode(_endpoints.db_completion._parse_response, PARSE_CONTEXT, response))

    def file(
        self,
        folder: str,
        *,
        file: str,
    ) -> DbFile:
        """Get everything the index knows about one file

        ``GET /rest/db/file`` (Syncthing 1.2.0+)

        The global (cluster-wide newest) and local versions of a file, which devices have it, and the
        modification-time mapping. A file in neither index is answered with 404 `No such object in the
        index`.

        Args:
            folder (str): The folder ID.
            file (str): The file's path relative to the folder root, with forward slashes.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["db_file"],
            _endpoints.db_file._get_kwargs(
                folder=folder,
                file=file,
            ),
        )
        return cast("DbFile", decode(_endpoints.db_file._parse_response, PARSE_CONTEXT, response))

    def ignores(
        self,
        folder: str,
    ) -> Ignores:
        """Get a folder's ignore patterns

        ``GET /rest/db/ignores`` (Syncthing 1.2.0+)

        The lines of the folder's `.stignore` and the patterns they expand to (includes resolved). Empty
        lists are sent as `null`. Lines that do not parse are reported in `error` with a 200; so is any
        other
        problem reading them from 1.29.5 on (an unknown folder among them), which 1.19.2 answers with 500.

        Args:
            folder (str): The folder ID.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["db_ignores"],
            _endpoints.db_ignores._get_kwargs(
                folder=folder,
            ),
        )
        return cast("Ignores", decode(_endpoints.db_ignores._parse_response, PARSE_CONTEXT, response))

    def localchanged(
        self,
        folder: str,
        *,
        page: int | Unset = 1,
        perpage: int | Unset = 65536,
    ) -> FilePage:
        """List files changed locally in a receive-only folder

        ``GET /rest/db/localchanged`` (Syncthing 1.2.0+)

        Files a receive-only folder has that differ from the cluster (flagged with `localFlags` 8), one page
        at
        a time. Empty for other folder types.

        Args:
            folder (str): The folder ID.
            page (int | Unset): Which page to answer, from 1. Values below 1 or unreadable ones are
                taken as 1. Syncthing multiplies it by `perpage` unchecked: a product past 2^63 makes the
                handler panic and drop the connection. Default: 1.
            perpage (int | Unset): Items per page. Values below 1 or unreadable ones are taken as
                65536. Syncthing reserves memory for a whole page before reading (about 300 bytes an item;
                10^9 makes it die out of memory), so 65536, its own default, is also the most a client
                should ask for. Default: 65536.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["db_localchanged"],
            _endpoints.db_localchanged._get_kwargs(
                folder=folder,
                page=page,
                perpage=perpage,
            ),
        )
        return cast("FilePage", decode(_endpoints.db_localchanged._parse_response, PARSE_CONTEXT, response))

    def need(
        self,
        folder: str,
        *,
        page: int | Unset = 1,
        perpage: int | Unset = 65536,
    ) -> NeedPage:
        """List what this device still needs of a folder

        ``GET /rest/db/need`` (Syncthing 1.2.0+)

        Files this device must fetch or change to be in sync, in three sections: `progress` (being pulled
        now), `queued` (next), `rest`. A page is cut from the three sections taken in that order, so one
        page
        may span several sections.

        Args:
            folder (str): The folder ID.
            page (int | Unset): Which page to answer, from 1. Values below 1 or unreadable ones are
                taken as 1. Syncthing multiplies it by `perpage` unchecked: a product past 2^63 makes the
                handler panic and drop the connection. Default: 1.
            perpage (int | Unset): Items per page. Values below 1 or unreadable ones are taken as
                65536. Syncthing reserves memory for a whole page before reading (about 300 bytes an item;
                10^9 makes it die out of memory), so 65536, its own default, is also the most a client
                should ask for. Default: 65536.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["db_need"],
            _endpoints.db_need._get_kwargs(
                folder=folder,
                page=page,
                perpage=perpage,
            ),
        )
        return cast("NeedPage", decode(_endpoints.db_need._parse_response, PARSE_CONTEXT, response))

    def override(
        self,
        folder: str,
    ) -> None:
        """Make the cluster take this send-only folder's state

        ``POST /rest/db/override`` (Syncthing 1.2.0+)

        On a send-only folder, marks the local versions of files changed elsewhere as newest, so other
        devices
        revert to them. Runs in the background; answers 200 with no body at once.

        Args:
            folder (str): The folder ID.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        self._sender.send(
            OPERATIONS["db_override"],
            _endpoints.db_override._get_kwargs(
                folder=folder,
            ),
        )

    def prioritize(
        self,
        folder: str,
        *,
        file: str,
        page: int | Unset = 1,
        perpage: int | Unset = 65536,
    ) -> NeedPage:
        """Move a needed file to the front of the pull queue

        ``POST /rest/db/prio`` (Syncthing 1.2.0+)

        Answers like `GET /rest/db/need` for the folder (first page), after the move.

        Args:
            folder (str): The folder ID.
            file (str): The needed file's path relative to the folder root.
            page (int | Unset): Which page to answer, from 1. Values below 1 or unreadable ones are
                taken as 1. Syncthing multiplies it by `perpage` unchecked: a product past 2^63 makes the
                handler panic and drop the connection. Default: 1.
            perpage (int | Unset): Items per page. Values below 1 or unreadable ones are taken as
                65536. Syncthing reserves memory for a whole page before reading (about 300 bytes an item;
                10^9 makes it die out of memory), so 65536, its own default, is also the most a client
                should ask for. Default: 65536.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["db_prioritize"],
            _endpoints.db_prioritize._get_kwargs(
                folder=folder,
                file=file,
                page=page,
                perpage=perpage,
            ),
        )
        return cast("NeedPage", decode(_endpoints.db_prioritize._parse_response, PARSE_CONTEXT, response))

    def remoteneed(
        self,
        folder: str,
        device: str,
        *,
        page: int | Unset = 1,
        perpage: int | Unset = 65536,
    ) -> FilePage:
        """List what a remote device still needs of a folder

        ``GET /rest/db/remoteneed`` (Syncthing 1.2.0+)

        Files `device` lacks or has in an older version, by what it has announced; one page at a time.

        Args:
            folder (str): The folder ID.
            device (str): The remote device's ID. An invalid one is answered with 500.
            page (int | Unset): Which page to answer, from 1. Values below 1 or unreadable ones are
                taken as 1. Syncthing multiplies it by `perpage` unchecked: a product past 2^63 makes the
                handler panic and drop the connection. Default: 1.
            perpage (int | Unset): Items per page. Values below 1 or unreadable ones are taken as
                65536. Syncthing reserves memory for a whole page before reading (about 300 bytes an item;
                10^9 makes it die out of memory), so 65536, its own default, is also the most a client
                should ask for. Default: 65536.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["db_remoteneed"],
            _endpoints.db_remoteneed._get_kwargs(
                folder=folder,
                device=device,
                page=page,
                perpage=perpage,
            ),
        )
        return cast("FilePage", decode(_endpoints.db_remoteneed._parse_response, PARSE_CONTEXT, response))

    def revert(
        self,
        folder: str,
    ) -> None:
        """Undo local changes in a receive-only folder

        ``POST /rest/db/revert`` (Syncthing 1.2.0+)

        Drops the folder's local changes and fetches the cluster's versions again. Answers 200 with no body.

        Args:
            folder (str): The folder ID.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        self._sender.send(
            OPERATIONS["db_revert"],
            _endpoints.db_revert._get_kwargs(
                folder=folder,
            ),
        )

    def scan(
        self,
        *,
        folder: str | Unset = UNSET,
        sub: list[str] | Unset = UNSET,
        next: int | Unset = UNSET,
    ) -> None:
        """Rescan one folder, some of its paths, or every folder

        ``POST /rest/db/scan`` (Syncthing 1.2.0+)

        Returns when the scan is done. Without `folder`, scans every folder. An unknown folder is answered
        with 500 `no such folder`.

        Args:
            folder (str | Unset): The folder to scan; every folder when unset.
            sub (list[str] | Unset): Paths inside the folder to scan instead of all of it; repeat for
                several.
            next (int | Unset): Seconds until the folder's next periodic scan, counted from now.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        self._sender.send(
            OPERATIONS["db_scan"],
            _endpoints.db_scan._get_kwargs(
                folder=folder,
                sub=sub,
                next=next,
            ),
        )

    def set_ignores(
        self,
        folder: str,
        *,
        body: IgnoreLines | Mapping[str, Any],
    ) -> Ignores:
        """Replace a folder's ignore patterns

        ``POST /rest/db/ignores`` (Syncthing 1.2.0+)

        Writes `.stignore` with the given lines and answers as `GET /rest/db/ignores` does afterwards. Lines
        that do not parse are written all the same and reported in `error`. An unknown folder is answered
        with
        500 `folder  does not exist` (without its ID).

        Args:
            folder (str): The folder ID.
            body (IgnoreLines): A folder's ignore patterns, as written to its `.stignore`.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.ignore_lines import IgnoreLines

        sent = require_body(OPERATIONS["db_set_ignores"], body, (IgnoreLines,))
        response = self._sender.send(
            OPERATIONS["db_set_ignores"],
            _endpoints.db_set_ignores._get_kwargs(
                body=sent,
                folder=folder,
            ),
        )
        return cast("Ignores", decode(_endpoints.db_set_ignores._parse_response, PARSE_CONTEXT, response))

    def status(
        self,
        folder: str,
    ) -> FolderSummary:
        """Get a folder's state and counts

        ``GET /rest/db/status`` (Syncthing 1.2.0+)

        The folder's state (`idle`, `scanning`, `syncing`, `error`, …) and how many files, directories and
        bytes the global, local, needed and in-sync sets hold. Rather expensive on big folders.

        Args:
            folder (str): The folder ID.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["db_status"],
            _endpoints.db_status._get_kwargs(
                folder=folder,
            ),
        )
        return cast("FolderSummary", decode(_endpoints.db_status._parse_response, PARSE_CONTEXT, response))


class AsyncDbApi:
    """Async access to the operations under ``/rest/db/``."""

    __slots__ = ("_sender",)

    def __init__(self, sender: AsyncSender) -> None:
        self._sender = sender

    async def browse(
        self,
        folder: str,
        *,
        prefix: str | Unset = UNSET,
        levels: int | Unset = -1,
        dirsonly: str | Unset = UNSET,
    ) -> list[BrowseEntry]:
        """Browse the global directory tree of a folder

        ``GET /rest/db/browse`` (Syncthing 1.2.0+)

        Lists what the cluster's global index holds under `prefix`, as a tree of entries. The tree is cut at
        `levels` below the prefix (all levels when unset). An unknown folder is answered with 500.

        Args:
            folder (str): The folder ID.
            prefix (str | Unset): A directory inside the folder to start from; the folder's root when
                unset.
            levels (int | Unset): How many directory levels below the start to include (0 = only its
                entries); all when unset. Default: -1.
            dirsonly (str | Unset): Any non-empty value lists directories only.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "list[BrowseEntry]",
            await self._sender.call(
                OPERATIONS["db_browse"],
                _endpoints.db_browse._get_kwargs(
                    folder=folder,
                    prefix=prefix,
                    levels=levels,
                    dirsonly=dirsonly,
                ),
                _endpoints.db_browse._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def completion(
        self,
        *,
        folder: str | Unset = UNSET,
        device: str | Unset = UNSET,
    ) -> Completion:
        """Get how complete a device is, for one folder or all

        ``GET /rest/db/completion`` (Syncthing 1.2.0+)

        How much of the global state `device` has, in percent and in items and bytes still needed. Without
        `folder`, aggregated over every folder shared with the device; without `device`, for this device. A
        remote device that has announced nothing yet (sequence 0) reads 100 %.

        Args:
            folder (str | Unset): The folder ID; all folders when unset.
            device (str | Unset): The device ID; this device when unset.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "Completion",
            await self._sender.call(
                OPERATIONS["db_completion"],
                _endpoints.db_completion._get_kwargs(
                    folder=folder,
                    device=device,
                ),
                _endpoints.db_completion._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def file(
        self,
        folder: str,
        *,
        file: str,
    ) -> DbFile:
        """Get everything the index knows about one file

        ``GET /rest/db/file`` (Syncthing 1.2.0+)

        The global (cluster-wide newest) and local versions of a file, which devices have it, and the
        modification-time mapping. A file in neither index is answered with 404 `No such object in the
        index`.

        Args:
            folder (str): The folder ID.
            file (str): The file's path relative to the folder root, with forward slashes.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "DbFile",
            await self._sender.call(
                OPERATIONS["db_file"],
                _endpoints.db_file._get_kwargs(
                    folder=folder,
                    file=file,
                ),
                _endpoints.db_file._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def ignores(
        self,
        folder: str,
    ) -> Ignores:
        """Get a folder's ignore patterns

        ``GET /rest/db/ignores`` (Syncthing 1.2.0+)

        The lines of the folder's `.stignore` and the patterns they expand to (includes resolved). Empty
        lists are sent as `null`. Lines that do not parse are reported in `error` with a 200; so is any
        other
        problem reading them from 1.29.5 on (an unknown folder among them), which 1.19.2 answers with 500.

        Args:
            folder (str): The folder ID.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "Ignores",
            await self._sender.call(
                OPERATIONS["db_ignores"],
                _endpoints.db_ignores._get_kwargs(
                    folder=folder,
                ),
                _endpoints.db_ignores._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def localchanged(
        self,
        folder: str,
        *,
        page: int | Unset = 1,
        perpage: int | Unset = 65536,
    ) -> FilePage:
        """List files changed locally in a receive-only folder

        ``GET /rest/db/localchanged`` (Syncthing 1.2.0+)

        Files a receive-only folder has that differ from the cluster (flagged with `localFlags` 8), one page
        at
        a time. Empty for other folder types.

        Args:
            folder (str): The folder ID.
            page (int | Unset): Which page to answer, from 1. Values below 1 or unreadable ones are
                taken as 1. Syncthing multiplies it by `perpage` unchecked: a product past 2^63 makes the
                handler panic and drop the connection. Default: 1.
            perpage (int | Unset): Items per page. Values below 1 or unreadable ones are taken as
                65536. Syncthing reserves memory for a whole page before reading (about 300 bytes an item;
                10^9 makes it die out of memory), so 65536, its own default, is also the most a client
                should ask for. Default: 65536.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "FilePage",
            await self._sender.call(
                OPERATIONS["db_localchanged"],
                _endpoints.db_localchanged._get_kwargs(
                    folder=folder,
                    page=page,
                    perpage=perpage,
                ),
                _endpoints.db_localchanged._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def need(
        self,
        folder: str,
        *,
        page: int | Unset = 1,
        perpage: int | Unset = 65536,
    ) -> NeedPage:
        """List what this device still needs of a folder

        ``GET /rest/db/need`` (Syncthing 1.2.0+)

        Files this device must fetch or change to be in sync, in three sections: `progress` (being pulled
        now), `queued` (next), `rest`. A page is cut from the three sections taken in that order, so one
        page
        may span several sections.

        Args:
            folder (str): The folder ID.
            page (int | Unset): Which page to answer, from 1. Values below 1 or unreadable ones are
                taken as 1. Syncthing multiplies it by `perpage` unchecked: a product past 2^63 makes the
                handler panic and drop the connection. Default: 1.
            perpage (int | Unset): Items per page. Values below 1 or unreadable ones are taken as
                65536. Syncthing reserves memory for a whole page before reading (about 300 bytes an item;
                10^9 makes it die out of memory), so 65536, its own default, is also the most a client
                should ask for. Default: 65536.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "NeedPage",
            await self._sender.call(
                OPERATIONS["db_need"],
                _endpoints.db_need._get_kwargs(
                    folder=folder,
                    page=page,
                    perpage=perpage,
                ),
                _endpoints.db_need._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def override(
        self,
        folder: str,
    ) -> None:
        """Make the cluster take this send-only folder's state

        ``POST /rest/db/override`` (Syncthing 1.2.0+)

        On a send-only folder, marks the local versions of files changed elsewhere as newest, so other
        devices
        revert to them. Runs in the background; answers 200 with no body at once.

        Args:
            folder (str): The folder ID.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        await self._sender.send(
            OPERATIONS["db_override"],
            _endpoints.db_override._get_kwargs(
                folder=folder,
            ),
        )

    async def prioritize(
        self,
        folder: str,
        *,
        file: str,
        page: int | Unset = 1,
        perpage: int | Unset = 65536,
    ) -> NeedPage:
        """Move a needed file to the front of the pull queue

        ``POST /rest/db/prio`` (Syncthing 1.2.0+)

        Answers like `GET /rest/db/need` for the folder (first page), after the move.

        Args:
            folder (str): The folder ID.
            file (str): The needed file's path relative to the folder root.
            page (int | Unset): Which page to answer, from 1. Values below 1 or unreadable ones are
                taken as 1. Syncthing multiplies it by `perpage` unchecked: a product past 2^63 makes the
                handler panic and drop the connection. Default: 1.
            perpage (int | Unset): Items per page. Values below 1 or unreadable ones are taken as
                65536. Syncthing reserves memory for a whole page before reading (about 300 bytes an item;
                10^9 makes it die out of memory), so 65536, its own default, is also the most a client
                should ask for. Default: 65536.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "NeedPage",
            await self._sender.call(
                OPERATIONS["db_prioritize"],
                _endpoints.db_prioritize._get_kwargs(
                    folder=folder,
                    file=file,
                    page=page,
                    perpage=perpage,
                ),
                _endpoints.db_prioritize._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def remoteneed(
        self,
        folder: str,
        device: str,
        *,
        page: int | Unset = 1,
        perpage: int | Unset = 65536,
    ) -> FilePage:
        """List what a remote device still needs of a folder

        ``GET /rest/db/remoteneed`` (Syncthing 1.2.0+)

        Files `device` lacks or has in an older version, by what it has announced; one page at a time.

        Args:
            folder (str): The folder ID.
            device (str): The remote device's ID. An invalid one is answered with 500.
            page (int | Unset): Which page to answer, from 1. Values below 1 or unreadable ones are
                taken as 1. Syncthing multiplies it by `perpage` unchecked: a product past 2^63 makes the
                handler panic and drop the connection. Default: 1.
            perpage (int | Unset): Items per page. Values below 1 or unreadable ones are taken as
                65536. Syncthing reserves memory for a whole page before reading (about 300 bytes an item;
                10^9 makes it die out of memory), so 65536, its own default, is also the most a client
                should ask for. Default: 65536.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "FilePage",
            await self._sender.call(
                OPERATIONS["db_remoteneed"],
                _endpoints.db_remoteneed._get_kwargs(
                    folder=folder,
                    device=device,
                    page=page,
                    perpage=perpage,
                ),
                _endpoints.db_remoteneed._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def revert(
        self,
        folder: str,
    ) -> None:
        """Undo local changes in a receive-only folder

        ``POST /rest/db/revert`` (Syncthing 1.2.0+)

        Drops the folder's local changes and fetches the cluster's versions again. Answers 200 with no body.

        Args:
            folder (str): The folder ID.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        await self._sender.send(
            OPERATIONS["db_revert"],
            _endpoints.db_revert._get_kwargs(
                folder=folder,
            ),
        )

    async def scan(
        self,
        *,
        folder: str | Unset = UNSET,
        sub: list[str] | Unset = UNSET,
        next: int | Unset = UNSET,
    ) -> None:
        """Rescan one folder, some of its paths, or every folder

        ``POST /rest/db/scan`` (Syncthing 1.2.0+)

        Returns when the scan is done. Without `folder`, scans every folder. An unknown folder is answered
        with 500 `no such folder`.

        Args:
            folder (str | Unset): The folder to scan; every folder when unset.
            sub (list[str] | Unset): Paths inside the folder to scan instead of all of it; repeat for
                several.
            next (int | Unset): Seconds until the folder's next periodic scan, counted from now.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        await self._sender.send(
            OPERATIONS["db_scan"],
            _endpoints.db_scan._get_kwargs(
                folder=folder,
                sub=sub,
                next=next,
            ),
        )

    async def set_ignores(
        self,
        folder: str,
        *,
        body: IgnoreLines | Mapping[str, Any],
    ) -> Ignores:
        """Replace a folder's ignore patterns

        ``POST /rest/db/ignores`` (Syncthing 1.2.0+)

        Writes `.stignore` with the given lines and answers as `GET /rest/db/ignores` does afterwards. Lines
        that do not parse are written all the same and reported in `error`. An unknown folder is answered
        with
        500 `folder  does not exist` (without its ID).

        Args:
            folder (str): The folder ID.
            body (IgnoreLines): A folder's ignore patterns, as written to its `.stignore`.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.ignore_lines import IgnoreLines

        sent = require_body(OPERATIONS["db_set_ignores"], body, (IgnoreLines,))
        return cast(
            "Ignores",
            await self._sender.call(
                OPERATIONS["db_set_ignores"],
                _endpoints.db_set_ignores._get_kwargs(
                    body=sent,
                    folder=folder,
                ),
                _endpoints.db_set_ignores._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def status(
        self,
        folder: str,
    ) -> FolderSummary:
        """Get a folder's state and counts

        ``GET /rest/db/status`` (Syncthing 1.2.0+)

        The folder's state (`idle`, `scanning`, `syncing`, `error`, …) and how many files, directories and
        bytes the global, local, needed and in-sync sets hold. Rather expensive on big folders.

        Args:
            folder (str): The folder ID.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "FolderSummary",
            await self._sender.call(
                OPERATIONS["db_status"],
                _endpoints.db_status._get_kwargs(
                    folder=folder,
                ),
                _endpoints.db_status._parse_response,
                PARSE_CONTEXT,
            ),
        )


__all__ = ["AsyncDbApi", "DbApi"]
