"""Every constructor, method, attribute and exception python-syncthing (PyPI `syncthing`, 2.x) documents, and the call
that does it here (see `tests.migration` for what a row is)."""

from __future__ import annotations

import datetime
from typing import Any

from syncthing_client import (
    AuthenticationError,
    OperationFailedError,
    ResetResult,
    RestartResult,
    ServerError,
    ShutdownResult,
    UnexpectedStatus,
)
from syncthing_client.models import (
    Configuration,
    DbFile,
    FolderSummary,
    Ignores,
    LogLine,
    NeedPage,
)
from tests.migration import (
    DEVICE,
    FILE,
    FOLDER,
    Library,
    Row,
    Setup,
    add_an_error,
    device_paused,
    is_client_for,
    lists_folder_contents,
    pause_device,
    pause_folder,
    raw_errors,
)


def debug_enabled(setup: Setup) -> set[str]:
    return set(setup.get("/rest/system/debug")["enabled"] or [])


def first_of(stream: Any) -> Any:
    with stream:
        return next(iter(stream))


def is_event(item: Any) -> bool:
    return isinstance(item.id, int) and item.id > 0 and isinstance(item.time, datetime.datetime)


CLIENT = "Client"
SYSTEM = "System"
DATABASE = "Database"
EVENTS = "Events"
STATISTICS = "Statistics"
MISC = "Misc"
ERRORS = "Errors"
CONNECTION = "(api_key, host='localhost', port=8384, timeout=10.0, is_https=False, ssl_cert_file=None)"

ROWS = [
    # The classes and module-level names.
    Row(
        CLIENT,
        f"`Syncthing{CONNECTION}`",
        'Syncthing(f"http://{HOST}:{PORT}", api_key=KEY, timeout=10.0)',
        is_client_for,
        "The address comes first, as a URL (`https://` for TLS), the key by keyword; both default to "
        "`$SYNCTHING_URL` / `$SYNCTHING_API_KEY`, then `http://127.0.0.1:8384`.",
    ),
    Row(
        CLIENT,
        "`Syncthing(..., is_https=True, ssl_cert_file=...)`",
        'Syncthing(f"https://{HOST}:{PORT}", api_key=KEY, verify=CERT_FILE, tls_server_name=CERT_NAME)',
        is_client_for,
        "`verify=` takes the GUI's `https-cert.pem` (or a CA bundle, an `ssl.SSLContext`, `False`); that certificate "
        "names the machine that made it, so reaching it as `127.0.0.1` needs `tls_server_name=` that name.",
        server="tls",
    ),
    Row(
        CLIENT,
        f"`BaseAPI{CONNECTION}`",
        "Syncthing(URL, api_key=KEY)",
        is_client_for,
        "A base class of python-syncthing's endpoints; here one client holds every namespace.",
    ),
    Row(
        CLIENT,
        f"`System{CONNECTION}`",
        "Syncthing(URL, api_key=KEY).system",
        lambda system, setup: system.version().version.startswith("v"),
        "Namespaces are not made on their own: take them from a client.",
    ),
    Row(
        CLIENT,
        f"`Database{CONNECTION}`",
        "Syncthing(URL, api_key=KEY).db",
        lambda db, setup: (
            db.status(FOLDER).ignore_patterns == setup.get("/rest/db/status", folder=FOLDER)["ignorePatterns"]
        ),
    ),
    Row(
        CLIENT,
        f"`Statistics{CONNECTION}`",
        "Syncthing(URL, api_key=KEY).stats",
        lambda stats, setup: DEVICE in stats.devices(),
    ),
    Row(
        CLIENT,
        "`Misc`",
        "Syncthing(URL, api_key=KEY).svc",
        lambda svc, setup: len(svc.random_string(length=8).random) == 8,
        "`/rest/svc/...` is `st.svc`.",
    ),
    Row(
        CLIENT,
        "`Events`",
        "Syncthing(URL, api_key=KEY).events",
        lambda events, setup: isinstance(events.poll(since=0, limit=1, timeout=1), list),
    ),
    Row(
        CLIENT, "`Syncthing.system`", "st.system", lambda system, setup: system.status().my_id == setup.server.device_id
    ),
    Row(
        CLIENT,
        "`Syncthing.sys`",
        "st.system",
        lambda system, setup: system.status().my_id == setup.server.device_id,
        "No alias.",
    ),
    Row(
        CLIENT,
        "`Syncthing.database`",
        "st.db",
        lambda db, setup: db.status(FOLDER).state in ("idle", "scanning", "scan-waiting"),
        "Named as the REST path, `/rest/db/`.",
    ),
    Row(
        CLIENT,
        "`Syncthing.db`",
        "st.db",
        lambda db, setup: db.status(FOLDER).state in ("idle", "scanning", "scan-waiting"),
    ),
    Row(CLIENT, "`Syncthing.stats`", "st.stats", lambda stats, setup: FOLDER in stats.folders()),
    Row(
        CLIENT,
        "`Syncthing.misc`",
        "st.svc",
        lambda svc, setup: svc.deviceid(id=DEVICE).id == DEVICE,
        "Named as the REST path, `/rest/svc/`.",
    ),
    Row(
        CLIENT,
        "`ErrorEvent(when, message)`",
        "st.system.errors().errors",
        lambda errors, setup: (
            all(isinstance(error, LogLine) for error in errors)
            and [error.message for error in errors] == raw_errors(setup)
        ),
        "`models.LogLine`, with the same two fields (attributes, not a tuple).",
        before=add_an_error,
    ),
    Row(
        CLIENT,
        "`ErrorEvent.when`",
        "st.system.errors().errors[-1].when",
        lambda when, setup: isinstance(when, datetime.datetime) and when.tzinfo is not None,
        "A timezone-aware `datetime` (a `Timestamp`, its subclass, when Syncthing sent nanoseconds).",
        before=add_an_error,
    ),
    Row(
        CLIENT,
        "`ErrorEvent.message`",
        "st.system.errors().errors[-1].message",
        lambda message, setup: message == "disk full" == raw_errors(setup)[-1],
        "The text as posted (python-syncthing's showed it JSON-quoted).",
        before=add_an_error,
    ),
    Row(
        CLIENT,
        "`keys_to_datetime(obj, *keys)`",
        "st.stats.devices()[DEVICE].last_seen",
        lambda last_seen, setup: isinstance(last_seen, datetime.datetime),
        "Not needed: every date-time field of every model is decoded already.",
    ),
    Row(
        CLIENT,
        "`parse_datetime(s, **kwargs)`",
        "st.system.status().start_time",
        lambda start_time, setup: isinstance(start_time, datetime.datetime) and start_time.tzinfo is not None,
        "Not needed, as above; the nanoseconds Syncthing writes are kept (`Timestamp.nanosecond`).",
    ),
    # System
    Row(
        SYSTEM,
        "`add_discovery(device, address)`",
        'st.request("POST", "/rest/system/discovery", params={"device": DEVICE, "addr": "127.0.0.1:22000"})',
        lambda error, setup: error.status_code == 405,
        "Syncthing removed `POST /rest/system/discovery` in v0.12.0: servers answer 405, raised as "
        "`UnexpectedStatus`. Give the device a fixed address instead: "
        '`st.config.update_device(DEVICE, body=PartialDeviceConfiguration(addresses=["tcp://host:22000"]))`.',
        raises=UnexpectedStatus,
        mapped=False,
    ),
    Row(
        SYSTEM,
        "`browse(path=None)`",
        "st.system.browse(current=FOLDER_PATH)",
        lambda paths, setup: [path.rstrip("/") for path in paths] == [setup.names["FOLDER_PATH"]],
        "The argument is `current=`; a path ending in `/` lists its subdirectories.",
    ),
    Row(
        SYSTEM,
        "`can_upgrade()`",
        "st.system.upgrade().newer",
        lambda error, setup: error.status_code in (501, 503) and "upgrade unsupported" in str(error),
        "Where upgrades are on, a `bool`; they are off in distribution packages and with `STNOUPGRADE`, as on "
        "the servers the suite runs (Syncthing answers 501 or 503).",
        raises=ServerError,
    ),
    Row(
        SYSTEM,
        "`clear()`",
        "st.system.clear_errors()",
        lambda result, setup: result is None and raw_errors(setup) == [],
        before=add_an_error,
    ),
    Row(
        SYSTEM,
        "`clear_errors()`",
        "st.system.clear_errors()",
        lambda result, setup: result is None and raw_errors(setup) == [],
        before=add_an_error,
    ),
    Row(
        SYSTEM,
        "`config()`",
        "st.config.full()",
        lambda config, setup: (
            isinstance(config, Configuration)
            and config.version == setup.get("/rest/config")["version"]
            and FOLDER in [folder.id for folder in config.folders]
        ),
        "`models.Configuration`, fields as attributes (`config.folders[0].id`). `st.system.config()` is the same "
        "under Syncthing's deprecated path.",
    ),
    Row(
        SYSTEM,
        "`config_insync()`",
        "st.config.restart_required().requires_restart",
        lambda required, setup: required is (not setup.get("/rest/system/config/insync")["configInSync"]),
        "The opposite question (`True` when a restart is needed); `st.system.config_insync()` still works "
        "but warns, as Syncthing deprecated it.",
    ),
    Row(
        SYSTEM,
        "`connections()`",
        "st.system.connections()",
        lambda connections, setup: (
            DEVICE in connections.connections
            and connections.connections[DEVICE].connected is False
            and connections.total.in_bytes_total >= 0
        ),
        "`models.SystemConnections`: `.connections` is keyed by device ID, `.total` the sums.",
    ),
    Row(
        SYSTEM,
        "`debug()`",
        "st.system.log_levels()",
        lambda levels, setup: (
            "model" in levels.packages.additional_properties
            and {name for name, level in levels.levels.additional_properties.items() if level == "DEBUG"}
            == debug_enabled(setup)
        ),
        "Works on every release: Syncthing 2.0 replaced `/rest/system/debug` (here `st.system.debug()`, 1.x only) "
        "with log levels. Before 2.0 a facility being debugged reads `DEBUG`, the others `INFO`.",
    ),
    Row(
        SYSTEM,
        "`disable_debug(*on)`",
        'st.system.set_debug(disable="config,db")',
        lambda result, setup: result is None and not debug_enabled(setup) & {"config", "db"},
        'Facilities comma-separated. Syncthing 2.0 removed this path: `st.system.set_log_levels({"config": '
        '"INFO"})` works on every release.',
        before=lambda setup: setup.server.post("/rest/system/debug?enable=config,db"),
    ),
    Row(
        SYSTEM,
        "`discovery()`",
        "st.system.discovery()",
        lambda cache, setup: cache.to_dict() == setup.get("/rest/system/discovery"),
        "`models.DiscoveryCache`, keyed by device ID.",
    ),
    Row(
        SYSTEM,
        "`do_upgrade()`",
        "st.system.perform_upgrade()",
        lambda error, setup: error.status_code in (500, 501) and "upgrade unsupported" in str(error),
        "Where upgrades are off (distribution packages, `STNOUPGRADE`, the servers the suite runs).",
        raises=ServerError,
    ),
    Row(
        SYSTEM,
        "`enable_debug(*on)`",
        'st.system.set_debug(enable="config,db")',
        lambda result, setup: result is None and {"config", "db"} <= debug_enabled(setup),
        'Syncthing 2.0 removed this path: `st.system.set_log_levels({"config": "DEBUG"})` works on every release.',
    ),
    Row(
        SYSTEM,
        "`errors()`",
        "st.system.errors().errors",
        lambda errors, setup: [error.message for error in errors] == raw_errors(setup) != [],
        "A list of `models.LogLine` (`.when`, `.message`); `[]`, never `None`, when there is none.",
        before=add_an_error,
    ),
    Row(
        SYSTEM,
        "`log()`",
        "st.system.log().messages",
        lambda lines, setup: len(lines) > 0 and all(isinstance(line, LogLine) for line in lines),
        "`st.system.log(since=when)` for the lines after a time; `st.system.log_text()` for the plain text.",
    ),
    Row(
        SYSTEM,
        "`pause(device)`",
        "st.system.pause(device=DEVICE)",
        lambda result, setup: result is None and device_paused(setup),
        "Returns `None`; an unknown device raises `DeviceNotFoundError`. Without `device=` every device pauses.",
    ),
    Row(
        SYSTEM,
        "`ping(with_method='GET')`",
        "st.system.ping()",
        lambda pong, setup: pong.ping == "pong",
        '`models.Pong`: `.ping == "pong"`.',
    ),
    Row(
        SYSTEM,
        "`ping(with_method='POST')`",
        "st.system.ping_post()",
        lambda pong, setup: pong.ping == "pong",
        "One method per HTTP method.",
    ),
    Row(
        SYSTEM,
        "`reset()`",
        "st.system.reset()",
        lambda result, setup: result == ResetResult(ok="resetting database"),
        'Syncthing restarts; `ResetResult.ok` is its answer. Syncthing refuses (`ServerError`, "folder must be '
        'paused") while a folder runs: pause them first, '
        "`st.config.update_folder(FOLDER, body=PartialFolderConfiguration(paused=True))`.",
        server="fresh",
        before=pause_folder,
    ),
    Row(
        SYSTEM,
        "`reset_folder(folder)`",
        "st.tasks.reset_folder(FOLDER)",
        lambda result, setup: (
            result is None
            and setup.get("/rest/config/folders/" + FOLDER)["paused"] is False
            and setup.get("/rest/system/status")["myID"] == setup.server.device_id
        ),
        "Pauses the folder (Syncthing resets only a paused one), resets it, waits for the restart and resumes it; "
        "`st.system.reset(folder=FOLDER)` is the bare call, for a folder you paused. An unknown folder raises "
        "`FolderNotFoundError`.",
        server="fresh",
    ),
    Row(
        SYSTEM,
        "`restart()`",
        "st.system.restart(wait=True)",
        lambda result, setup: (
            result == RestartResult(ok="restarting")
            and setup.get("/rest/system/status")["myID"] == setup.server.device_id
        ),
        "`wait=True` returns once the new run answers; without it, at once.",
        server="fresh",
    ),
    Row(
        SYSTEM,
        "`resume(device)`",
        "st.system.resume(device=DEVICE)",
        lambda result, setup: result is None and not device_paused(setup),
        "Returns `None`; an unknown device raises `DeviceNotFoundError`. Without `device=` every device resumes.",
        before=pause_device,
    ),
    Row(
        SYSTEM,
        "`set_config(config, and_restart=False)`",
        "st.config.replace_full(body=config)",
        lambda result, setup: (
            result is None and FOLDER in [folder["id"] for folder in setup.get("/rest/config/folders")]
        ),
        "`config` is a `models.Configuration` as read by `st.config.full()`; most changes apply at once "
        "(`st.config.restart_required()` says when not). `and_restart=True`: call `st.system.restart()` after.",
        before=lambda setup: setup.names.update(config=setup.st.config.full()),
    ),
    Row(
        SYSTEM,
        "`show_error(message)`",
        'st.system.add_error(body="disk full")',
        lambda result, setup: result is None and raw_errors(setup)[-1] == "disk full",
        "The message is the body, sent as plain text.",
    ),
    Row(
        SYSTEM,
        "`shutdown()`",
        "st.system.shutdown()",
        lambda result, setup: result == ShutdownResult(ok="shutting down"),
        server="fresh",
    ),
    Row(
        SYSTEM,
        "`status()`",
        "st.system.status()",
        lambda status, setup: status.my_id == setup.server.device_id and status.uptime >= 0,
        "`models.SystemStatus`: `status.my_id` for `status['myID']`.",
    ),
    Row(
        SYSTEM,
        "`upgrade()`",
        "st.system.upgrade()",
        lambda error, setup: error.status_code in (501, 503),
        "Where upgrades are on, `models.UpgradeInfo` (`.newer`, `.latest`); off in distribution packages, with "
        "`STNOUPGRADE` and on the servers the suite runs.",
        raises=ServerError,
    ),
    Row(
        SYSTEM,
        "`version()`",
        "st.system.version()",
        lambda version, setup: version.version == setup.get("/rest/system/version")["version"],
        "`models.SystemVersion`; `st.server_version()` is the version string alone.",
    ),
    Row(
        SYSTEM,
        "`System.prefix` (`'/rest/system/'`)",
        'st.request("GET", "/rest/system/version")',
        lambda response, setup: response.json()["version"] == setup.get("/rest/system/version")["version"],
        "For a path without a method: the same key, retries, timeout and errors; returns the `httpx.Response`.",
    ),
    # Database
    Row(
        DATABASE,
        "`browse(folder, levels=None, prefix=None)`",
        "st.db.browse(FOLDER, levels=0)",
        lambda entries, setup: lists_folder_contents(entries) and all(entry.children is not None for entry in entries),
        "A list of `models.BrowseEntry` (`.name`, `.type`, `.size`, `.mod_time`, `.children`) instead of nested "
        "dicts and arrays. `levels=0` is the top level only; by default the whole tree.",
    ),
    Row(
        DATABASE,
        "`completion(device, folder)`",
        "st.db.completion(folder=FOLDER, device=DEVICE).completion",
        lambda completion, setup: (
            completion == setup.get("/rest/db/completion", folder=FOLDER, device=DEVICE)["completion"]
        ),
        "By keyword, so the order cannot be mixed up; `models.Completion` also has the bytes and items needed.",
    ),
    Row(
        DATABASE,
        "`file(folder, file_)`",
        "st.db.file(FOLDER, file=FILE)",
        lambda info, setup: isinstance(info, DbFile) and info.global_.name == FILE and info.local.name == FILE,
        "`models.DbFile`: `.global_`, `.local`, `.availability`.",
    ),
    Row(
        DATABASE,
        "`ignores(folder)`",
        "st.db.ignores(FOLDER)",
        lambda ignores, setup: (
            isinstance(ignores, Ignores)
            and ignores.ignore == (setup.get("/rest/db/ignores", folder=FOLDER)["ignore"] or [])
        ),
        "`models.Ignores`: `.ignore` (the lines) and `.expanded`.",
    ),
    Row(
        DATABASE,
        "`need(folder, page=None, perpage=None)`",
        "st.db.need(FOLDER, page=1, perpage=100)",
        lambda page, setup: isinstance(page, NeedPage) and (page.page, page.perpage) == (1, 100),
        "One page (`models.NeedPage`); `for section, file in st.db.iter_need(FOLDER)` walks every page.",
    ),
    Row(
        DATABASE,
        "`override(folder)`",
        "st.db.override(FOLDER)",
        lambda result, setup: result is None,
        "Returns `None`.",
    ),
    Row(
        DATABASE,
        "`prio(folder, file_)`",
        "st.db.prioritize(FOLDER, file=FILE)",
        lambda page, setup: isinstance(page, NeedPage),
        "Answers the folder's first need page, as `models.NeedPage`.",
    ),
    Row(
        DATABASE,
        "`scan(folder, sub=None, next_=None)`",
        "st.db.scan(folder=FOLDER, sub=[SUBDIR], next=60)",
        lambda result, setup: result is None and setup.get("/rest/db/status", folder=FOLDER)["state"] != "error",
        "`sub=` takes a list of paths; `next=` keeps Syncthing's name. Returns `None`.",
    ),
    Row(
        DATABASE,
        "`set_ignores(folder, *patterns)`",
        'st.db.set_ignores(FOLDER, body=IgnoreLines(ignore=["*.tmp", "build/"]))',
        lambda ignores, setup: (
            ignores.ignore == ["*.tmp", "build/"] == setup.get("/rest/db/ignores", folder=FOLDER)["ignore"]
        ),
        "The lines as a list in `models.IgnoreLines`; answers `models.Ignores`. A line that does not parse "
        "raises `OperationFailedError`, but Syncthing has written the lines all the same: the folder stops syncing "
        "until they are fixed (write them again without it).",
    ),
    Row(
        DATABASE,
        "`status(folder)`",
        "st.db.status(FOLDER)",
        lambda summary, setup: (
            isinstance(summary, FolderSummary)
            and summary.global_files == setup.get("/rest/db/status", folder=FOLDER)["globalFiles"]
        ),
        "`models.FolderSummary`; an unknown folder raises `FolderNotFoundError`.",
    ),
    Row(
        DATABASE,
        "`Database.prefix` (`'/rest/db/'`)",
        'st.request("GET", "/rest/db/status", params={"folder": FOLDER})',
        lambda response, setup: (
            response.json()["ignorePatterns"] == setup.get("/rest/db/status", folder=FOLDER)["ignorePatterns"]
        ),
    ),
    # Events
    Row(
        EVENTS,
        "`syncthing.events(limit=5)` (iterate over it)",
        "st.events.stream()",
        lambda stream, setup: is_event(first_of(stream)),
        "Typed events; a `Gap` item when the server dropped some, `Restarted` after a restart; it reconnects by "
        "itself. `types=[...]` filters, `skip_history=True` starts at new events, `resume=stream.position` goes "
        "on from a saved place. There is no `limit=` (one long poll: `st.events.poll(limit=5)`).",
    ),
    Row(
        EVENTS,
        "`Events.count`",
        "enumerate(st.events.stream(), 1)",
        lambda numbered, setup: next(numbered)[0] == 1,
        "The stream keeps no counter; `stream.position.last_id` is the ID of the last event handed out.",
    ),
    Row(
        EVENTS,
        "`Events.disk_events()`",
        "st.events.stream(disk=True)",
        lambda stream, setup: first_of(stream).type in ("LocalChangeDetected", "RemoteChangeDetected"),
    ),
    Row(
        EVENTS,
        "`Events.stop()`",
        "stream.close()",
        lambda result, setup: result is None and next(iter(setup.names["stream"]), None) is None,
        "`stream` as `st.events.stream()` made it. Or leave the loop (`break`), or use the stream in a `with` block.",
        before=lambda setup: setup.names.update(stream=setup.st.events.stream()),
    ),
    Row(
        EVENTS,
        "`Events.prefix` (`'/rest/'`)",
        'st.request("GET", "/rest/events", params={"since": 0, "limit": 1, "timeout": 1})',
        lambda response, setup: len(response.json()) == 1,
    ),
    # Statistics
    Row(
        STATISTICS,
        "`device()`",
        "st.stats.devices()",
        lambda stats, setup: (
            set(stats) == set(setup.get("/rest/stats/device"))
            and isinstance(stats[DEVICE].last_seen, datetime.datetime)
        ),
        "`models.DeviceStatisticsMap`, keyed by device ID; `last_seen` is a `datetime`.",
    ),
    Row(
        STATISTICS,
        "`folder()`",
        "st.stats.folders()",
        lambda stats, setup: set(stats) == set(setup.get("/rest/stats/folder")) and FOLDER in stats,
        "`models.FolderStatisticsMap`, keyed by folder ID.",
    ),
    Row(
        STATISTICS,
        "`Statistics.prefix` (`'/rest/stats/'`)",
        'st.request("GET", "/rest/stats/device")',
        lambda response, setup: DEVICE in response.json(),
    ),
    # Misc
    Row(
        MISC,
        "`device_id(id_)`",
        'st.svc.deviceid(id=DEVICE.lower().replace("-", ""))',
        lambda result, setup: result.id == DEVICE,
        "`models.DeviceIdResult`, `.id` the formatted ID; an invalid one raises `OperationFailedError`.",
    ),
    Row(
        MISC,
        "`language()`",
        "st.svc.languages()",
        lambda languages, setup: languages == setup.get("/rest/svc/lang"),
    ),
    Row(
        MISC,
        "`get('lang', headers={'Accept-Language': 'en-us'})`",
        'st.svc.languages(accept_language="en-us")',
        lambda languages, setup: languages == ["en-us"],
        "The header is a parameter; `st.request()` for other paths.",
    ),
    Row(
        MISC,
        "`random_string(length=32)`",
        "st.svc.random_string(length=32).random",
        lambda text, setup: len(text) == 32 and text.isalnum(),
        "`models.RandomString`; `length` above 65536 is refused before sending (`RequestRefusedError`).",
    ),
    Row(
        MISC,
        "`report()`",
        "st.svc.report()",
        lambda report, setup: (
            report.long_version.startswith("syncthing v")
            and report.version == setup.get("/rest/system/version")["version"]
        ),
        "`models.UsageReport`: `report.long_version` for `report['longVersion']`.",
    ),
    Row(
        MISC,
        "`Misc.prefix` (`'/rest/svc/'`)",
        'st.request("GET", "/rest/svc/random/string", params={"length": 8})',
        lambda response, setup: len(response.json()["random"]) == 8,
    ),
    # Errors
    Row(
        ERRORS,
        "`SyncthingError`",
        'Syncthing(URL, api_key="wrong-key").system.status()',
        lambda error, setup: isinstance(error, AuthenticationError) and error.status_code == 403,
        "Every failure is a `SyncthingError` here too, of a subclass saying what went wrong: a wrong key (403) "
        "here, an unknown folder `FolderNotFoundError`, no answer `APIConnectionError` "
        "([the classes](../guides/errors.md)).",
        raises=AuthenticationError,
    ),
    Row(
        ERRORS,
        "`SyncthingError` from `device_id()` (an invalid ID)",
        'st.svc.deviceid(id="not-a-device-id")',
        lambda error, setup: "device ID invalid" in str(error),
        "Syncthing answered 200 with an `error` field; `.body` keeps the answer.",
        raises=OperationFailedError,
    ),
]

LIBRARY = Library(
    name="python-syncthing",
    package="syncthing",
    is_async=False,
    rows=ROWS,
    page="python-syncthing.md",
)
