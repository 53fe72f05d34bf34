from typing import Final, Literal, get_args

BlockPullOrder = Literal["inOrder", "random", "standard"]
"""The order blocks of a file are pulled in. Syncthing reads an unknown value as `standard`.

A value a newer Syncthing adds is kept as the plain value it is."""

BLOCK_PULL_ORDER_VALUES: Final[frozenset[BlockPullOrder]] = frozenset(get_args(BlockPullOrder))
