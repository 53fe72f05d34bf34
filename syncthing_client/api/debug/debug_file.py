from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.debug_file import DebugFile
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
        "url": "/rest/debug/file",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DebugFile | str | None:
    if response.status_code == 200:
        response_200 = DebugFile.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DebugFile | str]:
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
) -> Response[DebugFile | str]:
    """Get a file's index entries and global version list

     Like `GET /rest/db/file`, plus the raw global version list. A file in no index comes back as empty
    entries (1.19.2); 1.29.5 drops the connection instead. Both releases keep a database snapshot open
    afterwards, so the next stop or restart of the server takes about 10 s longer.

    Args:
        folder (str):
        file (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DebugFile | str]
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
) -> DebugFile | str | None:
    """Get a file's index entries and global version list

     Like `GET /rest/db/file`, plus the raw global version list. A file in no index comes back as empty
    entries (1.19.2); 1.29.5 drops the connection instead. Both releases keep a database snapshot open
    afterwards, so the next stop or restart of the server takes about 10 s longer.

    Args:
        folder (str):
        file (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DebugFile | str
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
) -> Response[DebugFile | str]:
    """Get a file's index entries and global version list

     Like `GET /rest/db/file`, plus the raw global version list. A file in no index comes back as empty
    entries (1.19.2); 1.29.5 drops the connection instead. Both releases keep a database snapshot open
    afterwards, so the next stop or restart of the server takes about 10 s longer.

    Args:
        folder (str):
        file (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DebugFile | str]
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
) -> DebugFile | str | None:
    """Get a file's index entries and global version list

     Like `GET /rest/db/file`, plus the raw global version list. A file in no index comes back as empty
    entries (1.19.2); 1.29.5 drops the connection instead. Both releases keep a database snapshot open
    afterwards, so the next stop or restart of the server takes about 10 s longer.

    Args:
        folder (str):
        file (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DebugFile | str
    """

    return (
        await asyncio_detailed(
            client=client,
            folder=folder,
            file=file,
        )
    ).parsed
