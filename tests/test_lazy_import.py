"""What importing the package loads, and that every public name still resolves (syncthing_client/_lazy.py).

Each import is watched in a fresh interpreter, where ``sys.modules`` starts empty of the package and its
dependencies. How long an import takes is the bench's business (bench/), not this file's.
"""

import ast
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import syncthing_client
from syncthing_client import models
from tools.sandbox import Sandbox

ROOT = Path(__file__).resolve().parent.parent
# Loaded by a client's first use, never by an import: dependencies, a namespace, its endpoint modules and models.
HEAVY = (
    "httpx",
    "httpcore",
    "attrs",
    "asyncio",
    "aiohttp",
    "syncthing_client._client",
    "syncthing_client._send",
    "syncthing_client.errors",
    "syncthing_client.api.system",
    "syncthing_client.models.system_version",
)
# Modules the sync client's first system.version() has no use for.
NOT_FOR_A_SYSTEM_CALL = (
    "httpcore",
    "asyncio",
    "aiohttp",
    "syncthing_client.events",
    "syncthing_client.pagination",
    "syncthing_client.api.config",
    "syncthing_client.models.usage_report",
)
# The child reads statements from argv and prints which of the watched modules each left in sys.modules.
_WATCH = """
import json, sys
watched, steps, found = json.loads(sys.argv[1]), json.loads(sys.argv[2]), []
for step in steps:
    exec(step)
    found.append(sorted(name for name in watched if name in sys.modules))
print(json.dumps(found))
"""


def _loaded_after(steps: list[str], watched: tuple[str, ...], env: dict[str, str] | None = None) -> list[list[str]]:
    """Which of ``watched`` are in ``sys.modules`` after each of ``steps``, run in turn in a fresh interpreter."""
    base = {
        name: value
        for name, value in os.environ.items()
        if name not in ("SYNCTHING_SYNC_BACKEND", "SYNCTHING_ASYNC_BACKEND", "SYNCTHING_URL", "SYNCTHING_API_KEY")
    }
    done = subprocess.run(
        [sys.executable, "-c", _WATCH, json.dumps(watched), json.dumps(steps)],
        env={**base, "PYTHONPATH": str(ROOT), **(env or {})},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found: list[list[str]] = json.loads(done.stdout)
    return found


def test_importing_the_package_loads_nothing_heavy() -> None:
    (after_import,) = _loaded_after(["import syncthing_client"], HEAVY)
    assert after_import == []


def test_submodules_are_attributes_of_the_package_as_before() -> None:
    watched = ("syncthing_client.errors", "syncthing_client.models.folder_configuration")
    steps = [
        "import syncthing_client",
        "assert syncthing_client.errors.SyncthingError.__module__ == 'syncthing_client.errors'",
        "assert syncthing_client.models.folder_configuration.FolderConfiguration is"
        " syncthing_client.models.FolderConfiguration",
    ]
    assert _loaded_after(steps, watched) == [[], ["syncthing_client.errors"], sorted(watched)]


def test_the_sync_client_loads_a_namespace_when_first_used(syncthing: Sandbox) -> None:
    server = {"SYNCTHING_URL": syncthing.url, "SYNCTHING_API_KEY": syncthing.api_key}
    watched = (*NOT_FOR_A_SYSTEM_CALL, "syncthing_client.api.system", "syncthing_client.models.system_version")
    steps = [
        "from syncthing_client import Syncthing; st = Syncthing()",
        "assert st.system.version().version.startswith('v')",
    ]
    made, called = _loaded_after(steps, watched, server)
    assert made == []
    assert called == ["syncthing_client.api.system", "syncthing_client.models.system_version"]


def test_an_operation_loads_with_its_first_call(syncthing: Sandbox) -> None:
    """A namespace's first use loads no operation module and no model; a call loads its own, not its neighbours'."""
    server = {"SYNCTHING_URL": syncthing.url, "SYNCTHING_API_KEY": syncthing.api_key}
    version = ("syncthing_client.api.system.system_version", "syncthing_client.models.system_version")
    status = ("syncthing_client.api.system.system_status", "syncthing_client.models.system_status")
    steps = [
        "from syncthing_client import Syncthing; st = Syncthing()",
        "st.system",
        "st.system.version()",
        "st.system.status()",
    ]
    made, touched, versioned, both = _loaded_after(steps, (*version, *status), server)
    assert made == touched == []
    assert versioned == sorted(version)
    assert both == sorted((*version, *status))


def test_an_event_model_loads_with_the_first_event_of_its_type() -> None:
    """The event stream and ``events_poll`` name every event model; each loads only when its type first arrives."""
    watched = (
        "syncthing_client.models.event",
        "syncthing_client.models.state_changed_event",
        "syncthing_client.models.config_saved_event",
    )
    state_changed = {
        "id": 1,
        "globalID": 1,
        "time": "2026-12-04T10:00:00Z",
        "type": "StateChanged",
        "data": {"folder": "f", "from": "idle", "to": "scanning"},
    }
    steps = [
        "import syncthing_client.events, syncthing_client.api.events.events_poll",
        f"event = syncthing_client.events.decode_event({state_changed!r})",
        "assert type(event).__name__ == 'StateChangedEvent', type(event)",
    ]
    imported, decoded, _ = _loaded_after(steps, watched)
    assert imported == ["syncthing_client.models.event"]
    assert decoded == ["syncthing_client.models.event", "syncthing_client.models.state_changed_event"]


def test_aiohttp_loads_with_the_first_async_client_on_its_backend() -> None:
    made_on_httpx, made_on_aiohttp = _loaded_after(
        [
            "from syncthing_client import AsyncSyncthing; AsyncSyncthing(api_key='k', backend='httpx')",
            "AsyncSyncthing(api_key='k', backend='aiohttp')",
        ],
        ("aiohttp",),
    )
    assert made_on_httpx == []
    assert made_on_aiohttp == ["aiohttp"]


def _imported_for_type_checkers(module: ModuleType) -> dict[str, str]:
    """Each name ``module``'s ``__init__`` imports under ``if TYPE_CHECKING:``, with the module it names."""
    assert module.__file__
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    (block,) = [node for node in tree.body if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"]
    return {
        alias.name: "." * statement.level + (statement.module or "")
        for statement in block.body
        if isinstance(statement, ast.ImportFrom)
        for alias in statement.names
    }


@pytest.mark.parametrize("module", [syncthing_client, models], ids=lambda module: module.__name__)
def test_every_public_name_resolves_to_what_type_checkers_see(module: ModuleType) -> None:
    seen_by_type_checkers = _imported_for_type_checkers(module)
    assert set(seen_by_type_checkers) == set(module.__all__) - {"__version__"}
    for name, defined_in in seen_by_type_checkers.items():
        assert getattr(module, name) is getattr(importlib.import_module(defined_in, module.__name__), name), name
    assert set(module.__all__) <= set(dir(module))


@pytest.mark.parametrize("module", [syncthing_client, models], ids=lambda module: module.__name__)
def test_an_unknown_name_is_an_attribute_error(module: ModuleType) -> None:
    with pytest.raises(AttributeError, match=f"module '{module.__name__}' has no attribute 'Nonexistent'"):
        module.Nonexistent  # noqa: B018 -- the look-up is the test
