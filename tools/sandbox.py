"""A throwaway, loopback-only Syncthing server: the real-server harness of tests, `make demo` and `make bench`.

This module owns the whole life of one real Syncthing (the `syncthing serve` monitor process and the child it
runs): a fresh home in a temporary directory, a configuration locked down to loopback before the first start (no
discovery, relays, NAT, STUN, QUIC, usage or crash reporting, upgrades), free ports on 127.0.0.1, and cleanup
(shutdown, then signals to every process of its session, then removing the directory) on `stop()`, on leaving a `with`
block and at interpreter exit. It also pairs two instances and shares a folder between them.

It talks to the server with plain httpx, so it depends on neither pytest nor the project's client package.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import ipaddress
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Final, Self, TypeVar

import httpx

__all__ = [
    "CLOSED_URL",
    "PROJECT",
    "VERSIONS",
    "Sandbox",
    "SandboxError",
    "Socket",
    "binary",
    "connected_to",
    "folder_idle",
    "is_loopback",
    "lock_down",
    "pair",
    "share_folder",
    "sockets_of",
    "wait_for",
]

VERSIONS: Final = ("1.19.2", "1.29.5")
PROJECT: Final = Path(__file__).resolve().parent.parent
CLOSED_URL: Final = "https://127.0.0.1:1/"  # where discovery and reporting would go: nothing listens there
POLL_S: Final = 0.05
_T = TypeVar("_T")


class SandboxError(RuntimeError):
    """A sandboxed Syncthing did not start, answer or stop as expected."""


def binary(version: str) -> Path:
    """The Syncthing executable of `version`, installed by tools/install-syncthing.sh if missing."""
    if version not in VERSIONS:
        raise ValueError(f"unknown Syncthing version {version!r}; known: {', '.join(VERSIONS)}")
    path = PROJECT / ".cache" / "syncthing" / version / "syncthing"
    if not path.exists():
        subprocess.run([str(PROJECT / "tools" / "install-syncthing.sh")], check=True)
    if not path.exists():
        raise SandboxError(f"tools/install-syncthing.sh did not install {path}")
    return path


def wait_for(what: str, probe: Callable[[], _T | None], timeout: float = 30.0) -> _T:
    """Poll `probe` until it returns something other than None (or False); fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = probe()
        if result is not None and result is not False:
            return result
        if time.monotonic() > deadline:
            raise SandboxError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(POLL_S)


def is_loopback(host: str) -> bool:
    """Whether a host as `ss` prints it (127.0.0.1, ::1, ::ffff:127.0.0.1, optionally with %interface) is loopback."""
    try:
        ip = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback


@dataclass(frozen=True)
class Socket:
    """One line of `ss -tunapH`: a TCP or UDP socket held by a process."""

    proto: str  # "tcp" or "udp"
    state: str  # "LISTEN", "ESTAB", "UNCONN", ...
    local_host: str
    local_port: int
    peer_host: str  # "*" or an unspecified address when not connected
    peer_port: int | None  # None when not connected ("*")
    pids: frozenset[int]

    @property
    def connected(self) -> bool:
        return self.peer_port is not None


def _split_address(address: str) -> tuple[str, int | None]:
    host, _, port = address.rpartition(":")
    return host.strip("[]"), None if port == "*" else int(port)


def sockets_of(pids: set[int]) -> list[Socket]:
    """Every TCP and UDP socket that one of `pids` holds, from `ss -tunapH`."""
    out = subprocess.run(["ss", "-tunapH"], check=True, capture_output=True, text=True).stdout
    found = []
    for line in out.splitlines():
        fields = line.split(None, 6)
        if len(fields) < 7:
            continue  # no process column: not ours (or not visible to us)
        owners = frozenset(int(pid) for pid in re.findall(r"pid=(\d+)", fields[6]))
        if owners & pids:
            local_host, local_port = _split_address(fields[4])
            peer_host, peer_port = _split_address(fields[5])
            assert local_port is not None, line
            found.append(Socket(fields[0], fields[1], local_host, local_port, peer_host, peer_port, owners))
    return found


def _started(connection: Mapping[str, Any]) -> bool:
    """Whether a /rest/system/connections entry has started (1.29.5 shows `connected` about 1 s earlier)."""
    return not str(connection.get("startedAt", "")).startswith("0001-")


def _session(sid: int) -> list[int]:
    """The live (not zombie) processes of session `sid`, from /proc."""
    pids = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue  # exited meanwhile
        state, _ppid, _pgrp, session = stat[stat.rindex(")") + 2 :].split()[:4]
        if int(session) == sid and state not in ("Z", "X"):
            pids.append(int(entry.name))
    return pids


_used_ports: set[int] = set()
_live: set[Sandbox] = set()
_PR_SET_PDEATHSIG: Final = 1


def _free_ports(count: int) -> list[int]:
    """Ports on 127.0.0.1 that are free now and were not handed out before by this process."""
    held: list[socket.socket] = []
    ports: list[int] = []
    try:
        while len(ports) < count:
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            held.append(sock)
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
            if port not in _used_ports:
                ports.append(port)
    finally:
        for sock in held:
            sock.close()
    _used_ports.update(ports)
    return ports


def _die_with_parent() -> None:
    """In the forked child before exec: get SIGTERM when the starting thread dies, even by SIGKILL."""
    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def _set(parent: ET.Element, tag: str, text: str) -> None:
    element = parent.find(tag)
    if element is None:
        element = ET.SubElement(parent, tag)
    element.text = text


def _replace_all(parent: ET.Element, tag: str, texts: list[str]) -> None:
    """Replace every `tag` child with one element per text, where the first of them was."""
    old = parent.findall(tag)
    index = list(parent).index(old[0]) if old else len(parent)
    for element in old:
        parent.remove(element)
    for offset, text in enumerate(texts):
        element = ET.Element(tag)
        element.text = text
        element.tail = old[0].tail if old else None
        parent.insert(index + offset, element)


def lock_down(config_xml: Path, *, gui_port: int, listen_port: int, api_key: str, debugging: bool) -> str:
    """Rewrite a freshly generated config.xml for loopback-only use; return the device ID it holds."""
    tree = ET.parse(config_xml)
    root = tree.getroot()
    gui, options, device = root.find("gui"), root.find("options"), root.find("device")
    if gui is None or options is None or device is None:
        raise SandboxError(f"{config_xml} lacks <gui>, <options> or <device>")
    gui.set("enabled", "true")
    gui.set("tls", "false")
    gui.set("debugging", "true" if debugging else "false")
    _set(gui, "address", f"127.0.0.1:{gui_port}")
    _set(gui, "apikey", api_key)
    _replace_all(options, "listenAddress", [f"tcp://127.0.0.1:{listen_port}"])
    _replace_all(options, "globalAnnounceServer", [CLOSED_URL])
    _replace_all(options, "stunServer", [""])  # one empty entry: with none, loading brings the defaults back
    settings = {
        "globalAnnounceEnabled": "false",
        "localAnnounceEnabled": "false",
        "relaysEnabled": "false",
        "natEnabled": "false",
        "announceLANAddresses": "false",
        "startBrowser": "false",
        "stunKeepaliveStartS": "0",
        "stunKeepaliveMinS": "0",
        "urURL": CLOSED_URL,
        "crashReportingURL": CLOSED_URL,
        "releasesURL": CLOSED_URL,
        "urAccepted": "-1",
        "urSeen": "3",
        "crashReportingEnabled": "false",
        "autoUpgradeIntervalH": "0",
        "upgradeToPreReleases": "false",
    }
    for tag, text in settings.items():
        _set(options, tag, text)
    tree.write(config_xml, encoding="unicode")
    return device.get("id", "")


class Sandbox:
    """One running Syncthing in a temporary directory, reachable only on 127.0.0.1.

    `root` (removed on stop) holds `home/` (Syncthing's --home: config, keys, database), `syncthing.log`
    (stdout and stderr of both processes) and `folders/` (default place of shared folders); it is also $HOME.
    """

    def __init__(self, version: str, *, debugging: bool = False, parent: Path | None = None) -> None:
        """Create and configure (but do not start) a sandbox; `Sandbox.start` does both."""
        self.version = version
        self.debugging = debugging
        self.binary = binary(version)
        self.gui_port, self.listen_port = _free_ports(2)
        self.api_key = secrets.token_urlsafe(24)
        self.url = f"http://127.0.0.1:{self.gui_port}"
        self.start_time = ""  # startTime of the running child, from /rest/system/status
        self._process: subprocess.Popen[bytes] | None = None
        self._stopped = False
        self._client = httpx.Client(base_url=self.url, headers={"X-API-Key": self.api_key}, timeout=10.0)
        self.root = Path(tempfile.mkdtemp(prefix=f"syncthing-{version}-", dir=parent))
        _live.add(self)
        self.home = self.root / "home"
        self.log_path = self.root / "syncthing.log"
        try:
            self._run("generate", f"--home={self.home}", "--no-default-folder", "--skip-port-probing")
            self.device_id = lock_down(
                self.home / "config.xml",
                gui_port=self.gui_port,
                listen_port=self.listen_port,
                api_key=self.api_key,
                debugging=debugging,
            )
        except BaseException:
            self.stop()
            raise

    @classmethod
    def start(cls, version: str, *, debugging: bool = False, parent: Path | None = None) -> Self:
        """A fresh sandbox of `version`, serving and answering; `parent` is where its temporary directory goes."""
        sandbox = cls(version, debugging=debugging, parent=parent)
        try:
            sandbox.serve()
            sandbox.wait_until_ready()
        except BaseException:
            sandbox.stop()
            raise
        return sandbox

    def __repr__(self) -> str:
        return f"<Sandbox syncthing {self.version} at {self.url}, sync port {self.listen_port}, {self.root}>"

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()

    @property
    def env(self) -> dict[str, str]:
        # STHASHING=standard skips 1.19.2's SHA-256 benchmark at every start (1.5 s → 0.6 s); hashing stays SHA-256.
        return {
            **os.environ,
            "HOME": str(self.root),
            "STNOUPGRADE": "1",
            "STNODEFAULTFOLDER": "1",
            "STHASHING": "standard",
        }

    def _run(self, *args: str) -> None:
        done = subprocess.run([str(self.binary), *args], env=self.env, capture_output=True, text=True, timeout=60)
        if done.returncode != 0:
            raise SandboxError(f"syncthing {args[0]} failed ({done.returncode}): {done.stdout}{done.stderr}")

    def serve(self) -> None:
        """Start `syncthing serve` in a session of its own, without waiting for it to answer."""
        if self._process is not None or self._stopped:
            raise SandboxError(f"{self!r} was already started")
        with self.log_path.open("ab") as log:
            self._process = subprocess.Popen(
                [str(self.binary), "serve", f"--home={self.home}", "--no-browser", f"--gui-address={self.url[7:]}"],
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                # Only the main thread lives as long as the interpreter: the signal follows the starting thread.
                preexec_fn=_die_with_parent if threading.current_thread() is threading.main_thread() else None,
            )

    @property
    def monitor_pid(self) -> int:
        if self._process is None:
            raise SandboxError(f"{self!r} is not started")
        return self._process.pid

    def pids(self) -> list[int]:
        """The live processes of this instance, monitor first: its session, which the monitor leads.

        (The monitor puts its child into a process group of its own, but both stay in the session.)
        """
        if self._process is None:
            return []
        monitor = self._process.pid
        self._process.poll()  # reap the monitor if it exited
        return sorted(_session(monitor), key=lambda pid: (pid != monitor, pid))

    def sockets(self) -> list[Socket]:
        """Every TCP and UDP socket held by this instance's processes."""
        return sockets_of(set(self.pids()))

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def request(
        self, method: str, path: str, *, params: Mapping[str, str] | None = None, json: Any = None, timeout: float = 10
    ) -> httpx.Response:
        """One REST call with the API key; the response whatever its status."""
        return self._client.request(method, path, params=params, json=json, timeout=timeout)

    def get(self, path: str, **params: str) -> Any:
        """GET a REST path and decode its JSON, failing on any non-2xx status."""
        response = self.request("GET", path, params=params)
        response.raise_for_status()
        return response.json()

    def post(self, path: str, json: Any = None) -> None:
        """POST (JSON) to a REST path, failing on any non-2xx status."""
        self.request("POST", path, json=json).raise_for_status()

    def _status_if_up(self) -> dict[str, Any] | None:
        if self._process is None or self._process.poll() is not None:
            code = None if self._process is None else self._process.returncode
            raise SandboxError(f"{self!r}: syncthing exited ({code})")
        try:
            status: dict[str, Any] = self.get("/rest/system/status")
        except (httpx.HTTPError, ValueError):
            return None
        if status.get("myID") != self.device_id:  # someone else on our port
            raise SandboxError(f"{self.url} answers as {status.get('myID')}, not as {self.device_id}")
        return status

    def wait_until_ready(self, timeout: float = 30.0) -> None:
        """Wait until the REST API answers as this device; record its startTime."""
        try:
            status = wait_for(f"{self!r} to answer", self._status_if_up, timeout)
        except SandboxError as error:
            raise SandboxError(f"{error}\n--- {self.log_path} ---\n{self.log_tail()}") from None
        self.start_time = status["startTime"]

    def wait_restarted(self, previous_start_time: str, timeout: float = 30.0) -> None:
        """Wait until the REST API answers with a startTime other than `previous_start_time` (after a restart)."""

        def restarted() -> dict[str, Any] | None:
            status = self._status_if_up()
            return status if status is not None and status["startTime"] != previous_start_time else None

        try:
            status = wait_for(f"{self!r} to come back", restarted, timeout)
        except SandboxError as error:
            raise SandboxError(f"{error}\n--- {self.log_path} ---\n{self.log_tail()}") from None
        self.start_time = status["startTime"]

    def restart(self, timeout: float = 30.0) -> None:
        """POST /rest/system/restart and wait until the new child answers."""
        previous = self.get("/rest/system/status")["startTime"]
        self.post("/rest/system/restart")
        self.wait_restarted(previous, timeout)

    def stop(self) -> None:
        """Shut down, make sure no process of this instance is left, remove its directory. Idempotent."""
        self._stopped = True
        if self not in _live:
            return
        try:
            if self._process is not None:
                if self._process.poll() is None:
                    try:
                        # Stopping in the middle of a connection's start stalls 10 s (1.29.5).
                        wait_for(f"{self!r} connections to settle", self._connections_settled, timeout=5)
                        self.request("POST", "/rest/system/shutdown", timeout=5)
                        self._process.wait(timeout=10)
                    except (httpx.HTTPError, ValueError, SandboxError, subprocess.TimeoutExpired):
                        pass  # the signals below finish the job
                self._kill_all()
        finally:
            if not self.pids():  # else (interrupted?) leave it to the next stop() or the exit hook
                self._client.close()
                shutil.rmtree(self.root, ignore_errors=True)
                _live.discard(self)

    def connected_devices(self) -> list[str]:
        """The IDs of the devices this instance has a live, started connection to (cluster configs exchanged)."""
        connections: dict[str, dict[str, Any]] = self.get("/rest/system/connections")["connections"]
        return [device for device, c in connections.items() if c.get("connected") and _started(c)]

    def _connections_settled(self) -> bool:
        connections: dict[str, dict[str, Any]] = self.get("/rest/system/connections")["connections"]
        return not any(c.get("connected") and not _started(c) for c in connections.values())

    def _kill_all(self) -> None:
        """SIGTERM, then SIGKILL, every process left in the session, until none is left."""
        for sig in (signal.SIGTERM, signal.SIGKILL):
            for pid in self.pids():
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, sig)
            deadline = time.monotonic() + 5.0
            while self.pids() and time.monotonic() < deadline:
                time.sleep(POLL_S)
        if self.pids():
            raise SandboxError(f"{self!r}: processes {self.pids()} survived SIGKILL")


@atexit.register
def _stop_all() -> None:
    """Stop every sandbox this process still runs (after a crash, Ctrl-C or a forgotten stop)."""
    for sandbox in list(_live):
        with contextlib.suppress(Exception):
            sandbox.stop()


def connected_to(a: Sandbox, b: Sandbox) -> bool:
    """Whether `a` has a live connection to `b`."""
    return b.device_id in a.connected_devices()


def _add_device(sandbox: Sandbox, other: Sandbox) -> None:
    address = f"tcp://127.0.0.1:{other.listen_port}"
    body = {"deviceID": other.device_id, "name": f"sandbox-{other.listen_port}", "addresses": [address]}
    sandbox.post("/rest/config/devices", body)


def pair(a: Sandbox, b: Sandbox, *, timeout: float = 30.0) -> None:
    """Make `a` and `b` know each other by their loopback sync addresses; wait until both see the connection.

    One side after the other: `a` dials first and is turned away, then `b` dials back. Added at the same time, both
    dial from their listening port to the other's, and the simultaneous TCP open that can result leaves two TLS
    clients on one connection until a 10-20 s timeout.
    """
    _add_device(a, b)
    wait_for(f"{b!r} to turn {a!r} away", lambda: a.device_id in b.get("/rest/cluster/pending/devices"), timeout)
    _add_device(b, a)
    wait_for(f"{a!r} and {b!r} to connect", lambda: connected_to(a, b) and connected_to(b, a), timeout)


def knock(stranger: Sandbox, target: Sandbox, *, timeout: float = 30.0) -> None:
    """`stranger` adds `target` and connects; `target` does not know it and lists it as a pending device."""
    _add_device(stranger, target)
    wait_for(
        f"{stranger.device_id[:7]} pending on {target.device_id[:7]}",
        lambda: stranger.device_id in target.get("/rest/cluster/pending/devices") or None,
        timeout,
    )


def offer_folder(
    a: Sandbox, b: Sandbox, folder_id: str = "offer", label: str = "Offered", *, timeout: float = 30.0
) -> None:
    """Paired `a` shares a new folder with `b`, which has not added it and lists it as a pending folder."""
    path = a.root / "folders" / folder_id
    path.mkdir(parents=True, exist_ok=True)
    body = {"id": folder_id, "label": label, "path": str(path), "devices": [{"deviceID": b.device_id}]}
    a.post("/rest/config/folders", body)
    wait_for(
        f"{folder_id!r} pending on {b.device_id[:7]}",
        lambda: folder_id in b.get("/rest/cluster/pending/folders") or None,
        timeout,
    )


def folder_idle(sandbox: Sandbox, folder_id: str) -> bool:
    """Whether `folder_id` exists on `sandbox` and is idle (not scanning, syncing or starting)."""
    response = sandbox.request("GET", "/rest/db/status", params={"folder": folder_id})
    return response.status_code == 200 and response.json().get("state") == "idle"


def share_folder(
    a: Sandbox,
    b: Sandbox,
    folder_id: str = "sandbox",
    *,
    options: Mapping[str, Any] | None = None,
    b_options: Mapping[str, Any] | None = None,
    timeout: float = 30.0,
) -> tuple[Path, Path]:
    """Add folder `folder_id`, shared by both, on paired `a` and `b` (at <root>/folders/<id>); wait until both are
    idle. `options` are extra folder settings for both sides, `b_options` for b only (e.g. minDiskFree).
    Returns the two folder paths."""
    paths = []
    for sandbox, extra in ((a, options or {}), (b, {**(options or {}), **(b_options or {})})):
        path = sandbox.root / "folders" / folder_id
        path.mkdir(parents=True, exist_ok=True)
        paths.append(path)
        body = {
            "id": folder_id,
            "label": folder_id,
            "path": str(path),
            "devices": [{"deviceID": a.device_id}, {"deviceID": b.device_id}],
            **extra,
        }
        sandbox.post("/rest/config/folders", body)
    wait_for(
        f"folder {folder_id!r} idle on both", lambda: folder_idle(a, folder_id) and folder_idle(b, folder_id), timeout
    )
    return paths[0], paths[1]
