from typing import Final, Literal, get_args

ItemType = Literal["dir", "file", "symlink"]
"""The kind of item an event is about.

A value a newer Syncthing adds is kept as the plain value it is."""

ITEM_TYPE_VALUES: Final[frozenset[ItemType]] = frozenset(get_args(ItemType))
