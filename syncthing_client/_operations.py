"""What the client knows about each Syncthing operation beyond its shape: path, versions, quirks.

The generated ``OPERATIONS`` table (in ``syncthing_client.api``) holds one ``Operation`` per spec operation; the
senders read it on every call.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

# The spec's x-syncthing-since of operations older than every release it was checked against.
OLDEST_CHECKED = "1.2.0"
_VERSION = re.compile(r"v?(\d+)\.(\d+)\.(\d+)")


def parse_version(version: str) -> tuple[int, int, int]:
    """``"v1.29.5"``, ``"1.29.5"`` or ``"v2.0.0-rc.1"`` → ``(1, 29, 5)`` / ``(2, 0, 0)``.

    A pre-release counts as its release: release candidates already serve the release's routes.
    """
    match = _VERSION.match(version.strip())
    if match is None:
        raise ValueError(f"not a Syncthing version: {version!r}")
    major, minor, patch = match.groups()
    return int(major), int(minor), int(patch)


@dataclass(frozen=True, slots=True)
class RequestRules:
    """What the spec lets a request of one operation carry; ``syncthing_client._guard`` refuses anything else.

    Attributes:
        path_patterns: path parameter → the pattern its value must match (``.``, ``..`` and ``/`` cannot be routed).
        bounds: query parameter → the smallest and largest values it may take (``None``: no bound); above the
            largest, Syncthing runs out of memory or panics.
        min_lengths: query parameter → the fewest characters its value may have; Syncthing reads an empty folder or
            device ID as the parameter left out, which may mean every folder or device.
        body: the request body's JSON schema pruned to what constrains values (``enum``, ``minLength``,
            ``minimum``, ``maximum``) and the ``properties`` / ``items`` / ``additionalProperties`` leading there.
        body_id: the body field naming the entry the path names (``x-syncthing-body-id``); they must agree.
        refused_before: ``release``, ``field``, ``pattern`` and ``reason`` of a body that releases before
            ``release`` mishandle (``x-syncthing-refused-before``): a JSON body whose ``field`` matches ``pattern``.
    """

    path_patterns: Mapping[str, str]
    bounds: Mapping[str, tuple[int | None, int | None]]
    min_lengths: Mapping[str, int]
    body: Mapping[str, Any] | None
    body_id: str | None
    refused_before: Mapping[str, str] | None


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
        names: parameter → what it names (``"folder"`` or ``"device"``, from ``x-syncthing-names``).
        rules: what a request may carry, for operations the spec constrains; ``None`` for the rest.
    """

    id: str
    method: str
    path: str
    since: str | None
    removed: str | None
    deprecated: bool
    error_field: str | None
    names: Mapping[str, str]
    rules: RequestRules | None

    @property
    def version_bound(self) -> bool:
        """Whether some release the client may meet lacks this operation, so the server's version matters."""
        return self.removed is not None or (self.since is not None and self.since != OLDEST_CHECKED)

    def path_arguments(self, path: str) -> dict[str, str]:
        """The decoded value of each ``{parameter}`` of ``self.path`` in ``path`` (still percent-encoded; it may
        start with a base path of a proxy). Generated code quotes every character of a value that is not
        unreserved, ``/`` included, so a value is one segment: segments are matched from the end."""
        arguments: dict[str, str] = {}
        for template_segment, segment in zip(reversed(self.path.split("/")), reversed(path.split("/")), strict=False):
            if template_segment.startswith("{"):
                arguments[template_segment[1:-1]] = unquote(segment)
        return arguments

    def served_by(self, version: tuple[int, int, int]) -> bool:
        """Whether a server of ``version`` serves this operation."""
        if self.since is not None and version < parse_version(self.since):
            return False
        return self.removed is None or version < parse_version(self.removed)
