from typing import Final, Literal, get_args

VersioningType = Literal["", "external", "simple", "staggered", "trashcan"]
"""How old versions of files are kept: `` (not at all), `simple`, `staggered`, `trashcan` or `external`. An unknown value makes 1.19.2 panic when the folder starts; from 1.26.0 it is answered with 500 and nothing is stored.

A value a newer Syncthing adds is kept as the plain value it is."""

VERSIONING_TYPE_VALUES: Final[frozenset[VersioningType]] = frozenset(get_args(VersioningType))
