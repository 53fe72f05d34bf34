"""Every method pysyncthing documents (its README: `SyncthingClient` and its methods; it names no exception) and the
call that does it here (see `tests.migration`)."""

from __future__ import annotations

from syncthing_client import ResetResult, RestartResult, ServerError, ShutdownResult
from syncthing_client.models import Configuration, DbFile, FolderSummary, Ignores, NeedPage
from tests.migration import (
    DEVICE,
    FILE,
    FOLDER,
    Library,
    Row,
    add_an_error,
    is_client_for,
    lists_folder_contents,
    pause_folder,
    raw_errors,
)

CLIENT = "Client"
METHODS = "Methods"

ROWS = [
    Row(
        CLIENT,
        "`SyncthingClient(api_key, api_url='https://127.0.0.1:8384')`",
        "Syncthing(URL, api_key=KEY)",
        is_client_for,
        "The URL first, the key by keyword; without them `$SYNCTHING_URL` / `$SYNCTHING_API_KEY`, then "
        "`http://127.0.0.1:8384` (plain HTTP, Syncthing's default). For `https://`, see [TLS](../guides/tls.md).",
    ),
    Row(
        METHODS,
        "`get_version()`",
        "st.system.version()",
        lambda version, setup: version.version == setup.get("/rest/system/version")["version"],
        "`models.SystemVersion`: `version.long_version` for `['longVersion']`.",
    ),
    Row(
        METHODS,
        "`get_connections()`",
        "st.system.connections()",
        lambda connections, setup: DEVICE in connections.connections and connections.total.in_bytes_total >= 0,
        "`models.SystemConnections`: `.connections[device_id].in_bytes_total`, `.total`.",
    ),
    Row(
        METHODS,
        "`get_config()`",
        "st.config.full()",
        lambda config, setup: isinstance(config, Configuration) and FOLDER in [folder.id for folder in config.folders],
        "`models.Configuration`; `st.config.folders()`, `devices()`, `options()`, `gui()` read one part.",
    ),
    Row(
        METHODS,
        "`get_insync()`",
        "st.config.restart_required().requires_restart",
        lambda required, setup: required is (not setup.get("/rest/system/config/insync")["configInSync"]),
        "The opposite question: `True` when saved changes wait for a restart.",
    ),
    Row(
        METHODS,
        "`get_errors()`",
        "st.system.errors().errors",
        lambda errors, setup: [error.message for error in errors] == raw_errors(setup) != [],
        "A list of `models.LogLine` (`.when` a `datetime`, `.message`).",
        before=add_an_error,
    ),
    Row(
        METHODS,
        "`get_discovery()`",
        "st.system.discovery()",
        lambda cache, setup: cache.to_dict() == setup.get("/rest/system/discovery"),
        "`models.DiscoveryCache`, keyed by device ID.",
    ),
    Row(
        METHODS,
        "`new_error(message)`",
        'st.system.add_error(body="disk full")',
        lambda result, setup: result is None and raw_errors(setup)[-1] == "disk full",
        "Returns `None` (no `{'code': 200}`); a failure raises.",
    ),
    Row(
        METHODS,
        "`clear_errors()`",
        "st.system.clear_errors()",
        lambda result, setup: result is None and raw_errors(setup) == [],
        before=add_an_error,
    ),
    Row(
        METHODS,
        "`new_config(config)`",
        "st.config.replace_full(body=config)",
        lambda result, setup: (
            result is None and FOLDER in [folder["id"] for folder in setup.get("/rest/config/folders")]
        ),
        "`config`: the whole configuration, as `st.config.full()` read it (or a dict of Syncthing's JSON); applied "
        "at once. "
        "`st.config.update_options(body=PartialOptionsConfiguration(...))` and the like change one part.",
        before=lambda setup: setup.names.update(config=setup.st.config.full()),
    ),
    Row(
        METHODS,
        "`restart()`",
        "st.system.restart()",
        lambda result, setup: result == RestartResult(ok="restarting"),
        "`RestartResult(ok='restarting')`; `restart(wait=True)` returns once the new run answers.",
        server="fresh",
    ),
    Row(
        METHODS,
        "`reset()`",
        "st.system.reset()",
        lambda result, setup: result == ResetResult(ok="resetting database"),
        "Erases the database (not the folders) and restarts; Syncthing refuses (`ServerError`) while a folder runs: "
        "pause them first, `st.config.update_folder(FOLDER, body=PartialFolderConfiguration(paused=True))`.",
        server="fresh",
        before=pause_folder,
    ),
    Row(
        METHODS,
        "`shutdown()`",
        "st.system.shutdown()",
        lambda result, setup: result == ShutdownResult(ok="shutting down"),
        server="fresh",
    ),
    Row(
        METHODS,
        "`upgrade()` (check for a newer version)",
        "st.system.upgrade()",
        lambda error, setup: error.status_code in (501, 503),
        "Where upgrades are on, `models.UpgradeInfo` (`.newer`, `.latest`); off in distribution packages, with "
        "`STNOUPGRADE` and on the servers the suite runs.",
        raises=ServerError,
    ),
    Row(
        METHODS,
        "`upgrade()` (upgrade and restart)",
        "st.system.perform_upgrade()",
        lambda error, setup: error.status_code in (500, 501),
        "Where upgrades are off (distribution packages, `STNOUPGRADE`, the servers the suite runs).",
        raises=ServerError,
    ),
    Row(
        METHODS,
        "`get_status()`",
        "st.system.status()",
        lambda status, setup: status.my_id == setup.server.device_id,
        "`models.SystemStatus`: `status.my_id` for `['myID']`.",
    ),
    Row(
        METHODS,
        "`get_ping()`",
        "st.system.ping()",
        lambda pong, setup: pong.ping == "pong",
        "`models.Pong`: `.ping == 'pong'`.",
    ),
    Row(
        METHODS,
        "`browse_database(folder, level=0, prefix=None)`",
        "st.db.browse(FOLDER, levels=-1)",
        lambda entries, setup: lists_folder_contents(entries),
        "A list of `models.BrowseEntry` (`.name`, `.type`, `.children`). `levels=-1` (the default) is the whole "
        "tree; pysyncthing's `level=0` meant the same, here `levels=0` is the top level only. `prefix=` a "
        "subdirectory.",
    ),
    Row(
        METHODS,
        "`get_completion(device, folder)`",
        "st.db.completion(folder=FOLDER, device=DEVICE)",
        lambda completion, setup: (
            completion.completion == setup.get("/rest/db/completion", folder=FOLDER, device=DEVICE)["completion"]
        ),
        "By keyword; `models.Completion`: `.completion` (0 to 100), `.need_bytes`, `.need_items`.",
    ),
    Row(
        METHODS,
        "`get_file(file)`",
        "st.db.file(FOLDER, file=FILE)",
        lambda info, setup: isinstance(info, DbFile) and info.global_.name == FILE,
        "Names the folder as well; `models.DbFile`: `.global_`, `.local`, `.availability`.",
    ),
    Row(
        METHODS,
        "`get_ignores(folder)`",
        "st.db.ignores(FOLDER)",
        lambda ignores, setup: (
            isinstance(ignores, Ignores)
            and ignores.ignore == (setup.get("/rest/db/ignores", folder=FOLDER)["ignore"] or [])
        ),
        "`models.Ignores`: `.ignore` (the lines, `[]` when none) and `.expanded` (no `patterns`).",
    ),
    Row(
        METHODS,
        "`new_ignores(folder, ignores)`",
        'st.db.set_ignores(FOLDER, body=IgnoreLines(ignore=["foo"]))',
        lambda ignores, setup: ignores.ignore == ["foo"] == setup.get("/rest/db/ignores", folder=FOLDER)["ignore"],
        "`models.IgnoreLines` (or `{'ignore': [...]}`); answers `models.Ignores`. A line that does not parse raises "
        "`OperationFailedError`, but Syncthing has written the lines all the same: the folder stops syncing until they "
        "are fixed (write them again without it).",
    ),
    Row(
        METHODS,
        "`get_need(folder)`",
        "st.db.need(FOLDER)",
        lambda page, setup: isinstance(page, NeedPage) and page.page == 1,
        "One page (`models.NeedPage`: `.progress`, `.queued`, `.rest`); `st.db.iter_need(FOLDER)` walks every page.",
    ),
    Row(
        METHODS,
        "`assign_priority(folder, file)`",
        "st.db.prioritize(FOLDER, file=FILE)",
        lambda page, setup: isinstance(page, NeedPage),
        "Answers the need page, `models.NeedPage`.",
    ),
    Row(
        METHODS,
        "`scan(folder, subfolder=None)`",
        "st.db.scan(folder=FOLDER, sub=[SUBDIR])",
        lambda result, setup: result is None and setup.get("/rest/db/status", folder=FOLDER)["state"] != "error",
        "`sub=` is a list of paths; returns `None`.",
    ),
    Row(
        METHODS,
        "`get_folder_status(folder)`",
        "st.db.status(FOLDER)",
        lambda summary, setup: (
            isinstance(summary, FolderSummary)
            and summary.global_files == setup.get("/rest/db/status", folder=FOLDER)["globalFiles"]
        ),
        "`models.FolderSummary`: `.need_files`, `.state`; an unknown folder raises `FolderNotFoundError`.",
    ),
    Row(
        METHODS,
        "`get_device_statistics()`",
        "st.stats.devices()",
        lambda stats, setup: set(stats) == set(setup.get("/rest/stats/device")),
        "`models.DeviceStatisticsMap`, keyed by device ID; `.last_seen` is a `datetime`.",
    ),
    Row(
        METHODS,
        "`get_folder_statistics()`",
        "st.stats.folders()",
        lambda stats, setup: set(stats) == set(setup.get("/rest/stats/folder")) and FOLDER in stats,
        "`models.FolderStatisticsMap`, keyed by folder ID.",
    ),
]

LIBRARY = Library(name="pysyncthing", package="pysyncthing", is_async=False, rows=ROWS, page="pysyncthing.md")
