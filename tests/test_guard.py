"""What the client refuses to send (syncthing_client/_guard.py), and that what it does send reaches exactly the
resource the caller named: on a fake server that records the request line, on every transport (sync stdlib and
httpx, async aiohttp and httpx), and on real 1.19.2 and 1.29.5 servers whose configuration is compared before and
after.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qs, quote, unquote

import attrs
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis.strategies import characters, lists, one_of, sampled_from

from syncthing_client import (
    AsyncSyncthing,
    DeviceNotFoundError,
    FolderNotFoundError,
    InvalidBodyError,
    RequestRefusedError,
    Syncthing,
    SyncthingError,
)
from syncthing_client.api import OPERATIONS
from syncthing_client.models import (
    Configuration,
    DeviceConfiguration,
    FolderConfiguration,
    GUIConfiguration,
    PartialDeviceConfiguration,
    PartialFolderConfiguration,
    PartialFolderDeviceConfiguration,
    PartialGUIConfiguration,
    PartialLDAPConfiguration,
    PartialVersioningConfiguration,
    VersioningParams,
    XattrFilter,
    XattrFilterEntry,
)
from tests.fakes import FakeServer
from tests.harness import TRANSPORTS, assert_no_key, outcomes
from tools.sandbox import PROJECT, Sandbox

KEY = "fake-key"

_SPEC = yaml.safe_load((PROJECT / "spec" / "openapi.yaml").read_text())


def _example(path: str) -> dict[str, Any]:
    example: dict[str, Any] = _SPEC["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["example"]
    return example


FOLDER = FolderConfiguration.from_dict(_example("/rest/config/folders/{id}"))
DEVICE = DeviceConfiguration.from_dict(_example("/rest/config/devices/{id}"))

# Every operation with a path parameter, called with an ID.
PATH_OPERATIONS: dict[str, Callable[[Any, str], Any]] = {
    "config_folder": lambda client, id: client.config.folder(id),
    "config_replace_folder": lambda client, id: client.config.replace_folder(id, body=attrs.evolve(FOLDER, id=id)),
    "config_update_folder": lambda client, id: client.config.update_folder(
        id, body=PartialFolderConfiguration(paused=True)
    ),
    "config_delete_folder": lambda client, id: client.config.delete_folder(id),
    "config_device": lambda client, id: client.config.device(id),
    "config_replace_device": lambda client, id: client.config.replace_device(
        id, body=attrs.evolve(DEVICE, device_id=id)
    ),
    "config_update_device": lambda client, id: client.config.update_device(
        id, body=PartialDeviceConfiguration(paused=True)
    ),
    "config_delete_device": lambda client, id: client.config.delete_device(id),
}

# Syncthing's router decodes the path, then resolves dot segments and splits at "/": these reach another route.
UNROUTABLE = [".", "..", "../x", "/", "a/b", "x/..", "", "./", "x/"]
ROUTABLE = ["%2e%2e", "%2E", "?", "#", "%", " ", "x?y#z%20", "é", "日本語", "...", ".x", "x.", "x" * 10_000]


def test_the_table_covers_every_operation_with_a_path_parameter() -> None:
    with_path_parameter = {id for id, operation in OPERATIONS.items() if "{" in operation.path}
    assert set(PATH_OPERATIONS) == with_path_parameter


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("operation_id", sorted(PATH_OPERATIONS))
def test_ids_reach_exactly_the_resource_they_name(
    transport: str, operation_id: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    call = PATH_OPERATIONS[operation_id]
    template = OPERATIONS[operation_id].path
    with FakeServer() as server:
        refused = outcomes(transport, server.url, KEY, lambda c: [lambda id=id: call(c, id) for id in UNROUTABLE])
        assert [type(outcome) for outcome in refused] == [RequestRefusedError] * len(UNROUTABLE)
        assert server.received == []  # not even the version question
        assert all(outcome.operation == operation_id and outcome.field == "id" for outcome in refused)
        for outcome in refused:
            assert_no_key(outcome, KEY, debug_logs)

        answers = outcomes(transport, server.url, KEY, lambda c: [lambda id=id: call(c, id) for id in ROUTABLE])
        if "folder" in operation_id:
            assert [(type(answer), answer.folder_id) for answer in answers] == [
                (FolderNotFoundError, id) for id in ROUTABLE
            ]
        else:
            assert [(type(answer), answer.device_id) for answer in answers] == [
                (DeviceNotFoundError, id) for id in ROUTABLE
            ]
        sent = [request for request in server.received if request.target != "/rest/system/version"]
        assert [request.target for request in sent] == [template.format(id=quote(id, safe="")) for id in ROUTABLE]
        assert [unquote(request.target.rsplit("/", 1)[1]) for request in sent] == ROUTABLE
        assert {request.method for request in sent} == {OPERATIONS[operation_id].method}


def test_a_refusal_says_what_and_why() -> None:
    with Syncthing("http://127.0.0.1:1", KEY) as st, pytest.raises(RequestRefusedError) as refused:
        st.config.replace_folder("..", body=attrs.evolve(FOLDER, id=".."))
    message = str(refused.value)
    assert message.startswith("config_replace_folder: the folder ID '..' cannot be named in /rest/config/folders/{id}")
    assert message.endswith("Nothing was sent.")
    assert isinstance(refused.value, ValueError)
    long_id = "x" * 10_000 + "/"
    with Syncthing("http://127.0.0.1:1", KEY) as st, pytest.raises(RequestRefusedError) as refused:
        st.config.folder(long_id)
    assert len(str(refused.value)) < 400  # the ID is cut short in the message


def _config(sandbox: Sandbox) -> dict[str, Any]:
    config: dict[str, Any] = sandbox.get("/rest/config")
    return config


def _add_folder(sandbox: Sandbox, folder_id: str) -> None:
    path = sandbox.root / "folders" / f"odd-{len(_config(sandbox)['folders'])}"
    path.mkdir(parents=True, exist_ok=True)
    sandbox.post("/rest/config/folders", {"id": folder_id, "path": str(path)})


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_real_servers_route_odd_ids_and_never_see_unroutable_ones(throwaway: Sandbox, transport: str) -> None:
    for folder_id in [*ROUTABLE, *UNROUTABLE[:4]]:  # "." ".." "../x" "/" exist as folders; they cannot be named
        _add_folder(throwaway, folder_id)
    before = _config(throwaway)
    assert {folder["id"] for folder in before["folders"]} >= {*ROUTABLE, ".", ".."}

    def every_path_call(client: Any) -> list[Callable[[], Any]]:
        return [lambda call=call, id=id: call(client, id) for id in UNROUTABLE for call in PATH_OPERATIONS.values()]

    refused = outcomes(transport, throwaway.url, throwaway.api_key, every_path_call)
    assert {type(outcome) for outcome in refused} == {RequestRefusedError}
    assert _config(throwaway) == before

    def read_and_pause(client: Any) -> list[Callable[[], Any]]:
        return [
            *[lambda id=id: client.config.folder(id) for id in ROUTABLE],
            *[
                lambda id=id: client.config.update_folder(id, body=PartialFolderConfiguration(paused=True))
                for id in ROUTABLE
            ],
        ]

    results = outcomes(transport, throwaway.url, throwaway.api_key, read_and_pause)
    assert [folder.id for folder in results[: len(ROUTABLE)]] == ROUTABLE
    after = _config(throwaway)
    paused = {folder["id"] for folder in after["folders"] if folder["paused"]}
    assert paused == set(ROUTABLE)  # exactly the folders named, not ".", ".." or the others
    assert after["gui"] == before["gui"] and after["options"] == before["options"]
    assert after["devices"] == before["devices"]

    def replace_then_delete(client: Any) -> list[Callable[[], Any]]:
        folders = {folder.id: folder for folder in results[: len(ROUTABLE)]}
        return [
            *[
                lambda id=id: client.config.replace_folder(id, body=attrs.evolve(folders[id], label="replaced"))
                for id in ROUTABLE
            ],
            *[lambda id=id: client.config.delete_folder(id) for id in ROUTABLE],
        ]

    assert outcomes(transport, throwaway.url, throwaway.api_key, replace_then_delete) == [None] * 2 * len(ROUTABLE)
    remaining = _config(throwaway)
    assert sorted(folder["id"] for folder in remaining["folders"]) == sorted(UNROUTABLE[:4])
    assert remaining["folders"] == [folder for folder in before["folders"] if folder["id"] in UNROUTABLE[:4]]
    assert remaining["gui"] == before["gui"] and remaining["options"] == before["options"]


# --- requests that would harm the server or reset what the caller did not name -------------------------------------

OTHER_DEVICE = "SK2JFAL-P55NCBW-NL3CNXC-OKIZLIT-BKIJQA6-H5DOCUM-JDNJMQG-IMSIMQO"


def harmful_calls(config: dict[str, Any]) -> dict[str, tuple[str, Callable[[Any], Any]]]:
    """What a careless caller might send to the server whose configuration is ``config`` (one folder ``f``, the
    device ``OTHER_DEVICE``): case → (the field refused, the call)."""
    folder = FolderConfiguration.from_dict(next(f for f in config["folders"] if f["id"] == "f"))
    device = DeviceConfiguration.from_dict(next(d for d in config["devices"] if d["deviceID"] == OTHER_DEVICE))
    gui = GUIConfiguration.from_dict(config["gui"])
    whole = Configuration.from_dict(config)
    own_device = next(d["deviceID"] for d in config["devices"] if d["deviceID"] != OTHER_DEVICE)
    bogus_versioning = attrs.evolve(folder.versioning, type="bogus")
    return {
        "an empty device to pause, which pauses them all": ("device", lambda c: c.system.pause(device="")),
        # What os.fsdecode makes of a name that is not UTF-8 (Syncthing's names are): a lone surrogate.
        "a folder ID UTF-8 cannot carry": ("id", lambda c: c.config.folder("caf\udce9")),
        "a file name UTF-8 cannot carry": ("request", lambda c: c.db.file(folder="f", file="caf\udce9.txt")),
        "NaN in a body": (
            "request",
            lambda c: c.config.update_folder("f", body=PartialFolderConfiguration(fs_watcher_delay_s=float("nan"))),
        ),
        "an empty device to resume": ("device", lambda c: c.system.resume(device="")),
        "an empty folder to reset, which resets every folder": ("folder", lambda c: c.system.reset(folder="")),
        "an empty folder to scan": ("folder", lambda c: c.db.scan(folder="")),
        "an empty folder to override": ("folder", lambda c: c.db.override(folder="")),
        "an empty folder to revert": ("folder", lambda c: c.db.revert(folder="")),
        "an empty device to dismiss a pending folder from": (
            "device",
            lambda c: c.cluster.dismiss_pending_folder(folder="x", device=""),
        ),
        "an empty pending device to dismiss": ("device", lambda c: c.cluster.dismiss_pending_device(device="")),
        "perpage of need": ("perpage", lambda c: c.db.need(folder="f", perpage=1_000_000_000)),
        "perpage of remoteneed": (
            "perpage",
            lambda c: c.db.remoteneed(folder="f", device=OTHER_DEVICE, perpage=1_000_000_000),
        ),
        "perpage of prio": ("perpage", lambda c: c.db.prioritize(folder="f", file="x", perpage=1_000_000_000)),
        "perpage of localchanged": ("perpage", lambda c: c.db.localchanged(folder="f", perpage=65_537)),
        "perpage of folder errors": ("perpage", lambda c: c.folder.errors(folder="f", perpage=10**12)),
        "perpage below 1": ("perpage", lambda c: c.db.need(folder="f", perpage=0)),
        "page overflowing": ("page", lambda c: c.db.need(folder="f", page=2**62, perpage=4)),
        "random string length": ("length", lambda c: c.svc.random_string(length=1_000_000_000_000)),
        "unknown versioning type": (
            "body",
            lambda c: c.config.add_folder(
                body=PartialFolderConfiguration(
                    id="new", path="/tmp/x", versioning=PartialVersioningConfiguration(type="bogus")
                )  # type: ignore[arg-type]
            ),
        ),
        "unknown versioning type, replaced": (
            "body",
            lambda c: c.config.replace_folder("f", body=attrs.evolve(folder, versioning=bogus_versioning)),
        ),
        "unknown versioning type in the defaults": (
            "body",
            lambda c: c.config.update_default_folder(
                body=PartialFolderConfiguration(versioning=PartialVersioningConfiguration(type="none"))  # type: ignore[arg-type]
            ),
        ),
        "folder type typo": (
            "body",
            lambda c: c.config.update_folder("f", body=PartialFolderConfiguration(type="sendonyl")),  # type: ignore[arg-type]
        ),
        "compression typo": (
            "body",
            lambda c: c.config.add_devices(body=[attrs.evolve(device, compression="sometimes")]),  # type: ignore[arg-type]
        ),
        "LDAP transport in capitals": (
            "body",
            lambda c: c.config.update_ldap(body=PartialLDAPConfiguration(transport="TLS")),  # type: ignore[arg-type]
        ),
        "whole configuration with a bad pull order": (
            "body",
            lambda c: c.config.replace_full(
                body=attrs.evolve(whole, folders=[attrs.evolve(folder, order="fastest")])  # type: ignore[arg-type]
            ),
        ),
        "GUI without its API key": ("body", lambda c: c.config.replace_gui(body=attrs.evolve(gui, api_key=""))),
        "GUI with an empty API key, patched": (
            "body",
            lambda c: c.config.update_gui(body=PartialGUIConfiguration(api_key="")),
        ),
        "whole configuration without an API key": (
            "body",
            lambda c: c.config.replace_full(body=attrs.evolve(whole, gui=attrs.evolve(gui, api_key=""))),
        ),
        "the old whole-configuration route without an API key": (
            "body",
            lambda c: c.system.set_config(body=attrs.evolve(whole, gui=attrs.evolve(gui, api_key=""))),
        ),
        "null whole configuration": ("body", lambda c: c.config.replace_full(body=None)),
        "null options": ("body", lambda c: c.config.replace_options(body=None)),
        "null GUI": ("body", lambda c: c.config.replace_gui(body=None)),
        "a dict that does not fit the model": (
            "body.maxSendKbps",
            lambda c: c.config.update_options(body={"maxSendKbps": "fast"}),
        ),
        "another model than the operation's": ("body", lambda c: c.config.update_options(body=gui)),  # type: ignore[arg-type]
        "a null in a list": ("body[1]", lambda c: c.config.add_folders(body=[folder, None])),
        "PUT naming another folder in the body": (
            "body.id",
            lambda c: c.config.replace_folder("f", body=attrs.evolve(folder, id="g")),
        ),
        "PATCH of a folder's device entry without its password, which would take another entry's": (
            "body",
            lambda c: c.config.update_folder(
                "f", body=PartialFolderConfiguration(devices=[PartialFolderDeviceConfiguration(device_id=OTHER_DEVICE)])
            ),
        ),
        "PATCH of versioning without cleanupIntervalS, which would become 3600": (
            "body",
            lambda c: c.config.update_folder(
                "f",
                body=PartialFolderConfiguration(
                    versioning=PartialVersioningConfiguration(type="simple", params=VersioningParams.from_dict({}))
                ),
            ),
        ),
        "PATCH of the folder template's xattr entries without permit": (
            "body",
            lambda c: c.config.update_default_folder(
                body=PartialFolderConfiguration(xattr_filter=XattrFilter(entries=[XattrFilterEntry(match="user.*")]))
            ),
        ),
        "PATCH naming another folder in the body": (
            "body.id",
            lambda c: c.config.update_folder("f", body=PartialFolderConfiguration(id="g", paused=True)),
        ),
        "PATCH naming another device in the body": (
            "body.deviceID",
            lambda c: c.config.update_device(OTHER_DEVICE, body=PartialDeviceConfiguration(device_id=own_device)),
        ),
    }


def _refusal_type(field: str) -> type[RequestRefusedError]:
    """A mapping body that does not fit its model is refused with the subclass ``InvalidBodyError``."""
    return InvalidBodyError if field == "body.maxSendKbps" else RequestRefusedError


def _server_with_a_folder_and_a_device(sandbox: Sandbox) -> dict[str, Any]:
    path = sandbox.root / "folders" / "f"
    path.mkdir(parents=True, exist_ok=True)
    sandbox.post("/rest/config/folders", {"id": "f", "path": str(path)})
    sandbox.post("/rest/config/devices", {"deviceID": OTHER_DEVICE, "addresses": ["tcp://127.0.0.1:1"]})
    return _config(sandbox)


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_harmful_requests_are_refused_and_the_server_is_unchanged(
    throwaway: Sandbox, transport: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    before = _server_with_a_folder_and_a_device(throwaway)
    cases = harmful_calls(before)
    results = outcomes(
        transport, throwaway.url, throwaway.api_key, lambda c: [lambda call=call: call(c) for _, call in cases.values()]
    )
    refused = {
        case: (type(outcome), getattr(outcome, "field", None)) for case, outcome in zip(cases, results, strict=True)
    }
    assert refused == {case: (_refusal_type(field), field) for case, (field, _) in cases.items()}
    for outcome in results:
        assert_no_key(outcome, throwaway.api_key, debug_logs)
    assert _config(throwaway) == before
    assert throwaway.get("/rest/system/ping") == {"ping": "pong"}  # alive, and the key still works


def test_harmful_requests_never_leave_the_client() -> None:
    config = {
        "folders": [FOLDER.to_dict() | {"id": "f"}],
        "devices": [DEVICE.to_dict(), DEVICE.to_dict() | {"deviceID": OTHER_DEVICE}],
        "gui": GUIConfiguration.from_dict(_example("/rest/config/gui")).to_dict(),
        **{key: value for key, value in _example("/rest/config").items() if key not in ("folders", "devices", "gui")},
    }
    cases = harmful_calls(config)
    with FakeServer() as server:
        for transport in TRANSPORTS:
            results = outcomes(
                transport, server.url, KEY, lambda c: [lambda call=call: call(c) for _, call in cases.values()]
            )
            assert {type(outcome) for outcome in results} == {RequestRefusedError, InvalidBodyError}
        assert [request.target for request in server.received if request.target != "/rest/system/version"] == []


def test_device_ids_agree_however_they_are_written() -> None:
    """The body's device ID and the path's are compared as Syncthing reads them: without dashes, in any case."""
    undashed = OTHER_DEVICE.replace("-", "").lower()
    with FakeServer() as server:
        [outcome] = outcomes(
            "sync-stdlib",
            server.url,
            KEY,
            lambda c: [
                lambda: c.config.update_device(undashed, body=PartialDeviceConfiguration(device_id=OTHER_DEVICE))
            ],
        )
    assert type(outcome) is DeviceNotFoundError  # sent: the fake server knows no device


# --- any text as an ID: it reaches that ID, or is refused before sending --------------------------------------------

# (what the request's target must hold the value in: a path after this prefix, or this path's query parameter)
_CALLS: list[tuple[str, str | None, Callable[[Any, str], Any]]] = [
    ("/rest/config/folders/", None, lambda c, value: c.config.folder(value)),
    ("/rest/config/devices/", None, lambda c, value: c.config.delete_device(value)),
    ("/rest/db/status", "folder", lambda c, value: c.db.status(folder=value)),
    ("/rest/db/file", "file", lambda c, value: c.db.file(folder="f", file=value)),
    ("/rest/system/reset", "folder", lambda c, value: c.system.reset(folder=value)),
]


def _check_call(fake: FakeServer, outcome_of: Callable[[], Any], where: str, name: str | None, value: str) -> None:
    sent_before = len(fake.received)
    try:
        outcome = outcome_of()
    except SyncthingError as error:  # anything else fails the test
        outcome = error
    reached = [r.target for r in fake.received[sent_before:] if r.target != "/rest/system/version"]
    if isinstance(outcome, RequestRefusedError):
        assert reached == []
        return
    [target] = reached
    if name is None:
        assert target.startswith(where) and "/" not in target[len(where) :]
        assert unquote(target[len(where) :], errors="strict") == value
    else:
        path, _, query = target.partition("?")
        assert path == where
        assert parse_qs(query, keep_blank_values=True, errors="strict")[name] == [value]


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeServer]:
    with FakeServer() as server:
        yield server


# Any character, lone surrogates too (hypothesis's text() leaves them out or nearly), and often those that URLs
# give a meaning to.
_ID_CHARACTERS = one_of(characters(), characters(categories=["Cs"]), sampled_from("./?#&%+=;: \\\r\n\x00"))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=lists(_ID_CHARACTERS, max_size=12).map("".join))
def test_any_text_as_an_id_reaches_that_id_or_is_refused(fake: FakeServer, value: str) -> None:
    with Syncthing(fake.url, KEY, max_retries=0, timeout=5) as client:
        for where, name, call in _CALLS:
            _check_call(fake, lambda call=call: call(client, value), where, name, value)
    loop = asyncio.new_event_loop()
    async_client = AsyncSyncthing(fake.url, KEY, max_retries=0, timeout=5)
    try:
        for where, name, call in _CALLS:
            _check_call(fake, lambda call=call: loop.run_until_complete(call(async_client, value)), where, name, value)
    finally:
        loop.run_until_complete(async_client.aclose())
        loop.close()
