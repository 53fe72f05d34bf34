"""Request builder and response parser of one operation, used by the ``Syncthing`` / ``AsyncSyncthing`` facade."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.need_page import NeedPage
from ...types import UNSET, ReadableResponse, Unset


def _get_kwargs(
    *,
    folder: str,
    page: int | Unset = 1,
    perpage: int | Unset = 65536,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["folder"] = folder

    params["page"] = page

    params["perpage"] = perpage

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/db/need",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: ReadableResponse) -> NeedPage | str | None:
    if response.status_code == 200:
        response_200 = NeedPage.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None
