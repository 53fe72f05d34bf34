from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pending_folders import PendingFolders
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    device: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["device"] = device

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/cluster/pending/folders",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PendingFolders | str | None:
    if response.status_code == 200:
        response_200 = PendingFolders.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = response.text
        return response_400

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
) -> Response[PendingFolders | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    device: str | Unset = UNSET,
) -> Response[PendingFolders | str]:
    """List folders other devices offered that are not configured

     For each offered folder ID, the devices that offered it, when, and under which label.

    Args:
        device (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PendingFolders | str]
    """

    kwargs = _get_kwargs(
        device=device,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    device: str | Unset = UNSET,
) -> PendingFolders | str | None:
    """List folders other devices offered that are not configured

     For each offered folder ID, the devices that offered it, when, and under which label.

    Args:
        device (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PendingFolders | str
    """

    return sync_detailed(
        client=client,
        device=device,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    device: str | Unset = UNSET,
) -> Response[PendingFolders | str]:
    """List folders other devices offered that are not configured

     For each offered folder ID, the devices that offered it, when, and under which label.

    Args:
        device (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PendingFolders | str]
    """

    kwargs = _get_kwargs(
        device=device,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    device: str | Unset = UNSET,
) -> PendingFolders | str | None:
    """List folders other devices offered that are not configured

     For each offered folder ID, the devices that offered it, when, and under which label.

    Args:
        device (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PendingFolders | str
    """

    return (
        await asyncio_detailed(
            client=client,
            device=device,
        )
    ).parsed
