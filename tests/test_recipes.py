"""The BitTorrent Sync recipes of the docs (docs/recipes/btsync/*.py, included verbatim into docs/recipes/btsync.md)
run against a connected pair of real Syncthing servers of each version, each checked by reading back what it did
with plain httpx (tools/sandbox.py).

One story per version walks through the 17 recipes on one pair, in an order where each step builds on the ones
before (a folder added, then joined by the peer, listed, made selective...); shutting the peer down ends it. The
pages include the files, so what the docs show is what ran here.
"""

from __future__ import annotations

import runpy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from syncthing_client import FolderNotFoundError, Syncthing
from tests.conftest import client_for
from tools.sandbox import Sandbox, wait_for

ROOT = Path(__file__).resolve().parent.parent
RECIPES = ROOT / "docs" / "recipes" / "btsync"
# The 17 functions of BitTorrent Sync's API (/work/shared/seeds/004), one file each.
BTSYNC_FUNCTIONS = (
    "get_folders",
    "add_folder",
    "remove_folder",
    "get_files",
    "set_file_prefs",
    "get_folder_peers",
    "get_secrets",
    "get_folder_prefs",
    "set_folder_prefs",
    "get_folder_hosts",
    "set_folder_hosts",
    "get_prefs",
    "set_prefs",
    "get_os",
    "get_version",
    "get_speed",
    "shutdown",
)
# Every file the story below runs: tests/test_readme.py leaves a docs fence that only includes one of them to it.
RUN_BY_TESTS = frozenset(f"docs/recipes/btsync/{name}.py" for name in BTSYNC_FUNCTIONS)


class Recipes:
    """The recipe files loaded as they are, remembering which functions the story called."""

    def __init__(self) -> None:
        self.called: set[str] = set()
        self._loaded: dict[str, dict[str, Any]] = {}

    def __call__(self, name: str, function: str | None = None) -> Callable[..., Any]:
        if name not in self._loaded:
            self._loaded[name] = runpy.run_path(str(RECIPES / f"{name}.py"))
        self.called.add(name)
        found: Callable[..., Any] = self._loaded[name][function or name]
        return found


def test_one_recipe_per_btsync_function() -> None:
    assert sorted(path.stem for path in RECIPES.glob("*.py")) == sorted(BTSYNC_FUNCTIONS)
    page = (ROOT / "docs" / "recipes" / "btsync.md").read_text(encoding="utf-8")
    for name in BTSYNC_FUNCTIONS:
        assert f'```python\n--8<-- "docs/recipes/btsync/{name}.py"\n```' in page, name


def _status(sandbox: Sandbox, folder: str) -> dict[str, Any]:
    answer: dict[str, Any] = sandbox.get("/rest/db/status", folder=folder)
    return answer


def _synced(sandbox: Sandbox, folder: str, files: int) -> bool:
    status = _status(sandbox, folder)
    return status["state"] == "idle" and status["needTotalItems"] == 0 and status["localFiles"] == files


def _scan(sandbox: Sandbox, folder: str) -> None:
    sandbox.post(f"/rest/db/scan?folder={folder}")


@pytest.mark.timeout(240)
def test_btsync_recipes_on_a_pair(pair: tuple[Sandbox, Sandbox], tmp_path: Path) -> None:
    a, b = pair
    recipe = Recipes()
    with client_for(a) as st_a, client_for(b) as st_b:
        _about_the_server(recipe, st_a, a)
        docs = _folders_and_files(recipe, st_a, st_b, a, b, tmp_path)
        _selective_sync(recipe, st_a, st_b, a, b, tmp_path)
        _folder_and_device_preferences(recipe, st_a, a, b, docs)
        _encryption_secret(recipe, st_a, st_b, a, b, tmp_path)
        _remove_and_shut_down(recipe, st_a, st_b, a, b, docs, tmp_path)
    assert recipe.called == set(BTSYNC_FUNCTIONS)


def _about_the_server(recipe: Recipes, st: Syncthing, a: Sandbox) -> None:
    version = a.get("/rest/system/version")
    assert recipe("get_version")(st) == {"version": version["version"], "long_version": version["longVersion"]}
    assert recipe("get_os")(st) == {"os": version["os"], "arch": version["arch"]}
    before = a.get("/rest/system/connections")["total"]
    speed = recipe("get_speed")(st, 0.5)
    after = a.get("/rest/system/connections")["total"]
    # The rates are over at least the interval, within what the counters moved around the call.
    assert 0 <= speed["download"] <= (after["inBytesTotal"] - before["inBytesTotal"]) / 0.5
    assert 0 <= speed["upload"] <= (after["outBytesTotal"] - before["outBytesTotal"]) / 0.5


def _folders_and_files(
    recipe: Recipes, st_a: Syncthing, st_b: Syncthing, a: Sandbox, b: Sandbox, tmp_path: Path
) -> str:
    directory = tmp_path / "a-docs"
    (directory / "sub").mkdir(parents=True)
    (directory / "a.txt").write_text("alpha")
    (directory / "sub" / "b.txt").write_text("bravo!")
    docs = recipe("add_folder")(st_a, directory, devices=(b.device_id,))
    config = a.get(f"/rest/config/folders/{docs}")
    assert config["path"] == str(directory)
    assert {device["deviceID"] for device in config["devices"]} == {a.device_id, b.device_id}
    wait_for("docs scanned on a", lambda: _synced(a, docs, 2))

    secrets = recipe("get_secrets")(st_a, docs)
    assert (secrets["device_id"], secrets["folder_id"]) == (a.device_id, docs)
    recipe("get_secrets", "join")(st_b, secrets, "read_only", str(tmp_path / "b-docs"))
    assert b.get(f"/rest/config/folders/{docs}")["type"] == "receiveonly"
    wait_for("docs synced to b", lambda: _synced(b, docs, 2))
    assert (tmp_path / "b-docs" / "sub" / "b.txt").read_text() == "bravo!"

    [listed] = recipe("get_folders")(st_a, docs)
    status = _status(a, docs)
    assert listed == {
        "dir": str(directory),
        "id": docs,
        "type": config["type"],
        "size": status["localBytes"],
        "files": status["localFiles"],
        "error": status["errors"] + status["pullErrors"],
        "indexing": False,
    }
    assert [folder["id"] for folder in recipe("get_folders")(st_b)] == [docs]

    [peer] = recipe("get_folder_peers")(st_a, docs)
    connection = a.get("/rest/system/connections")["connections"][b.device_id]
    assert peer["id"] == b.device_id and peer["connected"] and peer["connection"] == "direct"
    assert peer["name"] == a.get(f"/rest/config/devices/{b.device_id}")["name"]
    assert peer["completion"] == a.get("/rest/db/completion", folder=docs, device=b.device_id)["completion"]
    assert 0 < peer["download"] <= connection["inBytesTotal"] and 0 < peer["upload"] <= connection["outBytesTotal"]

    files = recipe("get_files")(st_a, docs)
    assert sorted(files, key=lambda item: str(item["name"])) == [
        {"name": "a.txt", "type": "file", "size": 5, "have": True, "download": True},
        {"name": "sub", "type": "folder"},
    ]
    assert recipe("get_files")(st_b, docs, "sub") == [
        {"name": "b.txt", "type": "file", "size": 6, "have": True, "download": True}
    ]
    return str(docs)


def _selective_sync(recipe: Recipes, st_a: Syncthing, st_b: Syncthing, a: Sandbox, b: Sandbox, tmp_path: Path) -> None:
    source, target = tmp_path / "a-sel", tmp_path / "b-sel"
    source.mkdir()
    (source / "want.txt").write_text("wanted")
    (source / "skip.txt").write_text("not wanted")
    recipe("add_folder")(st_b, target, "sel", devices=(a.device_id,), selective=True)
    assert b.get("/rest/db/ignores", folder="sel")["ignore"] == ["*"]
    assert b.get("/rest/config/folders/sel")["paused"] is False
    recipe("add_folder")(st_a, source, "sel", devices=(b.device_id,))
    wait_for("b to know both files", lambda: _status(b, "sel")["globalFiles"] == 2)

    recipe("set_file_prefs")(st_b, "sel", "want.txt", True)
    assert b.get("/rest/db/ignores", folder="sel")["ignore"] == ["!/want.txt", "*"]
    wait_for("want.txt on b", lambda: (target / "want.txt").is_file() and _synced(b, "sel", 1))
    assert not (target / "skip.txt").exists()
    wanted = {item["name"]: item["download"] for item in recipe("get_files")(st_b, "sel")}
    assert wanted["want.txt"] is True and wanted.get("skip.txt", False) is False

    recipe("set_file_prefs")(st_b, "sel", "want.txt", False)
    assert b.get("/rest/db/ignores", folder="sel")["ignore"] == ["*"]


def _folder_and_device_preferences(recipe: Recipes, st: Syncthing, a: Sandbox, b: Sandbox, docs: str) -> None:
    options = a.get("/rest/config/options")
    prefs = recipe("get_folder_prefs")(st, docs)
    assert prefs == {
        "search_lan": int(options["localAnnounceEnabled"]),
        "use_dht": int(options["globalAnnounceEnabled"]),
        "use_tracker": int(options["globalAnnounceEnabled"]),
        "use_relay_server": int(options["relaysEnabled"]),
        "use_hosts": 1,  # the sandbox dials its peer at a set address
        "use_sync_trash": 0,
    }
    folder = a.get(f"/rest/config/folders/{docs}")
    a.request(
        "PUT",
        f"/rest/config/folders/{docs}",
        json=folder | {"versioning": folder["versioning"] | {"cleanupIntervalS": 99}},
    )
    recipe("set_folder_prefs")(st, docs, use_sync_trash=True, trash_days=7)
    versioning = a.get(f"/rest/config/folders/{docs}")["versioning"]
    assert (versioning["type"], versioning["params"], versioning["cleanupIntervalS"]) == (
        "trashcan",
        {"cleanoutDays": "7"},
        99,
    )
    assert recipe("get_folder_prefs")(st, docs)["use_sync_trash"] == 1
    recipe("set_folder_prefs")(st, docs, use_sync_trash=False)
    versioning = a.get(f"/rest/config/folders/{docs}")["versioning"]
    assert (versioning["type"], versioning["params"], versioning["cleanupIntervalS"]) == ("", {}, 99)
    assert a.get(f"/rest/config/folders/{docs}") == folder | {"versioning": versioning}  # nothing else changed

    assert recipe("get_folder_hosts")(st, docs) == {b.device_id: [f"127.0.0.1:{b.listen_port}"]}
    hosts = [f"127.0.0.1:{b.listen_port}", "127.0.0.1:1"]  # the second is closed: dialling it fails on loopback
    recipe("set_folder_hosts")(st, b.device_id, hosts)
    assert a.get(f"/rest/config/devices/{b.device_id}")["addresses"] == [f"tcp://{host}" for host in hosts]
    assert recipe("get_folder_hosts")(st, docs) == {b.device_id: hosts}

    recipe("set_prefs")(st, device_name="office", upload_limit=250)
    assert a.get(f"/rest/config/devices/{a.device_id}")["name"] == "office"
    options = a.get("/rest/config/options")
    assert (options["maxSendKbps"], options["maxRecvKbps"]) == (250, 0)
    assert recipe("get_prefs")(st) == {
        "device_name": "office",
        "download_limit": 0,
        "upload_limit": 250,
        "listening_addresses": [f"tcp://127.0.0.1:{a.listen_port}"],
        "use_upnp": int(options["natEnabled"]),
    }
    recipe("set_prefs")(st, upload_limit=0)
    assert a.get("/rest/config/options")["maxSendKbps"] == 0
    assert a.get(f"/rest/config/devices/{a.device_id}")["name"] == "office"


def _encryption_secret(
    recipe: Recipes, st_a: Syncthing, st_b: Syncthing, a: Sandbox, b: Sandbox, tmp_path: Path
) -> None:
    source, target = tmp_path / "a-vault", tmp_path / "b-vault"
    source.mkdir()
    (source / "secret.txt").write_text("TOP SECRET CONTENT")
    (tmp_path / "a-plain").mkdir()
    st_a.config.add_folder(body={"id": "plain", "path": str(tmp_path / "a-plain")})
    recipe("get_secrets", "grant")(st_a, "plain", b.device_id)
    shared = a.get("/rest/config/folders/plain")["devices"]
    assert {d["deviceID"]: d["encryptionPassword"] for d in shared} == {a.device_id: "", b.device_id: ""}
    st_a.config.delete_folder("plain")
    st_a.config.add_folder(body={"id": "vault", "path": str(source)})
    recipe("get_secrets", "grant")(st_a, "vault", b.device_id, password="correct horse battery staple")
    entry = next(d for d in a.get("/rest/config/folders/vault")["devices"] if d["deviceID"] == b.device_id)
    assert entry["encryptionPassword"] == "correct horse battery staple"
    # b still gets other folders in plain: marked untrusted, it would be refused every connection.
    assert a.get(f"/rest/config/devices/{b.device_id}")["untrusted"] is False
    secrets = recipe("get_secrets")(st_a, "vault")
    recipe("get_secrets", "join")(st_b, secrets, "encryption", str(target))
    assert b.get("/rest/config/folders/vault")["type"] == "receiveencrypted"

    def stored_encrypted() -> bool:
        status = _status(b, "vault")
        return status["state"] == "idle" and status["needTotalItems"] == 0 and status["localFiles"] >= 1

    wait_for("the vault stored encrypted on b", stored_encrypted)
    stored = [path for path in target.rglob("*") if path.is_file() and ".stfolder" not in path.parts]
    assert stored and all(path.name != "secret.txt" for path in stored)
    assert all(b"TOP SECRET" not in path.read_bytes() for path in stored)


def _remove_and_shut_down(
    recipe: Recipes, st_a: Syncthing, st_b: Syncthing, a: Sandbox, b: Sandbox, docs: str, tmp_path: Path
) -> None:
    recipe("remove_folder")(st_a, docs)
    assert docs not in [folder["id"] for folder in a.get("/rest/config/folders")]
    assert (tmp_path / "a-docs" / "a.txt").read_text() == "alpha"  # the files stay
    with pytest.raises(FolderNotFoundError):
        recipe("remove_folder")(st_a, docs)

    assert recipe("shutdown")(st_b) is True
    wait_for("b's processes to exit", lambda: b.pids() == [] or None, timeout=20)
