from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.need_page import NeedPage
from ...types import UNSET, Response, Unset


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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> NeedPage | str | None:
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[NeedPage | str]:
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
    page: int | Unset = 1,
    perpage: int | Unset = 65536,
) -> Response[NeedPage | str]:
    """List what this device still needs of a folder

     Files this device must fetch or change to be in sync, in three sections: `progress` (being pulled
    now), `queued` (next), `rest`. A page is cut from the three sections taken in that order, so one
    page
    may span several sections.

    Args:
        folder (str):
        page (int | Unset):  Default: 1.
        perpage (int | Unset):  Default: 65536.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NeedPage | str]
    """

    kwargs = _get_kwargs(
        folder=folder,
        page=page,
        perpage=perpage,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    folder: str,
    page: int | Unset = 1,
    perpage: int | Unset = 65536,
) -> NeedPage | str | None:
    """List what this device still needs of a folder

     Files this device must fetch or change to be in sync, in three sections: `progress` (being pulled
    now), `queued` (next), `rest`. A page is cut from the three sections taken in that order, so one
    page
    may span several sections.

    Args:
        folder (str):
        page (int | Unset):  Default: 1.
        perpage (int | Unset):  Default: 65536.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NeedPage | str
    """

    return sync_detailed(
        client=client,
        folder=folder,
        page=page,
        perpage=perpage,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    folder: str,
    page: int | Unset = 1,
    perpage: int | Unset = 65536,
) -> Response[NeedPage | str]:
    """List what this device still needs of a folder

     Files this device must fetch or change to be in sync, in three sections: `progress` (being pulled
    now), `queued` (next), `rest`. A page is cut from the three sections taken in that order, so one
    page
    may span several sections.

    Args:
        folder (str):
        page (int | Unset):  Default: 1.
        perpage (int | Unset):  Default: 65536.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NeedPage | str]
    """

    kwargs = _get_kwargs(
        folder=folder,
        page=page,
        perpage=perpage,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    folder: str,
    page: int | Unset = 1,
    perpage: int | Unset = 65536,
) -> NeedPage | str | None:
    """List what this device still needs of a folder

     Files this device must fetch or change to be in sync, in three sections: `progress` (being pulled
    now), `queued` (next), `rest`. A page is cut from the three sections taken in that order, so one
    page
    may span several sections.

    Args:
        folder (str):
        page (int | Unset):  Default: 1.
        perpage (int | Unset):  Default: 65536.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NeedPage | str
    """

    return (
        await asyncio_detailed(
            client=client,
            folder=folder,
            page=page,
            perpage=perpage,
        )
    ).parsed
