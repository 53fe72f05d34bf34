from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event import Event
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    since: int | Unset = 0,
    limit: int | Unset = UNSET,
    timeout: int | Unset = 60,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["since"] = since

    params["limit"] = limit

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/events/disk",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Event] | str | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = [
            Event.from_dict(componentsschemas_event_list_item_data)
            for componentsschemas_event_list_item_data in _response_200
        ]

        return response_200

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[Event] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    since: int | Unset = 0,
    limit: int | Unset = UNSET,
    timeout: int | Unset = 60,
) -> Response[list[Event] | str]:
    """Wait for changes seen on disk

     Like `GET /rest/events`, for `LocalChangeDetected` and `RemoteChangeDetected` only: files changed in
    a
    folder by a local program, or by Syncthing applying a remote change.

    Args:
        since (int | Unset):  Default: 0.
        limit (int | Unset):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Event] | str]
    """

    kwargs = _get_kwargs(
        since=since,
        limit=limit,
        timeout=timeout,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    since: int | Unset = 0,
    limit: int | Unset = UNSET,
    timeout: int | Unset = 60,
) -> list[Event] | str | None:
    """Wait for changes seen on disk

     Like `GET /rest/events`, for `LocalChangeDetected` and `RemoteChangeDetected` only: files changed in
    a
    folder by a local program, or by Syncthing applying a remote change.

    Args:
        since (int | Unset):  Default: 0.
        limit (int | Unset):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Event] | str
    """

    return sync_detailed(
        client=client,
        since=since,
        limit=limit,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    since: int | Unset = 0,
    limit: int | Unset = UNSET,
    timeout: int | Unset = 60,
) -> Response[list[Event] | str]:
    """Wait for changes seen on disk

     Like `GET /rest/events`, for `LocalChangeDetected` and `RemoteChangeDetected` only: files changed in
    a
    folder by a local program, or by Syncthing applying a remote change.

    Args:
        since (int | Unset):  Default: 0.
        limit (int | Unset):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Event] | str]
    """

    kwargs = _get_kwargs(
        since=since,
        limit=limit,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    since: int | Unset = 0,
    limit: int | Unset = UNSET,
    timeout: int | Unset = 60,
) -> list[Event] | str | None:
    """Wait for changes seen on disk

     Like `GET /rest/events`, for `LocalChangeDetected` and `RemoteChangeDetected` only: files changed in
    a
    folder by a local program, or by Syncthing applying a remote change.

    Args:
        since (int | Unset):  Default: 0.
        limit (int | Unset):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Event] | str
    """

    return (
        await asyncio_detailed(
            client=client,
            since=since,
            limit=limit,
            timeout=timeout,
        )
    ).parsed
