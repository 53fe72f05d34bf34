"""Request builder and response parser of one operation, used by the ``Syncthing`` / ``AsyncSyncthing`` facade."""

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event import Event
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    since: int | Unset = 0,
    limit: int | Unset = UNSET,
    timeout: int | Unset = 60,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["since"] = since

    params["limit"] = limit

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/events/disk",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Event] | str | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = [
            Event.from_dict(componentsschemas_event_list_item_data)
            for componentsschemas_event_list_item_data in _response_200
        ]

        return response_200

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None
