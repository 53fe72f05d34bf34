from typing import Final, Literal, get_args

LogLevelAbbreviation = Literal["DBG", "ERR", "INF", "WRN"]
"""A log line's severity from 2.0.0 on: debug, info, warning, error.

A value a newer Syncthing adds is kept as the plain value it is."""

LOG_LEVEL_ABBREVIATION_VALUES: Final[frozenset[LogLevelAbbreviation]] = frozenset(get_args(LogLevelAbbreviation))
