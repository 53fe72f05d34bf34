"""What the client refuses to send (syncthing_client/_guard.py), and that what it does send reaches exactly the
resource the caller named: on a fake server that records the request line, on every transport (sync stdlib and
httpx, async aiohttp and httpx), and on real 1.19.2 and 1.29.5 servers whose configuration is compared before and
after.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, unquote

import attrs
import pytest
import yaml

from syncthing_client import (
    AsyncSyncthing,
    DeviceNotFoundError,
    FolderNotFoundError,
    RequestRefusedError,
    Syncthing,
    SyncthingError,
)
from syncthing_client.api import OPERATIONS
from syncthing_client.models import (
    DeviceConfiguration,
    FolderConfiguration,
    PartialDeviceConfiguration,
    PartialFolderConfiguration,
)
from tests.fakes import FakeServer
from tools.sandbox import PROJECT, Sandbox

TRANSPORTS = ["sync-stdlib", "sync-httpx", "async-aiohttp", "async-httpx"]
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


def each_call(transport: str, url: str, key: str, calls: Callable[[Any], list[Any]]) -> list[Any]:
    """``calls(client)`` on a client of ``transport``: what each call returned or raised."""
    flavour, backend = transport.split("-")

    def outcome(call: Callable[[], Any]) -> Any:
        try:
            return call()
        except SyncthingError as error:
            return error

    if flavour == "sync":
        with Syncthing(url, key, backend=backend) as st:  # type: ignore[arg-type]
            return [outcome(call) for call in calls(st)]

    async def run() -> list[Any]:
        results = []
        async with AsyncSyncthing(url, key, backend=backend) as ast:  # type: ignore[arg-type]
            for call in calls(ast):
                try:
                    result = call()
                    results.append(await result if inspect.isawaitable(result) else result)
                except SyncthingError as error:
                    results.append(error)
        return results

    return asyncio.run(run())


def test_the_table_covers_every_operation_with_a_path_parameter() -> None:
    with_path_parameter = {id for id, operation in OPERATIONS.items() if "{" in operation.path}
    assert set(PATH_OPERATIONS) == with_path_parameter


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("operation_id", sorted(PATH_OPERATIONS))
def test_ids_reach_exactly_the_resource_they_name(transport: str, operation_id: str) -> None:
    call = PATH_OPERATIONS[operation_id]
    template = OPERATIONS[operation_id].path
    with FakeServer() as server:
        refused = each_call(transport, server.url, KEY, lambda c: [lambda id=id: call(c, id) for id in UNROUTABLE])
        assert [type(outcome) for outcome in refused] == [RequestRefusedError] * len(UNROUTABLE)
        assert server.received == []  # not even the version question
        assert all(outcome.operation == operation_id and outcome.field == "id" for outcome in refused)

        answers = each_call(transport, server.url, KEY, lambda c: [lambda id=id: call(c, id) for id in ROUTABLE])
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

    refused = each_call(transport, throwaway.url, throwaway.api_key, every_path_call)
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

    results = each_call(transport, throwaway.url, throwaway.api_key, read_and_pause)
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

    assert each_call(transport, throwaway.url, throwaway.api_key, replace_then_delete) == [None] * 2 * len(ROUTABLE)
    remaining = _config(throwaway)
    assert sorted(folder["id"] for folder in remaining["folders"]) == sorted(UNROUTABLE[:4])
    assert remaining["folders"] == [folder for folder in before["folders"] if folder["id"] in UNROUTABLE[:4]]
    assert remaining["gui"] == before["gui"] and remaining["options"] == before["options"]
