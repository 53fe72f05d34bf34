from typing import Final, Literal, get_args

DatabaseTuning = Literal["auto", "large", "small"]
"""Database tuning (1.x only; 2.0.0 removed the field). Syncthing reads an unknown value as `auto`.

A value a newer Syncthing adds is kept as the plain value it is."""

DATABASE_TUNING_VALUES: Final[frozenset[DatabaseTuning]] = frozenset(get_args(DatabaseTuning))
