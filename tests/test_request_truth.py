"""What Syncthing does with the requests it gets, on real 1.19.2 and 1.29.5 servers, sent as raw HTTP (the client
refuses some of them before sending): routes a release does not serve, bodies that lack required fields, what PUT
fills in, unknown enum values and negative numbers, the GUI listener restart, the requests of Syncthing's own GUI
and CLI, and the GUI's CSRF token.
"""

from __future__ import annotations

import copy
import json
import re
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from syncthing_client._operations import parse_version
from tests.conftest import at_least, serves
from tools.conformance import operations, spec, violations
from tools.sandbox import VERSIONS, Sandbox, knock, wait_for

# A valid device ID that none of the servers has.
OTHER_DEVICE = "SK2JFAL-P55NCBW-NL3CNXC-OKIZLIT-BKIJQA6-H5DOCUM-JDNJMQG-IMSIMQO"
TIMEOUT = 10.0
GUI_STARTED = "GUI and API listening on"


@pytest.fixture(scope="module", params=VERSIONS, ids=lambda version: f"st{version}")
def server(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    """One server per version for this module's configuration writes (none of them touches GUI or loopback)."""
    with Sandbox.start(request.param) as sandbox:
        yield sandbox


def raw(sandbox: Sandbox, method: str, path: str, **kwargs: Any) -> httpx.Response:
    """One request with the API key, any body (``content=`` for bytes as they are), whatever the answer."""
    headers = {"X-API-Key": sandbox.api_key, **kwargs.pop("headers", {})}
    return httpx.request(method, sandbox.url + path, headers=headers, timeout=TIMEOUT, **kwargs)


def folder(sandbox: Sandbox, folder_id: str) -> dict[str, Any]:
    found: dict[str, Any] = sandbox.get(f"/rest/config/folders/{folder_id}")
    return found


def folder_ids(sandbox: Sandbox) -> list[str]:
    return sorted(entry["id"] for entry in sandbox.get("/rest/config/folders"))


def device_ids(sandbox: Sandbox) -> list[str]:
    return sorted(entry["deviceID"] for entry in sandbox.get("/rest/config/devices"))


def add_paused_folder(sandbox: Sandbox, folder_id: str, **fields: Any) -> None:
    path = sandbox.root / "folders" / folder_id
    path.mkdir(parents=True, exist_ok=True)
    sandbox.post("/rest/config/folders", {"id": folder_id, "path": str(path), "paused": True, **fields})


# --- routes a release does not serve -------------------------------------------------------------------------------


def unserved(sandbox: Sandbox) -> list[str]:
    """Operations the spec says this release does not serve, and those served only while GUI authentication is
    set up (it is not, on the sandboxes)."""
    return sorted(
        operation_id
        for operation_id, (_, _, operation) in operations().items()
        if not serves(sandbox, operation_id) or operation.get("x-syncthing-served-when") == "gui-authentication"
    )


def responses(operation_id: str) -> dict[str, Any]:
    found: dict[str, Any] = operations()[operation_id][2]["responses"]
    return found


def request_schema(operation_id: str) -> dict[str, Any]:
    found: dict[str, Any] = operations()[operation_id][2]["requestBody"]["content"]["application/json"]["schema"]
    return found


def test_the_spec_lists_404_wherever_a_supported_release_does_not_serve_the_operation() -> None:
    """From 1.19.2 to 2.1.3: operations newer than 1.19.2, removed ones, and those served only with GUI login."""
    some_release_lacks = sorted(
        operation_id
        for operation_id, (_, _, operation) in operations().items()
        if parse_version(operation["x-syncthing-since"]) > parse_version("1.19.2")
        or "x-syncthing-removed" in operation
        or "x-syncthing-served-when" in operation
    )
    assert "system_debug" in some_release_lacks and "system_paths" in some_release_lacks
    assert [operation_id for operation_id in some_release_lacks if "404" not in responses(operation_id)] == []


def test_operations_a_release_does_not_serve_answer_404(syncthing: Sandbox) -> None:
    expected = {
        "1.19.2": [
            "metrics_prometheus",
            "noauth_health",
            "noauth_login",
            "noauth_logout",
            "system_loglevels",
            "system_paths",
            "system_set_loglevels",
        ],
        "1.29.5": ["noauth_login", "noauth_logout", "system_loglevels", "system_set_loglevels"],
    }[syncthing.version]
    assert unserved(syncthing) == expected
    for operation_id in expected:
        method, path, _ = operations()[operation_id]
        with_key = raw(syncthing, method.upper(), path, json={} if method != "get" else None)
        assert (with_key.status_code, with_key.text) == (404, "404 page not found\n"), operation_id
        assert "404" in responses(operation_id)
        without_key = httpx.request(method.upper(), syncthing.url + path, timeout=TIMEOUT)
        if path.startswith("/rest/") and not at_least(syncthing, "1.29.5"):
            # 1.19.2 checks the key before routing, /rest/noauth/ included: 403 without one.
            assert (without_key.status_code, without_key.text) == (403, "CSRF Error\n"), operation_id
            assert "403" in responses(operation_id), operation_id
        elif path.startswith("/rest/noauth/") or not path.startswith("/rest/"):
            assert (without_key.status_code, without_key.text) == (404, "404 page not found\n"), operation_id
        else:
            assert (without_key.status_code, without_key.text) == (403, "CSRF Error\n"), operation_id


def test_operations_removed_later_are_still_served_by_1_x(syncthing: Sandbox) -> None:
    """The operations 2.0.0 removed are routed on 1.x: the debug ones answer 403 while debugging is off, not 404."""
    assert raw(syncthing, "GET", "/rest/system/debug").status_code == 200
    assert raw(syncthing, "POST", "/rest/system/debug").status_code == 200
    for path in ("/rest/debug/httpmetrics", "/rest/debug/peerCompletion"):
        answer = raw(syncthing, "GET", path)
        assert (answer.status_code, answer.text) == (403, "Debugging disabled\n")


def test_ignores_of_an_unknown_folder(syncthing: Sandbox) -> None:
    answer = raw(syncthing, "GET", "/rest/db/ignores", params={"folder": "nope"})
    if at_least(syncthing, "1.29.5"):
        assert answer.status_code == 200
        assert answer.json() == {"error": "folder nope does not exist", "expanded": None, "ignore": None}
    else:
        assert (answer.status_code, answer.text) == (500, "folder nope does not exist\n")
        assert "500" in responses("db_ignores")
        assert answer.headers["content-type"].startswith("text/plain")


# --- fields the server needs ---------------------------------------------------------------------------------------


def test_a_folder_entry_without_an_id_is_refused_with_500(server: Sandbox) -> None:
    before = folder_ids(server)
    for method, path, body in (
        ("POST", "/rest/config/folders", {"label": "no id"}),
        ("PUT", "/rest/config/folders", [{"label": "no id"}]),
        ("PUT", "/rest/config/folders/no-id", {"label": "no id"}),
        ("PUT", "/rest/config/folders/no-id", {"id": "", "label": "no id"}),
    ):
        answer = raw(server, method, path, json=body)
        assert (answer.status_code, answer.text) == (500, "folder has empty ID\n"), (method, path, body)
    assert folder_ids(server) == before


def test_a_device_entry_without_an_id_is_answered_200_and_not_stored(server: Sandbox) -> None:
    devices = server.get("/rest/config/devices")
    for method, path, body in (
        ("POST", "/rest/config/devices", {"name": "no id"}),
        ("PUT", "/rest/config/devices", [{"name": "no id"}]),
        ("PUT", f"/rest/config/devices/{server.device_id}", {"name": "renamed"}),
        ("PUT", f"/rest/config/devices/{OTHER_DEVICE}", {"name": "renamed"}),
        ("PUT", "/rest/config/devices/not-a-device-id", {"name": "renamed"}),  # the path's ID is never read
    ):
        answer = raw(server, method, path, json=body)
        assert (answer.status_code, answer.text) == (200, ""), (method, path, body)
    assert server.get("/rest/config/devices") == devices


def test_patch_of_a_folder_with_another_id_writes_a_copy(server: Sandbox) -> None:
    add_paused_folder(server, "original", label="Original")
    answer = raw(server, "PATCH", "/rest/config/folders/original", json={"id": "copied", "label": "Copy"})
    assert (answer.status_code, answer.text) == (200, "")
    assert (folder(server, "original")["label"], folder(server, "copied")["label"]) == ("Original", "Copy")
    assert folder(server, "copied")["path"] == folder(server, "original")["path"]
    for folder_id in ("original", "copied"):
        raw(server, "DELETE", f"/rest/config/folders/{folder_id}").raise_for_status()


@pytest.mark.parametrize("version", VERSIONS, ids=lambda version: f"st{version}")
def test_dismissing_a_pending_device_without_naming_it_removes_nothing(version: str) -> None:
    with Sandbox.start(version) as target, Sandbox.start(version) as stranger:
        knock(stranger, target)
        answer = raw(target, "DELETE", "/rest/cluster/pending/devices")
        assert (answer.status_code, answer.text) == (200, "")
        assert list(target.get("/rest/cluster/pending/devices")) == [stranger.device_id]
        answer = raw(target, "DELETE", "/rest/cluster/pending/devices", params={"device": stranger.device_id})
        assert answer.status_code == 200
        assert target.get("/rest/cluster/pending/devices") == {}


# --- what PUT fills in ---------------------------------------------------------------------------------------------


def test_put_of_a_folder_takes_missing_fields_from_the_folder_template(server: Sandbox) -> None:
    add_paused_folder(server, "reset", label="Mine", rescanIntervalS=77, fsWatcherEnabled=False)
    template = server.get("/rest/config/defaults/folder")
    path = folder(server, "reset")["path"]
    assert raw(server, "PUT", "/rest/config/folders/reset", json={"id": "reset", "path": path}).status_code == 200
    after = folder(server, "reset")
    fields = ("label", "rescanIntervalS", "fsWatcherEnabled", "paused")
    assert [after[key] for key in fields] == [template[key] for key in fields] == ["", 3600, True, False]
    raw(server, "DELETE", "/rest/config/folders/reset").raise_for_status()


def test_a_folder_added_without_a_path_gets_the_template_path(server: Sandbox) -> None:
    assert server.get("/rest/config/defaults/folder")["path"] == "~"
    server.post("/rest/config/folders", {"id": "no-path", "paused": True})
    assert folder(server, "no-path")["path"] == "~"
    raw(server, "DELETE", "/rest/config/folders/no-path").raise_for_status()


def test_put_of_a_device_takes_missing_fields_from_the_device_template(server: Sandbox) -> None:
    server.post(
        "/rest/config/devices",
        {"deviceID": OTHER_DEVICE, "name": "laptop", "compression": "always", "addresses": ["tcp://127.0.0.1:1"]},
    )
    answer = raw(server, "PUT", f"/rest/config/devices/{OTHER_DEVICE}", json={"deviceID": OTHER_DEVICE})
    assert answer.status_code == 200
    after = server.get(f"/rest/config/devices/{OTHER_DEVICE}")
    assert (after["name"], after["compression"], after["addresses"]) == ("", "metadata", ["dynamic"])
    raw(server, "DELETE", f"/rest/config/devices/{OTHER_DEVICE}").raise_for_status()


def test_put_of_a_template_starts_from_built_in_defaults_not_from_the_template(server: Sandbox) -> None:
    original = server.get("/rest/config/defaults/folder")
    try:
        raw(server, "PATCH", "/rest/config/defaults/folder", json={"rescanIntervalS": 99}).raise_for_status()
        raw(server, "PUT", "/rest/config/defaults/folder", json={"label": "X"}).raise_for_status()
        after = server.get("/rest/config/defaults/folder")
        assert (after["label"], after["rescanIntervalS"], after["path"]) == ("X", 3600, "~")
        assert [entry["deviceID"] for entry in after["devices"]] == [server.device_id]
    finally:
        raw(server, "PUT", "/rest/config/defaults/folder", json=original).raise_for_status()


def test_a_null_body_is_read_as_an_empty_object(server: Sandbox) -> None:
    """PUT with ``null`` resets the section to its defaults (as ``{}`` does), PATCH with ``null`` changes nothing; an
    empty body is a 400."""
    changed = {"address": "ldap.invalid:636", "transport": "tls"}
    raw(server, "PATCH", "/rest/config/ldap", json=changed).raise_for_status()
    assert raw(server, "PATCH", "/rest/config/ldap", content=b"null").status_code == 200
    assert server.get("/rest/config/ldap")["address"] == "ldap.invalid:636"
    empty = raw(server, "PUT", "/rest/config/ldap", content=b"")
    assert (empty.status_code, empty.text) == (400, "unexpected end of JSON input\n")
    assert raw(server, "PUT", "/rest/config/ldap", content=b"null").status_code == 200
    assert server.get("/rest/config/ldap") == {
        "address": "",
        "bindDN": "",
        "transport": "plain",
        "insecureSkipVerify": False,
        "searchBaseDN": "",
        "searchFilter": "",
    }
    add_paused_folder(server, "nulled", rescanIntervalS=77)
    assert raw(server, "PATCH", "/rest/config/folders/nulled", content=b"null").status_code == 200
    assert folder(server, "nulled")["rescanIntervalS"] == 77
    raw(server, "DELETE", "/rest/config/folders/nulled").raise_for_status()


# --- unknown enum values and negative numbers ----------------------------------------------------------------------


def test_unknown_enum_values_are_stored_as_the_default(server: Sandbox) -> None:
    add_paused_folder(server, "enums")
    changes = {"type": "SendOnly", "order": "bogus", "blockPullOrder": "", "copyRangeMethod": "fast"}
    raw(server, "PATCH", "/rest/config/folders/enums", json=changes).raise_for_status()
    stored = folder(server, "enums")
    assert {key: stored[key] for key in changes} == {
        "type": "sendreceive",
        "order": "random",
        "blockPullOrder": "standard",
        "copyRangeMethod": "standard",
    }
    raw(server, "DELETE", "/rest/config/folders/enums").raise_for_status()
    ldap = server.get("/rest/config/ldap")
    raw(server, "PATCH", "/rest/config/ldap", json={"transport": "TLS"}).raise_for_status()
    assert server.get("/rest/config/ldap")["transport"] == "plain"
    raw(server, "PUT", "/rest/config/ldap", json=ldap).raise_for_status()
    server.post("/rest/config/devices", {"deviceID": OTHER_DEVICE, "compression": "bogus"})
    assert server.get(f"/rest/config/devices/{OTHER_DEVICE}")["compression"] == "metadata"
    raw(server, "DELETE", f"/rest/config/devices/{OTHER_DEVICE}").raise_for_status()
    options = server.get("/rest/config/options")
    raw(server, "PATCH", "/rest/config/options", json={"databaseTuning": "huge"}).raise_for_status()
    assert server.get("/rest/config/options")["databaseTuning"] == "auto"
    raw(server, "PATCH", "/rest/config/options", json={"databaseTuning": options["databaseTuning"]}).raise_for_status()


def test_some_numbers_below_their_floor_are_raised_other_negatives_kept(server: Sandbox) -> None:
    add_paused_folder(server, "negative")
    sent = {
        "rescanIntervalS": -5,
        "fsWatcherDelayS": -3,
        "maxConcurrentWrites": -4,
        "maxConflicts": -7,
        "copiers": -2,
        "pullerPauseS": -1,
    }
    raw(server, "PATCH", "/rest/config/folders/negative", json=sent).raise_for_status()
    stored = folder(server, "negative")
    assert {key: stored[key] for key in sent} == {
        "rescanIntervalS": 0,
        "fsWatcherDelayS": 10,
        "maxConcurrentWrites": 2,
        "maxConflicts": -7,
        "copiers": -2,
        "pullerPauseS": -1,
    }
    raw(
        server, "PATCH", "/rest/config/folders/negative", json={"fsWatcherDelayS": 0, "maxConcurrentWrites": 0}
    ).raise_for_status()
    stored = folder(server, "negative")
    assert (stored["fsWatcherDelayS"], stored["maxConcurrentWrites"]) == (10, 2)
    raw(server, "DELETE", "/rest/config/folders/negative").raise_for_status()
    options = server.get("/rest/config/options")
    sent = {"reconnectionIntervalS": -1, "connectionLimitEnough": -3, "connectionLimitMax": -4, "maxSendKbps": -5}
    try:
        raw(server, "PATCH", "/rest/config/options", json=sent).raise_for_status()
        stored = server.get("/rest/config/options")
        assert {key: stored[key] for key in sent} == {
            "reconnectionIntervalS": 5,
            "connectionLimitEnough": 0,
            "connectionLimitMax": 0,
            "maxSendKbps": -5,
        }
        raw(server, "PATCH", "/rest/config/options", json={"reconnectionIntervalS": 3}).raise_for_status()
        assert server.get("/rest/config/options")["reconnectionIntervalS"] == 5
    finally:
        raw(server, "PATCH", "/rest/config/options", json={key: options[key] for key in sent}).raise_for_status()


# --- the GUI listener ----------------------------------------------------------------------------------------------


def held_connection(sandbox: Sandbox) -> socket.socket:
    """A kept-alive connection that has answered one request."""
    sock = socket.create_connection(("127.0.0.1", sandbox.gui_port), timeout=TIMEOUT)
    request = f"GET /rest/system/ping HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: {sandbox.api_key}\r\n\r\n"
    sock.sendall(request.encode())
    answer = sock.recv(65536)
    assert answer.startswith(b"HTTP/1.1 200 OK"), answer
    return sock


def closed_by_server(sock: socket.socket, wait: float) -> bool:
    sock.settimeout(wait)
    try:
        return sock.recv(1) == b""
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True
    finally:
        sock.close()


def listener_starts(sandbox: Sandbox) -> int:
    return sandbox.log_path.read_text(errors="replace").count(GUI_STARTED)


def test_gui_changes_restart_the_listener_for_milliseconds(throwaway: Sandbox) -> None:
    """Every change of the GUI section but ``debugging`` (the theme too) restarts the listener: kept-alive
    connections are closed and new ones are refused for a few milliseconds; an unchanged value restarts nothing."""
    changes: list[tuple[dict[str, Any], bool]] = [
        ({"theme": "dark"}, True),
        ({"theme": "dark"}, False),  # unchanged
        ({"debugging": True}, False),
        ({"insecureAllowFrameLoading": True}, True),
    ]
    for change, restarts in changes:
        starts = listener_starts(throwaway)
        sock = held_connection(throwaway)
        sent = time.monotonic()
        assert raw(throwaway, "PATCH", "/rest/config/gui", json=change).status_code == 200
        # Back within a second (on loopback it takes a few milliseconds), with the new settings in force.
        wait_for("the listener", lambda: raw(throwaway, "GET", "/rest/system/ping").status_code == 200, timeout=1.0)
        assert time.monotonic() - sent < 1.0
        assert closed_by_server(sock, wait=0.5 if restarts else 0.3) is restarts, change
        if restarts:
            expected = starts + 1
            wait_for("the listener's log line", lambda: listener_starts(throwaway) == expected, timeout=2.0)  # noqa: B023
        else:
            assert listener_starts(throwaway) == starts, change
    gui = throwaway.get("/rest/config/gui")
    assert (gui["theme"], gui["debugging"], gui["insecureAllowFrameLoading"]) == ("dark", True, True)


def test_put_of_the_gui_without_an_api_key_makes_a_new_one(throwaway: Sandbox) -> None:
    gui = throwaway.get("/rest/config/gui")
    del gui["apiKey"]
    assert raw(throwaway, "PUT", "/rest/config/gui", json=gui).status_code == 200

    def saved_key() -> str | None:
        found = re.search(r"<apikey>([^<]+)</apikey>", (throwaway.home / "config.xml").read_text())
        return found[1] if found and found[1] != throwaway.api_key else None

    new_key = wait_for("the new key", saved_key)
    throwaway._client.headers["X-API-Key"] = new_key  # so that the fixture can shut it down by the API
    assert new_key != throwaway.api_key and len(new_key) == 32

    def refused() -> httpx.Response | None:
        answer = raw(throwaway, "GET", "/rest/system/ping")
        return answer if answer.status_code == 403 else None

    assert wait_for("the old key to stop working", refused, timeout=5).text == "CSRF Error\n"
    answer = httpx.get(throwaway.url + "/rest/config/gui", headers={"X-API-Key": new_key}, timeout=TIMEOUT)
    assert answer.json()["apiKey"] == new_key


# --- Syncthing's own clients --------------------------------------------------------------------------------------


def test_the_guis_whole_configuration_put_is_accepted(server: Sandbox) -> None:
    """The GUI writes folders with ``versioning: {"type": ""}`` (or a type with params and cleanupIntervalS, but no
    fsPath/fsType) and folder devices without ``encryptionPassword``/``introducedBy``; Syncthing fills them in."""
    config = server.get("/rest/config")
    path = server.root / "folders"
    body = copy.deepcopy(config)
    body["folders"] += [
        {
            **config["defaults"]["folder"],
            "id": "gui-plain",
            "path": str(path / "gui-plain"),
            "paused": True,
            "devices": [{"deviceID": server.device_id}],
            "versioning": {"type": ""},
        },
        {
            **config["defaults"]["folder"],
            "id": "gui-simple",
            "path": str(path / "gui-simple"),
            "paused": True,
            "devices": [{"deviceID": server.device_id, "encryptionPassword": ""}],
            "versioning": {"type": "simple", "params": {"keep": "3"}, "cleanupIntervalS": 60},
        },
    ]
    assert violations(body, request_schema("config_replace_full")) == []  # valid by the spec, too
    answer = raw(server, "PUT", "/rest/config", json=body)
    assert (answer.status_code, answer.text) == (200, "")
    plain, simple = folder(server, "gui-plain"), folder(server, "gui-simple")
    own = {"deviceID": server.device_id, "introducedBy": "", "encryptionPassword": ""}
    assert plain["devices"] == simple["devices"] == [own]
    assert plain["versioning"] == {"type": "", "params": {}, "cleanupIntervalS": 3600, "fsPath": "", "fsType": "basic"}
    assert simple["versioning"] == {
        "type": "simple",
        "params": {"keep": "3"},
        "cleanupIntervalS": 60,
        "fsPath": "",
        "fsType": "basic",
    }
    for folder_id in ("gui-plain", "gui-simple"):
        raw(server, "DELETE", f"/rest/config/folders/{folder_id}").raise_for_status()


class Recording:
    """A loopback proxy in front of a sandbox that keeps every request it forwards (method, path, headers, body)."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        recording = self

        class Handler(BaseHTTPRequestHandler):
            def forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = dict(self.headers.items())
                recording.requests.append((self.command, self.path, headers, body))
                passed = {k: v for k, v in headers.items() if k.lower() not in ("host", "content-length")}
                answer = httpx.request(
                    self.command, sandbox.url + self.path, headers=passed, content=body, timeout=TIMEOUT
                )
                self.send_response(answer.status_code)
                for name, value in answer.headers.items():
                    if name.lower() not in ("content-length", "transfer-encoding", "content-encoding", "connection"):
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = forward

            def log_message(self, *_: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.address = f"127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> Recording:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def nulls(value: Any, where: str = "") -> list[str]:
    if value is None:
        return [where]
    if isinstance(value, dict):
        return [found for key, item in value.items() for found in nulls(item, f"{where}.{key}")]
    if isinstance(value, list):
        return [found for index, item in enumerate(value) for found in nulls(item, f"{where}[{index}]")]
    return []


def run_cli(sandbox: Sandbox, address: str, *args: str) -> None:
    command = [str(sandbox.binary), "cli", f"--gui-address={address}", f"--gui-apikey={sandbox.api_key}", *args]
    done = subprocess.run(command, env=sandbox.env, capture_output=True, text=True, timeout=30, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_clis_configuration_post_sends_null_for_empty_lists_and_no_content_type(server: Sandbox) -> None:
    """``syncthing cli config … add`` reads ``GET /rest/system/config`` and posts the whole configuration back to
    ``POST /rest/system/config``, without a Content-Type, with ``null`` for the new entry's empty lists and maps;
    Syncthing stores them as empty (addresses ``dynamic``, folder devices this device)."""
    with Recording(server) as recording:
        run_cli(server, recording.address, "config", "devices", "add", "--device-id", OTHER_DEVICE)
        folder_path = str(server.root / "folders" / "cli")
        run_cli(server, recording.address, "config", "folders", "add", "--id", "cli", "--path", folder_path, "--paused")
    posts = [(path, headers, body) for method, path, headers, body in recording.requests if method == "POST"]
    assert [path for path, _, _ in posts] == ["/rest/system/config", "/rest/system/config"]
    assert all("content-type" not in {name.lower() for name in headers} for _, headers, _ in posts)

    device_post, folder_post = (json.loads(body) for _, _, body in posts)
    [new_device] = [index for index, entry in enumerate(device_post["devices"]) if entry["deviceID"] == OTHER_DEVICE]
    device_nulls = [".allowedNetworks", ".ignoredFolders"] + ([".addresses"] if at_least(server, "1.29.5") else [])
    assert sorted(nulls(device_post)) == sorted(f".devices[{new_device}]{field}" for field in device_nulls)
    [new_folder] = [index for index, entry in enumerate(folder_post["folders"]) if entry["id"] == "cli"]
    folder_nulls = [".devices", ".versioning.params"] + ([".xattrFilter.entries"] if at_least(server, "1.29.5") else [])
    assert sorted(nulls(folder_post)) == sorted(f".folders[{new_folder}]{field}" for field in folder_nulls)
    # The spec does not promise that null is taken (a client sends [] and {}): exactly those nulls break it.
    for body in (device_post, folder_post):
        expected = {
            re.sub(r"\[(\d+)\]", r"/\1", where).lstrip(".").replace(".", "/") + ": None is not of type "
            for where in nulls(body)
        }
        found = {
            problem[: problem.index("None is not of type ") + 20]
            for problem in violations(body, request_schema("system_set_config"))
        }
        assert found == expected
    stored_device = server.get(f"/rest/config/devices/{OTHER_DEVICE}")
    assert (stored_device["addresses"], stored_device["allowedNetworks"], stored_device["ignoredFolders"]) == (
        ["dynamic"],
        [],
        [],
    )
    stored_folder = folder(server, "cli")
    assert [entry["deviceID"] for entry in stored_folder["devices"]] == [server.device_id]
    assert stored_folder["versioning"]["params"] == {}
    if at_least(server, "1.29.5"):
        assert stored_folder["xattrFilter"]["entries"] == []
    raw(server, "DELETE", "/rest/config/folders/cli").raise_for_status()
    raw(server, "DELETE", f"/rest/config/devices/{OTHER_DEVICE}").raise_for_status()


# --- the GUI's CSRF token pair -------------------------------------------------------------------------------------


def test_the_guis_csrf_token_authenticates(syncthing: Sandbox) -> None:
    """``GET /`` (the GUI page, no key needed while GUI authentication is off) sets a cookie
    ``CSRF-Token-<first characters of the device ID>`` (5 on 1.19.2, 7 on 1.29.5). Its value sent back in the header
    ``X-CSRF-Token-<same characters>`` authenticates ``/rest/`` like the API key; the server checks the header against
    the tokens it handed out, so the cookie itself is not needed, and alone it is not enough."""
    with httpx.Client(base_url=syncthing.url, timeout=TIMEOUT) as gui:
        gui.get("/").raise_for_status()
        [(cookie, token)] = gui.cookies.items()
        short = syncthing.device_id[: 7 if at_least(syncthing, "1.29.5") else 5]
        assert cookie == f"CSRF-Token-{short}"
        header = f"X-CSRF-Token-{short}"
        status = gui.get("/rest/system/status", headers={header: token})
        assert status.status_code == 200 and status.json()["myID"] == syncthing.device_id
        assert gui.post("/rest/system/error/clear", headers={header: token}).status_code == 200
        wrong = gui.get("/rest/system/status", headers={header: "wrong"})
        assert (wrong.status_code, wrong.text) == (403, "CSRF Error\n")
        assert gui.get("/rest/system/status").status_code == 403  # the cookie alone is not enough
        other_name = gui.get("/rest/system/status", headers={"X-CSRF-Token": token})
        assert other_name.status_code == 403  # the header's name must carry the device ID's first characters
    alone = httpx.get(syncthing.url + "/rest/system/status", headers={header: token}, timeout=TIMEOUT)
    assert alone.status_code == 200  # the header without the cookie
    scheme = spec()["components"]["securitySchemes"]["CsrfToken"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "X-CSRF-Token-<ID>")
    assert {"CsrfToken": []} in spec()["security"]
