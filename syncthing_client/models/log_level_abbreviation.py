from typing import Final, Literal

LogLevelAbbreviation = Literal["DBG", "ERR", "INF", "WRN"]
"""A log line's severity from 2.0.0 on: debug, info, warning, error.

A value a newer Syncthing adds is kept as the plain value it is."""

LOG_LEVEL_ABBREVIATION_VALUES: Final[frozenset[LogLevelAbbreviation]] = frozenset(
    {
        "DBG",
        "ERR",
        "INF",
        "WRN",
    }
)
