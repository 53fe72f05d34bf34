from typing import Final, Literal, get_args

Compression = Literal["always", "metadata", "never"]
"""What is compressed on the wire to a device. Syncthing reads an unknown value as `metadata`.

A value a newer Syncthing adds is kept as the plain value it is."""

COMPRESSION_VALUES: Final[frozenset[Compression]] = frozenset(get_args(Compression))
