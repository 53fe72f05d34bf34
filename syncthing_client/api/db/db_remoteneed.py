from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_page import FilePage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    folder: str,
    device: str,
    page: int | Unset = 1,
    perpage: int | Unset = 65536,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["folder"] = folder

    params["device"] = device

    params["page"] = page

    params["perpage"] = perpage

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/db/remoteneed",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FilePage | str | None:
    if response.status_code == 200:
        response_200 = FilePage.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if response.status_code == 500:
        response_500 = response.text
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FilePage | str]:
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
    device: str,
    page: int | Unset = 1,
    perpage: int | Unset = 65536,
) -> Response[FilePage | str]:
    """List what a remote device still needs of a folder

     Files `device` lacks or has in an older version, by what it has announced; one page at a time.

    Args:
        folder (str):
        device (str):
        page (int | Unset):  Default: 1.
        perpage (int | Unset):  Default: 65536.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FilePage | str]
    """

    kwargs = _get_kwargs(
        folder=folder,
        device=device,
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
    device: str,
    page: int | Unset = 1,
    perpage: int | Unset = 65536,
) -> FilePage | str | None:
    """List what a remote device still needs of a folder

     Files `device` lacks or has in an older version, by what it has announced; one page at a time.

    Args:
        folder (str):
        device (str):
        page (int | Unset):  Default: 1.
        perpage (int | Unset):  Default: 65536.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FilePage | str
    """

    return sync_detailed(
        client=client,
        folder=folder,
        device=device,
        page=page,
        perpage=perpage,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    folder: str,
    device: str,
    page: int | Unset = 1,
    perpage: int | Unset = 65536,
) -> Response[FilePage | str]:
    """List what a remote device still needs of a folder

     Files `device` lacks or has in an older version, by what it has announced; one page at a time.

    Args:
        folder (str):
        device (str):
        page (int | Unset):  Default: 1.
        perpage (int | Unset):  Default: 65536.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FilePage | str]
    """

    kwargs = _get_kwargs(
        folder=folder,
        device=device,
        page=page,
        perpage=perpage,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    folder: str,
    device: str,
    page: int | Unset = 1,
    perpage: int | Unset = 65536,
) -> FilePage | str | None:
    """List what a remote device still needs of a folder

     Files `device` lacks or has in an older version, by what it has announced; one page at a time.

    Args:
        folder (str):
        device (str):
        page (int | Unset):  Default: 1.
        perpage (int | Unset):  Default: 65536.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FilePage | str
    """

    return (
        await asyncio_detailed(
            client=client,
            folder=folder,
            device=device,
            page=page,
            perpage=perpage,
        )
    ).parsed
