"""The real-server harness itself: loopback only, locked-down configuration, clean stop, restart, pairing."""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools.sandbox import (
    CLOSED_URL,
    PROJECT,
    Sandbox,
    SandboxError,
    Socket,
    connected_to,
    is_loopback,
    share_folder,
    wait_for,
)

PR_SET_CHILD_SUBREAPER = 36


def listeners(sockets: list[Socket]) -> set[tuple[str, int]]:
    return {(s.local_host, s.local_port) for s in sockets if s.state == "LISTEN"}


def expected_listeners(sandbox: Sandbox) -> set[tuple[str, int]]:
    return {("127.0.0.1", sandbox.gui_port), ("127.0.0.1", sandbox.listen_port)}


def settled_sockets(sandbox: Sandbox) -> list[Socket]:
    """The instance's sockets once both of its listeners are up (the sync listener may follow the GUI's)."""

    def probe() -> list[Socket] | None:
        sockets = sandbox.sockets()
        return sockets if listeners(sockets) >= expected_listeners(sandbox) else None

    try:
        return wait_for("the GUI and sync listeners", probe, timeout=10)
    except SandboxError:
        return sandbox.sockets()  # let the assertions show what is there instead


def assert_loopback_only(sockets: list[Socket]) -> None:
    assert sockets, "no socket found at all: the ss lookup is broken"
    for s in sockets:
        assert s.proto == "tcp", f"non-TCP socket {s}"
        assert is_loopback(s.local_host), f"non-loopback local address {s}"
        assert not s.connected or is_loopback(s.peer_host), f"non-loopback peer {s}"


def alive(pid: int) -> bool:
    """Whether `pid` exists and is not a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat[stat.rindex(")") + 2] not in "ZX"


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.3.2.1", True),
        ("::1", True),
        ("::ffff:127.0.0.1", True),
        ("127.0.0.1%lo", True),
        ("0.0.0.0", False),
        ("::", False),
        ("*", False),
        ("10.0.0.1", False),
        ("::ffff:10.0.0.1", False),
        ("fe80::1%eth0", False),
    ],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_only_loopback_sockets(syncthing: Sandbox) -> None:
    sockets = settled_sockets(syncthing)
    assert_loopback_only(sockets)
    assert listeners(sockets) == expected_listeners(syncthing)
    assert {pid for s in sockets for pid in s.pids} <= set(syncthing.pids())


def test_monitor_and_child(syncthing: Sandbox) -> None:
    monitor, *children = syncthing.pids()
    assert monitor == syncthing.monitor_pid
    assert len(children) == 1
    stat = Path(f"/proc/{children[0]}/stat").read_text()
    assert int(stat[stat.rindex(")") + 2 :].split()[1]) == monitor, "the child's parent is the monitor"


def test_served_config_is_locked_down(syncthing: Sandbox) -> None:
    config = syncthing.get("/rest/config")
    options = config["options"]
    assert options["listenAddresses"] == [f"tcp://127.0.0.1:{syncthing.listen_port}"]
    for flag in (
        "globalAnnounceEnabled",
        "localAnnounceEnabled",
        "relaysEnabled",
        "natEnabled",
        "announceLANAddresses",
        "startBrowser",
        "crashReportingEnabled",
        "upgradeToPreReleases",
    ):
        assert options[flag] is False, flag
    assert options["globalAnnounceServers"] == [CLOSED_URL]
    assert options["stunServers"] == [""]
    assert (options["stunKeepaliveStartS"], options["stunKeepaliveMinS"]) == (0, 0)
    assert options["urURL"] == options["crURL"] == options["releasesURL"] == CLOSED_URL
    assert (options["urAccepted"], options["urSeen"], options["autoUpgradeIntervalH"]) == (-1, 3, 0)
    gui = config["gui"]
    assert (gui["enabled"], gui["useTLS"], gui["debugging"]) == (True, False, False)
    assert gui["address"] == f"127.0.0.1:{syncthing.gui_port}"
    assert gui["apiKey"] == syncthing.api_key
    assert config["folders"] == []
    assert [device["deviceID"] for device in config["devices"]] == [syncthing.device_id]
    status = syncthing.get("/rest/system/status")
    assert list(status["connectionServiceStatus"]) == [f"tcp://127.0.0.1:{syncthing.listen_port}"]


def test_config_on_disk_is_locked_down(syncthing: Sandbox) -> None:
    root = ET.parse(syncthing.home / "config.xml").getroot()
    gui = root.find("gui")
    assert gui is not None
    assert (gui.get("enabled"), gui.get("tls"), gui.get("debugging")) == ("true", "false", "false")
    assert gui.findtext("address") == f"127.0.0.1:{syncthing.gui_port}"

    def texts(tag: str) -> list[str]:
        return [element.text or "" for element in root.iterfind(f"options/{tag}")]

    assert texts("listenAddress") == [f"tcp://127.0.0.1:{syncthing.listen_port}"]
    assert texts("stunServer") == [""]
    assert texts("globalAnnounceServer") == [CLOSED_URL]
    for tag in ("globalAnnounceEnabled", "localAnnounceEnabled", "relaysEnabled", "natEnabled", "startBrowser"):
        assert texts(tag) == ["false"], tag
    assert root.findall("folder") == []


def test_debug_routes_need_the_flag(syncthing: Sandbox) -> None:
    response = syncthing.request("GET", "/rest/debug/peerCompletion")
    assert (response.status_code, response.text.strip()) == (403, "Debugging disabled")


def test_debug_sandbox(debug_syncthing: Sandbox) -> None:
    assert debug_syncthing.request("GET", "/rest/debug/peerCompletion").status_code == 200
    assert debug_syncthing.get("/rest/config")["gui"]["debugging"] is True
    sockets = settled_sockets(debug_syncthing)
    assert_loopback_only(sockets)
    assert listeners(sockets) == expected_listeners(debug_syncthing)


def test_restart_keeps_identity_and_ports(throwaway: Sandbox) -> None:
    monitor, child = throwaway.pids()
    before = throwaway.start_time
    throwaway.restart()
    assert throwaway.start_time != before
    new_monitor, new_child = throwaway.pids()
    assert (new_monitor, new_child != child) == (monitor, True)
    assert throwaway.get("/rest/system/status")["myID"] == throwaway.device_id
    sockets = settled_sockets(throwaway)
    assert_loopback_only(sockets)
    assert listeners(sockets) == expected_listeners(throwaway)


def test_stop_leaves_nothing(throwaway: Sandbox) -> None:
    pids, root = throwaway.pids(), throwaway.root
    assert len(pids) == 2 and root.is_dir()
    throwaway.stop()
    assert [pid for pid in pids if Path(f"/proc/{pid}").exists()] == []
    assert not root.exists()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", throwaway.gui_port), timeout=2).close()
    throwaway.stop()  # idempotent


def test_stop_after_the_monitor_was_killed(throwaway: Sandbox) -> None:
    # Become the reaper of the orphaned child, so that it does not stay a zombie under this machine's init.
    libc = ctypes.CDLL(None, use_errno=True)
    assert libc.prctl(PR_SET_CHILD_SUBREAPER, 1) == 0
    try:
        monitor, child = throwaway.pids()
        os.kill(monitor, signal.SIGKILL)
        wait_for("the monitor to die", lambda: throwaway.pids() == [child], timeout=10)
        assert alive(child), "a hard-killed monitor leaves its child serving"
        throwaway.stop()
        assert not alive(child)
        os.waitpid(child, 0)
    finally:
        libc.prctl(PR_SET_CHILD_SUBREAPER, 0)


VICTIM = textwrap.dedent(
    """
    import signal, sys, time
    from tools.sandbox import Sandbox
    signal.signal(signal.SIGINT, signal.default_int_handler)  # even if started with SIGINT ignored
    sandbox = Sandbox.start(sys.argv[1])
    print(*sandbox.pids(), sandbox.root, flush=True)
    time.sleep(60)
    """
)


def run_victim(version: str, sig: signal.Signals) -> tuple[list[int], Path, int]:
    """Start a sandbox in another Python, send that Python `sig` once it is up; its pids, root and exit code."""
    victim = subprocess.Popen(
        [sys.executable, "-c", VICTIM, version], cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert victim.stdout is not None
        *pids, root = victim.stdout.readline().split()
        victim.send_signal(sig)
        code = victim.wait(timeout=30)
    finally:
        victim.kill()
        victim.wait()
    return [int(pid) for pid in pids], Path(root), code


def test_interrupted_python_stops_its_sandbox() -> None:
    pids, root, code = run_victim("1.29.5", signal.SIGINT)  # Ctrl-C: KeyboardInterrupt, then atexit
    assert code != 0 and len(pids) == 2
    assert [pid for pid in pids if Path(f"/proc/{pid}").exists()] == []
    assert not root.exists()


def test_killed_python_stops_its_sandbox() -> None:
    # The monitor, orphaned by SIGKILL, is reparented to us (so that it can be reaped) and gets SIGTERM.
    libc = ctypes.CDLL(None, use_errno=True)
    assert libc.prctl(PR_SET_CHILD_SUBREAPER, 1) == 0
    root = None
    try:
        (monitor, child), root, code = run_victim("1.29.5", signal.SIGKILL)
        assert code == -signal.SIGKILL
        wait_for("the orphaned sandbox to stop", lambda: not alive(monitor) and not alive(child), timeout=15)
        os.waitpid(monitor, 0)
    finally:
        libc.prctl(PR_SET_CHILD_SUBREAPER, 0)
        if root is not None:
            shutil.rmtree(root, ignore_errors=True)  # nobody was left to remove it


def test_unknown_version() -> None:
    with pytest.raises(ValueError, match="unknown Syncthing version"):
        Sandbox.start("0.0.1")


def test_start_failure_shows_the_log() -> None:
    with Sandbox("1.29.5") as broken:
        (broken.home / "config.xml").write_text("<configuration")
        broken.serve()
        with pytest.raises(SandboxError, match=r"exited[\s\S]*config"):
            broken.wait_until_ready(timeout=10)
        broken.stop()
        assert broken.pids() == []
        assert not broken.root.exists()


def test_pair_is_connected_over_loopback(pair: tuple[Sandbox, Sandbox]) -> None:
    a, b = pair
    assert connected_to(a, b) and connected_to(b, a)
    for this, other in ((a, b), (b, a)):
        connection = this.get("/rest/system/connections")["connections"][other.device_id]
        assert connection["connected"] is True
        assert connection["address"].rpartition(":")[0] == "127.0.0.1"
    sockets = a.sockets() + b.sockets()
    assert_loopback_only(sockets)
    sync_ports = {a.listen_port, b.listen_port}
    assert any(s.state == "ESTAB" and s.peer_port in sync_ports for s in sockets), sockets


def test_shared_folder_syncs(pair: tuple[Sandbox, Sandbox]) -> None:
    a, b = pair
    path_a, path_b = share_folder(a, b, "shared")
    assert [f["id"] for f in b.get("/rest/config/folders")] == ["shared"]
    (path_a / "hello.txt").write_text("hello")
    a.request("POST", "/rest/db/scan", params={"folder": "shared"}).raise_for_status()
    wait_for("hello.txt on b", lambda: (path_b / "hello.txt").exists(), timeout=30)
    assert (path_b / "hello.txt").read_text() == "hello"
    assert_loopback_only(a.sockets() + b.sockets())
