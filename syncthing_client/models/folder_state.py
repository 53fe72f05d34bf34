from typing import Final, Literal, get_args

FolderState = Literal[
    "",
    "clean-waiting",
    "cleaning",
    "error",
    "idle",
    "scan-waiting",
    "scanning",
    "starting",
    "sync-preparing",
    "sync-waiting",
    "syncing",
]
"""What a folder is doing. `starting` is sent by 2.1.0 and later. `` (empty) only in a folder summary, for a
folder that is not running (paused); `StateChanged` never sends it.


A value a newer Syncthing adds is kept as the plain value it is."""

FOLDER_STATE_VALUES: Final[frozenset[FolderState]] = frozenset(get_args(FolderState))
