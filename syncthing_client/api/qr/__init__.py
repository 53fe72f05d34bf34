"""The ``qr`` namespace: Syncthing's operations under ``/qr``, sync and async."""

from __future__ import annotations

import sys
from io import BytesIO
from typing import TYPE_CHECKING, Any, cast

from ..._send import AsyncSender, SyncSender, decode
from ...types import File, FileTypes
from .. import OPERATIONS, PARSE_CONTEXT

if TYPE_CHECKING:
    from .. import qr as _endpoints
    from . import qr_code
else:
    from ..._lazy import lazy_attributes

    _endpoints = sys.modules[__name__]
    __getattr__, __dir__ = lazy_attributes(
        __name__,
        {},
        ("qr_code",),
    )


class QrApi:
    """Sync access to the operations under ``/qr``."""

    __slots__ = ("_sender",)

    def __init__(self, sender: SyncSender) -> None:
        self._sender = sender

    def code(
        self,
        *,
        text: str,
    ) -> File:
        """Make a QR code

        ``GET /qr/`` (Syncthing 1.2.0+)

        A PNG image encoding `text`. Outside `/rest`, so no API key is needed unless GUI authentication is
        set up.

        Args:
            text (str): What to encode, e.g. a device ID.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["qr_code"],
            _endpoints.qr_code._get_kwargs(
                text=text,
            ),
        )
        return cast("File", decode(_endpoints.qr_code._parse_response, PARSE_CONTEXT, response))


class AsyncQrApi:
    """Async access to the operations under ``/qr``."""

    __slots__ = ("_sender",)

    def __init__(self, sender: AsyncSender) -> None:
        self._sender = sender

    async def code(
        self,
        *,
        text: str,
    ) -> File:
        """Make a QR code

        ``GET /qr/`` (Syncthing 1.2.0+)

        A PNG image encoding `text`. Outside `/rest`, so no API key is needed unless GUI authentication is
        set up.

        Args:
            text (str): What to encode, e.g. a device ID.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "File",
            await self._sender.call(
                OPERATIONS["qr_code"],
                _endpoints.qr_code._get_kwargs(
                    text=text,
                ),
                _endpoints.qr_code._parse_response,
                PARSE_CONTEXT,
            ),
        )


__all__ = ["AsyncQrApi", "QrApi"]
