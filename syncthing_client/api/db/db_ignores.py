from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ignores import Ignores
from ...types import UNSET, Response


def _get_kwargs(
    *,
    folder: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["folder"] = folder

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/db/ignores",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Ignores | str | None:
    if response.status_code == 200:
        response_200 = Ignores.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Ignores | str]:
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
) -> Response[Ignores | str]:
    """Get a folder's ignore patterns

     The lines of the folder's `.stignore` and the patterns they expand to (includes resolved). Empty
    lists are sent as `null`. Lines that do not parse are reported in `error` with a 200; so is any
    other
    problem reading them from 1.29.5 on (an unknown folder among them), which 1.19.2 answers with 500.

    Args:
        folder (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Ignores | str]
    """

    kwargs = _get_kwargs(
        folder=folder,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    folder: str,
) -> Ignores | str | None:
    """Get a folder's ignore patterns

     The lines of the folder's `.stignore` and the patterns they expand to (includes resolved). Empty
    lists are sent as `null`. Lines that do not parse are reported in `error` with a 200; so is any
    other
    problem reading them from 1.29.5 on (an unknown folder among them), which 1.19.2 answers with 500.

    Args:
        folder (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Ignores | str
    """

    return sync_detailed(
        client=client,
        folder=folder,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    folder: str,
) -> Response[Ignores | str]:
    """Get a folder's ignore patterns

     The lines of the folder's `.stignore` and the patterns they expand to (includes resolved). Empty
    lists are sent as `null`. Lines that do not parse are reported in `error` with a 200; so is any
    other
    problem reading them from 1.29.5 on (an unknown folder among them), which 1.19.2 answers with 500.

    Args:
        folder (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Ignores | str]
    """

    kwargs = _get_kwargs(
        folder=folder,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    folder: str,
) -> Ignores | str | None:
    """Get a folder's ignore patterns

     The lines of the folder's `.stignore` and the patterns they expand to (includes resolved). Empty
    lists are sent as `null`. Lines that do not parse are reported in `error` with a 200; so is any
    other
    problem reading them from 1.29.5 on (an unknown folder among them), which 1.19.2 answers with 500.

    Args:
        folder (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Ignores | str
    """

    return (
        await asyncio_detailed(
            client=client,
            folder=folder,
        )
    ).parsed
