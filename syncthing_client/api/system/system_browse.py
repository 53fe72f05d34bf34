from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    current: str | Unset = UNSET,
    filesystem: str | Unset = "basic",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["current"] = current

    params["filesystem"] = filesystem

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/system/browse",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[str] | str | None:
    if response.status_code == 200:
        response_200 = cast(list[str], response.json())

        return response_200

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[str] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    current: str | Unset = UNSET,
    filesystem: str | Unset = "basic",
) -> Response[list[str] | str]:
    """List directories matching a path prefix

     Completes a directory path the way the GUI's folder-path field does. With `current` empty or
    unset the answer lists the roots (on Unix, the entries of `/`). Answers an empty list when nothing
    matches. Directories end with the path separator on 1.19.2 and without it on 1.29.5.

    Args:
        current (str | Unset):
        filesystem (str | Unset):  Default: 'basic'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[str] | str]
    """

    kwargs = _get_kwargs(
        current=current,
        filesystem=filesystem,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    current: str | Unset = UNSET,
    filesystem: str | Unset = "basic",
) -> list[str] | str | None:
    """List directories matching a path prefix

     Completes a directory path the way the GUI's folder-path field does. With `current` empty or
    unset the answer lists the roots (on Unix, the entries of `/`). Answers an empty list when nothing
    matches. Directories end with the path separator on 1.19.2 and without it on 1.29.5.

    Args:
        current (str | Unset):
        filesystem (str | Unset):  Default: 'basic'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[str] | str
    """

    return sync_detailed(
        client=client,
        current=current,
        filesystem=filesystem,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    current: str | Unset = UNSET,
    filesystem: str | Unset = "basic",
) -> Response[list[str] | str]:
    """List directories matching a path prefix

     Completes a directory path the way the GUI's folder-path field does. With `current` empty or
    unset the answer lists the roots (on Unix, the entries of `/`). Answers an empty list when nothing
    matches. Directories end with the path separator on 1.19.2 and without it on 1.29.5.

    Args:
        current (str | Unset):
        filesystem (str | Unset):  Default: 'basic'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[str] | str]
    """

    kwargs = _get_kwargs(
        current=current,
        filesystem=filesystem,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    current: str | Unset = UNSET,
    filesystem: str | Unset = "basic",
) -> list[str] | str | None:
    """List directories matching a path prefix

     Completes a directory path the way the GUI's folder-path field does. With `current` empty or
    unset the answer lists the roots (on Unix, the entries of `/`). Answers an empty list when nothing
    matches. Directories end with the path separator on 1.19.2 and without it on 1.29.5.

    Args:
        current (str | Unset):
        filesystem (str | Unset):  Default: 'basic'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[str] | str
    """

    return (
        await asyncio_detailed(
            client=client,
            current=current,
            filesystem=filesystem,
        )
    ).parsed
