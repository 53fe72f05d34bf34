from typing import Final, Literal, get_args

RemoteFolderState = Literal["notSharing", "paused", "unknown", "valid"]
"""What a remote device reported about a folder: `valid` (shared and running), `paused`, `notSharing`, or `unknown` (nothing heard yet). Sent by 1.20.0 and later.

A value a newer Syncthing adds is kept as the plain value it is."""

REMOTE_FOLDER_STATE_VALUES: Final[frozenset[RemoteFolderState]] = frozenset(get_args(RemoteFolderState))
