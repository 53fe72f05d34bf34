from typing import Final, Literal, get_args

LDAPTransport = Literal["plain", "starttls", "tls"]
"""How the LDAP server is reached. Syncthing reads an unknown value as `plain`.

A value a newer Syncthing adds is kept as the plain value it is."""

LDAP_TRANSPORT_VALUES: Final[frozenset[LDAPTransport]] = frozenset(get_args(LDAPTransport))
