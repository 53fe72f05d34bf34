"""The db, folder, cluster and stats operations on real, paired servers, with real data in every answer.

One cluster per version for the module: A and B paired, sharing
- `held`: B has `minDiskFree` 100 %, so it gets A's index but cannot pull: B needs every file, A's remoteneed for B
  is full, B's folder errors hold one error per needed file;
- `ver`: simple versioning; A changed `doc.txt` after B had it, so B archived a version;
- `ro`: receive-only on B, with a file added and one changed locally;
and C, unknown to A, has tried to connect to A (pending device), while A offered `offer` to B (pending folder).
Every answer is checked strictly against the spec.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from syncthing_client import AsyncSyncthing, BadRequestError, FolderNotFoundError, NotFoundError, ServerError
from syncthing_client.models import IgnoreLines, VersionsToRestore
from tests.conftest import Recorder
from tools.sandbox import VERSIONS, Sandbox, knock, offer_folder, pair, share_folder, wait_for

# B creates the directory `sub` (that needs no space) but no file.
NEEDED = [f"f{index}.txt" for index in range(5)] + ["sub/deep.txt"]


@dataclass
class Cluster:
    a: Sandbox
    b: Sandbox
    c: Sandbox
    held_a: Path
    ro_b: Path


def has_text(path: Path, text: str) -> bool | None:
    """Whether ``path`` holds ``text`` yet; ``None`` while it is missing, as it is between a revert removing a file
    and the pull bringing it back."""
    try:
        return path.read_text() == text or None
    except FileNotFoundError:
        return None


@pytest.fixture(scope="module", params=VERSIONS, ids=lambda version: f"st{version}")
def cluster(request: pytest.FixtureRequest) -> Iterator[Cluster]:
    version = request.param
    with Sandbox.start(version) as a, Sandbox.start(version) as b, Sandbox.start(version) as c:
        pair(a, b)
        held_a, _ = share_folder(a, b, "held", b_options={"minDiskFree": {"value": 100, "unit": "%"}})
        for index in range(5):
            (held_a / f"f{index}.txt").write_text("x" * (index + 1) * 1000)
        (held_a / "sub").mkdir()
        (held_a / "sub" / "deep.txt").write_text("deep")
        a.post("/rest/db/scan?folder=held")
        ver_a, ver_b = share_folder(a, b, "ver", options={"versioning": {"type": "simple", "params": {"keep": "5"}}})
        (ver_a / "doc.txt").write_text("one")
        a.post("/rest/db/scan?folder=ver")
        wait_for("doc.txt on B", lambda: (ver_b / "doc.txt").exists() or None)
        time.sleep(1)  # a different modification time for the second version
        (ver_a / "doc.txt").write_text("two two")
        a.post("/rest/db/scan?folder=ver")
        wait_for("doc.txt changed on B", lambda: has_text(ver_b / "doc.txt", "two two"))
        ro_a, ro_b = share_folder(a, b, "ro", b_options={"type": "receiveonly"})
        (ro_a / "orig.txt").write_text("orig")
        a.post("/rest/db/scan?folder=ro")
        wait_for("orig.txt on B", lambda: (ro_b / "orig.txt").exists() or None)
        (ro_b / "local.txt").write_text("local")
        (ro_b / "orig.txt").write_text("changed")
        b.post("/rest/db/scan?folder=ro")
        knock(c, a)
        offer_folder(a, b, "offer", "Offered")
        wait_for("B to need every file", lambda: b.get("/rest/db/status", folder="held")["needTotalItems"] == 6 or None)
        wait_for(
            "B's pull errors", lambda: len(b.get("/rest/folder/errors", folder="held")["errors"] or []) >= 5 or None
        )
        yield Cluster(a, b, c, held_a, ro_b)


def test_status_of_a_folder_needing_everything(cluster: Cluster) -> None:
    with Recorder(cluster.b) as b:
        status = b.client.db.status(folder="held")
        b.check("db_status")
        assert (status.need_total_items, status.global_total_items) == (6, 7)
        with pytest.raises(NotFoundError, match="no such folder"):
            b.client.db.status(folder="nope")


def test_status_of_a_paused_folder(syncthing: Sandbox, tmp_path: Path) -> None:
    # 1.29.5 sends remoteSequence as null for a paused folder: a nil map, read as empty.
    syncthing.post("/rest/config/folders", {"id": "paused-for-status", "path": str(tmp_path), "paused": True})
    try:
        with Recorder(syncthing) as recorder:
            status = recorder.client.db.status(folder="paused-for-status")
            answer = recorder.check("db_status")
        assert status.sequence == 0
        if "remoteSequence" in answer:
            assert answer["remoteSequence"] is None
            assert status.remote_sequence.to_dict() == {}
    finally:
        syncthing.request("DELETE", "/rest/config/folders/paused-for-status").raise_for_status()


def test_completion_of_the_held_device(cluster: Cluster) -> None:
    with Recorder(cluster.a) as a:
        completion = a.client.db.completion(folder="held", device=cluster.b.device_id)
        a.check("db_completion")
        assert completion.need_items == 6 and completion.completion < 100
        a.client.db.completion()
        a.check("db_completion")
        with pytest.raises(BadRequestError, match="device ID invalid"):
            a.client.db.completion(folder="held", device="bad")
        with pytest.raises(NotFoundError):
            a.client.db.completion(folder="nope")


def test_file_on_both_sides(cluster: Cluster) -> None:
    with Recorder(cluster.a) as a, Recorder(cluster.b) as b:
        on_a = a.client.db.file(folder="held", file="f1.txt")
        a.check("db_file")
        assert (on_a.global_.name, on_a.global_.size, on_a.local.size) == ("f1.txt", 2000, 2000)
        on_b = b.client.db.file(folder="held", file="f1.txt")
        b.check("db_file")
        assert on_b.local.name == "" and on_b.availability and on_b.availability[0].id == cluster.a.device_id
        with pytest.raises(NotFoundError, match="No such object"):
            a.client.db.file(folder="held", file="nope")


def test_browse_the_global_tree(cluster: Cluster) -> None:
    with Recorder(cluster.a) as a:
        tree = a.client.db.browse(folder="held")
        a.check("db_browse")
        assert [entry.name for entry in tree] == ["f0.txt", "f1.txt", "f2.txt", "f3.txt", "f4.txt", "sub"]
        assert [child.name for child in tree[-1].children] == ["deep.txt"]
        a.client.db.browse(folder="held", prefix="sub", levels=0)
        assert [entry["name"] for entry in a.check("db_browse")] == ["deep.txt"]
        assert [entry.name for entry in a.client.db.browse(folder="held", dirsonly="yes")] == ["sub"]
        with pytest.raises(FolderNotFoundError) as missing:  # Syncthing answers 500 here
            a.client.db.browse(folder="nope")
        assert missing.value.status_code == 500


def test_ignores_round_trip(cluster: Cluster) -> None:
    with Recorder(cluster.a) as a:
        assert a.client.db.ignores(folder="ver").ignore == []  # Syncthing sends null
        a.check("db_ignores")
        written = a.client.db.set_ignores(folder="ver", body=IgnoreLines(ignore=["*.tmp", "/build"]))
        a.check("db_set_ignores")
        assert written.ignore == ["*.tmp", "/build"] and written.expanded
        a.client.db.set_ignores(folder="ver", body=IgnoreLines(ignore=[]))
        assert not a.client.db.ignores(folder="ver").ignore


def test_need_and_remoteneed_agree(cluster: Cluster) -> None:
    with Recorder(cluster.a) as a, Recorder(cluster.b) as b:
        need = b.client.db.need(folder="held")
        b.check("db_need")
        needed = sorted(file.name for file in need.progress + need.queued + need.rest)
        assert needed == sorted(NEEDED)
        remote = a.client.db.remoteneed(folder="held", device=cluster.b.device_id)
        a.check("db_remoteneed")
        assert sorted(file.name for file in remote.files) == needed
        page = b.client.db.need(folder="held", page=2, perpage=3)
        b.check("db_need")
        assert (page.page, page.perpage, len(page.progress + page.queued + page.rest)) == (2, 3, 3)
        with pytest.raises(NotFoundError):
            b.client.db.need(folder="nope")
        with pytest.raises(ServerError, match="device ID invalid"):
            a.client.db.remoteneed(folder="held", device="bad")


def test_prioritize_a_needed_file(cluster: Cluster) -> None:
    with Recorder(cluster.b) as b:
        after = b.client.db.prioritize(folder="held", file="f3.txt")
        b.check("db_prioritize")
        assert "f3.txt" in {file.name for file in after.progress + after.queued + after.rest}


def test_folder_errors_one_per_needed_file(cluster: Cluster) -> None:
    with Recorder(cluster.b) as b:
        errors = b.client.folder.errors(folder="held")
        b.check("folder_errors")
        assert errors.errors and all("insufficient space" in error.error for error in errors.errors)
        assert {error.path for error in errors.errors} <= set(NEEDED)
        old_name = b.client.folder.pullerrors(folder="held")
        b.check("folder_pullerrors")
        assert old_name.errors == errors.errors
        past_the_end = b.client.folder.errors(folder="held", page=100, perpage=10)
        assert b.check("folder_errors")["errors"] is None and past_the_end.errors == []  # null decodes to []
        with pytest.raises(NotFoundError):
            b.client.folder.errors(folder="nope")


def test_versions_listed_and_restored(cluster: Cluster) -> None:
    with Recorder(cluster.b) as b:
        versions = b.client.folder.versions(folder="ver")
        b.check("folder_versions")
        archived = versions["doc.txt"]
        assert archived and archived[0].size == 3
        restore = VersionsToRestore()
        restore["doc.txt"] = archived[0].version_time
        failed = b.client.folder.restore_versions(folder="ver", body=restore)
        assert b.check("folder_restore_versions") == {} and len(failed) == 0
        with pytest.raises(ServerError, match="no versioner"):
            b.client.folder.versions(folder="held")


def test_pending_device_listed_and_dismissed(cluster: Cluster) -> None:
    with Recorder(cluster.a) as a:
        pending = a.client.cluster.pending_devices()
        a.check("cluster_pending_devices")
        assert pending[cluster.c.device_id].address.startswith("127.0.0.1:")
        a.client.cluster.dismiss_pending_device(device=cluster.c.device_id)
        assert cluster.c.device_id not in a.client.cluster.pending_devices()
        with pytest.raises(BadRequestError):
            a.client.cluster.dismiss_pending_device(device="bad")


def test_pending_folder_listed_and_dismissed(cluster: Cluster) -> None:
    with Recorder(cluster.b) as b:
        pending = b.client.cluster.pending_folders()
        b.check("cluster_pending_folders")
        assert pending["offer"].offered_by[cluster.a.device_id].label == "Offered"
        b.client.cluster.pending_folders(device=cluster.a.device_id)
        b.check("cluster_pending_folders")
        b.client.cluster.dismiss_pending_folder(folder="offer", device=cluster.a.device_id)
        assert "offer" not in b.client.cluster.pending_folders()


def test_statistics(cluster: Cluster) -> None:
    with Recorder(cluster.a) as a:
        devices = a.client.stats.devices()
        a.check("stats_devices")
        assert devices[cluster.b.device_id].last_seen.year >= 2026
        folders = a.client.stats.folders()
        a.check("stats_folders")
        assert {"held", "ver", "ro"} <= set(folders.keys())


def test_scan_variants(cluster: Cluster) -> None:
    with Recorder(cluster.a) as a:
        (cluster.held_a / "sub" / "new.txt").write_text("new")
        a.client.db.scan(folder="held", sub=["sub"], next=60)
        assert a.client.db.status(folder="held").global_files == 7
        a.client.db.scan()
        with pytest.raises(FolderNotFoundError, match="no such folder"):
            a.client.db.scan(folder="nope")


def test_override_on_a_folder(cluster: Cluster) -> None:
    with Recorder(cluster.a) as a:
        a.client.db.override(folder="held")
        assert a.answers[-1].status_code == 200


def test_localchanged_then_revert(cluster: Cluster) -> None:
    with Recorder(cluster.b) as b:
        changed = b.client.db.localchanged(folder="ro")
        b.check("db_localchanged")
        assert sorted(file.name for file in changed.files) == ["local.txt", "orig.txt"]
        assert all(file.local_flags & 8 for file in changed.files)
        b.client.db.revert(folder="ro")
        wait_for("the revert", lambda: not b.client.db.localchanged(folder="ro").files or None)
        wait_for("orig.txt pulled again", lambda: has_text(cluster.ro_b / "orig.txt", "orig"))
        assert not (cluster.ro_b / "local.txt").exists()


def test_async_need(cluster: Cluster) -> None:
    async def need() -> list[str]:
        async with AsyncSyncthing(cluster.b.url, cluster.b.api_key) as ast:
            page = await ast.db.need(folder="held")
            return [file.name for file in page.progress + page.queued + page.rest]

    assert set(NEEDED) <= set(asyncio.run(need()))
