"""The ``svc`` namespace: Syncthing's operations under ``/rest/svc/``, sync and async."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, cast

from ..._send import AsyncSender, SyncSender, decode
from ...types import UNSET, Unset
from .. import OPERATIONS, PARSE_CONTEXT

if TYPE_CHECKING:
    from ...models.device_id_result import DeviceIdResult
    from ...models.random_string import RandomString
    from ...models.usage_report import UsageReport
    from .. import svc as _endpoints
    from . import svc_deviceid, svc_languages, svc_random_string, svc_report
else:
    from ..._lazy import lazy_attributes

    _endpoints = sys.modules[__name__]
    __getattr__, __dir__ = lazy_attributes(
        __name__,
        {},
        (
            "svc_deviceid",
            "svc_languages",
            "svc_random_string",
            "svc_report",
        ),
    )


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
            id (str): The device ID to check, in any accepted spelling.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["svc_deviceid"],
            _endpoints.svc_deviceid._get_kwargs(
                id=id,
            ),
        )
        return cast("DeviceIdResult", decode(_endpoints.svc_deviceid._parse_response, PARSE_CONTEXT, response))

    def languages(
        self,
        *,
        accept_language: str | Unset = UNSET,
    ) -> list[str]:
        """List the languages the client asked for

        ``GET /rest/svc/lang`` (Syncthing 1.2.0+)

        The language codes of the request's `Accept-Language` header, lower-cased, by descending weight;
        `[""]` without the header.

        Args:
            accept_language (str | Unset): The languages wanted, as browsers send them (`de-
                CH,de;q=0.9,en;q=0.5`).

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["svc_languages"],
            _endpoints.svc_languages._get_kwargs(
                accept_language=accept_language,
            ),
        )
        return cast("list[str]", decode(_endpoints.svc_languages._parse_response, PARSE_CONTEXT, response))

    def random_string(
        self,
        *,
        length: int | Unset = 32,
    ) -> RandomString:
        """Make a random string

        ``GET /rest/svc/random/string`` (Syncthing 1.2.0+)

        Letters and digits from a cryptographic source, e.g. for API keys.

        Args:
            length (int | Unset): Characters wanted; 32 when unset, unreadable or below 1. Syncthing
                sets no upper bound and holds the whole string in memory (10^12 makes it die out of
                memory): 65536 is the most a client should ask for. Default: 32.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["svc_random_string"],
            _endpoints.svc_random_string._get_kwargs(
                length=length,
            ),
        )
        return cast("RandomString", decode(_endpoints.svc_random_string._parse_response, PARSE_CONTEXT, response))

    def report(
        self,
        *,
        version: int | Unset = UNSET,
    ) -> UsageReport:
        """Preview the anonymous usage report

        ``GET /rest/svc/report`` (Syncthing 1.2.0+)

        What the instance would send as its usage report, whether or not reporting is on.

        Args:
            version (int | Unset): The report format version (1–3); the newest when unset or below 1.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["svc_report"],
            _endpoints.svc_report._get_kwargs(
                version=version,
            ),
        )
        return cast("UsageReport", decode(_endpoints.svc_report._parse_response, PARSE_CONTEXT, response))


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
            id (str): The device ID to check, in any accepted spelling.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "DeviceIdResult",
            await self._sender.call(
                OPERATIONS["svc_deviceid"],
                _endpoints.svc_deviceid._get_kwargs(
                    id=id,
                ),
                _endpoints.svc_deviceid._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def languages(
        self,
        *,
        accept_language: str | Unset = UNSET,
    ) -> list[str]:
        """List the languages the client asked for

        ``GET /rest/svc/lang`` (Syncthing 1.2.0+)

        The language codes of the request's `Accept-Language` header, lower-cased, by descending weight;
        `[""]` without the header.

        Args:
            accept_language (str | Unset): The languages wanted, as browsers send them (`de-
                CH,de;q=0.9,en;q=0.5`).

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "list[str]",
            await self._sender.call(
                OPERATIONS["svc_languages"],
                _endpoints.svc_languages._get_kwargs(
                    accept_language=accept_language,
                ),
                _endpoints.svc_languages._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def random_string(
        self,
        *,
        length: int | Unset = 32,
    ) -> RandomString:
        """Make a random string

        ``GET /rest/svc/random/string`` (Syncthing 1.2.0+)

        Letters and digits from a cryptographic source, e.g. for API keys.

        Args:
            length (int | Unset): Characters wanted; 32 when unset, unreadable or below 1. Syncthing
                sets no upper bound and holds the whole string in memory (10^12 makes it die out of
                memory): 65536 is the most a client should ask for. Default: 32.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "RandomString",
            await self._sender.call(
                OPERATIONS["svc_random_string"],
                _endpoints.svc_random_string._get_kwargs(
                    length=length,
                ),
                _endpoints.svc_random_string._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def report(
        self,
        *,
        version: int | Unset = UNSET,
    ) -> UsageReport:
        """Preview the anonymous usage report

        ``GET /rest/svc/report`` (Syncthing 1.2.0+)

        What the instance would send as its usage report, whether or not reporting is on.

        Args:
            version (int | Unset): The report format version (1–3); the newest when unset or below 1.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "UsageReport",
            await self._sender.call(
                OPERATIONS["svc_report"],
                _endpoints.svc_report._get_kwargs(
                    version=version,
                ),
                _endpoints.svc_report._parse_response,
                PARSE_CONTEXT,
            ),
        )


__all__ = ["AsyncSvcApi", "SvcApi"]
