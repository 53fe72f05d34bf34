"""Request builder and response parser of one operation, used by the ``Syncthing`` / ``AsyncSyncthing`` facade."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event import Event
from ...models.event_type import EventType
from ...types import UNSET, ReadableResponse, Unset

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


from builtins import type as _type  # checks.jinja's name for it: a parameter may be called `type`

from ..._check import Invalid as _Invalid
from ..._check import bad_item as _bad_item
from ..._check import bool_types as _bool_types
from ..._check import float_types as _float_types
from ..._check import int_types as _int_types
from ..._check import invalid as _invalid
from ..._check import model_decoders as _model_decoders
from ..._check import only_bool as _only_bool
from ..._check import only_float as _only_float
from ..._check import only_int as _only_int
from ..._check import only_str as _only_str
from ..._check import str_types as _str_types
from ..._check import tagged as _tagged


def _get_kwargs(
    *,
    since: int | Unset = 0,
    limit: int | Unset = UNSET,
    timeout: int | Unset = 60,
    events: list[EventType] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["since"] = since

    params["limit"] = limit

    params["timeout"] = timeout

    json_events: list[str] | Unset = UNSET
    if not isinstance(events, Unset):
        json_events = []
        for events_item_data in events:
            events_item: str = events_item_data
            json_events.append(events_item)

    params["events"] = json_events

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    if isinstance(events, str):
        params["events"] = events
    elif "events" in params:
        params["events"] = ",".join(params["events"])

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ReadableResponse
) -> (
    list[
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
    ]
    | str
    | None
):
    if response.status_code == 200:
        _json = response.json()
        response_200 = _json
        if _type(response_200) is not list:
            raise _invalid("a list", response_200, None, _json)
        _table = _model_decoders(
            (
                ("Starting", "StartingEvent"),
                ("StartupComplete", "StartupCompleteEvent"),
                ("DeviceDiscovered", "DeviceDiscoveredEvent"),
                ("DeviceConnected", "DeviceConnectedEvent"),
                ("DeviceDisconnected", "DeviceDisconnectedEvent"),
                ("DeviceRejected", "DeviceRejectedEvent"),
                ("PendingDevicesChanged", "PendingDevicesChangedEvent"),
                ("DevicePaused", "DevicePausedEvent"),
                ("DeviceResumed", "DeviceResumedEvent"),
                ("LocalChangeDetected", "LocalChangeDetectedEvent"),
                ("RemoteChangeDetected", "RemoteChangeDetectedEvent"),
                ("LocalIndexUpdated", "LocalIndexUpdatedEvent"),
                ("RemoteIndexUpdated", "RemoteIndexUpdatedEvent"),
                ("ItemStarted", "ItemStartedEvent"),
                ("ItemFinished", "ItemFinishedEvent"),
                ("StateChanged", "StateChangedEvent"),
                ("FolderRejected", "FolderRejectedEvent"),
                ("PendingFoldersChanged", "PendingFoldersChangedEvent"),
                ("ConfigSaved", "ConfigSavedEvent"),
                ("DownloadProgress", "DownloadProgressEvent"),
                ("RemoteDownloadProgress", "RemoteDownloadProgressEvent"),
                ("FolderSummary", "FolderSummaryEvent"),
                ("FolderCompletion", "FolderCompletionEvent"),
                ("FolderErrors", "FolderErrorsEvent"),
                ("FolderScanProgress", "FolderScanProgressEvent"),
                ("FolderPaused", "FolderPausedEvent"),
                ("FolderResumed", "FolderResumedEvent"),
                ("FolderWatchStateChanged", "FolderWatchStateChangedEvent"),
                ("ListenAddressesChanged", "ListenAddressesChangedEvent"),
                ("LoginAttempt", "LoginAttemptEvent"),
                ("Failure", "FailureEvent"),
                ("ClusterConfigReceived", "ClusterConfigReceivedEvent"),
                ("UpgradeRestartScheduled", "UpgradeRestartScheduledEvent"),
            )
        )
        try:
            response_200 = [_tagged(_item, "type", _table, Event.from_dict) for _item in response_200]
        except _Invalid as _e:
            raise _e.within(None, _json, _json) from None

        return cast(
            "list[ClusterConfigReceivedEvent | ConfigSavedEvent | DeviceConnectedEvent | DeviceDisconnectedEvent | DeviceDiscoveredEvent | DevicePausedEvent | DeviceRejectedEvent | DeviceResumedEvent | DownloadProgressEvent | Event | FailureEvent | FolderCompletionEvent | FolderErrorsEvent | FolderPausedEvent | FolderRejectedEvent | FolderResumedEvent | FolderScanProgressEvent | FolderSummaryEvent | FolderWatchStateChangedEvent | ItemFinishedEvent | ItemStartedEvent | ListenAddressesChangedEvent | LocalChangeDetectedEvent | LocalIndexUpdatedEvent | LoginAttemptEvent | PendingDevicesChangedEvent | PendingFoldersChangedEvent | RemoteChangeDetectedEvent | RemoteDownloadProgressEvent | RemoteIndexUpdatedEvent | StartingEvent | StartupCompleteEvent | StateChangedEvent | UpgradeRestartScheduledEvent]",
            response_200,
        )

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None
