"""`make drift` against real servers: silent when the spec matches, and it notices what the spec lacks."""

import copy
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import tools.conformance
from tools import drift
from tools.sandbox import VERSIONS, Sandbox, folder_idle, wait_for

ROOT = Path(__file__).resolve().parent.parent
SYNCTHING_SOURCE = Path("/work/.mirror/syncthing+syncthing/repo")


def run_drift(sandbox: Sandbox, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SYNCTHING_URL": sandbox.url, "SYNCTHING_API_KEY": sandbox.api_key}
    return subprocess.run(
        [sys.executable, "-m", "tools.drift", *extra], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module", params=VERSIONS, ids=lambda version: f"st{version}")
def with_folder(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    """A server with a versioned folder holding a file, so that folder operations answer with data."""
    with Sandbox.start(request.param) as sandbox:
        path = sandbox.root / "folders" / "docs"
        path.mkdir(parents=True)
        (path / "a.txt").write_text("a")
        sandbox.post(
            "/rest/config/folders",
            {"id": "docs", "path": str(path), "versioning": {"type": "simple", "params": {"keep": "2"}}},
        )
        wait_for("the folder to be scanned", lambda: folder_idle(sandbox, "docs") or None)
        yield sandbox


def test_no_drift_between_the_spec_and_a_real_server(with_folder: Sandbox) -> None:
    result = run_drift(with_folder)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.rstrip().endswith("no drift")
    assert "0 differ from the spec" in result.stdout
    # Folder operations were really checked, not skipped for want of a folder.
    assert "db_status" not in result.stdout.split("Not called:")[1]


@pytest.mark.skipif(not SYNCTHING_SOURCE.is_dir(), reason="no Syncthing source checkout on this machine")
def test_no_drift_against_every_route_the_release_registers(with_folder: Sandbox) -> None:
    result = run_drift(with_folder, "--source", str(SYNCTHING_SOURCE), "--ref", f"v{with_folder.version}")
    assert result.returncode == 0, result.stdout + result.stderr


def test_drift_reports_a_missing_operation_and_an_undocumented_field(
    syncthing: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    trimmed: dict[str, Any] = copy.deepcopy(tools.conformance.spec())
    del trimmed["paths"]["/rest/system/status"]
    del trimmed["components"]["schemas"]["SystemVersion"]["properties"]["codename"]
    monkeypatch.setattr(tools.conformance, "spec", lambda: trimmed)
    report = drift.check(drift.Server(syncthing.url, syncthing.api_key), set())
    assert "GET /rest/system/status" in report.missing_from_spec
    assert report.checked["system_version"] == ["$.codename: not in the spec"]
    assert report.drifted
