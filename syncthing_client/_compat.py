"""One method for what Syncthing serves under different operations in different releases.

Owns the ``system`` namespace's additions that pick the operation by the server's release:

- ``log_levels()`` / ``set_log_levels()``: ``/rest/system/debug`` before 2.0.0 (debug logging on or off per
  facility), ``/rest/system/loglevels`` from 2.0.0 (a level per package). Both answer as ``LogLevels``; on 1.x a
  facility with debug logging on reads ``DEBUG`` and every other ``INFO``.
"""

from collections.abc import Mapping
from typing import Final, cast

from ._operations import parse_version
from .api import OPERATIONS
from .api.system import AsyncSystemApi, SystemApi
from .errors import RequestRefusedError
from .models import DebugFacilities, LogLevel, LogLevelMap, LogLevels, LogLevelsPackages
from .types import UNSET

DEBUG: Final = "DEBUG"
INFO: Final = "INFO"


def _has_loglevels(server_version: str) -> bool:
    try:
        return OPERATIONS["system_loglevels"].served_by(parse_version(server_version))
    except ValueError:
        return True  # a development build without a release number speaks the newest API


def _levels_from_debug(debug: DebugFacilities) -> LogLevels:
    enabled = set(debug.enabled)
    packages = LogLevelsPackages()
    levels = LogLevelMap()
    for name, description in debug.facilities.additional_properties.items():
        packages[name] = description
        levels[name] = DEBUG if name in enabled else INFO
    return LogLevels(packages=packages, levels=levels)


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
    body = LogLevelMap()
    for name, level in levels.items():
        body[name] = cast(LogLevel, level.upper())  # the guard refuses what is no level, before sending
    return body


class SystemNamespace(SystemApi):
    """The generated ``system`` operations, plus log levels that work on every release."""

    __slots__ = ()

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
    """The generated ``system`` operations, plus log levels that work on every release (async)."""

    __slots__ = ()

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
