"""The ``metrics`` namespace: Syncthing's operations under ``/metrics``, sync and async."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, cast

from ..._send import AsyncSender, SyncSender, decode
from .. import OPERATIONS, PARSE_CONTEXT

if TYPE_CHECKING:
    from .. import metrics as _endpoints
    from . import metrics_prometheus
else:
    from ..._lazy import lazy_attributes

    _endpoints = sys.modules[__name__]
    __getattr__, __dir__ = lazy_attributes(
        __name__,
        {},
        ("metrics_prometheus",),
    )


class MetricsApi:
    """Sync access to the operations under ``/metrics``."""

    __slots__ = ("_sender",)

    def __init__(self, sender: SyncSender) -> None:
        self._sender = sender

    def prometheus(
        self,
    ) -> str:
        """Get Prometheus metrics

        ``GET /metrics`` (Syncthing 1.24.0+)

        Served by Syncthing 1.24.0 and later.
        Go runtime, process and Syncthing metrics in Prometheus' text format. Outside `/rest`, so no API key
        is
        needed unless GUI authentication is set up (then the key, or a GUI login, is).

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["metrics_prometheus"],
            _endpoints.metrics_prometheus._get_kwargs(),
        )
        return cast("str", decode(_endpoints.metrics_prometheus._parse_response, PARSE_CONTEXT, response))


class AsyncMetricsApi:
    """Async access to the operations under ``/metrics``."""

    __slots__ = ("_sender",)

    def __init__(self, sender: AsyncSender) -> None:
        self._sender = sender

    async def prometheus(
        self,
    ) -> str:
        """Get Prometheus metrics

        ``GET /metrics`` (Syncthing 1.24.0+)

        Served by Syncthing 1.24.0 and later.
        Go runtime, process and Syncthing metrics in Prometheus' text format. Outside `/rest`, so no API key
        is
        needed unless GUI authentication is set up (then the key, or a GUI login, is).

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "str",
            await self._sender.call(
                OPERATIONS["metrics_prometheus"],
                _endpoints.metrics_prometheus._get_kwargs(),
                _endpoints.metrics_prometheus._parse_response,
                PARSE_CONTEXT,
            ),
        )


__all__ = ["AsyncMetricsApi", "MetricsApi"]
