from typing import Final, Literal, get_args

PongPing = Literal["pong"]
"""Always `pong`.

A value a newer Syncthing adds is kept as the plain value it is."""

PONG_PING_VALUES: Final[frozenset[PongPing]] = frozenset(get_args(PongPing))
