from typing import Final, Literal, get_args

EventType = Literal[
    "ClusterConfigReceived",
    "ConfigSaved",
    "DeviceConnected",
    "DeviceDisconnected",
    "DeviceDiscovered",
    "DevicePaused",
    "DeviceRejected",
    "DeviceResumed",
    "DownloadProgress",
    "Failure",
    "FolderCompletion",
    "FolderErrors",
    "FolderPaused",
    "FolderRejected",
    "FolderResumed",
    "FolderScanProgress",
    "FolderSummary",
    "FolderWatchStateChanged",
    "ItemFinished",
    "ItemStarted",
    "ListenAddressesChanged",
    "LocalChangeDetected",
    "LocalIndexUpdated",
    "LoginAttempt",
    "PendingDevicesChanged",
    "PendingFoldersChanged",
    "RemoteChangeDetected",
    "RemoteDownloadProgress",
    "RemoteIndexUpdated",
    "Starting",
    "StartupComplete",
    "StateChanged",
    "UpgradeRestartScheduled",
]
"""An event type, as `type` of an event and in the `events` filter of `GET /rest/events`.
`ClusterConfigReceived` is sent by 1.20.0 and later, `UpgradeRestartScheduled` by 2.0.15 and later.
A newer Syncthing may add types: an event of a type not listed here is still an event (see `AnyEvent`).


A value a newer Syncthing adds is kept as the plain value it is."""

EVENT_TYPE_VALUES: Final[frozenset[EventType]] = frozenset(get_args(EventType))
