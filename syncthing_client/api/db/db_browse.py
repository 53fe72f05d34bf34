"""Request builder and response parser of one operation, used by the ``Syncthing`` / ``AsyncSyncthing`` facade."""

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.browse_entry import BrowseEntry
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    folder: str,
    prefix: str | Unset = UNSET,
    levels: int | Unset = -1,
    dirsonly: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["folder"] = folder

    params["prefix"] = prefix

    params["levels"] = levels

    params["dirsonly"] = dirsonly

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/db/browse",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[BrowseEntry] | str | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = [
            BrowseEntry.from_dict(componentsschemas_browse_entries_item_data)
            for componentsschemas_browse_entries_item_data in _response_200
        ]

        return response_200

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 500:
        response_500 = response.text
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None
