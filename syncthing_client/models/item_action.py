from typing import Final, Literal, get_args

ItemAction = Literal["delete", "metadata", "update"]
"""What is done to an item: its contents (`update`), removal (`delete`), or only its metadata (`metadata`).

A value a newer Syncthing adds is kept as the plain value it is."""

ITEM_ACTION_VALUES: Final[frozenset[ItemAction]] = frozenset(get_args(ItemAction))
