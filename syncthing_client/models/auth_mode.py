from typing import Final, Literal, get_args

AuthMode = Literal["ldap", "static"]
"""How GUI users are checked: `static` (the configured user and password) or `ldap`. Syncthing reads an unknown value as `static`.

A value a newer Syncthing adds is kept as the plain value it is."""

AUTH_MODE_VALUES: Final[frozenset[AuthMode]] = frozenset(get_args(AuthMode))
