"""Real events of 1.19.2 and 1.29.5 conform strictly to their `<Type>Event` schema and to the `Event` envelope.

One cluster per version produces them: A and B paired and syncing a folder, a folder held by `minDiskFree` on B,
a large file B pulls slowly from A (with a deletion, a directory and a symlink), devices and folders paused and
resumed, an unknown device C knocking on A, a folder offered to B, a GUI login that fails, and B stopping. The
slow pull makes A's scan report FolderScanProgress, B report DownloadProgress and B's disk events show
RemoteChangeDetected. Types not produced here (DeviceDiscovered needs discovery, which the sandbox keeps off;
RemoteDownloadProgress did not show up on A; FolderWatchStateChanged, Failure and the 2.x UpgradeRestartScheduled
need faults or releases these servers cannot show) meet no real data. Failure's two data forms, a message or a
FailureDetails object, are checked on events shaped as Syncthing's source sends them.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from syncthing_client._operations import parse_version
from syncthing_client.events import decode_event
from syncthing_client.models import FailureDetails, FailureEvent
from tests.conftest import Recorder, at_least
from tools.conformance import response_schema, schema_named, spec, violations
from tools.sandbox import VERSIONS, Sandbox, knock, offer_folder, pair, share_folder, wait_for

PRODUCED = {
    "Starting",
    "StartupComplete",
    "ConfigSaved",
    "ListenAddressesChanged",
    "DeviceConnected",
    "DeviceDisconnected",
    "DeviceRejected",
    "PendingDevicesChanged",
    "DevicePaused",
    "DeviceResumed",
    "FolderRejected",
    "PendingFoldersChanged",
    "FolderPaused",
    "FolderResumed",
    "StateChanged",
    "LocalIndexUpdated",
    "RemoteIndexUpdated",
    "ItemStarted",
    "ItemFinished",
    "FolderSummary",
    "FolderCompletion",
    "FolderErrors",
    "LoginAttempt",
    "FolderScanProgress",
    "DownloadProgress",
}
DISK = {"LocalChangeDetected", "RemoteChangeDetected"}
# The slow pull: random data A sends at 8000 KiB/s, about 2 s, so B's once-a-second progress report comes at least once.
RANDOM_BYTES = 16 << 20
# Before 1.27.3 scan progress comes only on ticks of scanProgressIntervalS (1 s here), so A must hash for longer:
# zeros it hashes at a few hundred MB/s but neither stores (holes) nor sends (B leaves them as holes too).
HOLE_BYTES = 768 << 20
TAIL_BYTES = 1000  # after the holes: the file's size is no multiple of a block, so bytesTotal is exact
# (path, action, type) of the changes the slow pull phase makes on A and B applies.
CHANGES = {
    ("big.bin", "modified", "file"),
    ("s1.txt", "deleted", "file"),
    ("dir", "modified", "dir"),
    ("link", "modified", "symlink"),
}


@dataclass
class Produced:
    version: str
    a_short_id: str
    big_size: int
    on_a: list[dict[str, Any]]
    on_b: list[dict[str, Any]]
    disk_a: list[dict[str, Any]]
    disk_b: list[dict[str, Any]]


def log_in_wrongly(sandbox: Sandbox) -> None:
    sandbox.request("PATCH", "/rest/config/gui", json={"user": "admin", "password": "secret"}).raise_for_status()
    sandbox.wait_until_ready()
    if at_least(sandbox, "1.26.0"):
        httpx.post(f"{sandbox.url}/rest/noauth/auth/password", json={"username": "admin", "password": "no"}, timeout=30)
    else:
        httpx.get(f"{sandbox.url}/", auth=("admin", "no"), timeout=30)


def changes(events: list[dict[str, Any]], event_type: str) -> set[tuple[str, str, str]]:
    """(path, action, type) of the disk events of `event_type`."""
    return {(e["data"]["path"], e["data"]["action"], e["data"]["type"]) for e in events if e["type"] == event_type}


def applied_on(b: Sandbox) -> set[tuple[str, str, str]]:
    """The changes B applied from another device, by the disk events it still holds."""
    return changes(b.get("/rest/events/disk", since="0", timeout="0"), "RemoteChangeDetected")


def pull_slowly(a: Sandbox, b: Sandbox, path_a: Path) -> int:
    """A changes folder `synced` (a large file, a deletion, a directory, a symlink) and B applies it, the file
    slowly: A sends at most 8000 KiB/s, also on the LAN, and B reports download progress every second. Returns the
    file's size."""
    a.request(
        "PATCH", "/rest/config/options", json={"maxSendKbps": 8000, "limitBandwidthInLan": True}
    ).raise_for_status()
    b.request("PATCH", "/rest/config/options", json={"progressUpdateIntervalS": 1}).raise_for_status()
    holes = 0 if parse_version(a.version) >= (1, 27, 3) else HOLE_BYTES
    with (path_a / "big.bin").open("wb") as big:
        big.write(os.urandom(RANDOM_BYTES))
        big.seek(holes, os.SEEK_CUR)
        big.write(os.urandom(TAIL_BYTES))
    (path_a / "s1.txt").unlink()
    (path_a / "dir").mkdir()
    (path_a / "link").symlink_to("s2.txt")
    a.request("POST", "/rest/db/scan", params={"folder": "synced"}, timeout=60).raise_for_status()
    wait_for("B to apply A's changes", lambda: applied_on(b) >= CHANGES, timeout=60)
    return RANDOM_BYTES + holes + TAIL_BYTES


@pytest.fixture(scope="module", params=VERSIONS, ids=lambda version: f"st{version}")
def produced(request: pytest.FixtureRequest) -> Iterator[Produced]:
    version = request.param
    with Sandbox.start(version) as a, Sandbox.start(version) as b, Sandbox.start(version) as c:
        pair(a, b)
        path_a, _ = share_folder(a, b, "synced", options={"scanProgressIntervalS": 1})
        for index in range(3):
            (path_a / f"s{index}.txt").write_text("s" * 100)
        a.post("/rest/db/scan?folder=synced")
        held_a, _ = share_folder(a, b, "held", b_options={"minDiskFree": {"value": 100, "unit": "%"}})
        (held_a / "big.txt").write_text("h" * 5000)
        a.post("/rest/db/scan?folder=held")
        wait_for("B's pull errors", lambda: b.get("/rest/folder/errors", folder="held")["errors"] or None)
        a.post(f"/rest/system/pause?device={b.device_id}")
        a.post(f"/rest/system/resume?device={b.device_id}")
        a.request("PATCH", "/rest/config/folders/synced", json={"paused": True}).raise_for_status()
        a.request("PATCH", "/rest/config/folders/synced", json={"paused": False}).raise_for_status()
        knock(c, a)
        offer_folder(a, b)
        (path_a / "s0.txt").write_text("changed locally")
        a.post("/rest/db/scan?folder=synced")
        big_size = pull_slowly(a, b, path_a)
        time.sleep(1)
        log_in_wrongly(a)
        with Recorder(b) as on_b:
            on_b.client.events.poll(since=0, timeout=0)
            events_b = on_b.check("events_poll")
            on_b.client.events.disk(since=0, timeout=0)
            disk_b = on_b.check("events_disk")
        b.stop()
        wait_for("B's disconnection seen by A", lambda: b.device_id not in a.connected_devices() or None)
        with Recorder(a) as on_a:
            on_a.client.events.poll(since=0, timeout=0)
            events_a = on_a.check("events_poll")
            on_a.client.events.disk(since=0, timeout=0)
            disk_a = on_a.check("events_disk")
        yield Produced(version, a.device_id[:7], big_size, events_a, events_b, disk_a, disk_b)


def test_every_event_conforms_to_its_type(produced: Produced) -> None:
    schemas = spec()["components"]["schemas"]
    events = produced.on_a + produced.on_b + produced.disk_a + produced.disk_b
    failures = {
        f"{event['type']} #{event['id']}": found
        for event in events
        if (found := violations(event, schema_named(f"{event['type']}Event")))
    }
    assert failures == {}
    assert all(f"{event['type']}Event" in schemas for event in events)


def test_every_answer_conforms_to_its_operations_union(produced: Produced) -> None:
    """What a consumer of the spec validates: each answer through its operation's schema, a discriminated union."""
    answers = {
        "events_poll": produced.on_a + produced.on_b,
        "events_disk": produced.disk_a + produced.disk_b,
    }
    for operation, events in answers.items():
        assert violations(events, response_schema(operation)) == [], operation
    assert violations(produced.on_a, response_schema("events_disk")) != []  # the disk union holds its two types only


def test_the_expected_types_were_produced(produced: Produced) -> None:
    seen = {event["type"] for event in produced.on_a + produced.on_b}
    expected = PRODUCED | ({"ClusterConfigReceived"} if produced.version >= "1.20" else set())
    assert expected <= seen, sorted(expected - seen)
    assert {event["type"] for event in produced.disk_a + produced.disk_b} <= DISK
    assert "LocalChangeDetected" in {event["type"] for event in produced.disk_a}
    assert "RemoteChangeDetected" in {event["type"] for event in produced.disk_b}


def test_disk_events_show_what_changed_and_which_device_changed_it(produced: Produced) -> None:
    assert changes(produced.disk_a, "LocalChangeDetected") >= CHANGES
    assert changes(produced.disk_b, "RemoteChangeDetected") >= CHANGES
    data = [event["data"] for event in produced.disk_a + produced.disk_b]
    assert {item["modifiedBy"] for item in data} == {produced.a_short_id}
    assert all(item["folderID"] == item["folder"] for item in data)


def test_scan_progress_counts_one_byte_more_than_it_hashes(produced: Produced) -> None:
    progress = [e["data"] for e in produced.on_a if e["type"] == "FolderScanProgress"]
    of_big_file = [item for item in progress if item["total"] == produced.big_size + 1]
    assert of_big_file, progress
    assert all(0 <= item["current"] < item["total"] for item in of_big_file)
    if parse_version(produced.version) >= (1, 27, 3):  # the event sent when hashing ends
        assert of_big_file[-1]["current"] == produced.big_size


def test_download_progress_reports_the_file_being_pulled(produced: Produced) -> None:
    downloads = [event["data"] for event in produced.on_b if event["type"] == "DownloadProgress"]
    reports = [data["synced"]["big.bin"] for data in downloads if "big.bin" in data.get("synced", {})]
    assert reports, downloads
    for report in reports:
        assert report["bytesTotal"] == produced.big_size
        assert 0 <= report["bytesDone"] <= report["bytesTotal"]
        handled = ("reused", "copiedFromOrigin", "copiedFromElsewhere", "pulled", "pulling")
        assert sum(report[key] for key in handled) <= report["total"]
        assert report["copiedFromOriginShifted"] <= report["copiedFromOrigin"]


def test_login_attempts_of_these_releases_carry_the_remote_address(produced: Produced) -> None:
    attempts = [event["data"] for event in produced.on_a if event["type"] == "LoginAttempt"]
    assert attempts
    assert all(item["remoteAddress"].startswith("127.0.0.1") for item in attempts)  # optional, sent since 1.16.0


def test_event_schemas_name_their_type_and_release() -> None:
    schemas = spec()["components"]["schemas"]
    typed = {
        schema["x-syncthing-event-type"]: name for name, schema in schemas.items() if "x-syncthing-event-type" in schema
    }
    assert len(typed) == 33
    for event_type, name in typed.items():
        assert name == f"{event_type}Event"
        assert schemas[name]["properties"]["type"]["const"] == event_type
        assert schemas[name]["x-syncthing-since"]


# A Failure event is a message, or (1.21.0 and later) a FailureDetails object: here as lib/model/indexhandler.go of
# 1.28.0 and later sends one for a sequence anomaly (no real server here can be made to send either form).
FAILURE_MESSAGE = "index handler got paused while already paused"
FAILURE_DETAILS = {
    "Description": "index update with unexpected sequence",
    "Goroutines": "",
    "Extra": {"prevSeq": "12", "lastSeq": "15", "batch": "2", "seenSeq": "14"},
}


def failure(data: Any) -> dict[str, Any]:
    return {"id": 3, "globalID": 41, "time": "2026-11-22T15:27:12.786880118Z", "type": "Failure", "data": data}


def test_a_failure_message_conforms_and_decodes_to_a_string() -> None:
    assert violations(failure(FAILURE_MESSAGE), schema_named("FailureEvent")) == []
    event = decode_event(failure(FAILURE_MESSAGE))
    assert isinstance(event, FailureEvent)
    assert event.data == FAILURE_MESSAGE


def test_failure_details_conform_and_decode_to_their_model() -> None:
    assert violations(failure(FAILURE_DETAILS), schema_named("FailureEvent")) == []
    event = decode_event(failure(FAILURE_DETAILS))
    assert isinstance(event, FailureEvent)
    assert isinstance(event.data, FailureDetails)
    assert event.data.description == "index update with unexpected sequence"
    assert event.data.goroutines == ""
    assert dict(event.data.extra) == FAILURE_DETAILS["Extra"]
    assert event.to_dict()["data"] == FAILURE_DETAILS


@pytest.mark.parametrize(
    "data",
    [42, None, {"Description": "no Goroutines or Extra"}, {**FAILURE_DETAILS, "Extra": {"batch": 2}}],
    ids=["number", "null", "partial", "non-string-extra"],
)
def test_failure_data_of_another_shape_is_refused(data: Any) -> None:
    assert violations(failure(data), schema_named("FailureEvent")) != []
