"""What the client knows about each Syncthing operation beyond its shape: path, versions, quirks.

The generated ``OPERATIONS`` table (in ``syncthing_client.api``) holds one ``Operation`` per spec operation; the
senders read it on every call.
"""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the spec.

    Attributes:
        id: the spec's operationId, ``<tag>_<action>``.
        method: HTTP method, upper case.
        path: path template, e.g. ``/rest/config/folders/{id}``.
        since: first Syncthing release that serves it (``x-syncthing-since``).
        removed: first release that no longer serves it (``x-syncthing-removed``), if any.
        deprecated: Syncthing deprecates it.
        error_field: body field of a 200 answer that reports failure (``x-syncthing-error-field``), if any.
    """

    id: str
    method: str
    path: str
    since: str | None
    removed: str | None
    deprecated: bool
    error_field: str | None
