"""The ``events`` namespace: Syncthing's operations under ``/rest/events/``, sync and async."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, cast

from ..._send import AsyncSender, SyncSender, decode
from ...types import UNSET, Unset
from .. import OPERATIONS, PARSE_CONTEXT

if TYPE_CHECKING:
    from ...models.cluster_config_received_event import ClusterConfigReceivedEvent
    from ...models.config_saved_event import ConfigSavedEvent
    from ...models.device_connected_event import DeviceConnectedEvent
    from ...models.device_disconnected_event import DeviceDisconnectedEvent
    from ...models.device_discovered_event import DeviceDiscoveredEvent
    from ...models.device_paused_event import DevicePausedEvent
    from ...models.device_rejected_event import DeviceRejectedEvent
    from ...models.device_resumed_event import DeviceResumedEvent
    from ...models.download_progress_event import DownloadProgressEvent
    from ...models.event import Event
    from ...models.event_type import EventType
    from ...models.failure_event import FailureEvent
    from ...models.folder_completion_event import FolderCompletionEvent
    from ...models.folder_errors_event import FolderErrorsEvent
    from ...models.folder_paused_event import FolderPausedEvent
    from ...models.folder_rejected_event import FolderRejectedEvent
    from ...models.folder_resumed_event import FolderResumedEvent
    from ...models.folder_scan_progress_event import FolderScanProgressEvent
    from ...models.folder_summary_event import FolderSummaryEvent
    from ...models.folder_watch_state_changed_event import FolderWatchStateChangedEvent
    from ...models.item_finished_event import ItemFinishedEvent
    from ...models.item_started_event import ItemStartedEvent
    from ...models.listen_addresses_changed_event import ListenAddressesChangedEvent
    from ...models.local_change_detected_event import LocalChangeDetectedEvent
    from ...models.local_index_updated_event import LocalIndexUpdatedEvent
    from ...models.login_attempt_event import LoginAttemptEvent
    from ...models.pending_devices_changed_event import PendingDevicesChangedEvent
    from ...models.pending_folders_changed_event import PendingFoldersChangedEvent
    from ...models.remote_change_detected_event import RemoteChangeDetectedEvent
    from ...models.remote_download_progress_event import RemoteDownloadProgressEvent
    from ...models.remote_index_updated_event import RemoteIndexUpdatedEvent
    from ...models.starting_event import StartingEvent
    from ...models.startup_complete_event import StartupCompleteEvent
    from ...models.state_changed_event import StateChangedEvent
    from ...models.upgrade_restart_scheduled_event import UpgradeRestartScheduledEvent
    from .. import events as _endpoints
    from . import events_disk, events_poll
else:
    from ..._lazy import lazy_attributes

    _endpoints = sys.modules[__name__]
    __getattr__, __dir__ = lazy_attributes(
        __name__,
        {},
        (
            "events_disk",
            "events_poll",
        ),
    )


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
    ) -> list[Event | LocalChangeDetectedEvent | RemoteChangeDetectedEvent]:
        """Wait for changes seen on disk

        ``GET /rest/events/disk`` (Syncthing 1.2.0+)

        Like `GET /rest/events`, for `LocalChangeDetected` and `RemoteChangeDetected` only: files changed in
        a
        folder by a local program, or by Syncthing applying a remote change.

        Args:
            since (int | Unset): Answer events with an ID above this; 0 (the default) for every event
                still buffered. Default: 0.
            limit (int | Unset): Answer only the newest this many events (older ones of the answer are
                dropped: use only to skip history).
            timeout (int | Unset): Seconds to wait for an event before answering `[]`; 0 answers at
                once. A client's read timeout must be longer. Default: 60.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["events_disk"],
            _endpoints.events_disk._get_kwargs(
                since=since,
                limit=limit,
                timeout=timeout,
            ),
        )
        return cast(
            "list[Event | LocalChangeDetectedEvent | RemoteChangeDetectedEvent]",
            decode(_endpoints.events_disk._parse_response, PARSE_CONTEXT, response),
        )

    def poll(
        self,
        *,
        since: int | Unset = 0,
        limit: int | Unset = UNSET,
        timeout: int | Unset = 60,
        events: list[EventType] | Unset = UNSET,
    ) -> list[
        ClusterConfigReceivedEvent
        | ConfigSavedEvent
        | DeviceConnectedEvent
        | DeviceDisconnectedEvent
        | DeviceDiscoveredEvent
        | DevicePausedEvent
        | DeviceRejectedEvent
        | DeviceResumedEvent
        | DownloadProgressEvent
        | Event
        | FailureEvent
        | FolderCompletionEvent
        | FolderErrorsEvent
        | FolderPausedEvent
        | FolderRejectedEvent
        | FolderResumedEvent
        | FolderScanProgressEvent
        | FolderSummaryEvent
        | FolderWatchStateChangedEvent
        | ItemFinishedEvent
        | ItemStartedEvent
        | ListenAddressesChangedEvent
        | LocalChangeDetectedEvent
        | LocalIndexUpdatedEvent
        | LoginAttemptEvent
        | PendingDevicesChangedEvent
        | PendingFoldersChangedEvent
        | RemoteChangeDetectedEvent
        | RemoteDownloadProgressEvent
        | RemoteIndexUpdatedEvent
        | StartingEvent
        | StartupCompleteEvent
        | StateChangedEvent
        | UpgradeRestartScheduledEvent
    ]:
        """Wait for events

        ``GET /rest/events`` (Syncthing 1.2.0+)

        Long poll: answers as soon as there are events with an ID above `since`, or with `[]` after
        `timeout`
        seconds. Headers are sent at once and the body when the poll ends. Each distinct `events` filter is
        its
        own subscription, created on first use: it sees only later events, numbers them from 1 and keeps the
        newest 1000 (a slow reader sees a jump in IDs). Disk events come only when `events` names them (see
        `/rest/events/disk`).
        After a restart, IDs start again from 1. Unreadable `since` or `timeout` values are taken as their
        defaults.

        Args:
            since (int | Unset): Answer events with an ID above this; 0 (the default) for every event
                still buffered. Default: 0.
            limit (int | Unset): Answer only the newest this many events (older ones of the answer are
                dropped: use only to skip history).
            timeout (int | Unset): Seconds to wait for an event before answering `[]`; 0 answers at
                once. A client's read timeout must be longer. Default: 60.
            events (list[EventType] | Unset): The event types to subscribe to, comma-separated
                (`events=ItemFinished,FolderCompletion`); every type but the disk ones when unset.
                Syncthing ignores a name it does not know: a filter of unknown names only is a
                subscription that never sees an event.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["events_poll"],
            _endpoints.events_poll._get_kwargs(
                since=since,
                limit=limit,
                timeout=timeout,
                events=events,
            ),
        )
        return cast(
            "list[ClusterConfigReceivedEvent | ConfigSavedEvent | DeviceConnectedEvent | DeviceDisconnectedEvent | DeviceDiscoveredEvent | DevicePausedEvent | DeviceRejectedEvent | DeviceResumedEvent | DownloadProgressEvent | Event | FailureEvent | FolderCompletionEvent | FolderErrorsEvent | FolderPausedEvent | FolderRejectedEvent | FolderResumedEvent | FolderScanProgressEvent | FolderSummaryEvent | FolderWatchStateChangedEvent | ItemFinishedEvent | ItemStartedEvent | ListenAddressesChangedEvent | LocalChangeDetectedEvent | LocalIndexUpdatedEvent | LoginAttemptEvent | PendingDevicesChangedEvent | PendingFoldersChangedEvent | RemoteChangeDetectedEvent | RemoteDownloadProgressEvent | RemoteIndexUpdatedEvent | StartingEvent | StartupCompleteEvent | StateChangedEvent | UpgradeRestartScheduledEvent]",
            decode(_endpoints.events_poll._parse_response, PARSE_CONTEXT, response),
        )


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
    ) -> list[Event | LocalChangeDetectedEvent | RemoteChangeDetectedEvent]:
        """Wait for changes seen on disk

        ``GET /rest/events/disk`` (Syncthing 1.2.0+)

        Like `GET /rest/events`, for `LocalChangeDetected` and `RemoteChangeDetected` only: files changed in
        a
        folder by a local program, or by Syncthing applying a remote change.

        Args:
            since (int | Unset): Answer events with an ID above this; 0 (the default) for every event
                still buffered. Default: 0.
            limit (int | Unset): Answer only the newest this many events (older ones of the answer are
                dropped: use only to skip history).
            timeout (int | Unset): Seconds to wait for an event before answering `[]`; 0 answers at
                once. A client's read timeout must be longer. Default: 60.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "list[Event | LocalChangeDetectedEvent | RemoteChangeDetectedEvent]",
            await self._sender.call(
                OPERATIONS["events_disk"],
                _endpoints.events_disk._get_kwargs(
                    since=since,
                    limit=limit,
                    timeout=timeout,
                ),
                _endpoints.events_disk._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def poll(
        self,
        *,
        since: int | Unset = 0,
        limit: int | Unset = UNSET,
        timeout: int | Unset = 60,
        events: list[EventType] | Unset = UNSET,
    ) -> list[
        ClusterConfigReceivedEvent
        | ConfigSavedEvent
        | DeviceConnectedEvent
        | DeviceDisconnectedEvent
        | DeviceDiscoveredEvent
        | DevicePausedEvent
        | DeviceRejectedEvent
        | DeviceResumedEvent
        | DownloadProgressEvent
        | Event
        | FailureEvent
        | FolderCompletionEvent
        | FolderErrorsEvent
        | FolderPausedEvent
        | FolderRejectedEvent
        | FolderResumedEvent
        | FolderScanProgressEvent
        | FolderSummaryEvent
        | FolderWatchStateChangedEvent
        | ItemFinishedEvent
        | ItemStartedEvent
        | ListenAddressesChangedEvent
        | LocalChangeDetectedEvent
        | LocalIndexUpdatedEvent
        | LoginAttemptEvent
        | PendingDevicesChangedEvent
        | PendingFoldersChangedEvent
        | RemoteChangeDetectedEvent
        | RemoteDownloadProgressEvent
        | RemoteIndexUpdatedEvent
        | StartingEvent
        | StartupCompleteEvent
        | StateChangedEvent
        | UpgradeRestartScheduledEvent
    ]:
        """Wait for events

        ``GET /rest/events`` (Syncthing 1.2.0+)

        Long poll: answers as soon as there are events with an ID above `since`, or with `[]` after
        `timeout`
        seconds. Headers are sent at once and the body when the poll ends. Each distinct `events` filter is
        its
        own subscription, created on first use: it sees only later events, numbers them from 1 and keeps the
        newest 1000 (a slow reader sees a jump in IDs). Disk events come only when `events` names them (see
        `/rest/events/disk`).
        After a restart, IDs start again from 1. Unreadable `since` or `timeout` values are taken as their
        defaults.

        Args:
            since (int | Unset): Answer events with an ID above this; 0 (the default) for every event
                still buffered. Default: 0.
            limit (int | Unset): Answer only the newest this many events (older ones of the answer are
                dropped: use only to skip history).
            timeout (int | Unset): Seconds to wait for an event before answering `[]`; 0 answers at
                once. A client's read timeout must be longer. Default: 60.
            events (list[EventType] | Unset): The event types to subscribe to, comma-separated
                (`events=ItemFinished,FolderCompletion`); every type but the disk ones when unset.
                Syncthing ignores a name it does not know: a filter of unknown names only is a
                subscription that never sees an event.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "list[ClusterConfigReceivedEvent | ConfigSavedEvent | DeviceConnectedEvent | DeviceDisconnectedEvent | DeviceDiscoveredEvent | DevicePausedEvent | DeviceRejectedEvent | DeviceResumedEvent | DownloadProgressEvent | Event | FailureEvent | FolderCompletionEvent | FolderErrorsEvent | FolderPausedEvent | FolderRejectedEvent | FolderResumedEvent | FolderScanProgressEvent | FolderSummaryEvent | FolderWatchStateChangedEvent | ItemFinishedEvent | ItemStartedEvent | ListenAddressesChangedEvent | LocalChangeDetectedEvent | LocalIndexUpdatedEvent | LoginAttemptEvent | PendingDevicesChangedEvent | PendingFoldersChangedEvent | RemoteChangeDetectedEvent | RemoteDownloadProgressEvent | RemoteIndexUpdatedEvent | StartingEvent | StartupCompleteEvent | StateChangedEvent | UpgradeRestartScheduledEvent]",
            await self._sender.call(
                OPERATIONS["events_poll"],
                _endpoints.events_poll._get_kwargs(
                    since=since,
                    limit=limit,
                    timeout=timeout,
                    events=events,
                ),
                _endpoints.events_poll._parse_response,
                PARSE_CONTEXT,
            ),
        )


__all__ = ["AsyncEventsApi", "EventsApi"]
