from typing import Final, Literal

ChangeDetectedAction = Literal["added", "deleted", "modified"]
"""What happened to the item: `modified` (created or changed) or `deleted`. Releases before 1.6.0 also sent
`added` for an item whose version had a single counter at 1 (a new item); 1.6.0 and later send `modified`
for those.


A value a newer Syncthing adds is kept as the plain string it is."""

CHANGE_DETECTED_ACTION_VALUES: Final[frozenset[ChangeDetectedAction]] = frozenset(
    {
        "added",
        "deleted",
        "modified",
    }
)
