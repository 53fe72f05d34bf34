"""The ``events`` namespace: Syncthing's operations under ``/rest/events/``, sync and async."""

from typing import Any, cast

from ..._send import AsyncSender, SyncSender, decode
from ...models.event import Event
from ...types import UNSET, Unset
from .. import OPERATIONS, PARSE_CONTEXT
from . import events_disk, events_poll


class EventsApi:
    """Sync access to the operations under ``/rest/events/``."""

    __slots__ = ("_sender",)

    def __init__(self, sender: SyncSender) -> None:
        self._sender = sender

    def disk(
        self,
        *,
        since: int | Unset = 0,
        limit: int | Unset = UNSET,
        timeout: int | Unset = 60,
    ) -> list[Event]:
        """Wait for changes seen on disk

        ``GET /rest/events/disk`` (Syncthing 1.2.0+)

        Like `GET /rest/events`, for `LocalChangeDetected` and `RemoteChangeDetected` only: files changed in
        a
        folder by a local program, or by Syncthing applying a remote change.

        Args:
            since (int | Unset):  Default: 0.
            limit (int | Unset):
            timeout (int | Unset):  Default: 60.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["events_disk"],
            events_disk._get_kwargs(
                since=since,
                limit=limit,
                timeout=timeout,
            ),
        )
        return cast(list[Event], decode(events_disk._parse_response, PARSE_CONTEXT, response))

    def poll(
        self,
        *,
        since: int | Unset = 0,
        limit: int | Unset = UNSET,
        timeout: int | Unset = 60,
        events: str | Unset = UNSET,
    ) -> list[Event]:
        """Wait for events

        ``GET /rest/events`` (Syncthing 1.2.0+)

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
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["events_poll"],
            events_poll._get_kwargs(
                since=since,
                limit=limit,
                timeout=timeout,
                events=events,
            ),
        )
        return cast(list[Event], decode(events_poll._parse_response, PARSE_CONTEXT, response))


class AsyncEventsApi:
    """Async access to the operations under ``/rest/events/``."""

    __slots__ = ("_sender",)

    def __init__(self, sender: AsyncSender) -> None:
        self._sender = sender

    async def disk(
        self,
        *,
        since: int | Unset = 0,
        limit: int | Unset = UNSET,
        timeout: int | Unset = 60,
    ) -> list[Event]:
        """Wait for changes seen on disk

        ``GET /rest/events/disk`` (Syncthing 1.2.0+)

        Like `GET /rest/events`, for `LocalChangeDetected` and `RemoteChangeDetected` only: files changed in
        a
        folder by a local program, or by Syncthing applying a remote change.

        Args:
            since (int | Unset):  Default: 0.
            limit (int | Unset):
            timeout (int | Unset):  Default: 60.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = await self._sender.send(
            OPERATIONS["events_disk"],
            events_disk._get_kwargs(
                since=since,
                limit=limit,
                timeout=timeout,
            ),
        )
        return cast(list[Event], decode(events_disk._parse_response, PARSE_CONTEXT, response))

    async def poll(
        self,
        *,
        since: int | Unset = 0,
        limit: int | Unset = UNSET,
        timeout: int | Unset = 60,
        events: str | Unset = UNSET,
    ) -> list[Event]:
        """Wait for events

        ``GET /rest/events`` (Syncthing 1.2.0+)

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
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = await self._sender.send(
            OPERATIONS["events_poll"],
            events_poll._get_kwargs(
                since=since,
                limit=limit,
                timeout=timeout,
                events=events,
            ),
        )
        return cast(list[Event], decode(events_poll._parse_response, PARSE_CONTEXT, response))


__all__ = ["AsyncEventsApi", "EventsApi"]
