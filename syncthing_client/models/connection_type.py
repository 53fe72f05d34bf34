from typing import Final, Literal, get_args

ConnectionType = Literal["", "quic-client", "quic-server", "relay-client", "relay-server", "tcp-client", "tcp-server"]
"""How a device is connected, `<transport>-<side>`: `client` when this device dialled, `server` when the other one did. `` (empty) in a device's connection state while it is not connected.

A value a newer Syncthing adds is kept as the plain value it is."""

CONNECTION_TYPE_VALUES: Final[frozenset[ConnectionType]] = frozenset(get_args(ConnectionType))
