from typing import Final, Literal, get_args

LogLevelNumber = Literal[0, 1, 2, 3]
"""A log line's severity in 1.x: 0 debug, 1 verbose, 2 info, 3 warning (1.x has no error level).

A value a newer Syncthing adds is kept as the plain value it is."""

LOG_LEVEL_NUMBER_VALUES: Final[frozenset[LogLevelNumber]] = frozenset(get_args(LogLevelNumber))
