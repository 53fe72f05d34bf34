from typing import Final, Literal, get_args

CopyRangeMethod = Literal["all", "copy_file_range", "duplicate_extents", "ioctl", "sendfile", "standard"]
"""How data is copied within a filesystem. Syncthing reads an unknown value as `standard`.

A value a newer Syncthing adds is kept as the plain value it is."""

COPY_RANGE_METHOD_VALUES: Final[frozenset[CopyRangeMethod]] = frozenset(get_args(CopyRangeMethod))
