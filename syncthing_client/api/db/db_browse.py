from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.browse_entry import BrowseEntry
from ...types import UNSET, Response, Unset


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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[BrowseEntry] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    folder: str,
    prefix: str | Unset = UNSET,
    levels: int | Unset = -1,
    dirsonly: str | Unset = UNSET,
) -> Response[list[BrowseEntry] | str]:
    """Browse the global directory tree of a folder

     Lists what the cluster's global index holds under `prefix`, as a tree of entries. The tree is cut at
    `levels` below the prefix (all levels when unset). An unknown folder is answered with 500.

    Args:
        folder (str):
        prefix (str | Unset):
        levels (int | Unset):  Default: -1.
        dirsonly (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[BrowseEntry] | str]
    """

    kwargs = _get_kwargs(
        folder=folder,
        prefix=prefix,
        levels=levels,
        dirsonly=dirsonly,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    folder: str,
    prefix: str | Unset = UNSET,
    levels: int | Unset = -1,
    dirsonly: str | Unset = UNSET,
) -> list[BrowseEntry] | str | None:
    """Browse the global directory tree of a folder

     Lists what the cluster's global index holds under `prefix`, as a tree of entries. The tree is cut at
    `levels` below the prefix (all levels when unset). An unknown folder is answered with 500.

    Args:
        folder (str):
        prefix (str | Unset):
        levels (int | Unset):  Default: -1.
        dirsonly (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[BrowseEntry] | str
    """

    return sync_detailed(
        client=client,
        folder=folder,
        prefix=prefix,
        levels=levels,
        dirsonly=dirsonly,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    folder: str,
    prefix: str | Unset = UNSET,
    levels: int | Unset = -1,
    dirsonly: str | Unset = UNSET,
) -> Response[list[BrowseEntry] | str]:
    """Browse the global directory tree of a folder

     Lists what the cluster's global index holds under `prefix`, as a tree of entries. The tree is cut at
    `levels` below the prefix (all levels when unset). An unknown folder is answered with 500.

    Args:
        folder (str):
        prefix (str | Unset):
        levels (int | Unset):  Default: -1.
        dirsonly (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[BrowseEntry] | str]
    """

    kwargs = _get_kwargs(
        folder=folder,
        prefix=prefix,
        levels=levels,
        dirsonly=dirsonly,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    folder: str,
    prefix: str | Unset = UNSET,
    levels: int | Unset = -1,
    dirsonly: str | Unset = UNSET,
) -> list[BrowseEntry] | str | None:
    """Browse the global directory tree of a folder

     Lists what the cluster's global index holds under `prefix`, as a tree of entries. The tree is cut at
    `levels` below the prefix (all levels when unset). An unknown folder is answered with 500.

    Args:
        folder (str):
        prefix (str | Unset):
        levels (int | Unset):  Default: -1.
        dirsonly (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[BrowseEntry] | str
    """

    return (
        await asyncio_detailed(
            client=client,
            folder=folder,
            prefix=prefix,
            levels=levels,
            dirsonly=dirsonly,
        )
    ).parsed
