"""The ``folder`` namespace: Syncthing's operations under ``/rest/folder/``, sync and async."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ..._deprecation import deprecated
from ..._guard import require_body
from ..._send import AsyncSender, SyncSender, decode
from ...types import UNSET, Unset
from .. import OPERATIONS, PARSE_CONTEXT

if TYPE_CHECKING:
    from ...models.file_versions_map import FileVersionsMap
    from ...models.folder_errors import FolderErrors
    from ...models.restore_errors import RestoreErrors
    from ...models.versions_to_restore import VersionsToRestore
    from .. import folder as _endpoints
    from . import folder_errors, folder_pullerrors, folder_restore_versions, folder_versions
else:
    from ..._lazy import lazy_attributes

    _endpoints = sys.modules[__name__]
    __getattr__, __dir__ = lazy_attributes(
        __name__,
        {},
        (
            "folder_errors",
            "folder_pullerrors",
            "folder_restore_versions",
            "folder_versions",
        ),
    )


class FolderApi:
    """Sync access to the operations under ``/rest/folder/``."""

    __slots__ = ("_sender",)

    def __init__(self, sender: SyncSender) -> None:
        self._sender = sender

    def errors(
        self,
        folder: str,
        *,
        page: int | Unset = 1,
        perpage: int | Unset = 65536,
    ) -> FolderErrors:
        """List the errors of a folder's last pull

        ``GET /rest/folder/errors`` (Syncthing 1.2.0+)

        One entry per file that could not be synced, one page at a time. `errors` is `null` when there are
        none (or the page is past the end).

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
            OPERATIONS["folder_errors"],
            _endpoints.folder_errors._get_kwargs(
                folder=folder,
                page=page,
                perpage=perpage,
            ),
        )
        return cast("FolderErrors", decode(_endpoints.folder_errors._parse_response, PARSE_CONTEXT, response))

    @deprecated("GET /rest/folder/pullerrors is deprecated by Syncthing; call folder.errors() instead")
    def pullerrors(
        self,
        folder: str,
        *,
        page: int | Unset = 1,
        perpage: int | Unset = 65536,
    ) -> FolderErrors:
        """List the errors of a folder's last pull (old name)

        ``GET /rest/folder/pullerrors`` (Syncthing 1.2.0+; deprecated by Syncthing)

        The same as `GET /rest/folder/errors`, under its earlier name.

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
            OPERATIONS["folder_pullerrors"],
            _endpoints.folder_pullerrors._get_kwargs(
                folder=folder,
                page=page,
                perpage=perpage,
            ),
        )
        return cast("FolderErrors", decode(_endpoints.folder_pullerrors._parse_response, PARSE_CONTEXT, response))

    def restore_versions(
        self,
        folder: str,
        *,
        body: VersionsToRestore | Mapping[str, Any],
    ) -> RestoreErrors:
        """Restore archived versions of files

        ``POST /rest/folder/versions`` (Syncthing 1.2.0+)

        Puts back, for each file named, the version archived at the given time (a `versionTime` from
        `GET /rest/folder/versions`). Answers with the files that could not be restored and why; `{}` when
        all
        were.

        Args:
            folder (str): The folder ID.
            body (VersionsToRestore): For each file path, the `versionTime` of the version to restore.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.versions_to_restore import VersionsToRestore

        sent = require_body(OPERATIONS["folder_restore_versions"], body, (VersionsToRestore,))
        response = self._sender.send(
            OPERATIONS["folder_restore_versions"],
            _endpoints.folder_restore_versions._get_kwargs(
                body=sent,
                folder=folder,
            ),
        )
        return cast(
            "RestoreErrors", decode(_endpoints.folder_restore_versions._parse_response, PARSE_CONTEXT, response)
        )

    def versions(
        self,
        folder: str,
    ) -> FileVersionsMap:
        """List the old file versions kept by a folder's versioning

        ``GET /rest/folder/versions`` (Syncthing 1.2.0+)

        For each file with archived versions, the versions kept, newest first. A folder without versioning
        is answered with 500 `folder has no versioner`; an unknown one with 500 too.

        Args:
            folder (str): The folder ID.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["folder_versions"],
            _endpoints.folder_versions._get_kwargs(
                folder=folder,
            ),
        )
        return cast("FileVersionsMap", decode(_endpoints.folder_versions._parse_response, PARSE_CONTEXT, response))


class AsyncFolderApi:
    """Async access to the operations under ``/rest/folder/``."""

    __slots__ = ("_sender",)

    def __init__(self, sender: AsyncSender) -> None:
        self._sender = sender

    async def errors(
        self,
        folder: str,
        *,
        page: int | Unset = 1,
        perpage: int | Unset = 65536,
    ) -> FolderErrors:
        """List the errors of a folder's last pull

        ``GET /rest/folder/errors`` (Syncthing 1.2.0+)

        One entry per file that could not be synced, one page at a time. `errors` is `null` when there are
        none (or the page is past the end).

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
            "FolderErrors",
            await self._sender.call(
                OPERATIONS["folder_errors"],
                _endpoints.folder_errors._get_kwargs(
                    folder=folder,
                    page=page,
                    perpage=perpage,
                ),
                _endpoints.folder_errors._parse_response,
                PARSE_CONTEXT,
            ),
        )

    @deprecated("GET /rest/folder/pullerrors is deprecated by Syncthing; call folder.errors() instead")
    async def pullerrors(
        self,
        folder: str,
        *,
        page: int | Unset = 1,
        perpage: int | Unset = 65536,
    ) -> FolderErrors:
        """List the errors of a folder's last pull (old name)

        ``GET /rest/folder/pullerrors`` (Syncthing 1.2.0+; deprecated by Syncthing)

        The same as `GET /rest/folder/errors`, under its earlier name.

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
            "FolderErrors",
            await self._sender.call(
                OPERATIONS["folder_pullerrors"],
                _endpoints.folder_pullerrors._get_kwargs(
                    folder=folder,
                    page=page,
                    perpage=perpage,
                ),
                _endpoints.folder_pullerrors._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def restore_versions(
        self,
        folder: str,
        *,
        body: VersionsToRestore | Mapping[str, Any],
    ) -> RestoreErrors:
        """Restore archived versions of files

        ``POST /rest/folder/versions`` (Syncthing 1.2.0+)

        Puts back, for each file named, the version archived at the given time (a `versionTime` from
        `GET /rest/folder/versions`). Answers with the files that could not be restored and why; `{}` when
        all
        were.

        Args:
            folder (str): The folder ID.
            body (VersionsToRestore): For each file path, the `versionTime` of the version to restore.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.versions_to_restore import VersionsToRestore

        sent = require_body(OPERATIONS["folder_restore_versions"], body, (VersionsToRestore,))
        return cast(
            "RestoreErrors",
            await self._sender.call(
                OPERATIONS["folder_restore_versions"],
                _endpoints.folder_restore_versions._get_kwargs(
                    body=sent,
                    folder=folder,
                ),
                _endpoints.folder_restore_versions._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def versions(
        self,
        folder: str,
    ) -> FileVersionsMap:
        """List the old file versions kept by a folder's versioning

        ``GET /rest/folder/versions`` (Syncthing 1.2.0+)

        For each file with archived versions, the versions kept, newest first. A folder without versioning
        is answered with 500 `folder has no versioner`; an unknown one with 500 too.

        Args:
            folder (str): The folder ID.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "FileVersionsMap",
            await self._sender.call(
                OPERATIONS["folder_versions"],
                _endpoints.folder_versions._get_kwargs(
                    folder=folder,
                ),
                _endpoints.folder_versions._parse_response,
                PARSE_CONTEXT,
            ),
        )


__all__ = ["AsyncFolderApi", "FolderApi"]
