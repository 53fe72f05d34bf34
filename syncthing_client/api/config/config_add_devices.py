from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_configuration import DeviceConfiguration
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: list[DeviceConfiguration],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rest/config/devices",
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | str | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[DeviceConfiguration],
) -> Response[Any | str]:
    """Add several devices, replacing those with the same ID

     Each entry replaces the device with the same ID or is added; devices the list leaves out are kept.
    Missing fields of each entry take the device defaults. 1.19.2 answers 200 and changes nothing when
    the body is not a list.

    Args:
        body (list[DeviceConfiguration]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: list[DeviceConfiguration],
) -> Any | str | None:
    """Add several devices, replacing those with the same ID

     Each entry replaces the device with the same ID or is added; devices the list leaves out are kept.
    Missing fields of each entry take the device defaults. 1.19.2 answers 200 and changes nothing when
    the body is not a list.

    Args:
        body (list[DeviceConfiguration]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[DeviceConfiguration],
) -> Response[Any | str]:
    """Add several devices, replacing those with the same ID

     Each entry replaces the device with the same ID or is added; devices the list leaves out are kept.
    Missing fields of each entry take the device defaults. 1.19.2 answers 200 and changes nothing when
    the body is not a list.

    Args:
        body (list[DeviceConfiguration]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[DeviceConfiguration],
) -> Any | str | None:
    """Add several devices, replacing those with the same ID

     Each entry replaces the device with the same ID or is added; devices the list leaves out are kept.
    Missing fields of each entry take the device defaults. 1.19.2 answers 200 and changes nothing when
    the body is not a list.

    Args:
        body (list[DeviceConfiguration]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
