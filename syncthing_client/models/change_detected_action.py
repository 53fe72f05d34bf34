from typing import Final, Literal, get_args

ChangeDetectedAction = Literal["deleted", "modified"]
"""What happened to the item: `modified` (created or changed) or `deleted`. (Releases before 1.6.0, older
than this description covers, also sent `added` for a new item.)


A value a newer Syncthing adds is kept as the plain value it is."""

CHANGE_DETECTED_ACTION_VALUES: Final[frozenset[ChangeDetectedAction]] = frozenset(get_args(ChangeDetectedAction))
