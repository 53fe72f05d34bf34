"""The ``system`` namespace's hand-written additions.

- ``log_levels()`` / ``set_log_levels()``: one method for what Syncthing serves under different operations in
  different releases: ``/rest/system/debug`` before 2.0.0 (debug logging on or off per facility),
  ``/rest/system/loglevels`` from 2.0.0 (a level per package). Both answer as ``LogLevels``; on 1.x a facility with
  debug logging on reads ``DEBUG`` and every other ``INFO``.
- ``restart()`` / ``reset()`` / ``shutdown()`` answer typed results instead of the raw text Syncthing sends
  (``{"ok": "restarting"}`` as text/plain, which the spec can only describe as a string); ``restart(wait=True)``
  and ``reset(wait=True)`` return once the new run answers.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast

import httpx

from ._check import invalid
from ._operations import parse_version
from ._send import AsyncSender, SyncSender, decode
from .api import OPERATIONS
from .api import system as _endpoints  # each operation's module loads when first used
from .api.system import AsyncSystemApi, SystemApi
from .errors import APIConnectionError, APITimeoutError, RequestRefusedError, ServerError, SyncthingError
from .types import UNSET, Unset

if TYPE_CHECKING:  # the log-level models load only for log_levels() / set_log_levels()
    from .models import DebugFacilities, LogLevel, LogLevelMap, LogLevels

DEBUG: Final = "DEBUG"
INFO: Final = "INFO"
# restart(wait=True): the first and the longest pause between two questions, and the longest one question may take.
RESTART_POLL_FIRST = 0.1
RESTART_POLL_MAX = 1.0
RESTART_ATTEMPT_SECONDS = 5.0
DEFAULT_RESTART_WAIT = 60.0


@dataclass(frozen=True, slots=True)
class RestartResult:
    """What ``system.restart()`` answers: ``ok="restarting"``."""

    ok: str


@dataclass(frozen=True, slots=True)
class ResetResult:
    """What ``system.reset()`` answers: ``ok="resetting database"`` or ``ok="resetting folder <id>"``."""

    ok: str


@dataclass(frozen=True, slots=True)
class ShutdownResult:
    """What ``system.shutdown()`` answers: ``ok="shutting down"``."""

    ok: str


_Result = TypeVar("_Result", RestartResult, ResetResult, ShutdownResult)


def _ok_parser(result: type[_Result]) -> Callable[..., _Result]:
    """A parser for ``decode()`` of Syncthing's ``{"ok": "..."}`` text; anything else is a ResponseValidationError."""

    def parse(*, client: Any, response: httpx.Response) -> _Result:
        answer = json.loads(response.content.decode())
        if type(answer) is not dict:
            raise invalid(f"an object ({result.__name__})", answer, None, answer)
        ok = answer.get("ok")
        if type(ok) is not str:
            raise invalid("a string", ok, "ok", answer)
        return result(ok=ok)

    return parse


def _start_time(response: httpx.Response) -> object:
    """``startTime`` of a ``/rest/system/status`` answer, read alone: it tells one run of Syncthing from the next."""
    answer = response.json()
    return answer.get("startTime") if isinstance(answer, dict) else None


def _status_kwargs() -> dict[str, Any]:
    return _endpoints.system_status._get_kwargs()


def _status_request(deadline: float) -> dict[str, Any]:
    seconds = max(min(deadline - time.monotonic(), RESTART_ATTEMPT_SECONDS), 0.01)
    return {**_status_kwargs(), "timeout": httpx.Timeout(seconds)}


def _restarting(error: SyncthingError) -> bool:
    """No connection, or a proxy's 502/503/504 in front of a server not up again: ask again."""
    return isinstance(error, APIConnectionError) or (
        isinstance(error, ServerError) and error.status_code in (502, 503, 504)
    )


def _not_back(sender: SyncSender | AsyncSender, timeout: float, last: SyncthingError | None) -> APITimeoutError:
    url = f"{sender._base_url}/rest/system/status"
    error = APITimeoutError(
        f"Syncthing did not answer as a new run within {timeout:g} s of system.restart() (last: {last})",
        method="GET",
        url=url,
    )
    error.__cause__ = last
    return error


def _has_loglevels(server_version: str) -> bool:
    try:
        return OPERATIONS["system_loglevels"].served_by(parse_version(server_version))
    except ValueError:
        return True  # a development build without a release number speaks the newest API


def _levels_from_debug(debug: DebugFacilities) -> LogLevels:
    enabled = set(debug.enabled)
    from . import models  # here: the models load only for a caller of log_levels()

    packages = models.LogLevelsPackages()
    levels = models.LogLevelMap()
    for name, description in debug.facilities.additional_properties.items():
        packages[name] = description
        levels[name] = DEBUG if name in enabled else INFO
    return models.LogLevels(packages=packages, levels=levels)


def _debug_switches(levels: Mapping[str, str]) -> tuple[str, str]:
    """The ``enable`` and ``disable`` lists of ``POST /rest/system/debug`` for the wanted levels."""
    enable, disable = [], []
    for name, level in levels.items():
        match level.upper():
            case "DEBUG":
                enable.append(name)
            case "INFO":
                disable.append(name)
            case _:
                raise RequestRefusedError(
                    "system_set_debug",
                    name,
                    f"{name}={level}: Syncthing before 2.0.0 only switches debug logging on (DEBUG) or off (INFO)",
                )
    return ",".join(enable), ",".join(disable)


def _level_map(levels: Mapping[str, str]) -> LogLevelMap:
    from . import models  # here: the models load only for a caller of set_log_levels()

    body = models.LogLevelMap()
    for name, level in levels.items():
        body[name] = cast("LogLevel", level.upper())  # the guard refuses what is no level, before sending
    return body


class SystemNamespace(SystemApi):
    """The generated ``system`` operations, plus log levels that work on every release and typed answers to
    restart, reset and shutdown."""

    __slots__ = ()

    def restart(self, *, wait: bool = False, timeout: float = DEFAULT_RESTART_WAIT) -> RestartResult:  # type: ignore[override]
        """Restart Syncthing (``POST /rest/system/restart``); the server is gone for a few seconds and event IDs
        start again from 1.

        With ``wait=True``, return only once the new run answers (``startTime`` of ``/rest/system/status``
        changed), asking with a growing pause (0.1 s up to 1 s); ``APITimeoutError`` if it has not within
        ``timeout`` seconds. A wrong key raises ``AuthenticationError`` at once."""
        before = _start_time(self._sender.send(OPERATIONS["system_status"], _status_kwargs())) if wait else None
        response = self._sender.send(OPERATIONS["system_restart"], _endpoints.system_restart._get_kwargs())
        result = decode(_ok_parser(RestartResult), None, response, "system_restart")
        if wait:
            self._wait_restarted(before, timeout)
        return result

    def _wait_restarted(self, before: object, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        sender, last, pause = self._sender.with_max_retries(0), None, RESTART_POLL_FIRST
        while True:
            try:
                if _start_time(sender.send(OPERATIONS["system_status"], _status_request(deadline))) != before:
                    return
            except SyncthingError as error:
                if not _restarting(error):
                    raise
                last = error
            if time.monotonic() + pause >= deadline:
                raise _not_back(sender, timeout, last)
            time.sleep(pause)
            pause = min(pause * 2, RESTART_POLL_MAX)

    def reset(  # type: ignore[override]
        self, *, folder: str | Unset = UNSET, wait: bool = False, timeout: float = DEFAULT_RESTART_WAIT
    ) -> ResetResult:
        """Reset the database of ``folder``, or of every folder, and restart (``POST /rest/system/reset``). An
        unknown folder raises ``FolderNotFoundError``; Syncthing resets only a paused folder (``ServerError``
        ``folder must be paused when resetting`` otherwise; ``st.tasks.reset_folder`` pauses and resumes it).

        With ``wait=True``, return only once the new run answers, as ``restart(wait=True)`` does."""
        before = _start_time(self._sender.send(OPERATIONS["system_status"], _status_kwargs())) if wait else None
        response = self._sender.send(OPERATIONS["system_reset"], _endpoints.system_reset._get_kwargs(folder=folder))
        result = decode(_ok_parser(ResetResult), None, response, "system_reset")
        if wait:
            self._wait_restarted(before, timeout)
        return result

    def shutdown(self) -> ShutdownResult:  # type: ignore[override]
        """Shut Syncthing down (``POST /rest/system/shutdown``); it answers before exiting."""
        response = self._sender.send(OPERATIONS["system_shutdown"], _endpoints.system_shutdown._get_kwargs())
        return decode(_ok_parser(ShutdownResult), None, response, "system_shutdown")

    def log_levels(self) -> LogLevels:
        """Logging packages and their levels (``/rest/system/loglevels``, or ``/rest/system/debug`` before 2.0.0)."""
        if _has_loglevels(self._sender.version()):
            return self.loglevels()
        return _levels_from_debug(self.debug())

    def set_log_levels(self, levels: Mapping[str, str]) -> None:
        """Set the level of some packages, e.g. ``{"model": "DEBUG"}``; packages not named keep theirs.

        Before 2.0.0 only ``DEBUG`` (debug logging on) and ``INFO`` (off) exist; another level raises
        ``RequestRefusedError`` (a ``ValueError``) without sending anything.
        """
        if _has_loglevels(self._sender.version()):
            self.set_loglevels(body=_level_map(levels))
            return
        enable, disable = _debug_switches(levels)
        self.set_debug(enable=enable or UNSET, disable=disable or UNSET)


class AsyncSystemNamespace(AsyncSystemApi):
    """The generated ``system`` operations, plus log levels that work on every release and typed answers to
    restart, reset and shutdown (async)."""

    __slots__ = ()

    async def restart(self, *, wait: bool = False, timeout: float = DEFAULT_RESTART_WAIT) -> RestartResult:  # type: ignore[override]
        """Restart Syncthing; with ``wait=True`` return once the new run answers (see ``SystemNamespace.restart``)."""
        before = None
        if wait:
            before = _start_time(await self._sender.send(OPERATIONS["system_status"], _status_kwargs()))
        response = await self._sender.send(OPERATIONS["system_restart"], _endpoints.system_restart._get_kwargs())
        result = decode(_ok_parser(RestartResult), None, response, "system_restart")
        if wait:
            await self._wait_restarted(before, timeout)
        return result

    async def _wait_restarted(self, before: object, timeout: float) -> None:
        import asyncio  # here, not at the top: a sync client never needs it

        deadline = time.monotonic() + timeout
        sender, last, pause = self._sender.with_max_retries(0), None, RESTART_POLL_FIRST
        while True:
            try:
                if _start_time(await sender.send(OPERATIONS["system_status"], _status_request(deadline))) != before:
                    return
            except SyncthingError as error:
                if not _restarting(error):
                    raise
                last = error
            if time.monotonic() + pause >= deadline:
                raise _not_back(sender, timeout, last)
            await asyncio.sleep(pause)
            pause = min(pause * 2, RESTART_POLL_MAX)

    async def reset(  # type: ignore[override]
        self, *, folder: str | Unset = UNSET, wait: bool = False, timeout: float = DEFAULT_RESTART_WAIT
    ) -> ResetResult:
        """Reset the database of ``folder``, or of every folder, and restart (``POST /rest/system/reset``); with
        ``wait=True`` return once the new run answers (see ``SystemNamespace.reset``)."""
        before = None
        if wait:
            before = _start_time(await self._sender.send(OPERATIONS["system_status"], _status_kwargs()))
        response = await self._sender.send(
            OPERATIONS["system_reset"], _endpoints.system_reset._get_kwargs(folder=folder)
        )
        result = decode(_ok_parser(ResetResult), None, response, "system_reset")
        if wait:
            await self._wait_restarted(before, timeout)
        return result

    async def shutdown(self) -> ShutdownResult:  # type: ignore[override]
        """Shut Syncthing down (``POST /rest/system/shutdown``); it answers before exiting."""
        response = await self._sender.send(OPERATIONS["system_shutdown"], _endpoints.system_shutdown._get_kwargs())
        return decode(_ok_parser(ShutdownResult), None, response, "system_shutdown")

    async def log_levels(self) -> LogLevels:
        """Logging packages and their levels (``/rest/system/loglevels``, or ``/rest/system/debug`` before 2.0.0)."""
        if _has_loglevels(await self._sender.version()):
            return await self.loglevels()
        return _levels_from_debug(await self.debug())

    async def set_log_levels(self, levels: Mapping[str, str]) -> None:
        """Set the level of some packages, e.g. ``{"model": "DEBUG"}``; packages not named keep theirs.

        Before 2.0.0 only ``DEBUG`` (debug logging on) and ``INFO`` (off) exist; another level raises
        ``RequestRefusedError`` (a ``ValueError``) without sending anything.
        """
        if _has_loglevels(await self._sender.version()):
            await self.set_loglevels(body=_level_map(levels))
            return
        enable, disable = _debug_switches(levels)
        await self.set_debug(enable=enable or UNSET, disable=disable or UNSET)
