from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.random_string import RandomString
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    length: int | Unset = 32,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["length"] = length

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/svc/random/string",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RandomString | str | None:
    if response.status_code == 200:
        response_200 = RandomString.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[RandomString | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    length: int | Unset = 32,
) -> Response[RandomString | str]:
    """Make a random string

     Letters and digits from a cryptographic source, e.g. for API keys.

    Args:
        length (int | Unset):  Default: 32.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RandomString | str]
    """

    kwargs = _get_kwargs(
        length=length,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    length: int | Unset = 32,
) -> RandomString | str | None:
    """Make a random string

     Letters and digits from a cryptographic source, e.g. for API keys.

    Args:
        length (int | Unset):  Default: 32.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RandomString | str
    """

    return sync_detailed(
        client=client,
        length=length,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    length: int | Unset = 32,
) -> Response[RandomString | str]:
    """Make a random string

     Letters and digits from a cryptographic source, e.g. for API keys.

    Args:
        length (int | Unset):  Default: 32.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RandomString | str]
    """

    kwargs = _get_kwargs(
        length=length,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    length: int | Unset = 32,
) -> RandomString | str | None:
    """Make a random string

     Letters and digits from a cryptographic source, e.g. for API keys.

    Args:
        length (int | Unset):  Default: 32.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RandomString | str
    """

    return (
        await asyncio_detailed(
            client=client,
            length=length,
        )
    ).parsed
