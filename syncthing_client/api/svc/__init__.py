"""The ``svc`` namespace: Syncthing's operations under ``/rest/svc/``, sync and async."""

from typing import Any, cast

from ..._send import AsyncSender, SyncSender
from ...models.device_id_result import DeviceIdResult
from .. import OPERATIONS, PARSE_CONTEXT
from . import svc_deviceid


class SvcApi:
    """Sync access to the operations under ``/rest/svc/``."""

    __slots__ = ("_sender",)

    def __init__(self, sender: SyncSender) -> None:
        self._sender = sender

    def deviceid(
        self,
        *,
        id: str,
    ) -> DeviceIdResult:
        """Validate and normalise a device ID

        ``GET /rest/svc/deviceid`` (Syncthing 1.2.0+)

        Answers the canonical form (upper case, with dashes) of a valid ID. An invalid ID is answered with
        200 and an `error` field instead.

        Args:
            id (str):

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["svc_deviceid"],
            svc_deviceid._get_kwargs(
                id=id,
            ),
        )
        return cast(DeviceIdResult, svc_deviceid._parse_response(client=PARSE_CONTEXT, response=response))


class AsyncSvcApi:
    """Async access to the operations under ``/rest/svc/``."""

    __slots__ = ("_sender",)

    def __init__(self, sender: AsyncSender) -> None:
        self._sender = sender

    async def deviceid(
        self,
        *,
        id: str,
    ) -> DeviceIdResult:
        """Validate and normalise a device ID

        ``GET /rest/svc/deviceid`` (Syncthing 1.2.0+)

        Answers the canonical form (upper case, with dashes) of a valid ID. An invalid ID is answered with
        200 and an `error` field instead.

        Args:
            id (str):

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = await self._sender.send(
            OPERATIONS["svc_deviceid"],
            svc_deviceid._get_kwargs(
                id=id,
            ),
        )
        return cast(DeviceIdResult, svc_deviceid._parse_response(client=PARSE_CONTEXT, response=response))


__all__ = ["AsyncSvcApi", "SvcApi"]
