"""Debug, service, metrics and QR operations on real 1.19.2 and 1.29.5 servers.

JSON answers are checked strictly against the spec; binary answers by what they are (gzip pprof, zip, PNG).
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from syncthing_client import AuthenticationError, NotFoundError, Syncthing, UnsupportedOperationError
from tests.conftest import Recorder, serves
from tools.sandbox import VERSIONS, Sandbox, folder_idle, wait_for

GZIP, ZIP, PNG = b"\x1f\x8b", b"PK\x03\x04", b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module", params=VERSIONS, ids=lambda version: f"st{version}")
def debugging(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    """A server with debugging on and a folder holding one file."""
    with Sandbox.start(request.param, debugging=True) as sandbox:
        path = sandbox.root / "folders" / "docs"
        path.mkdir(parents=True)
        (path / "a.txt").write_text("a")
        sandbox.post("/rest/config/folders", {"id": "docs", "path": str(path)})
        wait_for("the folder to be scanned", lambda: folder_idle(sandbox, "docs") or None)
        yield sandbox


def test_profiles_and_support_bundle(debugging: Sandbox) -> None:
    with Recorder(debugging) as recorder:
        debug = recorder.client.debug
        assert debug.cpu_profile(duration="200ms").payload.read().startswith(GZIP)
        assert debug.heap_profile().payload.read().startswith(GZIP)
        assert debug.support_bundle().payload.read().startswith(ZIP)


def test_debug_file(debugging: Sandbox) -> None:
    with Recorder(debugging) as recorder:
        entry = recorder.client.debug.file(folder="docs", file="a.txt")
        recorder.check("debug_file")
        assert (entry.global_.name, entry.local.size) == ("a.txt", 1)
        assert entry.availability and "Version" in entry.global_versions
        with pytest.raises(NotFoundError, match="no such folder"):
            recorder.client.debug.file(folder="nope", file="a.txt")


def test_operations_removed_in_2_0(debugging: Sandbox) -> None:
    with Recorder(debugging) as recorder:
        assert serves(debugging, "debug_http_metrics") and serves(debugging, "debug_peer_completion")
        metrics = json.loads(recorder.client.debug.http_metrics())
        assert metrics["/rest/config/folders"]["count"] >= 1
        completion = recorder.client.debug.peer_completion()
        recorder.check("debug_peer_completion")
        assert list(completion.keys()) == [debugging.device_id]


def test_debug_needs_debugging_on_1_x(syncthing: Sandbox, st: Syncthing) -> None:
    with pytest.raises(AuthenticationError, match="Debugging disabled"):
        st.debug.heap_profile()


def test_service_helpers(debugging: Sandbox) -> None:
    with Recorder(debugging) as recorder:
        svc = recorder.client.svc
        assert svc.languages(accept_language="de-CH,de;q=0.9,en;q=0.5") == ["de-ch", "de", "en"]
        recorder.check("svc_languages")
        assert len(svc.random_string(length=12).random) == 12
        recorder.check("svc_random_string")
        assert len(svc.random_string().random) == 32
        report = svc.report()
        recorder.check("svc_report")
        assert report.num_folders == 1 and report.version.startswith(f"v{debugging.version}")
        svc.report(version=2)
        recorder.check("svc_report")


def test_qr_code_and_metrics(debugging: Sandbox) -> None:
    with Recorder(debugging) as recorder:
        assert recorder.client.qr.code(text=debugging.device_id).payload.read().startswith(PNG)
        if not serves(debugging, "metrics_prometheus"):
            with pytest.raises(UnsupportedOperationError, match=r"from 1\.24\.0 on"):
                recorder.client.metrics.prometheus()
            assert debugging.request("GET", "/metrics").status_code == 404
            return
        text = recorder.client.metrics.prometheus()
        assert "# TYPE go_goroutines gauge" in text and "syncthing_" in text
