"""Everything aiosyncthing documents (its README: the client, its namespaces, their methods, the events generator and
the exceptions it names) and the call that does it here, on `AsyncSyncthing` (see `tests.migration`)."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp

from syncthing_client import (
    APIConnectionError,
    AsyncSyncthing,
    AuthenticationError,
    DeviceNotFoundError,
    FolderNotFoundError,
)
from syncthing_client.models import Configuration, FolderSummary
from tests.migration import (
    DEVICE,
    FOLDER,
    UNKNOWN_DEVICE,
    UNKNOWN_FOLDER,
    Library,
    Row,
    Setup,
    device_paused,
    pause_device,
)


async def answers_as(client: AsyncSyncthing, setup: Setup) -> bool:
    """The client a row made works as a context manager and talks to this server."""
    async with client:
        return bool((await client.system.status()).my_id == setup.server.device_id)


async def reads_own_status(system: Any, setup: Setup) -> bool:
    return bool((await system.status()).my_id == setup.server.device_id)


async def reads_folder_status(db: Any, setup: Setup) -> bool:
    return bool(
        (await db.status(FOLDER)).ignore_patterns == setup.get("/rest/db/status", folder=FOLDER)["ignorePatterns"]
    )


async def polls_events(events: Any, setup: Setup) -> bool:
    return len(await events.poll(since=0, limit=1, timeout=1)) == 1


async def open_session(setup: Setup) -> None:
    setup.names["session"] = aiohttp.ClientSession()


async def answers_and_leaves_the_session_open(client: AsyncSyncthing, setup: Setup) -> bool:
    session = setup.names["session"]
    try:
        return await answers_as(client, setup) and not session.closed
    finally:
        await session.close()


async def first_event(stream: Any, setup: Setup) -> bool:
    async with stream:
        event = await anext(stream)
    return isinstance(event.id, int) and event.id > 0 and event.type != ""


async def read_one_event(setup: Setup) -> None:
    """`stream`: a stream that handed out one event, `event`."""
    stream = setup.st.events.stream()
    setup.names.update(stream=stream, event=await anext(stream))


async def is_last_handed_out(last_id: int, setup: Setup) -> bool:
    await setup.names["stream"].aclose()
    return bool(last_id == setup.names["event"].id > 0)


def newest_event_id(setup: Setup) -> int:
    newest = setup.get("/rest/events", since="0", limit="1", timeout="0")
    return int(newest[0]["id"]) if newest else 0


async def starts_after_history(stream: Any, setup: Setup) -> bool:
    """The first event handed out is newer than every event the server held: config changes are made until one
    arrives (the stream places itself at the newest event when first read, which may be after the first change)."""
    history = newest_event_id(setup)
    async with stream:
        waiting = asyncio.ensure_future(anext(stream))
        for attempt in range(40):
            if waiting.done():
                break
            setup.server.request("PATCH", f"/rest/config/devices/{DEVICE}", json={"name": f"laptop {attempt}"})
            await asyncio.wait([waiting], timeout=0.5)
        event = await waiting
    return bool(event.id > history)


def all_devices_paused(setup: Setup) -> bool:
    others = [device for device in setup.get("/rest/config/devices") if device["deviceID"] != setup.server.device_id]
    return bool(others) and all(device["paused"] for device in others)


CLIENT = "Client"
SYSTEM = "System namespace"
DATABASE = "Database namespace"
EVENTS = "Events namespace"
ERRORS = "Exceptions"

ROWS = [
    Row(
        CLIENT,
        '`Syncthing(api_key, url="http://127.0.0.1:8384", timeout=..., verify_ssl=True, loop=None, session=None)`',
        "AsyncSyncthing(URL, api_key=KEY, timeout=10)",
        answers_as,
        "The URL first, the key by keyword (both default to `$SYNCTHING_URL` / `$SYNCTHING_API_KEY`). "
        "`Syncthing` is the sync client with the same methods.",
    ),
    Row(
        CLIENT,
        "`async with Syncthing(api_key) as client:`",
        "AsyncSyncthing(URL, api_key=KEY)",
        answers_as,
        "Also an async context manager: `async with AsyncSyncthing(URL, api_key=KEY) as st:`; or `await st.aclose()`.",
    ),
    Row(
        CLIENT,
        "`verify_ssl=False`",
        'AsyncSyncthing(f"https://{HOST}:{PORT}", api_key=KEY, verify=False)',
        answers_as,
        "`verify=` also takes the GUI's `https-cert.pem` (with `tls_server_name=`), a CA bundle or an "
        "`ssl.SSLContext`; see [TLS](../guides/tls.md).",
        server="tls",
    ),
    Row(
        CLIENT,
        "`loop=`",
        "AsyncSyncthing(URL, api_key=KEY)",
        answers_as,
        "No loop argument: make the client inside the coroutine that uses it; its connections belong to that loop "
        "(used from another, it raises `EventLoopMismatchError`).",
    ),
    Row(
        CLIENT,
        "`session=`",
        "AsyncSyncthing(URL, api_key=KEY, aiohttp_session=session)",
        answers_and_leaves_the_session_open,
        "`session`: your `aiohttp.ClientSession`, used as it is and left open when the client closes; needs the "
        "`syncthing-client[aiohttp]` extra.",
        before=open_session,
    ),
    Row(
        CLIENT,
        "`client.system`",
        "st.system",
        reads_own_status,
    ),
    Row(
        CLIENT,
        "`client.database`",
        "st.db",
        reads_folder_status,
        "Named as the REST path, `/rest/db/`.",
    ),
    Row(
        CLIENT,
        "`client.events`",
        "st.events",
        polls_events,
    ),
    # System namespace
    Row(
        SYSTEM,
        "`ping()`",
        "await st.system.ping()",
        lambda pong, setup: pong.ping == "pong",
        "Answers `models.Pong` instead of `None`; failures are the errors below, not `PingError`.",
    ),
    Row(
        SYSTEM,
        "`config()`",
        "await st.config.full()",
        lambda config, setup: isinstance(config, Configuration) and FOLDER in [folder.id for folder in config.folders],
        "`models.Configuration` (attributes: `config.folders[0].id`), not a dict. `st.config.folders()`, "
        "`st.config.devices()`, `st.config.options()` read one part.",
    ),
    Row(
        SYSTEM,
        "`status()`",
        "await st.system.status()",
        lambda status, setup: status.my_id == setup.server.device_id,
        "`models.SystemStatus`: `status.my_id` for `status['myID']`.",
    ),
    Row(
        SYSTEM,
        "`version()`",
        "await st.system.version()",
        lambda version, setup: version.version == setup.get("/rest/system/version")["version"],
        "`models.SystemVersion`.",
    ),
    Row(
        SYSTEM,
        "`pause()`",
        "await st.system.pause()",
        lambda result, setup: result is None and all_devices_paused(setup),
        "Every device.",
    ),
    Row(
        SYSTEM,
        "`pause(device_id)`",
        "await st.system.pause(device=DEVICE)",
        lambda result, setup: result is None and device_paused(setup),
        "By keyword; an unknown device raises `DeviceNotFoundError` (below).",
    ),
    Row(
        SYSTEM,
        "`resume()`",
        "await st.system.resume()",
        lambda result, setup: result is None and not device_paused(setup),
        "Every device.",
        before=pause_device,
    ),
    Row(
        SYSTEM,
        "`resume(device_id)`",
        "await st.system.resume(device=DEVICE)",
        lambda result, setup: result is None and not device_paused(setup),
        "By keyword; an unknown device raises `DeviceNotFoundError`.",
        before=pause_device,
    ),
    # Database namespace
    Row(
        DATABASE,
        "`status(folder_id)`",
        "await st.db.status(FOLDER)",
        lambda summary, setup: (
            isinstance(summary, FolderSummary)
            and summary.ignore_patterns == setup.get("/rest/db/status", folder=FOLDER)["ignorePatterns"]
        ),
        "`models.FolderSummary`; an unknown folder raises `FolderNotFoundError`.",
    ),
    # Events namespace
    Row(
        EVENTS,
        "`listen()`",
        "st.events.stream()",
        first_event,
        "`async for event in st.events.stream():` typed events; it long-polls and reconnects by itself, and hands "
        "out a `Gap` item when the server dropped events, `Restarted` after a restart. `types=[...]` filters.",
    ),
    Row(
        EVENTS,
        "`last_seen_id`",
        "stream.position.last_id",
        is_last_handed_out,
        "`stream` as `st.events.stream()` made it: the ID of the last event handed out; save `stream.position` "
        "and resume with `st.events.stream(resume=position)`.",
        before=read_one_event,
    ),
    Row(
        EVENTS,
        "`if events.last_seen_id == 0: continue` (skip the first, historical batch)",
        "st.events.stream(skip_history=True)",
        starts_after_history,
        "Starts after the newest event the server holds.",
    ),
    # Exceptions
    Row(
        ERRORS,
        "`SyncthingError` (a wrong API key)",
        'await AsyncSyncthing(URL, api_key="wrong-key").system.status()',
        lambda error, setup: error.status_code == 403,
        "403. Every error here is a `SyncthingError`: `except SyncthingError` still catches them all.",
        raises=AuthenticationError,
    ),
    Row(
        ERRORS,
        "`PingError` (a wrong API key)",
        'await AsyncSyncthing(URL, api_key="wrong-key").system.ping()',
        lambda error, setup: error.status_code == 403,
        "As for every other call.",
        raises=AuthenticationError,
    ),
    Row(
        ERRORS,
        "`PingError` (no server)",
        'await AsyncSyncthing(f"http://{HOST}:1", api_key=KEY, max_retries=0).system.ping()',
        lambda error, setup: "cannot reach Syncthing" in str(error),
        "`APITimeoutError`, its subclass, when no answer came in time; by default a call "
        "is tried 3 times first. `await st.wait_until_ready(timeout)` waits for a starting server.",
        raises=APIConnectionError,
    ),
    Row(
        ERRORS,
        "`UnknownDeviceError`",
        "await st.system.pause(device=UNKNOWN_DEVICE)",
        lambda error, setup: error.device_id == UNKNOWN_DEVICE,
        "A `NotFoundError`, `.device_id` the ID; raised by every call that names a device.",
        raises=DeviceNotFoundError,
    ),
    Row(
        ERRORS,
        "`UnknownFolderError`",
        "await st.db.status(UNKNOWN_FOLDER)",
        lambda error, setup: error.folder_id == UNKNOWN_FOLDER,
        "A `NotFoundError`, `.folder_id` the ID; raised by every call that names a folder.",
        raises=FolderNotFoundError,
    ),
]

LIBRARY = Library(name="aiosyncthing", package="aiosyncthing", is_async=True, rows=ROWS, page="aiosyncthing.md")
