from typing import Final, Literal, get_args

FilesystemType = Literal["basic", "fake"]
"""`basic` (plain directories) or `fake` (testing). 1.x reads an unknown value as `basic`; from 1.29.6 and 2.0.0 an unknown one is kept and the folder fails to start.

A value a newer Syncthing adds is kept as the plain value it is."""

FILESYSTEM_TYPE_VALUES: Final[frozenset[FilesystemType]] = frozenset(get_args(FilesystemType))
