from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.completion import Completion
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    folder: str | Unset = UNSET,
    device: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["folder"] = folder

    params["device"] = device

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/db/completion",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Completion | str | None:
    if response.status_code == 200:
        response_200 = Completion.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = response.text
        return response_400

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Completion | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    folder: str | Unset = UNSET,
    device: str | Unset = UNSET,
) -> Response[Completion | str]:
    """Get how complete a device is, for one folder or all

     How much of the global state `device` has, in percent and in items and bytes still needed. Without
    `folder`, aggregated over every folder shared with the device; without `device`, for this device. A
    remote device that has announced nothing yet (sequence 0) reads 100 %.

    Args:
        folder (str | Unset):
        device (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Completion | str]
    """

    kwargs = _get_kwargs(
        folder=folder,
        device=device,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    folder: str | Unset = UNSET,
    device: str | Unset = UNSET,
) -> Completion | str | None:
    """Get how complete a device is, for one folder or all

     How much of the global state `device` has, in percent and in items and bytes still needed. Without
    `folder`, aggregated over every folder shared with the device; without `device`, for this device. A
    remote device that has announced nothing yet (sequence 0) reads 100 %.

    Args:
        folder (str | Unset):
        device (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Completion | str
    """

    return sync_detailed(
        client=client,
        folder=folder,
        device=device,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    folder: str | Unset = UNSET,
    device: str | Unset = UNSET,
) -> Response[Completion | str]:
    """Get how complete a device is, for one folder or all

     How much of the global state `device` has, in percent and in items and bytes still needed. Without
    `folder`, aggregated over every folder shared with the device; without `device`, for this device. A
    remote device that has announced nothing yet (sequence 0) reads 100 %.

    Args:
        folder (str | Unset):
        device (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Completion | str]
    """

    kwargs = _get_kwargs(
        folder=folder,
        device=device,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    folder: str | Unset = UNSET,
    device: str | Unset = UNSET,
) -> Completion | str | None:
    """Get how complete a device is, for one folder or all

     How much of the global state `device` has, in percent and in items and bytes still needed. Without
    `folder`, aggregated over every folder shared with the device; without `device`, for this device. A
    remote device that has announced nothing yet (sequence 0) reads 100 %.

    Args:
        folder (str | Unset):
        device (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Completion | str
    """

    return (
        await asyncio_detailed(
            client=client,
            folder=folder,
            device=device,
        )
    ).parsed
