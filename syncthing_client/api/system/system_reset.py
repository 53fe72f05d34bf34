from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    folder: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["folder"] = folder

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/system/reset",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> str | None:
    if response.status_code == 200:
        response_200 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[str]:
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
) -> Response[str]:
    """Reset the database of one folder, or of all, and restart

     Drops the index of the folder (or of every folder) so that it is rebuilt from disk and from peers,
    then restarts Syncthing. The answer is a JSON-looking text such as
    `{"ok": "resetting folder default"}`, sent as text/plain. An unknown folder is answered with 500
    `Invalid folder ID`.

    Args:
        folder (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
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
    folder: str | Unset = UNSET,
) -> str | None:
    """Reset the database of one folder, or of all, and restart

     Drops the index of the folder (or of every folder) so that it is rebuilt from disk and from peers,
    then restarts Syncthing. The answer is a JSON-looking text such as
    `{"ok": "resetting folder default"}`, sent as text/plain. An unknown folder is answered with 500
    `Invalid folder ID`.

    Args:
        folder (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return sync_detailed(
        client=client,
        folder=folder,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    folder: str | Unset = UNSET,
) -> Response[str]:
    """Reset the database of one folder, or of all, and restart

     Drops the index of the folder (or of every folder) so that it is rebuilt from disk and from peers,
    then restarts Syncthing. The answer is a JSON-looking text such as
    `{"ok": "resetting folder default"}`, sent as text/plain. An unknown folder is answered with 500
    `Invalid folder ID`.

    Args:
        folder (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        folder=folder,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    folder: str | Unset = UNSET,
) -> str | None:
    """Reset the database of one folder, or of all, and restart

     Drops the index of the folder (or of every folder) so that it is rebuilt from disk and from peers,
    then restarts Syncthing. The answer is a JSON-looking text such as
    `{"ok": "resetting folder default"}`, sent as text/plain. An unknown folder is answered with 500
    `Invalid folder ID`.

    Args:
        folder (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return (
        await asyncio_detailed(
            client=client,
            folder=folder,
        )
    ).parsed
