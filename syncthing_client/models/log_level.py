from typing import Final, Literal, get_args

LogLevel = Literal["DEBUG", "ERROR", "INFO", "WARN"]
"""A package's log level (2.0.0 and later). Syncthing also reads lower case and offsets such as `INFO+2`, and answers with these four.

A value a newer Syncthing adds is kept as the plain value it is."""

LOG_LEVEL_VALUES: Final[frozenset[LogLevel]] = frozenset(get_args(LogLevel))
