"""The facade's calling conventions: bodies as models, full models or mappings (a wrong mapping refused before
sending with ``InvalidBodyError``), the folder or device an operation names taken positionally, deprecated
operations warning, and Python names that keep units and acronyms whole. Requests go to real 1.19.2 and 1.29.5
servers.
"""

from __future__ import annotations

import asyncio
import inspect
import warnings
from typing import Any

import attrs
import pytest

from syncthing_client import AsyncSyncthing, InvalidBodyError, RequestRefusedError, Syncthing
from syncthing_client.api import OPERATIONS
from syncthing_client.api.config import ConfigApi
from syncthing_client.api.db import DbApi
from syncthing_client.models import FolderConfiguration, OptionsConfiguration, PartialOptionsConfiguration
from tools.sandbox import Sandbox


def _folders(sandbox: Sandbox) -> dict[str, dict[str, Any]]:
    return {folder["id"]: folder for folder in sandbox.get("/rest/config/folders")}


def test_bodies_as_mappings_and_full_models(throwaway: Sandbox) -> None:
    path = throwaway.root / "folders" / "f"
    path.mkdir(parents=True, exist_ok=True)
    with Syncthing(throwaway.url, throwaway.api_key) as st:
        # A dict with Syncthing's JSON keys creates the folder, as the model would.
        st.config.add_folder(body={"id": "f", "label": "From a dict", "path": str(path), "rescanIntervalS": 77})
        assert (_folders(throwaway)["f"]["label"], _folders(throwaway)["f"]["rescanIntervalS"]) == ("From a dict", 77)

        # A fetched folder goes back as it is: PUT, and PATCH (every field sent, which Syncthing takes as a PUT).
        folder = st.config.folder("f")
        st.config.replace_folder("f", body=attrs.evolve(folder, label="Replaced"))
        assert _folders(throwaway)["f"]["label"] == "Replaced"
        st.config.update_folder("f", body=attrs.evolve(st.config.folder("f"), label="Patched whole"))
        assert _folders(throwaway)["f"]["label"] == "Patched whole"
        st.config.update_folder("f", body={"paused": True})
        assert _folders(throwaway)["f"]["paused"] is True

        # A list of mappings, each decoded into the list's model.
        st.config.add_folders(body=[_folders(throwaway)["f"] | {"label": "From a list"}])
        assert _folders(throwaway)["f"]["label"] == "From a list"

        before = throwaway.get("/rest/config")
        wrong: list[tuple[str, Any]] = [
            ("body.versioning.type", lambda: st.config.update_folder("f", body={"versioning": {"type": 3}})),
            ("body.maxSendKbps", lambda: st.config.update_options(body={"maxSendKbps": "fast"})),
            ("body.max_send_kbps", lambda: st.config.update_options(body={"max_send_kbps": 1})),
            ("body[0].id", lambda: st.config.add_folders(body=[{**before["folders"][0], "id": None}])),
            ("body.label", lambda: st.config.add_folder(body={"id": "g", "path": str(path), "label": ["x"]})),
        ]
        for field, call in wrong:
            with pytest.raises(InvalidBodyError) as refused:
                call()
            assert (refused.value.field, refused.value.operation.startswith("config_")) == (field, True)
            assert str(refused.value).endswith("Nothing was sent.")
            assert isinstance(refused.value, RequestRefusedError) and isinstance(refused.value, ValueError)
        # Not a model of the operation, nor a mapping.
        with pytest.raises(RequestRefusedError, match="not FolderConfiguration"):
            st.config.update_options(body=folder)  # type: ignore[arg-type]
        assert throwaway.get("/rest/config") == before


def test_async_takes_mappings_too(throwaway: Sandbox) -> None:
    async def main() -> tuple[int, type[BaseException]]:
        async with AsyncSyncthing(throwaway.url, throwaway.api_key) as ast:
            await ast.config.update_options(body={"maxSendKbps": 12})
            options = await ast.config.options()
            try:
                await ast.config.update_options(body={"maxSendKbps": 1.5})
            except InvalidBodyError as error:
                return options.max_send_kbps, type(error)
            raise AssertionError("not refused")

    assert asyncio.run(main()) == (12, InvalidBodyError)
    assert throwaway.get("/rest/config/options")["maxSendKbps"] == 12


def test_the_named_folder_and_device_are_positional(throwaway: Sandbox) -> None:
    path = throwaway.root / "folders" / "f"
    path.mkdir(parents=True, exist_ok=True)
    throwaway.post("/rest/config/folders", {"id": "f", "path": str(path)})
    with Syncthing(throwaway.url, throwaway.api_key) as st:
        by_position, by_name = st.db.status("f"), st.db.status(folder="f")
        assert (by_position.global_files, by_position.ignore_patterns) == (
            by_name.global_files,
            by_name.ignore_patterns,
        )
        assert st.config.folder("f").id == "f"
        st.db.completion(folder="f")  # optional: keyword-only
        with pytest.raises(TypeError):
            st.db.need("f", 1)  # type: ignore[misc]  # page and perpage stay keyword-only


def test_positional_parameters_follow_one_rule() -> None:
    """Path parameters and required ``x-syncthing-names`` query parameters, in the spec's order; nothing else."""
    for api in (ConfigApi, DbApi):
        for name, method in inspect.getmembers(api, inspect.isfunction):
            if name.startswith("_"):
                continue
            operation = OPERATIONS[f"{api.__name__.removesuffix('Api').lower()}_{name}"]
            positional = [
                p.name
                for p in inspect.signature(method).parameters.values()
                if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and p.name != "self"
            ]
            named = [parameter for parameter in operation.names if parameter in positional]
            assert positional == named, operation.id
    assert list(inspect.signature(DbApi.remoteneed).parameters)[1:3] == ["folder", "device"]


def test_deprecated_operations_warn_at_the_callers_line(syncthing: Sandbox) -> None:
    deprecated = {id for id, operation in OPERATIONS.items() if operation.deprecated}
    assert deprecated == {
        "system_config",
        "system_set_config",
        "system_config_insync",
        "config_insync",
        "folder_pullerrors",
    }
    with Syncthing(syncthing.url, syncthing.api_key) as st:
        with pytest.warns(
            DeprecationWarning, match=r"GET /rest/config/insync .*config\.restart_required\(\)"
        ) as caught:
            assert st.config.insync().config_in_sync is True
        assert [warning.filename for warning in caught] == [__file__]
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            st.config.restart_required()  # not deprecated: no warning
        assert st.system.config.__deprecated__.startswith("GET /rest/system/config")  # type: ignore[attr-defined]

    async def main() -> None:
        async with AsyncSyncthing(syncthing.url, syncthing.api_key) as ast:
            with pytest.warns(DeprecationWarning, match="config.full()") as caught:
                await ast.system.config()
            assert [warning.filename for warning in caught] == [__file__]

    asyncio.run(main())


def test_python_names_keep_units_and_acronyms_whole() -> None:
    assert {"puller_max_pending_kib", "max_concurrent_incoming_request_kib"} <= {
        field.name for field in attrs.fields(FolderConfiguration)
    } | {field.name for field in attrs.fields(OptionsConfiguration)}
    options = PartialOptionsConfiguration.from_dict({"unackedNotificationIDs": ["x"]})
    assert options.unacked_notification_ids == ["x"]
    assert options.to_dict() == {"unackedNotificationIDs": ["x"]}
