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
    events: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["since"] = since

    params["limit"] = limit

    params["timeout"] = timeout

    params["events"] = events

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/events",
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
    events: str | Unset = UNSET,
) -> Response[list[Event] | str]:
    """Wait for events

     Long poll: answers as soon as there are events with an ID above `since`, or with `[]` after
    `timeout`
    seconds. Headers are sent at once and the body when the poll ends. Each distinct `events` filter is
    its
    own subscription, created on first use: it sees only later events, numbers them from 1 and keeps the
    newest 1000 (a slow reader sees a jump in IDs). Disk events are not included (see
    `/rest/events/disk`).
    After a restart, IDs start again from 1. Unreadable `since` or `timeout` values are taken as their
    defaults.

    Args:
        since (int | Unset):  Default: 0.
        limit (int | Unset):
        timeout (int | Unset):  Default: 60.
        events (str | Unset):

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
        events=events,
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
    events: str | Unset = UNSET,
) -> list[Event] | str | None:
    """Wait for events

     Long poll: answers as soon as there are events with an ID above `since`, or with `[]` after
    `timeout`
    seconds. Headers are sent at once and the body when the poll ends. Each distinct `events` filter is
    its
    own subscription, created on first use: it sees only later events, numbers them from 1 and keeps the
    newest 1000 (a slow reader sees a jump in IDs). Disk events are not included (see
    `/rest/events/disk`).
    After a restart, IDs start again from 1. Unreadable `since` or `timeout` values are taken as their
    defaults.

    Args:
        since (int | Unset):  Default: 0.
        limit (int | Unset):
        timeout (int | Unset):  Default: 60.
        events (str | Unset):

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
        events=events,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    since: int | Unset = 0,
    limit: int | Unset = UNSET,
    timeout: int | Unset = 60,
    events: str | Unset = UNSET,
) -> Response[list[Event] | str]:
    """Wait for events

     Long poll: answers as soon as there are events with an ID above `since`, or with `[]` after
    `timeout`
    seconds. Headers are sent at once and the body when the poll ends. Each distinct `events` filter is
    its
    own subscription, created on first use: it sees only later events, numbers them from 1 and keeps the
    newest 1000 (a slow reader sees a jump in IDs). Disk events are not included (see
    `/rest/events/disk`).
    After a restart, IDs start again from 1. Unreadable `since` or `timeout` values are taken as their
    defaults.

    Args:
        since (int | Unset):  Default: 0.
        limit (int | Unset):
        timeout (int | Unset):  Default: 60.
        events (str | Unset):

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
        events=events,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    since: int | Unset = 0,
    limit: int | Unset = UNSET,
    timeout: int | Unset = 60,
    events: str | Unset = UNSET,
) -> list[Event] | str | None:
    """Wait for events

     Long poll: answers as soon as there are events with an ID above `since`, or with `[]` after
    `timeout`
    seconds. Headers are sent at once and the body when the poll ends. Each distinct `events` filter is
    its
    own subscription, created on first use: it sees only later events, numbers them from 1 and keeps the
    newest 1000 (a slow reader sees a jump in IDs). Disk events are not included (see
    `/rest/events/disk`).
    After a restart, IDs start again from 1. Unreadable `since` or `timeout` values are taken as their
    defaults.

    Args:
        since (int | Unset):  Default: 0.
        limit (int | Unset):
        timeout (int | Unset):  Default: 60.
        events (str | Unset):

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
            events=events,
        )
    ).parsed
