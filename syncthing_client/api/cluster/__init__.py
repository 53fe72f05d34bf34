"""The ``cluster`` namespace: Syncthing's operations under ``/rest/cluster/``, sync and async."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, cast

from ..._send import AsyncSender, SyncSender, decode
from ...types import UNSET, Unset
from .. import OPERATIONS, PARSE_CONTEXT

if TYPE_CHECKING:
    from ...models.pending_devices import PendingDevices
    from ...models.pending_folders import PendingFolders
    from .. import cluster as _endpoints
    from . import (
        cluster_dismiss_pending_device,
        cluster_dismiss_pending_folder,
        cluster_pending_devices,
        cluster_pending_folders,
    )
else:
    from ..._lazy import lazy_attributes

    _endpoints = sys.modules[__name__]
    __getattr__, __dir__ = lazy_attributes(
        __name__,
        {},
        (
            "cluster_dismiss_pending_device",
            "cluster_dismiss_pending_folder",
            "cluster_pending_devices",
            "cluster_pending_folders",
        ),
    )


class ClusterApi:
    """Sync access to the operations under ``/rest/cluster/``."""

    __slots__ = ("_sender",)

    def __init__(self, sender: SyncSender) -> None:
        self._sender = sender

    def dismiss_pending_device(
        self,
        device: str,
    ) -> None:
        """Forget a pending device

        ``DELETE /rest/cluster/pending/devices`` (Syncthing 1.18.0+)

        Removes the device from the pending list; it shows up again if it connects again. Without `device`
        the request is answered with 200 and removes nothing.

        Args:
            device (str): The pending device's ID.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        self._sender.send(
            OPERATIONS["cluster_dismiss_pending_device"],
            _endpoints.cluster_dismiss_pending_device._get_kwargs(
                device=device,
            ),
        )

    def dismiss_pending_folder(
        self,
        folder: str,
        *,
        device: str | Unset = UNSET,
    ) -> None:
        """Forget a pending folder offer

        ``DELETE /rest/cluster/pending/folders`` (Syncthing 1.18.0+)

        Removes the offer of `folder` by `device` (by every device when `device` is unset).

        Args:
            folder (str): The offered folder's ID.
            device (str | Unset): The offering device; every device when unset.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        self._sender.send(
            OPERATIONS["cluster_dismiss_pending_folder"],
            _endpoints.cluster_dismiss_pending_folder._get_kwargs(
                folder=folder,
                device=device,
            ),
        )

    def pending_devices(
        self,
    ) -> PendingDevices:
        """List devices that tried to connect and are not configured

        ``GET /rest/cluster/pending/devices`` (Syncthing 1.13.0+)

        Each unknown device that connected, with when, from where and the name it gave.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["cluster_pending_devices"],
            _endpoints.cluster_pending_devices._get_kwargs(),
        )
        return cast(
            "PendingDevices", decode(_endpoints.cluster_pending_devices._parse_response, PARSE_CONTEXT, response)
        )

    def pending_folders(
        self,
        *,
        device: str | Unset = UNSET,
    ) -> PendingFolders:
        """List folders other devices offered that are not configured

        ``GET /rest/cluster/pending/folders`` (Syncthing 1.13.0+)

        For each offered folder ID, the devices that offered it, when, and under which label.

        Args:
            device (str | Unset): Only folders offered by this device; all when unset.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["cluster_pending_folders"],
            _endpoints.cluster_pending_folders._get_kwargs(
                device=device,
            ),
        )
        return cast(
            "PendingFolders", decode(_endpoints.cluster_pending_folders._parse_response, PARSE_CONTEXT, response)
        )


class AsyncClusterApi:
    """Async access to the operations under ``/rest/cluster/``."""

    __slots__ = ("_sender",)

    def __init__(self, sender: AsyncSender) -> None:
        self._sender = sender

    async def dismiss_pending_device(
        self,
        device: str,
    ) -> None:
        """Forget a pending device

        ``DELETE /rest/cluster/pending/devices`` (Syncthing 1.18.0+)

        Removes the device from the pending list; it shows up again if it connects again. Without `device`
        the request is answered with 200 and removes nothing.

        Args:
            device (str): The pending device's ID.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        await self._sender.send(
            OPERATIONS["cluster_dismiss_pending_device"],
            _endpoints.cluster_dismiss_pending_device._get_kwargs(
                device=device,
            ),
        )

    async def dismiss_pending_folder(
        self,
        folder: str,
        *,
        device: str | Unset = UNSET,
    ) -> None:
        """Forget a pending folder offer

        ``DELETE /rest/cluster/pending/folders`` (Syncthing 1.18.0+)

        Removes the offer of `folder` by `device` (by every device when `device` is unset).

        Args:
            folder (str): The offered folder's ID.
            device (str | Unset): The offering device; every device when unset.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        await self._sender.send(
            OPERATIONS["cluster_dismiss_pending_folder"],
            _endpoints.cluster_dismiss_pending_folder._get_kwargs(
                folder=folder,
                device=device,
            ),
        )

    async def pending_devices(
        self,
    ) -> PendingDevices:
        """List devices that tried to connect and are not configured

        ``GET /rest/cluster/pending/devices`` (Syncthing 1.13.0+)

        Each unknown device that connected, with when, from where and the name it gave.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "PendingDevices",
            await self._sender.call(
                OPERATIONS["cluster_pending_devices"],
                _endpoints.cluster_pending_devices._get_kwargs(),
                _endpoints.cluster_pending_devices._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def pending_folders(
        self,
        *,
        device: str | Unset = UNSET,
    ) -> PendingFolders:
        """List folders other devices offered that are not configured

        ``GET /rest/cluster/pending/folders`` (Syncthing 1.13.0+)

        For each offered folder ID, the devices that offered it, when, and under which label.

        Args:
            device (str | Unset): Only folders offered by this device; all when unset.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "PendingFolders",
            await self._sender.call(
                OPERATIONS["cluster_pending_folders"],
                _endpoints.cluster_pending_folders._get_kwargs(
                    device=device,
                ),
                _endpoints.cluster_pending_folders._parse_response,
                PARSE_CONTEXT,
            ),
        )


__all__ = ["AsyncClusterApi", "ClusterApi"]
