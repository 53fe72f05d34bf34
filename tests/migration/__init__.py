"""The rows of the migration guides (docs/migration/*.md): for each older Python client, everything its documents
name (constructors, methods, attributes, exceptions) and the call that does it in this client.

One module per library (`python_syncthing`, `aiosyncthing`, `pysyncthing`) holds its `ROWS`. A row's `ours` is the
snippet the guide shows, a Python expression: tests/test_migration.py evaluates it against real servers of every
supported version and checks what it returned (or raised); tools/migration_tables.py renders the guides' tables
from the same rows, so the pages show only what was run.

A snippet sees `st` (a `Syncthing`, or an `AsyncSyncthing` where the library is async), every public name of
`syncthing_client` and `syncthing_client.models`, and the names of `EXAMPLE_NAMES`: a folder shared with a second
device, a file and a subdirectory in it, and the server's address and key. The `before` and `check` helpers several
libraries' rows share (errors posted and read back, a device or folder paused) are here too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

# The shared set-up (tests/test_migration.py): a send-only folder FOLDER at FOLDER_PATH holding FILE and SUBDIR,
# shared with DEVICE, a configured device that never connects.
FOLDER = "docs"
FILE = "notes.txt"
SUBDIR = "drafts"
DEVICE = "MFZWI3D-BONSGYC-YLTMRWG-C43ENR5-QXGZDMM-FZWI3DP-BONSGYY-LTMRWAD"
# A valid device ID that is not configured, and a folder ID that is not: what "unknown" rows name.
UNKNOWN_DEVICE = "SK2JFAL-P55NCBW-NL3CNXC-OKIZLIT-BKIJQA6-H5DOCUM-JDNJMQG-IMSIMQO"
UNKNOWN_FOLDER = "no-such-folder"

# What each name a snippet may use stands for; the guides' introductions list them.
EXAMPLE_NAMES = {
    "st": "the client",
    "URL": "the GUI's address, `http://127.0.0.1:8384`",
    "HOST": "its host, `127.0.0.1`",
    "PORT": "its port, `8384`",
    "KEY": "the API key",
    "FOLDER": "a folder ID",
    "FOLDER_PATH": "that folder's path",
    "FILE": "a file in it",
    "SUBDIR": "a subdirectory of it",
    "DEVICE": "a device ID",
    "CERT_FILE": "the GUI's certificate, `https-cert.pem` in Syncthing's home",
    "CERT_NAME": "the host name that certificate names",
    "UNKNOWN_FOLDER": "a folder ID that is not configured",
    "UNKNOWN_DEVICE": "a device ID that is not configured",
}

Server = Literal["shared", "fresh", "tls"]


@dataclass(frozen=True)
class Row:
    """One line of a guide's table.

    Attributes:
        section: the heading the row goes under (the peer's class or topic).
        peer: how the peer library spells it (Markdown, usually a `code` span).
        ours: the snippet shown in the guide; for an unmapped row, the call that proves it cannot be mapped.
        check: called with what the snippet returned (or the exception it raised) and the `Setup`; returns a truthy
            value when the outcome is right, or an awaitable of one (async rows).
        note: where behaviour differs; it names the error class when `raises` is set.
        raises: the `SyncthingError` subclass the snippet raises on every supported server.
        server: "shared" (the module's server, changed only in ways other rows tolerate), "fresh" (a server of its
            own: restart, reset, shutdown) or "tls" (a server of its own whose GUI serves HTTPS).
        before: run before the snippet (not shown): puts the server in the state the row needs.
        mapped: False when this client has no call for it; `note` says why.
    """

    section: str
    peer: str
    ours: str
    check: Callable[[Any, Setup], object]
    note: str = ""
    raises: type[Exception] | None = None
    server: Server = "shared"
    before: Callable[[Setup], object] | None = None
    mapped: bool = True


@dataclass
class Setup:
    """What a row's snippet, `before` and `check` get: the server, the client and the names the snippet sees."""

    server: Any  # tools.sandbox.Sandbox; Any keeps this module importable without the test tree's imports
    st: Any  # Syncthing or AsyncSyncthing
    names: dict[str, Any] = field(default_factory=dict, repr=False)

    def get(self, path: str, **params: str) -> Any:
        """The server's own answer to GET `path`, read with plain httpx: what a check compares with."""
        return self.server.get(path, **params)


@dataclass(frozen=True)
class Library:
    """A peer library: its name as the guide says it, its package, whether it is async, its rows."""

    name: str
    package: str
    is_async: bool
    rows: list[Row]
    page: str  # the guide's file under docs/migration/


# What `before` and `check` of several libraries' rows use: the server's state, set and read with plain httpx.


def add_an_error(setup: Setup) -> None:
    """Errors cleared, then "disk full" posted (as plain text, the way the GUI does)."""
    setup.server.post("/rest/system/error/clear")
    headers = {"X-API-Key": setup.server.api_key}
    httpx.post(f"{setup.server.url}/rest/system/error", content="disk full", headers=headers).raise_for_status()


def raw_errors(setup: Setup) -> list[str]:
    return [error["message"] for error in setup.get("/rest/system/error")["errors"] or []]


def pause_device(setup: Setup) -> None:
    setup.server.request("PATCH", f"/rest/config/devices/{DEVICE}", json={"paused": True}).raise_for_status()


def device_paused(setup: Setup) -> bool:
    return bool(setup.get(f"/rest/config/devices/{DEVICE}")["paused"])


def pause_folder(setup: Setup) -> None:
    """Syncthing resets a folder's database only while the folder is paused."""
    setup.server.request("PATCH", f"/rest/config/folders/{FOLDER}", json={"paused": True}).raise_for_status()


def lists_folder_contents(entries: list[Any]) -> bool:
    """`st.db.browse(FOLDER)` named both FILE and SUBDIR."""
    return {FILE, SUBDIR} <= {entry.name for entry in entries}


def is_client_for(client: Any, setup: Setup) -> bool:
    """A `Syncthing` a row made talks to this server (and closes)."""
    with client:
        return bool(client.system.status().my_id == setup.server.device_id)
