"""Real events of 1.19.2 and 1.29.5 conform strictly to their `<Type>Event` schema and to the `Event` envelope.

One cluster per version produces them: A and B paired and syncing a folder, a folder held by `minDiskFree` on B,
devices and folders paused and resumed, an unknown device C knocking on A, a folder offered to B, a GUI login
that fails, and B stopping. Types not produced here (DeviceDiscovered needs discovery, which the sandbox keeps
off; DownloadProgress needs a pull long enough to report on; FolderWatchStateChanged, Failure and the 2.x
UpgradeRestartScheduled need faults or releases these servers cannot show) meet no real data. Failure's two data
forms, a message or a FailureDetails object, are checked on events shaped as Syncthing's source sends them.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from syncthing_client.events import decode_event
from syncthing_client.models import FailureDetails, FailureEvent
from tests.conftest import Recorder, at_least
from tools.conformance import schema_named, spec, violations
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
}
DISK = {"LocalChangeDetected", "RemoteChangeDetected"}


@dataclass
class Produced:
    version: str
    on_a: list[dict[str, Any]]
    on_b: list[dict[str, Any]]
    disk: list[dict[str, Any]]


def log_in_wrongly(sandbox: Sandbox) -> None:
    sandbox.request("PATCH", "/rest/config/gui", json={"user": "admin", "password": "secret"}).raise_for_status()
    sandbox.wait_until_ready()
    if at_least(sandbox, "1.26.0"):
        httpx.post(f"{sandbox.url}/rest/noauth/auth/password", json={"username": "admin", "password": "no"}, timeout=30)
    else:
        httpx.get(f"{sandbox.url}/", auth=("admin", "no"), timeout=30)


@pytest.fixture(scope="module", params=VERSIONS, ids=lambda version: f"st{version}")
def produced(request: pytest.FixtureRequest) -> Iterator[Produced]:
    version = request.param
    with Sandbox.start(version) as a, Sandbox.start(version) as b, Sandbox.start(version) as c:
        pair(a, b)
        path_a, _ = share_folder(a, b, "synced")
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
        time.sleep(1)
        log_in_wrongly(a)
        with Recorder(b) as on_b:
            on_b.client.events.poll(since=0, timeout=0)
            events_b = on_b.check("events_poll")
        b.stop()
        wait_for("B's disconnection seen by A", lambda: b.device_id not in a.connected_devices() or None)
        with Recorder(a) as on_a:
            on_a.client.events.poll(since=0, timeout=0)
            events_a = on_a.check("events_poll")
            on_a.client.events.disk(since=0, timeout=0)
            disk = on_a.check("events_disk")
        yield Produced(version, events_a, events_b, disk)


def test_every_event_conforms_to_its_type(produced: Produced) -> None:
    schemas = spec()["components"]["schemas"]
    events = produced.on_a + produced.on_b + produced.disk
    failures = {
        f"{event['type']} #{event['id']}": found
        for event in events
        if (found := violations(event, schema_named(f"{event['type']}Event")))
    }
    assert failures == {}
    assert all(f"{event['type']}Event" in schemas for event in events)


def test_the_expected_types_were_produced(produced: Produced) -> None:
    seen = {event["type"] for event in produced.on_a + produced.on_b}
    expected = PRODUCED | ({"ClusterConfigReceived"} if produced.version >= "1.20" else set())
    assert expected <= seen, sorted(expected - seen)
    assert {event["type"] for event in produced.disk} <= DISK
    assert "LocalChangeDetected" in {event["type"] for event in produced.disk}


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
