"""Request builder and response parser of one operation, used by the ``Syncthing`` / ``AsyncSyncthing`` facade."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_configuration import DeviceConfiguration
from ...types import UNSET, ReadableResponse


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/config/defaults/device",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ReadableResponse
) -> DeviceConfiguration | str | None:
    if response.status_code == 200:
        response_200 = DeviceConfiguration.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None
