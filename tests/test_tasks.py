"""``st.tasks`` (syncthing_client/tasks.py): the helpers' step generators driven by hand with no I/O (which steps,
in which order, what they make of the answers, how they undo a failed step), then every helper, sync and async,
against a connected pair of real Syncthing 1.19.2 and 1.29.5 servers, its effect read back with plain httpx."""

from __future__ import annotations

import asyncio
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from syncthing_client import (
    AsyncSyncthing,
    DeviceNotFoundError,
    FolderNotFoundError,
    OperationFailedError,
    ServerError,
    Syncthing,
    tasks,
)
from syncthing_client.api import OPERATIONS
from syncthing_client.models import FolderConfiguration, Ignores, SystemConnections
from syncthing_client.tasks import (
    AsyncTasks,
    Call,
    Clock,
    DeviceRates,
    FolderPeer,
    Sleep,
    Step,
    Task,
    TaskArgumentError,
    Tasks,
    change_ignores_task,
    reset_folder_task,
    share_encrypted_task,
    transfer_rates_task,
)
from tools.sandbox import Sandbox, share_folder, wait_for

# A valid device ID (right check digits) that no server of the suite has: a device configured but never connected.
NAS = "GSIBHWR-LDQ6CZR-MEEG2I2-FEJRPZQ-2PB63W6-TLLD6A4-3FIM2OI-L735EQ4"


# --- The steps, without a server ----------------------------------------------------------------------------------


def drive(task: Task[Any], answer: Callable[[Step], Any]) -> tuple[list[Step], Any]:
    """Run ``task`` with ``answer(step)`` as each step's result (an exception it returns is thrown in); return the
    steps taken and the task's result."""
    steps: list[Step] = []
    result: Any = None
    try:
        step = next(task)
        while True:
            steps.append(step)
            result = answer(step)
            step = task.throw(result) if isinstance(result, BaseException) else task.send(result)
    except StopIteration as done:
        return steps, done.value


def connections(total: tuple[int, int], **devices: tuple[int, int]) -> SystemConnections:
    def counters(bytes_in: int, bytes_out: int) -> dict[str, Any]:
        return {"at": "2026-12-04T10:00:00Z", "inBytesTotal": bytes_in, "outBytesTotal": bytes_out}

    device_entries = {
        device: {**counters(*moved), "connected": True, "paused": False, "address": "", "clientVersion": "", "type": ""}
        for device, moved in devices.items()
    }
    return SystemConnections.from_dict({"total": counters(*total), "connections": device_entries})


def test_transfer_rates_from_two_samples_over_the_measured_interval() -> None:
    samples = iter(
        [connections((1000, 500), A=(600, 100), B=(400, 400)), connections((4000, 500), A=(50, 100), C=(9, 9))]
    )
    clock = iter([10.0, 10.2, 12.0, 12.2])  # around each sample: 2 s from middle to middle

    def answer(step: Step) -> Any:
        match step:
            case Clock():
                return next(clock)
            case Call("system_connections"):
                return next(samples)
        return None

    steps, rates = drive(transfer_rates_task(1.5), answer)
    assert [type(step).__name__ for step in steps] == ["Clock", "Call", "Clock", "Sleep", "Clock", "Call", "Clock"]
    assert Sleep(1.5) in steps
    assert rates.interval_s == pytest.approx(2.0)
    assert (rates.in_bps, rates.out_bps) == (pytest.approx(1500.0), 0.0)
    # A's counter went down (a new connection): what it holds now is what it moved since. B and C are in one
    # sample only.
    assert dict(rates.devices) == {"A": DeviceRates(in_bps=pytest.approx(25.0), out_bps=0.0)}


@pytest.mark.parametrize("interval", [0, -1, True, "1", float("nan")])
def test_transfer_rates_refuse_an_interval_before_sending(interval: Any) -> None:
    with pytest.raises(TaskArgumentError, match="interval must be a positive number of seconds"):
        next(transfer_rates_task(interval))


def folder(paused: bool = False, devices: tuple[tuple[str, str], ...] = ()) -> FolderConfiguration:
    body: dict[str, Any] = {
        "id": "f",
        "label": "f",
        "filesystemType": "basic",
        "path": "/f",
        "type": "sendreceive",
        "devices": [{"deviceID": device, "introducedBy": "", "encryptionPassword": pw} for device, pw in devices],
        "rescanIntervalS": 3600,
        "fsWatcherEnabled": True,
        "fsWatcherDelayS": 10,
        "ignorePerms": False,
        "autoNormalize": True,
        "minDiskFree": {"value": 1, "unit": "%"},
        "versioning": {"type": "", "params": {}, "cleanupIntervalS": 3600, "fsPath": "", "fsType": "basic"},
        "copiers": 0,
        "pullerMaxPendingKiB": 0,
        "hashers": 0,
        "order": "random",
        "ignoreDelete": False,
        "scanProgressIntervalS": 0,
        "pullerPauseS": 0,
        "maxConflicts": 10,
        "disableSparseFiles": False,
        "paused": paused,
        "markerName": ".stfolder",
        "copyOwnershipFromParent": False,
        "modTimeWindowS": 0,
        "maxConcurrentWrites": 2,
        "disableFsync": False,
        "blockPullOrder": "standard",
        "copyRangeMethod": "standard",
        "caseSensitiveFS": False,
        "junctionsAsDirs": False,
    }
    return FolderConfiguration.from_dict(body)


def test_reset_pauses_resets_waits_and_resumes() -> None:
    steps, result = drive(
        reset_folder_task("f", 5), lambda step: folder() if step == Call("config_folder", ("f",)) else None
    )
    assert result is None
    assert [(step.operation, dict(step.kwargs)) for step in steps if isinstance(step, Call)] == [
        ("config_folder", {}),
        ("config_update_folder", {"body": {"paused": True}}),
        ("system_reset", {"folder": "f", "wait": True, "timeout": 5.0}),
        ("config_update_folder", {"body": {"paused": False}}),
    ]


def test_reset_leaves_a_paused_folder_paused() -> None:
    steps, _ = drive(
        reset_folder_task("f"), lambda step: folder(paused=True) if step.operation == "config_folder" else None
    )  # type: ignore[union-attr]
    assert [step.operation for step in steps if isinstance(step, Call)] == ["config_folder", "system_reset"]


def test_a_failed_reset_resumes_the_folder_before_raising() -> None:
    refused = ServerError(500, "folder must be paused when resetting", method="POST", url="/rest/system/reset")
    answers = {"config_folder": folder(), "system_reset": refused}
    with pytest.raises(ServerError) as raised:
        drive(reset_folder_task("f"), lambda step: answers.get(step.operation))  # type: ignore[union-attr]
    assert raised.value is refused and not getattr(refused, "__notes__", [])


def test_a_reset_whose_resume_fails_too_says_the_folder_stays_paused() -> None:
    gone = ServerError(503, "unavailable", method="POST", url="/rest/system/reset")
    calls: list[str] = []

    def answer(step: Step) -> Any:
        assert isinstance(step, Call)
        calls.append(step.operation)
        if step.operation == "config_folder":
            return folder()
        return gone if step.operation == "system_reset" or calls.count("config_update_folder") == 2 else None

    with pytest.raises(ServerError) as raised:
        drive(reset_folder_task("f"), answer)
    assert calls == ["config_folder", "config_update_folder", "system_reset", "config_update_folder"]
    assert raised.value.__notes__ == [f"the folder 'f' stays paused: resuming it failed too ({gone})"]


def test_ignores_change_keeps_the_other_lines_and_writes_nothing_when_unchanged() -> None:
    current = Ignores(ignore=["a", "*"], expanded=[])
    written: list[list[str]] = []

    def answer(step: Step) -> Any:
        assert isinstance(step, Call)
        if step.operation == "db_ignores":
            return current
        written.append(step.kwargs["body"]["ignore"])
        return Ignores(ignore=written[-1], expanded=[])

    assert drive(change_ignores_task("f", add=("b", "a", "b")), answer)[1].ignore == ["a", "*", "b"]
    assert drive(change_ignores_task("f", add=("!/keep",), first=True), answer)[1].ignore == ["!/keep", "a", "*"]
    assert drive(change_ignores_task("f", remove=("a",)), answer)[1].ignore == ["*"]
    assert drive(change_ignores_task("f", add=("a",), remove=("zzz",)), answer)[1] is current
    assert written == [["a", "*", "b"], ["!/keep", "a", "*"], ["*"]]


def test_ignores_rejected_by_syncthing_are_put_back() -> None:
    current = Ignores(ignore=["a"], expanded=[])
    rejected = OperationFailedError("invalid pattern", body={}, method="POST", url="/rest/db/ignores")
    written: list[list[str]] = []

    def answer(step: Step) -> Any:
        assert isinstance(step, Call)
        if step.operation == "db_ignores":
            return current
        written.append(step.kwargs["body"]["ignore"])
        return rejected if len(written) == 1 else None

    with pytest.raises(OperationFailedError):
        drive(change_ignores_task("f", add=("[abc",)), answer)
    assert written == [["a", "[abc"], ["a"]]


@pytest.mark.parametrize("pattern", ["", "  ", "a\nb", "a\rb", 3])
def test_ignore_patterns_must_be_single_lines(pattern: Any) -> None:
    with pytest.raises(TaskArgumentError, match="one non-empty line"):
        next(change_ignores_task("f", add=("ok", pattern)))


@pytest.mark.parametrize("password", ["", "   ", None, b"bytes"])
def test_share_encrypted_refuses_an_empty_password_before_sending(password: Any) -> None:
    with pytest.raises(TaskArgumentError, match="non-empty string") as raised:
        next(share_encrypted_task("f", NAS, password))
    assert isinstance(raised.value, ValueError)


def test_every_step_names_an_operation_of_the_spec() -> None:
    source = Path(tasks.__file__).read_text(encoding="utf-8")
    named = set(re.findall(r'_call\("(\w+)"', source))
    assert named and named <= set(OPERATIONS), sorted(named - set(OPERATIONS))
    with pytest.raises(TaskArgumentError, match="'config_nothing' is no operation of the spec"):
        Call("config_nothing")


def test_a_task_yielding_what_is_no_step_is_refused() -> None:
    def confused() -> Task[None]:
        yield "config_folders"

    st = Syncthing("http://127.0.0.1:9", api_key="offline")  # nothing is sent
    with pytest.raises(TaskArgumentError, match="a task yielded str, not a Call, Sleep or Clock"):
        tasks.run(st, confused())


def test_the_namespaces_are_built_once_and_lazily() -> None:
    st = Syncthing("http://127.0.0.1:9", api_key="offline")  # nothing is sent
    assert isinstance(st.tasks, Tasks) and st.tasks is st.tasks
    assert isinstance(AsyncSyncthing("http://127.0.0.1:9", api_key="offline").tasks, AsyncTasks)


# --- Against a real pair ------------------------------------------------------------------------------------------


class Flavour:
    """``st.tasks.<name>(...)`` through a sync or an async client: the same helpers, awaited or not."""

    def __init__(self, name: str, sandbox: Sandbox) -> None:
        self.name, self.sandbox = name, sandbox

    def __call__(self, helper: str, *args: Any, **kwargs: Any) -> Any:
        if self.name == "sync":
            with Syncthing(self.sandbox.url, self.sandbox.api_key) as st:
                return getattr(st.tasks, helper)(*args, **kwargs)

        async def call() -> Any:
            async with AsyncSyncthing(self.sandbox.url, self.sandbox.api_key) as ast:
                return await getattr(ast.tasks, helper)(*args, **kwargs)

        return asyncio.run(call())


def _patch(sandbox: Sandbox, path: str, body: dict[str, Any]) -> None:
    sandbox.request("PATCH", path, json=body).raise_for_status()


@pytest.mark.timeout(240)
def test_tasks_on_a_pair(pair: tuple[Sandbox, Sandbox]) -> None:
    a, b = pair
    _patch(a, "/rest/config/options", {"maxSendKbps": 400, "limitBandwidthInLan": True})  # a transfer that lasts
    a.post("/rest/config/devices", {"deviceID": NAS, "name": "nas", "addresses": ["dynamic"]})
    for flavour in ("sync", "async"):
        tasks_a = Flavour(flavour, a)
        shared = f"{flavour}-shared"
        source, _ = share_folder(a, b, shared)
        _transfer_rates(tasks_a, a, b, shared, source)
        _folder_peers(tasks_a, a, b, shared)
        _ignores(tasks_a, a, shared)
        _share_encrypted(tasks_a, a, b, shared, flavour)
        _reset_folder(tasks_a, a, shared)
    _reset_paused_folder(
        Flavour("sync", b), a, b, "sync-shared"
    )  # once: the monitor gives up after 4 restarts a minute


def _transfer_rates(tasks: Flavour, a: Sandbox, b: Sandbox, folder: str, source: Path) -> None:
    (source / "big.bin").write_bytes(os.urandom(800_000))  # about 2 s at 400 KiB/s
    a.post(f"/rest/db/scan?folder={folder}")
    wait_for("b to start pulling", lambda: a.get("/rest/system/connections")["total"]["outBytesTotal"] > 100_000)
    before = a.get("/rest/system/connections")
    rates = tasks("transfer_rates", 1.0)
    after = a.get("/rest/system/connections")
    assert rates.interval_s >= 1.0
    sent = after["total"]["outBytesTotal"] - before["total"]["outBytesTotal"]
    assert 0 < rates.out_bps * rates.interval_s <= sent  # within what the counters moved around the call
    to_b = after["connections"][b.device_id]["outBytesTotal"] - before["connections"][b.device_id]["outBytesTotal"]
    assert 0 < rates.devices[b.device_id].out_bps * rates.interval_s <= to_b
    assert rates.devices[NAS] == DeviceRates(0.0, 0.0)  # configured, never connected
    with pytest.raises(TaskArgumentError):
        tasks("transfer_rates", 0)
    wait_for("big.bin on b", lambda: b.get("/rest/db/status", folder=folder)["needTotalItems"] == 0 or None, 60)


def _folder_peers(tasks: Flavour, a: Sandbox, b: Sandbox, folder: str) -> None:
    [peer] = tasks("folder_peers", folder)
    completion = a.get("/rest/db/completion", folder=folder, device=b.device_id)
    assert peer == FolderPeer(
        device_id=b.device_id,
        name=a.get(f"/rest/config/devices/{b.device_id}")["name"],
        connected=True,
        paused=False,
        completion=completion["completion"],
        need_bytes=completion["needBytes"],
        encrypted=False,
    )
    with pytest.raises(FolderNotFoundError):
        tasks("folder_peers", "no-such-folder")


def _ignores(tasks: Flavour, a: Sandbox, folder: str) -> None:
    def lines() -> list[str]:
        found: list[str] = a.get("/rest/db/ignores", folder=folder)["ignore"] or []
        return found

    assert tasks("add_ignores", folder, "*.tmp", "cache/").ignore == ["*.tmp", "cache/"] == lines()
    assert tasks("add_ignores", folder, "!keep.tmp", "*.tmp", first=True).ignore == ["!keep.tmp", "*.tmp", "cache/"]
    assert tasks("remove_ignores", folder, "cache/", "absent").ignore == ["!keep.tmp", "*.tmp"] == lines()
    with pytest.raises(OperationFailedError, match="invalid pattern"):
        tasks("add_ignores", folder, "[abc")
    assert lines() == ["!keep.tmp", "*.tmp"]  # put back
    with pytest.raises(TaskArgumentError):
        tasks("add_ignores", folder, "a\nb")
    with pytest.raises(FolderNotFoundError):
        tasks("add_ignores", "no-such-folder", "*.tmp")
    assert tasks("remove_ignores", folder, "!keep.tmp", "*.tmp").ignore == [] == lines()


def _share_encrypted(tasks: Flavour, a: Sandbox, b: Sandbox, shared: str, flavour: str) -> None:
    vault = f"{flavour}-vault"
    a.post("/rest/config/folders", {"id": vault, "path": str(a.root / "folders" / vault)})
    _patch(a, f"/rest/config/devices/{NAS}", {"untrusted": False})

    def sharing(folder: str) -> dict[str, str]:
        entries = a.get(f"/rest/config/folders/{folder}")["devices"]
        return {entry["deviceID"]: entry["encryptionPassword"] for entry in entries}

    with pytest.raises(TaskArgumentError):
        tasks("share_encrypted", vault, NAS, "")
    with pytest.raises(DeviceNotFoundError):
        tasks("share_encrypted", vault, "K22UWM7-5G4CHWR-EQ66YSP-LONRXUC-CZNLTON-PE7NQOP-7OTYMP4-VWFWTQD", "pw")
    with pytest.raises(FolderNotFoundError):
        tasks("share_encrypted", "no-such-folder", NAS, "pw")
    assert sharing(vault) == {a.device_id: ""}  # nothing changed

    tasks("share_encrypted", vault, NAS, "correct horse")
    assert sharing(vault) == {a.device_id: "", NAS: "correct horse"}
    assert a.get(f"/rest/config/devices/{NAS}")["untrusted"] is True  # the only folder it gets: encrypted
    tasks("share_encrypted", vault, NAS, "battery staple")  # a new password replaces the old one
    assert sharing(vault) == {a.device_id: "", NAS: "battery staple"}

    tasks("share_encrypted", vault, b.device_id, "staple")
    assert sharing(vault)[b.device_id] == "staple"
    # b gets the shared folder in plain: marked untrusted, it would be refused every connection.
    assert a.get(f"/rest/config/devices/{b.device_id}")["untrusted"] is False
    peers = {peer.device_id: peer for peer in tasks("folder_peers", vault)}
    assert peers[NAS].encrypted and peers[b.device_id].encrypted and not peers[NAS].connected

    # PATCH writes each entry over the one that was at its place: NAS's entry moves to b's place, and must not
    # take b's introducedBy there.
    entries = a.get(f"/rest/config/folders/{vault}")["devices"]
    _patch(
        a,
        f"/rest/config/folders/{vault}",
        {"devices": [e | {"introducedBy": NAS} if e["deviceID"] == b.device_id else e for e in entries]},
    )
    tasks("share_encrypted", vault, NAS, "again")
    introduced = {
        entry["deviceID"]: entry["introducedBy"] for entry in a.get(f"/rest/config/folders/{vault}")["devices"]
    }
    assert introduced == {a.device_id: "", b.device_id: NAS, NAS: ""}
    assert not any(peer.encrypted for peer in tasks("folder_peers", shared))


def _reset_folder(tasks: Flavour, a: Sandbox, folder: str) -> None:
    started = a.get("/rest/system/status")["startTime"]
    with pytest.raises(FolderNotFoundError):
        tasks("reset_folder", "no-such-folder")
    assert a.get("/rest/system/status")["startTime"] == started  # nothing reset, no restart

    tasks("reset_folder", folder)
    assert a.get("/rest/system/status")["startTime"] != started  # restarted, and answering again
    assert a.get(f"/rest/config/folders/{folder}")["paused"] is False
    wait_for("the folder rebuilt", lambda: a.get("/rest/db/status", folder=folder)["localFiles"] == 1, 60)


def _reset_paused_folder(tasks: Flavour, a: Sandbox, b: Sandbox, folder: str) -> None:
    wait_for("a and b connected again", lambda: b.device_id in a.connected_devices() or None, 60)
    _patch(b, f"/rest/config/folders/{folder}", {"paused": True})
    started = b.get("/rest/system/status")["startTime"]
    tasks("reset_folder", folder, timeout=60)
    assert b.get("/rest/system/status")["startTime"] != started
    assert b.get(f"/rest/config/folders/{folder}")["paused"] is True  # as it was found
