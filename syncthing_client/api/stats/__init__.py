"""The ``stats`` namespace: Syncthing's operations under ``/rest/stats/``, sync and async."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, cast

from ..._send import AsyncSender, SyncSender, decode
from .. import OPERATIONS, PARSE_CONTEXT

if TYPE_CHECKING:
    from ...models.device_statistics_map import DeviceStatisticsMap
    from ...models.folder_statistics_map import FolderStatisticsMap
    from .. import stats as _endpoints
    from . import stats_devices, stats_folders
else:
    from ..._lazy import lazy_attributes

    _endpoints = sys.modules[__name__]
    __getattr__, __dir__ = lazy_attributes(
        __name__,
        {},
        (
            "stats_devices",
            "stats_folders",
        ),
    )


class StatsApi:
    """Sync access to the operations under ``/rest/stats/``."""

    __slots__ = ("_sender",)

    def __init__(self, sender: SyncSender) -> None:
        self._sender = sender

    def devices(
        self,
    ) -> DeviceStatisticsMap:
        """Get per-device statistics

        ``GET /rest/stats/device`` (Syncthing 1.2.0+)

        For each configured device, when it was last seen and how long its last connection lasted.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["stats_devices"],
            _endpoints.stats_devices._get_kwargs(),
        )
        return cast("DeviceStatisticsMap", decode(_endpoints.stats_devices._parse_response, PARSE_CONTEXT, response))

    def folders(
        self,
    ) -> FolderStatisticsMap:
        """Get per-folder statistics

        ``GET /rest/stats/folder`` (Syncthing 1.2.0+)

        For each folder, the last file synced and the time of the last scan.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["stats_folders"],
            _endpoints.stats_folders._get_kwargs(),
        )
        return cast("FolderStatisticsMap", decode(_endpoints.stats_folders._parse_response, PARSE_CONTEXT, response))


class AsyncStatsApi:
    """Async access to the operations under ``/rest/stats/``."""

    __slots__ = ("_sender",)

    def __init__(self, sender: AsyncSender) -> None:
        self._sender = sender

    async def devices(
        self,
    ) -> DeviceStatisticsMap:
        """Get per-device statistics

        ``GET /rest/stats/device`` (Syncthing 1.2.0+)

        For each configured device, when it was last seen and how long its last connection lasted.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "DeviceStatisticsMap",
            await self._sender.call(
                OPERATIONS["stats_devices"],
                _endpoints.stats_devices._get_kwargs(),
                _endpoints.stats_devices._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def folders(
        self,
    ) -> FolderStatisticsMap:
        """Get per-folder statistics

        ``GET /rest/stats/folder`` (Syncthing 1.2.0+)

        For each folder, the last file synced and the time of the last scan.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "FolderStatisticsMap",
            await self._sender.call(
                OPERATIONS["stats_folders"],
                _endpoints.stats_folders._get_kwargs(),
                _endpoints.stats_folders._parse_response,
                PARSE_CONTEXT,
            ),
        )


__all__ = ["AsyncStatsApi", "StatsApi"]
