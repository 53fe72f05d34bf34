from typing import Final, Literal, get_args

HealthStatus = Literal["OK"]
"""Always `OK`.

A value a newer Syncthing adds is kept as the plain value it is."""

HEALTH_STATUS_VALUES: Final[frozenset[HealthStatus]] = frozenset(get_args(HealthStatus))
