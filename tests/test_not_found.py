"""One way to catch "no such folder / device": every operation that names a folder or device raises
``FolderNotFoundError`` / ``DeviceNotFoundError`` for one that is not configured, on real 1.19.2 and 1.29.5 servers,
although Syncthing answers 404 on most, 500 on some and a 200 with ``error`` on ``db/ignores`` (1.29.5). And the
200 answers whose ``error`` field reports a failure raise ``OperationFailedError``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from syncthing_client import (
    AsyncSyncthing,
    DeviceNotFoundError,
    FolderNotFoundError,
    NotFoundError,
    OperationFailedError,
    Syncthing,
)
from syncthing_client.api import OPERATIONS
from syncthing_client.models import (
    IgnoreLines,
    PartialDeviceConfiguration,
    PartialFolderConfiguration,
    VersionsToRestore,
)
from tests.conftest import client_for
from tests.harness import assert_no_key
from tools.sandbox import Sandbox, folder_idle, wait_for

UNKNOWN_FOLDER = "nope"
# A valid device ID no server here has.
UNKNOWN_DEVICE = "SK2JFAL-P55NCBW-NL3CNXC-OKIZLIT-BKIJQA6-H5DOCUM-JDNJMQG-IMSIMQO"

NAMES_A_FOLDER: dict[str, Callable[[Any], Any]] = {
    "config_folder": lambda c: c.config.folder(UNKNOWN_FOLDER),
    "config_update_folder": lambda c: c.config.update_folder(UNKNOWN_FOLDER, body=PartialFolderConfiguration()),
    "db_browse": lambda c: c.db.browse(folder=UNKNOWN_FOLDER),
    "db_completion": lambda c: c.db.completion(folder=UNKNOWN_FOLDER),
    "db_file": lambda c: c.db.file(folder=UNKNOWN_FOLDER, file="x"),
    "db_ignores": lambda c: c.db.ignores(folder=UNKNOWN_FOLDER),
    "db_localchanged": lambda c: c.db.localchanged(folder=UNKNOWN_FOLDER),
    "db_need": lambda c: c.db.need(folder=UNKNOWN_FOLDER),
    "db_prioritize": lambda c: c.db.prioritize(folder=UNKNOWN_FOLDER, file="x"),
    "db_remoteneed": lambda c: c.db.remoteneed(folder=UNKNOWN_FOLDER, device=UNKNOWN_DEVICE),
    "db_scan": lambda c: c.db.scan(folder=UNKNOWN_FOLDER),
    "db_set_ignores": lambda c: c.db.set_ignores(folder=UNKNOWN_FOLDER, body=IgnoreLines(ignore=["*.tmp"])),
    "db_status": lambda c: c.db.status(folder=UNKNOWN_FOLDER),
    "folder_errors": lambda c: c.folder.errors(folder=UNKNOWN_FOLDER),
    "folder_pullerrors": lambda c: c.folder.pullerrors(folder=UNKNOWN_FOLDER),
    "folder_restore_versions": lambda c: c.folder.restore_versions(
        folder=UNKNOWN_FOLDER, body=VersionsToRestore.from_dict({})
    ),
    "folder_versions": lambda c: c.folder.versions(folder=UNKNOWN_FOLDER),
    "system_reset": lambda c: c.system.reset(folder=UNKNOWN_FOLDER),
}
NAMES_A_DEVICE: dict[str, Callable[[Any], Any]] = {
    "config_device": lambda c: c.config.device(UNKNOWN_DEVICE),
    "config_update_device": lambda c: c.config.update_device(UNKNOWN_DEVICE, body=PartialDeviceConfiguration()),
    "system_pause": lambda c: c.system.pause(device=UNKNOWN_DEVICE),
    "system_resume": lambda c: c.system.resume(device=UNKNOWN_DEVICE),
}
# Operations Syncthing answers with 200 for an unknown folder or device, changing nothing (deletes, pending
# entries, override/revert), or that write the entry the body names (replace); debug_file is tested on its own.
ANSWERED_200 = {
    "cluster_dismiss_pending_device",
    "cluster_dismiss_pending_folder",
    "cluster_pending_folders",
    "config_delete_device",
    "config_delete_folder",
    "config_replace_device",
    "config_replace_folder",
    "db_override",
    "db_revert",
    "debug_file",
}


def test_every_operation_naming_a_folder_or_device_is_covered() -> None:
    named = {operation_id for operation_id, operation in OPERATIONS.items() if operation.names}
    assert named == NAMES_A_FOLDER.keys() | NAMES_A_DEVICE.keys() | ANSWERED_200


@pytest.mark.parametrize("operation_id", sorted(NAMES_A_FOLDER))
def test_an_unknown_folder_is_folder_not_found(
    st: Syncthing, syncthing: Sandbox, operation_id: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(FolderNotFoundError) as missing:
        NAMES_A_FOLDER[operation_id](st)
    assert_no_key(missing.value, syncthing.api_key, debug_logs)
    assert missing.value.folder_id == UNKNOWN_FOLDER
    assert isinstance(missing.value, NotFoundError)
    assert missing.value.status_code in (200, 404, 500)
    assert UNKNOWN_FOLDER in missing.value.url


@pytest.mark.parametrize("operation_id", sorted(NAMES_A_DEVICE))
def test_an_unknown_device_is_device_not_found(
    st: Syncthing, syncthing: Sandbox, operation_id: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(DeviceNotFoundError) as missing:
        NAMES_A_DEVICE[operation_id](st)
    assert_no_key(missing.value, syncthing.api_key, debug_logs)
    assert missing.value.device_id == UNKNOWN_DEVICE
    assert missing.value.status_code == 404


def test_the_async_client_raises_the_same(syncthing: Sandbox) -> None:
    async def scenario() -> list[type[BaseException]]:
        raised = []
        async with AsyncSyncthing(syncthing.url, syncthing.api_key) as ast:
            for call in (NAMES_A_FOLDER["db_ignores"], NAMES_A_FOLDER["db_scan"], NAMES_A_DEVICE["system_pause"]):
                try:
                    await call(ast)
                except NotFoundError as error:
                    raised.append(type(error))
        return raised

    assert asyncio.run(scenario()) == [FolderNotFoundError, FolderNotFoundError, DeviceNotFoundError]


def test_debug_file_of_an_unknown_folder(debug_syncthing: Sandbox) -> None:
    with client_for(debug_syncthing) as st, pytest.raises(FolderNotFoundError) as missing:
        st.debug.file(folder=UNKNOWN_FOLDER, file="x")
    assert missing.value.status_code == 404


def test_ignore_lines_that_do_not_parse_fail_the_operation(throwaway: Sandbox) -> None:
    """``POST /rest/db/ignores`` writes lines that do not parse and reports them in a 200's ``error``."""
    folder = throwaway.root / "folders" / "f"
    folder.mkdir(parents=True)
    throwaway.post("/rest/config/folders", {"id": "f", "path": str(folder)})
    wait_for("folder f idle", lambda: folder_idle(throwaway, "f"))
    with client_for(throwaway) as st:
        with pytest.raises(OperationFailedError) as failed:
            st.db.set_ignores(folder="f", body=IgnoreLines(ignore=["[unclosed"]))
        assert failed.value.error.startswith('invalid pattern "[unclosed"')
        assert failed.value.body["ignore"] == ["[unclosed"]
        with pytest.raises(OperationFailedError):
            st.db.ignores(folder="f")
        assert st.db.set_ignores(folder="f", body=IgnoreLines(ignore=["*.tmp"])).ignore == ["*.tmp"]
        assert st.db.ignores(folder="f").ignore == ["*.tmp"]
