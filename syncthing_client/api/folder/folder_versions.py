from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_versions_map import FileVersionsMap
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
        "url": "/rest/folder/versions",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FileVersionsMap | str | None:
    if response.status_code == 200:
        response_200 = FileVersionsMap.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FileVersionsMap | str]:
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
) -> Response[FileVersionsMap | str]:
    """List the old file versions kept by a folder's versioning

     For each file with archived versions, the versions kept, newest first. A folder without versioning
    is answered with 500 `folder has no versioner`; an unknown one with 500 too.

    Args:
        folder (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileVersionsMap | str]
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
) -> FileVersionsMap | str | None:
    """List the old file versions kept by a folder's versioning

     For each file with archived versions, the versions kept, newest first. A folder without versioning
    is answered with 500 `folder has no versioner`; an unknown one with 500 too.

    Args:
        folder (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileVersionsMap | str
    """

    return sync_detailed(
        client=client,
        folder=folder,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    folder: str,
) -> Response[FileVersionsMap | str]:
    """List the old file versions kept by a folder's versioning

     For each file with archived versions, the versions kept, newest first. A folder without versioning
    is answered with 500 `folder has no versioner`; an unknown one with 500 too.

    Args:
        folder (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileVersionsMap | str]
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
) -> FileVersionsMap | str | None:
    """List the old file versions kept by a folder's versioning

     For each file with archived versions, the versions kept, newest first. A folder without versioning
    is answered with 500 `folder has no versioner`; an unknown one with 500 too.

    Args:
        folder (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileVersionsMap | str
    """

    return (
        await asyncio_detailed(
            client=client,
            folder=folder,
        )
    ).parsed
