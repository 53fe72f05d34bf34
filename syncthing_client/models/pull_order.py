from typing import Final, Literal, get_args

PullOrder = Literal["alphabetic", "largestFirst", "newestFirst", "oldestFirst", "random", "smallestFirst"]
"""The order files are pulled in. Syncthing reads an unknown value as `random`.

A value a newer Syncthing adds is kept as the plain value it is."""

PULL_ORDER_VALUES: Final[frozenset[PullOrder]] = frozenset(get_args(PullOrder))
