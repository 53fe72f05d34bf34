"""Helpers for what takes several calls, reachable as ``st.tasks`` on ``Syncthing`` and ``AsyncSyncthing``.

Owns:

- the helpers: ``transfer_rates`` (bytes per second in and out, in total and per device, from two samples),
  ``folder_peers`` (the devices a folder is shared with, their connection and completion), ``share_encrypted``
  (share a folder with an untrusted device by password), ``add_ignores`` / ``remove_ignores`` (change some ignore
  patterns, keeping the others) and ``reset_folder`` (pause, reset the folder's database, wait for the restart,
  resume);
- their results: ``TransferRates``, ``DeviceRates``, ``FolderPeer``; and ``TaskArgumentError``;
- how one source serves both clients: each helper is written once as an I/O-free generator of steps (``Call`` a
  generated operation, ``Sleep``, read the ``Clock``) that receives each step's result, and a sync and an async
  driver (``run`` / ``arun``) perform the steps. A failing ``Call`` is thrown into the generator, which can undo
  what it did before the error reaches the caller.

Every helper calls the client's own operations (``st.<tag>.<action>``): nothing here builds a request.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Generator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from .api import OPERATIONS
from .errors import SyncthingError
from .models import (
    Completion,
    DeviceConfiguration,
    FolderConfiguration,
    Ignores,
    SystemConnections,
    SystemStatus,
)

if TYPE_CHECKING:
    from ._client import AsyncSyncthing, Syncthing

__all__ = [
    "AsyncTasks",
    "Call",
    "Clock",
    "DeviceRates",
    "FolderPeer",
    "Sleep",
    "Step",
    "Task",
    "TaskArgumentError",
    "Tasks",
    "TransferRates",
    "arun",
    "change_ignores_task",
    "folder_peers_task",
    "reset_folder_task",
    "run",
    "share_encrypted_task",
    "transfer_rates_task",
]

_R = TypeVar("_R")

DEFAULT_RATE_INTERVAL = 1.0
"""Seconds between the two samples of ``transfer_rates``."""
DEFAULT_RESET_WAIT = 60.0
"""Seconds ``reset_folder`` waits for Syncthing to come back after the reset."""


class TaskArgumentError(SyncthingError, ValueError):
    """A helper of ``st.tasks`` was given an argument it cannot use (an interval that is not a positive number, an
    empty encryption password, an ignore pattern holding a line break), or a task of one's own yielded what is no
    step (a ``Call`` of an operation the spec does not have, another object); raised before that is sent. The
    message never repeats a password."""


# --- Steps and drivers --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Call:
    """Call the client's operation ``operation`` (its operationId, ``<tag>_<action>``): ``st.<tag>.<action>(*args,
    **kwargs)``. The generator receives what it returns, or has the ``SyncthingError`` it raised thrown in."""

    operation: str
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        if self.operation not in OPERATIONS:
            raise TaskArgumentError(
                f"{self.operation!r} is no operation of the spec: give an operationId such as 'db_ignores'"
            )


@dataclass(frozen=True, slots=True)
class Sleep:
    """Wait ``seconds``; the generator receives ``None``."""

    seconds: float


@dataclass(frozen=True, slots=True)
class Clock:
    """Read the monotonic clock; the generator receives ``time.monotonic()``."""


Step = Call | Sleep | Clock
Task = Generator[Step, Any, _R]
"""A helper written once: it yields steps, receives their results, and returns its own."""


def _call(operation: str, *args: Any, **kwargs: Any) -> Call:
    return Call(operation, args, MappingProxyType(kwargs))


def _method(client: Syncthing | AsyncSyncthing, operation: str) -> Any:
    """The facade method of ``operation``: ``system_reset`` is ``client.system.reset``."""
    tag, _, action = operation.partition("_")
    return getattr(getattr(client, tag), action)


def _no_step(task: Task[Any], step: object) -> TaskArgumentError:
    task.close()
    return TaskArgumentError(f"a task yielded {type(step).__name__}, not a Call, Sleep or Clock")


def run(client: Syncthing, task: Task[_R]) -> _R:
    """Perform ``task``'s steps with the sync client and return its result."""
    result: Any = None
    error: SyncthingError | None = None
    while True:
        try:
            step = task.send(result) if error is None else task.throw(error)
        except StopIteration as done:
            return cast(_R, done.value)
        result, error = None, None
        match step:
            case Call(operation, args, kwargs):
                try:
                    result = _method(client, operation)(*args, **kwargs)
                except SyncthingError as failure:
                    error = failure
            case Sleep(seconds):
                time.sleep(seconds)
            case Clock():
                result = time.monotonic()
            case _:
                raise _no_step(task, step)


async def arun(client: AsyncSyncthing, task: Task[_R]) -> _R:
    """``run`` with the async client."""
    result: Any = None
    error: SyncthingError | None = None
    while True:
        try:
            step = task.send(result) if error is None else task.throw(error)
        except StopIteration as done:
            return cast(_R, done.value)
        result, error = None, None
        match step:
            case Call(operation, args, kwargs):
                try:
                    result = await _method(client, operation)(*args, **kwargs)
                except SyncthingError as failure:
                    error = failure
            case Sleep(seconds):
                await asyncio.sleep(seconds)
            case Clock():
                result = time.monotonic()
            case _:
                raise _no_step(task, step)


# --- Results ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DeviceRates:
    """Bytes per second received from (``in_bps``) and sent to (``out_bps``) one device."""

    in_bps: float
    out_bps: float


@dataclass(frozen=True, slots=True)
class TransferRates:
    """Transfer rates from two samples of ``GET /rest/system/connections``.

    Attributes:
        interval_s: the seconds measured between the two samples (by this process's clock: the server's ``at``
            has whole seconds only).
        in_bps: bytes per second received, all connections together.
        out_bps: bytes per second sent, all connections together.
        devices: the rates per device ID, for every device the server lists in both samples (connected or not).
    """

    interval_s: float
    in_bps: float
    out_bps: float
    devices: Mapping[str, DeviceRates]


@dataclass(frozen=True, slots=True)
class FolderPeer:
    """A device a folder is shared with, as this device sees it.

    Attributes:
        device_id: the device's ID.
        name: the name it has in this device's configuration ("" if none).
        connected: whether it is connected now.
        paused: whether this device has paused it.
        completion: how much of the folder's global state it has, in percent (Syncthing reads 100 for a device
            that has announced nothing yet).
        need_bytes: the bytes it still needs.
        encrypted: whether the folder is shared with it encrypted (an untrusted device, with a password).
    """

    device_id: str
    name: str
    connected: bool
    paused: bool
    completion: float
    need_bytes: int
    encrypted: bool


# --- The helpers, each written once -----------------------------------------------------------------------------


def _positive_seconds(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise TaskArgumentError(f"{name} must be a positive number of seconds, not {value!r}")
    return float(value)


def _sampled(before: int, after: int) -> int:
    # A counter that went down started again from zero (a reconnection, a restart): what it holds now was moved
    # since then, within the interval.
    return after - before if after >= before else after


def transfer_rates_task(interval: float = DEFAULT_RATE_INTERVAL) -> Task[TransferRates]:
    """``transfer_rates`` as steps."""
    interval = _positive_seconds("interval", interval)
    started = yield Clock()
    first = cast(SystemConnections, (yield _call("system_connections")))
    first_at = (started + (yield Clock())) / 2
    yield Sleep(interval)
    started = yield Clock()
    second = cast(SystemConnections, (yield _call("system_connections")))
    elapsed = (started + (yield Clock())) / 2 - first_at
    devices = {}
    for device, now in second.connections.items():
        if device in first.connections:
            then = first.connections[device]
            devices[device] = DeviceRates(
                _sampled(then.in_bytes_total, now.in_bytes_total) / elapsed,
                _sampled(then.out_bytes_total, now.out_bytes_total) / elapsed,
            )
    return TransferRates(
        interval_s=elapsed,
        in_bps=_sampled(first.total.in_bytes_total, second.total.in_bytes_total) / elapsed,
        out_bps=_sampled(first.total.out_bytes_total, second.total.out_bytes_total) / elapsed,
        devices=MappingProxyType(devices),
    )


def folder_peers_task(folder: str) -> Task[list[FolderPeer]]:
    """``folder_peers`` as steps."""
    config = cast(FolderConfiguration, (yield _call("config_folder", folder)))
    me = cast(SystemStatus, (yield _call("system_status"))).my_id
    devices = cast(list[DeviceConfiguration], (yield _call("config_devices")))
    names = {device.device_id: device for device in devices}
    connections = cast(SystemConnections, (yield _call("system_connections"))).connections
    peers = []
    for entry in config.devices:
        if entry.device_id == me:
            continue
        completion = cast(Completion, (yield _call("db_completion", folder=folder, device=entry.device_id)))
        known = names.get(entry.device_id)
        connection = connections.get(entry.device_id)
        peers.append(
            FolderPeer(
                device_id=entry.device_id,
                name=known.name if known is not None else "",
                connected=connection is not None and connection.connected,
                paused=known is not None and known.paused,
                completion=completion.completion,
                need_bytes=completion.need_bytes,
                encrypted=bool(entry.encryption_password),
            )
        )
    return peers


def share_encrypted_task(folder: str, device: str, password: str) -> Task[None]:
    """``share_encrypted`` as steps."""
    if not isinstance(password, str) or not password.strip():
        raise TaskArgumentError(
            "the encryption password must be a non-empty string: the untrusted device stores the folder encrypted "
            "with it, and every device sharing the folder with it must use the same one"
        )
    config = cast(FolderConfiguration, (yield _call("config_folder", folder)))
    peer = cast(DeviceConfiguration, (yield _call("config_device", device)))
    entries = [entry.to_dict() for entry in config.devices if entry.device_id != peer.device_id]
    introduced_by = next((entry.introduced_by for entry in config.devices if entry.device_id == peer.device_id), "")
    # Whole: PATCH writes each entry over the one that was at its place, which may be another device's.
    entries.append({"deviceID": peer.device_id, "introducedBy": introduced_by or "", "encryptionPassword": password})
    yield _call("config_update_folder", folder, body={"devices": entries})
    if peer.untrusted:
        return
    folders = cast(list[FolderConfiguration], (yield _call("config_folders")))
    # Syncthing drops every connection to an untrusted device that some folder is still shared with in plain.
    if all(
        entry.encryption_password for shared in folders for entry in shared.devices if entry.device_id == peer.device_id
    ):
        yield _call("config_update_device", peer.device_id, body={"untrusted": True})


def _patterns(patterns: tuple[str, ...]) -> list[str]:
    for pattern in patterns:
        if not isinstance(pattern, str) or not pattern.strip() or "\n" in pattern or "\r" in pattern:
            raise TaskArgumentError(
                f"an ignore pattern must be one non-empty line of text, not {pattern!r}: give each as an argument"
            )
    return list(dict.fromkeys(patterns))


def change_ignores_task(
    folder: str, add: tuple[str, ...] = (), remove: tuple[str, ...] = (), *, first: bool = False
) -> Task[Ignores]:
    """``add_ignores`` / ``remove_ignores`` as steps: read the lines, change them, write them back if they changed.
    Should Syncthing report the new lines as invalid, the old ones are written back before the error is raised."""
    added, removed = _patterns(add), set(_patterns(remove))
    current = cast(Ignores, (yield _call("db_ignores", folder)))
    kept = [line for line in current.ignore if line not in removed]
    new = [pattern for pattern in added if pattern not in kept]
    lines = new + kept if first else kept + new
    if lines == current.ignore:
        return current
    try:
        return cast(Ignores, (yield _call("db_set_ignores", folder, body={"ignore": lines})))
    except SyncthingError:
        yield _call("db_set_ignores", folder, body={"ignore": current.ignore})
        raise


def reset_folder_task(folder: str, timeout: float = DEFAULT_RESET_WAIT) -> Task[None]:
    """``reset_folder`` as steps."""
    timeout = _positive_seconds("timeout", timeout)
    was_paused = cast(FolderConfiguration, (yield _call("config_folder", folder))).paused
    if not was_paused:  # Syncthing resets only a paused folder
        yield _call("config_update_folder", folder, body={"paused": True})
    try:
        yield _call("system_reset", folder=folder, wait=True, timeout=timeout)
    except SyncthingError as error:
        if not was_paused:
            try:
                yield _call("config_update_folder", folder, body={"paused": False})
            except SyncthingError as resume_error:
                error.add_note(f"the folder {folder!r} stays paused: resuming it failed too ({resume_error})")
        raise
    if not was_paused:
        yield _call("config_update_folder", folder, body={"paused": False})


# --- The namespaces -----------------------------------------------------------------------------------------------


class Tasks:
    """``st.tasks``: helpers for what takes several calls. Each raises what the calls it makes raise
    (``FolderNotFoundError``, ``DeviceNotFoundError``, ...), or ``TaskArgumentError`` before sending anything."""

    __slots__ = ("_client",)

    def __init__(self, client: Syncthing) -> None:
        self._client = client

    def transfer_rates(self, interval: float = DEFAULT_RATE_INTERVAL) -> TransferRates:
        """Bytes per second received and sent, in total and per device, over ``interval`` seconds: two samples of
        ``GET /rest/system/connections``, the time between them measured here."""
        return run(self._client, transfer_rates_task(interval))

    def folder_peers(self, folder: str) -> list[FolderPeer]:
        """The devices ``folder`` is shared with (this one left out), in its configuration's order: connected or
        not, paused or not, and how complete each is."""
        return run(self._client, folder_peers_task(folder))

    def share_encrypted(self, folder: str, device: str, password: str) -> None:
        """Share ``folder`` with the configured ``device`` encrypted: the data it gets of this folder is encrypted
        with ``password``, which it never learns. On that device, accept the folder with type
        ``receiveencrypted``; every device sharing the folder with it must use the same password.

        Once every folder shared with the device is encrypted, the device is also marked untrusted, so that
        Syncthing refuses to send it plain data later. While some folder still goes to it in plain, it is not
        (Syncthing would drop every connection to an untrusted device configured to receive plain data)."""
        run(self._client, share_encrypted_task(folder, device, password))

    def add_ignores(self, folder: str, *patterns: str, first: bool = False) -> Ignores:
        """Add ignore patterns to ``folder``'s ``.stignore``, after the lines it has, or before them with
        ``first=True`` (the first pattern that matches a file decides, so an exception such as ``!/keep.txt`` must
        come before the ``*`` it excepts). Lines already there are not added twice. Returns the patterns as
        Syncthing now has them."""
        return run(self._client, change_ignores_task(folder, add=patterns, first=first))

    def remove_ignores(self, folder: str, *patterns: str) -> Ignores:
        """Remove these lines from ``folder``'s ``.stignore``, keeping the others in their order; returns the
        patterns as Syncthing now has them."""
        return run(self._client, change_ignores_task(folder, remove=patterns))

    def reset_folder(self, folder: str, *, timeout: float = DEFAULT_RESET_WAIT) -> None:
        """Drop ``folder``'s database so that it is rebuilt from disk and from its peers: pause the folder (as
        Syncthing requires), reset it (Syncthing restarts), wait up to ``timeout`` seconds for the new run to
        answer, and resume the folder. A folder that was paused stays paused. If the reset fails, the folder is
        resumed before the error is raised."""
        run(self._client, reset_folder_task(folder, timeout))


class AsyncTasks:
    """``ast.tasks``: the helpers of ``Tasks``, awaited."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSyncthing) -> None:
        self._client = client

    async def transfer_rates(self, interval: float = DEFAULT_RATE_INTERVAL) -> TransferRates:
        """Bytes per second received and sent, in total and per device (see ``Tasks.transfer_rates``)."""
        return await arun(self._client, transfer_rates_task(interval))

    async def folder_peers(self, folder: str) -> list[FolderPeer]:
        """The devices ``folder`` is shared with, their connection and completion (see ``Tasks.folder_peers``)."""
        return await arun(self._client, folder_peers_task(folder))

    async def share_encrypted(self, folder: str, device: str, password: str) -> None:
        """Share ``folder`` with ``device`` encrypted by ``password`` (see ``Tasks.share_encrypted``)."""
        await arun(self._client, share_encrypted_task(folder, device, password))

    async def add_ignores(self, folder: str, *patterns: str, first: bool = False) -> Ignores:
        """Add ignore patterns to ``folder``, keeping the others (see ``Tasks.add_ignores``)."""
        return await arun(self._client, change_ignores_task(folder, add=patterns, first=first))

    async def remove_ignores(self, folder: str, *patterns: str) -> Ignores:
        """Remove ignore patterns from ``folder``, keeping the others (see ``Tasks.remove_ignores``)."""
        return await arun(self._client, change_ignores_task(folder, remove=patterns))

    async def reset_folder(self, folder: str, *, timeout: float = DEFAULT_RESET_WAIT) -> None:
        """Pause, reset, wait for the restart, resume (see ``Tasks.reset_folder``)."""
        await arun(self._client, reset_folder_task(folder, timeout))
