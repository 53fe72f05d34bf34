from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.db_file import DbFile
from ...types import UNSET, Response


def _get_kwargs(
    *,
    folder: str,
    file: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["folder"] = folder

    params["file"] = file

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/db/file",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DbFile | str | None:
    if response.status_code == 200:
        response_200 = DbFile.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DbFile | str]:
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
    file: str,
) -> Response[DbFile | str]:
    """Get everything the index knows about one file

     The global (cluster-wide newest) and local versions of a file, which devices have it, and the
    modification-time mapping. A file in neither index is answered with 404 `No such object in the
    index`.

    Args:
        folder (str):
        file (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DbFile | str]
    """

    kwargs = _get_kwargs(
        folder=folder,
        file=file,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    folder: str,
    file: str,
) -> DbFile | str | None:
    """Get everything the index knows about one file

     The global (cluster-wide newest) and local versions of a file, which devices have it, and the
    modification-time mapping. A file in neither index is answered with 404 `No such object in the
    index`.

    Args:
        folder (str):
        file (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DbFile | str
    """

    return sync_detailed(
        client=client,
        folder=folder,
        file=file,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    folder: str,
    file: str,
) -> Response[DbFile | str]:
    """Get everything the index knows about one file

     The global (cluster-wide newest) and local versions of a file, which devices have it, and the
    modification-time mapping. A file in neither index is answered with 404 `No such object in the
    index`.

    Args:
        folder (str):
        file (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DbFile | str]
    """

    kwargs = _get_kwargs(
        folder=folder,
        file=file,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    folder: str,
    file: str,
) -> DbFile | str | None:
    """Get everything the index knows about one file

     The global (cluster-wide newest) and local versions of a file, which devices have it, and the
    modification-time mapping. A file in neither index is answered with 404 `No such object in the
    index`.

    Args:
        folder (str):
        file (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DbFile | str
    """

    return (
        await asyncio_detailed(
            client=client,
            folder=folder,
            file=file,
        )
    ).parsed
