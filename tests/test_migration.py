"""The migration guides' rows (tests/migration/), each run against real servers of every supported version, and the
guides' tables (docs/migration/*.md) compared with their rendering from the same rows (tools/migration_tables.py).

A row's snippet is evaluated as the guide shows it, with the names `tests.migration` describes; its `check` then
looks at what came back, or at what it raised, and usually at the server's own answer read with plain httpx. Most
rows share one prepared server per version and module ("shared"); restart, reset and shutdown get a fresh one, and
the HTTPS constructor one whose GUI serves TLS.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
from collections.abc import Iterator
from typing import Any

import pytest

import syncthing_client
from syncthing_client import AsyncSyncthing, Syncthing, SyncthingError, models
from tests.migration import (
    DEVICE,
    EXAMPLE_NAMES,
    FILE,
    FOLDER,
    SUBDIR,
    UNKNOWN_DEVICE,
    UNKNOWN_FOLDER,
    Library,
    Row,
    Setup,
)
from tests.test_system import certificate_name
from tools import migration_tables
from tools.migration_tables import LIBRARIES
from tools.sandbox import VERSIONS, Sandbox, folder_idle, wait_for

# What every snippet sees besides the example names: the package's public names and the models.
PUBLIC_NAMES = {
    **{name: getattr(models, name) for name in models.__all__},
    **{name: getattr(syncthing_client, name) for name in syncthing_client.__all__},
}


# Names a row's `before` defines (the guide's note says what they hold), and builtins.
SET_UP_NAMES = {"config", "stream", "session", "enumerate"}


def prepare(server: Sandbox) -> None:
    """The state the rows expect: a send-only folder holding FILE and SUBDIR, shared with DEVICE, scanned."""
    path = server.root / "folders" / FOLDER
    (path / SUBDIR).mkdir(parents=True)
    (path / FILE).write_text("minutes of the meeting\n")
    (path / SUBDIR / "plan.txt").write_text("a plan\n")
    server.post("/rest/config/devices", {"deviceID": DEVICE, "name": "laptop"})
    devices = [{"deviceID": server.device_id}, {"deviceID": DEVICE}]
    server.post("/rest/config/folders", {"id": FOLDER, "path": str(path), "type": "sendonly", "devices": devices})
    wait_for(f"folder {FOLDER!r} scanned", lambda: folder_idle(server, FOLDER) or None)


def serve_https(server: Sandbox) -> dict[str, Any]:
    """Switch the server's GUI to TLS; the names the HTTPS rows use."""
    server.request("PATCH", "/rest/config/gui", json={"useTLS": True}).raise_for_status()
    certificate = server.home / "https-cert.pem"
    names = {"CERT_FILE": str(certificate), "CERT_NAME": certificate_name(certificate)}
    https_url = server.url.replace("http://", "https://")

    def answers() -> bool | None:
        with Syncthing(https_url, server.api_key, verify=certificate, tls_server_name=names["CERT_NAME"]) as st:
            try:
                return st.system.ping().ping == "pong"
            except SyncthingError:
                return None

    wait_for("the GUI to serve HTTPS", answers, timeout=20)
    return names


def example_names(server: Sandbox) -> dict[str, Any]:
    return {
        "URL": server.url,
        "HOST": "127.0.0.1",
        "PORT": server.gui_port,
        "KEY": server.api_key,
        "FOLDER": FOLDER,
        "FOLDER_PATH": str(server.root / "folders" / FOLDER),
        "FILE": FILE,
        "SUBDIR": SUBDIR,
        "DEVICE": DEVICE,
        "UNKNOWN_FOLDER": UNKNOWN_FOLDER,
        "UNKNOWN_DEVICE": UNKNOWN_DEVICE,
    }


async def settle(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def run_row(library: Library, row: Row, server: Sandbox, extra_names: dict[str, Any]) -> None:
    """Evaluate the row's snippet (awaited only where it says `await`) and assert its check."""
    code = compile(row.ours, f"{library.name}: {row.peer}", "eval", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    awaits = bool(code.co_flags & inspect.CO_COROUTINE)
    st: Syncthing | AsyncSyncthing
    st = AsyncSyncthing(server.url, server.api_key) if library.is_async else Syncthing(server.url, server.api_key)
    setup = Setup(server, st, {**PUBLIC_NAMES, **example_names(server), **extra_names, "st": st})
    try:
        if row.before is not None:
            await settle(row.before(setup))
        outcome: Any
        if row.raises is not None:
            with pytest.raises(row.raises) as caught:
                result = eval(code, setup.names)
                if awaits:
                    await result
            outcome = caught.value
        else:
            outcome = eval(code, setup.names)
            if awaits:
                outcome = await outcome
        assert await settle(row.check(outcome, setup)), f"{row.ours} gave {outcome!r}"
    finally:
        if isinstance(st, AsyncSyncthing):
            await st.aclose()
        else:
            st.close()


def cases(*servers: str) -> list[Any]:
    return [
        pytest.param(library, row, id=f"{library.name}:{row.peer.replace('`', '')}")
        for library in LIBRARIES
        for row in library.rows
        if row.server in servers
    ]


@pytest.fixture(scope="module", params=VERSIONS, ids=lambda version: f"st{version}")
def prepared(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    """One prepared server per version for the rows that share it (they may change it: it is this module's own)."""
    with Sandbox.start(request.param) as server:
        prepare(server)
        yield server


@pytest.mark.parametrize(("library", "row"), cases("shared"))
def test_row_on_the_shared_server(library: Library, row: Row, prepared: Sandbox) -> None:
    asyncio.run(run_row(library, row, prepared, {}))


@pytest.mark.parametrize(("library", "row"), cases("fresh", "tls"))
def test_row_on_a_server_of_its_own(library: Library, row: Row, throwaway: Sandbox) -> None:
    prepare(throwaway)
    extra = serve_https(throwaway) if row.server == "tls" else {}
    asyncio.run(run_row(library, row, throwaway, extra))


@pytest.mark.parametrize("library", LIBRARIES, ids=lambda library: library.name)
def test_rows_are_well_formed(library: Library) -> None:
    """Every row can be shown and read: a unique peer name, a note saying why an unmapped row has no call and
    naming the error its probe meets, and the snippet's names all known to the guide."""
    peers = [row.peer for row in library.rows]
    assert len(peers) == len(set(peers))
    for row in library.rows:
        if not row.mapped:
            assert row.raises is not None and f"`{row.raises.__name__}`" in row.note, row.peer
        unknown = migration_tables.snippet_names(row) - set(EXAMPLE_NAMES) - set(PUBLIC_NAMES) - SET_UP_NAMES
        assert not unknown, f"{row.peer}: {sorted(unknown)}"


def test_pages_show_the_tested_rows() -> None:
    stale = [library.page for library, _, _ in migration_tables.stale_pages()]
    assert stale == [], "python -m tools.migration_tables --write"


def test_rendering_replaces_the_table_alone() -> None:
    library = LIBRARIES[0]
    start, end = migration_tables.START, migration_tables.END
    page = migration_tables.rendered_page(library, f"# Intro\n{start}\nan old table\n{end}\nthe rest\n")
    assert page == f"# Intro\n{start}\n{migration_tables.render(library)}\n{end}\nthe rest\n"
    with pytest.raises(migration_tables.TableError, match="needs one"):
        migration_tables.rendered_page(library, f"# Intro\n{end}\n{start}\n")
