"""The ``system`` namespace: Syncthing's operations under ``/rest/system/``, sync and async."""

from __future__ import annotations

import datetime
import sys
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, cast

from ..._deprecation import deprecated
from ..._guard import require_body
from ..._send import AsyncSender, SyncSender, decode
from ...types import UNSET, File, FileTypes, Unset
from .. import OPERATIONS, PARSE_CONTEXT

if TYPE_CHECKING:
    from ...models.config_in_sync import ConfigInSync
    from ...models.configuration import Configuration
    from ...models.debug_facilities import DebugFacilities
    from ...models.discovery_cache import DiscoveryCache
    from ...models.filesystem_type import FilesystemType
    from ...models.log_level_map import LogLevelMap
    from ...models.log_levels import LogLevels
    from ...models.log_lines import LogLines
    from ...models.paths import Paths
    from ...models.pong import Pong
    from ...models.system_connections import SystemConnections
    from ...models.system_errors import SystemErrors
    from ...models.system_status import SystemStatus
    from ...models.system_version import SystemVersion
    from ...models.upgrade_info import UpgradeInfo
    from .. import system as _endpoints
    from . import (
        system_add_error,
        system_browse,
        system_clear_errors,
        system_config,
        system_config_insync,
        system_connections,
        system_debug,
        system_discovery,
        system_errors,
        system_log,
        system_log_text,
        system_loglevels,
        system_paths,
        system_pause,
        system_perform_upgrade,
        system_ping,
        system_ping_post,
        system_reset,
        system_restart,
        system_resume,
        system_set_config,
        system_set_debug,
        system_set_loglevels,
        system_shutdown,
        system_status,
        system_upgrade,
        system_version,
    )
else:
    from ..._lazy import lazy_attributes

    _endpoints = sys.modules[__name__]
    __getattr__, __dir__ = lazy_attributes(
        __name__,
        {},
        (
            "system_add_error",
            "system_browse",
            "system_clear_errors",
            "system_config",
            "system_config_insync",
            "system_connections",
            "system_debug",
            "system_discovery",
            "system_errors",
            "system_log",
            "system_log_text",
            "system_loglevels",
            "system_paths",
            "system_pause",
            "system_perform_upgrade",
            "system_ping",
            "system_ping_post",
            "system_reset",
            "system_restart",
            "system_resume",
            "system_set_config",
            "system_set_debug",
            "system_set_loglevels",
            "system_shutdown",
            "system_status",
            "system_upgrade",
            "system_version",
        ),
    )


class SystemApi:
    """Sync access to the operations under ``/rest/system/``."""

    __slots__ = ("_sender",)

    def __init__(self, sender: SyncSender) -> None:
        self._sender = sender

    def add_error(
        self,
        *,
        body: str | bytes,
    ) -> None:
        """Add an error message to the GUI's error list

        ``POST /rest/system/error`` (Syncthing 1.2.0+)

        The body is the message, as plain text. Answers 200 with an empty body.

        Args:
            body: the request body; text is sent UTF-8 encoded.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        payload = body.encode() if isinstance(body, str) else body
        self._sender.send(
            OPERATIONS["system_add_error"],
            _endpoints.system_add_error._get_kwargs(
                body=File(payload=BytesIO(payload)),
            ),
        )

    def browse(
        self,
        *,
        current: str | Unset = UNSET,
        filesystem: FilesystemType | Unset = UNSET,
    ) -> list[str]:
        """List directories matching a path prefix

        ``GET /rest/system/browse`` (Syncthing 1.2.0+)

        Completes a directory path the way the GUI's folder-path field does. With `current` empty or
        unset the answer lists the roots (on Unix, the entries of `/`). Answers an empty list when nothing
        matches. Directories end with the path separator on 1.19.2 and without it on 1.29.5.

        Args:
            current (str | Unset): A path or path prefix; directories under it, or matching it, are
                listed.
            filesystem (FilesystemType | Unset): Filesystem type to browse (`basic` by default).

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["system_browse"],
            _endpoints.system_browse._get_kwargs(
                current=current,
                filesystem=filesystem,
            ),
        )
        return cast("list[str]", decode(_endpoints.system_browse._parse_response, PARSE_CONTEXT, response))

    def clear_errors(
        self,
    ) -> None:
        """Clear the GUI's error list

        ``POST /rest/system/error/clear`` (Syncthing 1.2.0+)

        Answers 200 with an empty body.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        self._sender.send(
            OPERATIONS["system_clear_errors"],
            _endpoints.system_clear_errors._get_kwargs(),
        )

    @deprecated("GET /rest/system/config is deprecated by Syncthing; call config.full() instead")
    def config(
        self,
    ) -> Configuration:
        """Get the whole configuration (old name)

        ``GET /rest/system/config`` (Syncthing 1.2.0+; deprecated by Syncthing)

        The same as `GET /rest/config`.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["system_config"],
            _endpoints.system_config._get_kwargs(),
        )
        return cast("Configuration", decode(_endpoints.system_config._parse_response, PARSE_CONTEXT, response))

    @deprecated("GET /rest/system/config/insync is deprecated by Syncthing; call config.restart_required() instead")
    def config_insync(
        self,
    ) -> ConfigInSync:
        """Tell whether the running configuration matches the saved one

        ``GET /rest/system/config/insync`` (Syncthing 1.2.0+; deprecated by Syncthing)

        Answers `configInSync` false when a configuration change is waiting for a restart. Replaced by `GET
        /rest/config/restart-required`.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["system_config_insync"],
            _endpoints.system_config_insync._get_kwargs(),
        )
        return cast("ConfigInSync", decode(_endpoints.system_config_insync._parse_response, PARSE_CONTEXT, response))

    def connections(
        self,
    ) -> SystemConnections:
        """Get connection state and traffic per device

        ``GET /rest/system/connections`` (Syncthing 1.2.0+)

        One entry per configured device (1.19.2 also lists the local device, never connected), and traffic
        totals for the whole instance.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["system_connections"],
            _endpoints.system_connections._get_kwargs(),
        )
        return cast("SystemConnections", decode(_endpoints.system_connections._parse_response, PARSE_CONTEXT, response))

    def debug(
        self,
    ) -> DebugFacilities:
        """List debug logging facilities and the enabled ones

        ``GET /rest/system/debug`` (Syncthing 1.2.0+, removed in 2.0.0)

        Served by Syncthing before 2.0.0 only: 2.0.0 removed it. Replaced by `GET /rest/system/loglevels` in
        2.0.0.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["system_debug"],
            _endpoints.system_debug._get_kwargs(),
        )
        return cast("DebugFacilities", decode(_endpoints.system_debug._parse_response, PARSE_CONTEXT, response))

    def discovery(
        self,
    ) -> DiscoveryCache:
        """Get the discovery cache

        ``GET /rest/system/discovery`` (Syncthing 1.2.0+)

        Addresses learnt through global and local discovery, per device. Empty when discovery is off.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["system_discovery"],
            _endpoints.system_discovery._get_kwargs(),
        )
        return cast("DiscoveryCache", decode(_endpoints.system_discovery._parse_response, PARSE_CONTEXT, response))

    def errors(
        self,
    ) -> SystemErrors:
        """Get the recent errors shown in the GUI

        ``GET /rest/system/error`` (Syncthing 1.2.0+)

        `errors` is null (1.19.2, 1.29.5) or absent when there are none.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["system_errors"],
            _endpoints.system_errors._get_kwargs(),
        )
        return cast("SystemErrors", decode(_endpoints.system_errors._parse_response, PARSE_CONTEXT, response))

    def log(
        self,
        *,
        since: datetime.datetime | Unset = UNSET,
    ) -> LogLines:
        """Get recent log lines

        ``GET /rest/system/log`` (Syncthing 1.2.0+)

        The in-memory log buffer (about the last 250 lines). `messages` is null when empty.

        Args:
            since (datetime.datetime | Unset): Only lines logged after this time (RFC 3339).
                Unparsable values are ignored.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["system_log"],
            _endpoints.system_log._get_kwargs(
                since=since,
            ),
        )
        return cast("LogLines", decode(_endpoints.system_log._parse_response, PARSE_CONTEXT, response))

    def log_text(
        self,
        *,
        since: datetime.datetime | Unset = UNSET,
    ) -> str:
        """Get recent log lines as text

        ``GET /rest/system/log.txt`` (Syncthing 1.2.0+)

        The same buffer as `GET /rest/system/log`, one `<RFC 3339 time>: <message>` line each.

        Args:
            since (datetime.datetime | Unset): Only lines logged after this time (RFC 3339).
                Unparsable values are ignored.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["system_log_text"],
            _endpoints.system_log_text._get_kwargs(
                since=since,
            ),
        )
        return cast("str", decode(_endpoints.system_log_text._parse_response, PARSE_CONTEXT, response))

    def loglevels(
        self,
    ) -> LogLevels:
        """List logging packages and their levels

        ``GET /rest/system/loglevels`` (Syncthing 2.0.0+)

        Served by Syncthing 2.0.0 and later. Replaces `GET /rest/system/debug` from 2.0.0 on.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["system_loglevels"],
            _endpoints.system_loglevels._get_kwargs(),
        )
        return cast("LogLevels", decode(_endpoints.system_loglevels._parse_response, PARSE_CONTEXT, response))

    def paths(
        self,
    ) -> Paths:
        """Get the paths Syncthing uses

        ``GET /rest/system/paths`` (Syncthing 1.21.0+)

        Served by Syncthing 1.21.0 and later. Configuration, database, certificates, logs and default folder
        locations.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["system_paths"],
            _endpoints.system_paths._get_kwargs(),
        )
        return cast("Paths", decode(_endpoints.system_paths._parse_response, PARSE_CONTEXT, response))

    def pause(
        self,
        *,
        device: str | Unset = UNSET,
    ) -> None:
        """Pause one device, or all of them

        ``POST /rest/system/pause`` (Syncthing 1.2.0+)

        Without `device`, pauses every configured device. An invalid device ID is answered with 500 and the
        parser's message; an unknown one with 404 `not found`. Answers 200 with an empty body.

        Args:
            device (str | Unset): The device ID to act on; every configured device when unset.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        self._sender.send(
            OPERATIONS["system_pause"],
            _endpoints.system_pause._get_kwargs(
                device=device,
            ),
        )

    def perform_upgrade(
        self,
    ) -> str:
        """Upgrade to the latest release and restart

        ``POST /rest/system/upgrade`` (Syncthing 1.2.0+)

        Downloads the newer release, replaces the binary and restarts. Builds without the upgrade feature
        answer `upgrade unsupported`: 500 before 1.23.0, 501 from 1.23.0 on.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["system_perform_upgrade"],
            _endpoints.system_perform_upgrade._get_kwargs(),
        )
        return cast("str", decode(_endpoints.system_perform_upgrade._parse_response, PARSE_CONTEXT, response))

    def ping(
        self,
    ) -> Pong:
        """Check that the server answers

        ``GET /rest/system/ping`` (Syncthing 1.2.0+)

        Answers `{"ping": "pong"}` to a request with a valid key: the cheapest check that the server is up
        and the key works.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["system_ping"],
            _endpoints.system_ping._get_kwargs(),
        )
        return cast("Pong", decode(_endpoints.system_ping._parse_response, PARSE_CONTEXT, response))

    def ping_post(
        self,
    ) -> Pong:
        """Check that the server answers (POST)

        ``POST /rest/system/ping`` (Syncthing 1.2.0+)

        The same as `GET /rest/system/ping`; a POST also proves the CSRF checks pass.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["system_ping_post"],
            _endpoints.system_ping_post._get_kwargs(),
        )
        return cast("Pong", decode(_endpoints.system_ping_post._parse_response, PARSE_CONTEXT, response))

    def reset(
        self,
        *,
        folder: str | Unset = UNSET,
    ) -> str:
        """Reset the database of one folder, or of all, and restart

        ``POST /rest/system/reset`` (Syncthing 1.2.0+)

        Drops the index of the folder (or of every folder) so that it is rebuilt from disk and from peers,
        then restarts Syncthing. The answer is a JSON-looking text such as
        `{"ok": "resetting folder default"}`, sent as text/plain. An unknown folder is answered with 500
        `Invalid folder ID`.

        Args:
            folder (str | Unset): The folder to reset; all folders when unset.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["system_reset"],
            _endpoints.system_reset._get_kwargs(
                folder=folder,
            ),
        )
        return cast("str", decode(_endpoints.system_reset._parse_response, PARSE_CONTEXT, response))

    def restart(
        self,
    ) -> str:
        """Restart Syncthing

        ``POST /rest/system/restart`` (Syncthing 1.2.0+)

        Answers before restarting, with the text `{"ok": "restarting"}` as text/plain. The server is gone
        for a few seconds and event IDs start again from 1.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["system_restart"],
            _endpoints.system_restart._get_kwargs(),
        )
        return cast("str", decode(_endpoints.system_restart._parse_response, PARSE_CONTEXT, response))

    def resume(
        self,
        *,
        device: str | Unset = UNSET,
    ) -> None:
        """Resume one device, or all of them

        ``POST /rest/system/resume`` (Syncthing 1.2.0+)

        Without `device`, resumes every configured device. Errors as for `POST /rest/system/pause`.

        Args:
            device (str | Unset): The device ID to act on; every configured device when unset.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        self._sender.send(
            OPERATIONS["system_resume"],
            _endpoints.system_resume._get_kwargs(
                device=device,
            ),
        )

    @deprecated("POST /rest/system/config is deprecated by Syncthing; call config.replace_full() instead")
    def set_config(
        self,
        *,
        body: Configuration | Mapping[str, Any],
    ) -> None:
        """Replace the whole configuration (old name)

        ``POST /rest/system/config`` (Syncthing 1.2.0+; deprecated by Syncthing)

        The same as `PUT /rest/config`. Each folder and device entry starts from the body's `defaults` (the
        built-in ones if it has none), so fields left out take those; the GUI's writes (folder devices
        without `encryptionPassword`, `versioning` with only some fields) are valid here. Syncthing's CLI
        (`syncthing cli config`, through `POST /rest/system/config`) sends `null` for the empty lists and
        maps of an entry it adds (device `addresses`, `allowedNetworks`, `ignoredFolders`; folder `devices`,
        `versioning.params`, `xattrFilter.entries`) and no Content-Type: Syncthing reads that `null` as
        empty (`addresses` then `["dynamic"]`, `devices` this device). The schema does not allow `null`
        there: send `[]` and `{}`.

        Args:
            body (Configuration): The whole configuration, as `config.xml` holds it.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.configuration import Configuration

        sent = require_body(OPERATIONS["system_set_config"], body, (Configuration,))
        self._sender.send(
            OPERATIONS["system_set_config"],
            _endpoints.system_set_config._get_kwargs(
                body=sent,
            ),
        )

    def set_debug(
        self,
        *,
        enable: str | Unset = UNSET,
        disable: str | Unset = UNSET,
    ) -> None:
        """Turn debug logging on or off per facility

        ``POST /rest/system/debug`` (Syncthing 1.2.0+, removed in 2.0.0)

        Served by Syncthing before 2.0.0 only: 2.0.0 removed it.
        Unknown facility names are ignored. Answers 200 with an empty body. Replaced by
        `POST /rest/system/loglevels` in 2.0.0.

        Args:
            enable (str | Unset): Comma-separated facilities to log at debug level.
            disable (str | Unset): Comma-separated facilities to stop logging at debug level.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        self._sender.send(
            OPERATIONS["system_set_debug"],
            _endpoints.system_set_debug._get_kwargs(
                enable=enable,
                disable=disable,
            ),
        )

    def set_loglevels(
        self,
        *,
        body: LogLevelMap | Mapping[str, Any],
    ) -> None:
        """Set logging levels per package

        ``POST /rest/system/loglevels`` (Syncthing 2.0.0+)

        Served by Syncthing 2.0.0 and later. The body maps package names to levels. Answers 400 with the
        decoder's message for a malformed body.

        Args:
            body (LogLevelMap): Log level per package.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.log_level_map import LogLevelMap

        sent = require_body(OPERATIONS["system_set_loglevels"], body, (LogLevelMap,))
        self._sender.send(
            OPERATIONS["system_set_loglevels"],
            _endpoints.system_set_loglevels._get_kwargs(
                body=sent,
            ),
        )

    def shutdown(
        self,
    ) -> str:
        """Shut Syncthing down

        ``POST /rest/system/shutdown`` (Syncthing 1.2.0+)

        Answers before exiting, with the text `{"ok": "shutting down"}` as text/plain.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["system_shutdown"],
            _endpoints.system_shutdown._get_kwargs(),
        )
        return cast("str", decode(_endpoints.system_shutdown._parse_response, PARSE_CONTEXT, response))

    def status(
        self,
    ) -> SystemStatus:
        """Get the instance's status

        ``GET /rest/system/status`` (Syncthing 1.2.0+)

        Identity, uptime, memory, listeners, dial results and discovery state.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["system_status"],
            _endpoints.system_status._get_kwargs(),
        )
        return cast("SystemStatus", decode(_endpoints.system_status._parse_response, PARSE_CONTEXT, response))

    def upgrade(
        self,
    ) -> UpgradeInfo:
        """Check for a newer release

        ``GET /rest/system/upgrade`` (Syncthing 1.2.0+)

        Builds without the upgrade feature (such as Debian's) answer `upgrade unsupported`: 503 before
        1.23.0,
        501 from 1.23.0 on. A failure to reach the release server is answered with 500.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["system_upgrade"],
            _endpoints.system_upgrade._get_kwargs(),
        )
        return cast("UpgradeInfo", decode(_endpoints.system_upgrade._parse_response, PARSE_CONTEXT, response))

    def version(
        self,
    ) -> SystemVersion:
        """Get the running release

        ``GET /rest/system/version`` (Syncthing 1.2.0+)

        The running release's version, code name, platform and build details.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["system_version"],
            _endpoints.system_version._get_kwargs(),
        )
        return cast("SystemVersion", decode(_endpoints.system_version._parse_response, PARSE_CONTEXT, response))


class AsyncSystemApi:
    """Async access to the operations under ``/rest/system/``."""

    __slots__ = ("_sender",)

    def __init__(self, sender: AsyncSender) -> None:
        self._sender = sender

    async def add_error(
        self,
        *,
        body: str | bytes,
    ) -> None:
        """Add an error message to the GUI's error list

        ``POST /rest/system/error`` (Syncthing 1.2.0+)

        The body is the message, as plain text. Answers 200 with an empty body.

        Args:
            body: the request body; text is sent UTF-8 encoded.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        payload = body.encode() if isinstance(body, str) else body
        await self._sender.send(
            OPERATIONS["system_add_error"],
            _endpoints.system_add_error._get_kwargs(
                body=File(payload=BytesIO(payload)),
            ),
        )

    async def browse(
        self,
        *,
        current: str | Unset = UNSET,
        filesystem: FilesystemType | Unset = UNSET,
    ) -> list[str]:
        """List directories matching a path prefix

        ``GET /rest/system/browse`` (Syncthing 1.2.0+)

        Completes a directory path the way the GUI's folder-path field does. With `current` empty or
        unset the answer lists the roots (on Unix, the entries of `/`). Answers an empty list when nothing
        matches. Directories end with the path separator on 1.19.2 and without it on 1.29.5.

        Args:
            current (str | Unset): A path or path prefix; directories under it, or matching it, are
                listed.
            filesystem (FilesystemType | Unset): Filesystem type to browse (`basic` by default).

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "list[str]",
            await self._sender.call(
                OPERATIONS["system_browse"],
                _endpoints.system_browse._get_kwargs(
                    current=current,
                    filesystem=filesystem,
                ),
                _endpoints.system_browse._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def clear_errors(
        self,
    ) -> None:
        """Clear the GUI's error list

        ``POST /rest/system/error/clear`` (Syncthing 1.2.0+)

        Answers 200 with an empty body.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        await self._sender.send(
            OPERATIONS["system_clear_errors"],
            _endpoints.system_clear_errors._get_kwargs(),
        )

    @deprecated("GET /rest/system/config is deprecated by Syncthing; call config.full() instead")
    async def config(
        self,
    ) -> Configuration:
        """Get the whole configuration (old name)

        ``GET /rest/system/config`` (Syncthing 1.2.0+; deprecated by Syncthing)

        The same as `GET /rest/config`.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "Configuration",
            await self._sender.call(
                OPERATIONS["system_config"],
                _endpoints.system_config._get_kwargs(),
                _endpoints.system_config._parse_response,
                PARSE_CONTEXT,
            ),
        )

    @deprecated("GET /rest/system/config/insync is deprecated by Syncthing; call config.restart_required() instead")
    async def config_insync(
        self,
    ) -> ConfigInSync:
        """Tell whether the running configuration matches the saved one

        ``GET /rest/system/config/insync`` (Syncthing 1.2.0+; deprecated by Syncthing)

        Answers `configInSync` false when a configuration change is waiting for a restart. Replaced by `GET
        /rest/config/restart-required`.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "ConfigInSync",
            await self._sender.call(
                OPERATIONS["system_config_insync"],
                _endpoints.system_config_insync._get_kwargs(),
                _endpoints.system_config_insync._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def connections(
        self,
    ) -> SystemConnections:
        """Get connection state and traffic per device

        ``GET /rest/system/connections`` (Syncthing 1.2.0+)

        One entry per configured device (1.19.2 also lists the local device, never connected), and traffic
        totals for the whole instance.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "SystemConnections",
            await self._sender.call(
                OPERATIONS["system_connections"],
                _endpoints.system_connections._get_kwargs(),
                _endpoints.system_connections._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def debug(
        self,
    ) -> DebugFacilities:
        """List debug logging facilities and the enabled ones

        ``GET /rest/system/debug`` (Syncthing 1.2.0+, removed in 2.0.0)

        Served by Syncthing before 2.0.0 only: 2.0.0 removed it. Replaced by `GET /rest/system/loglevels` in
        2.0.0.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "DebugFacilities",
            await self._sender.call(
                OPERATIONS["system_debug"],
                _endpoints.system_debug._get_kwargs(),
                _endpoints.system_debug._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def discovery(
        self,
    ) -> DiscoveryCache:
        """Get the discovery cache

        ``GET /rest/system/discovery`` (Syncthing 1.2.0+)

        Addresses learnt through global and local discovery, per device. Empty when discovery is off.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "DiscoveryCache",
            await self._sender.call(
                OPERATIONS["system_discovery"],
                _endpoints.system_discovery._get_kwargs(),
                _endpoints.system_discovery._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def errors(
        self,
    ) -> SystemErrors:
        """Get the recent errors shown in the GUI

        ``GET /rest/system/error`` (Syncthing 1.2.0+)

        `errors` is null (1.19.2, 1.29.5) or absent when there are none.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "SystemErrors",
            await self._sender.call(
                OPERATIONS["system_errors"],
                _endpoints.system_errors._get_kwargs(),
                _endpoints.system_errors._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def log(
        self,
        *,
        since: datetime.datetime | Unset = UNSET,
    ) -> LogLines:
        """Get recent log lines

        ``GET /rest/system/log`` (Syncthing 1.2.0+)

        The in-memory log buffer (about the last 250 lines). `messages` is null when empty.

        Args:
            since (datetime.datetime | Unset): Only lines logged after this time (RFC 3339).
                Unparsable values are ignored.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "LogLines",
            await self._sender.call(
                OPERATIONS["system_log"],
                _endpoints.system_log._get_kwargs(
                    since=since,
                ),
                _endpoints.system_log._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def log_text(
        self,
        *,
        since: datetime.datetime | Unset = UNSET,
    ) -> str:
        """Get recent log lines as text

        ``GET /rest/system/log.txt`` (Syncthing 1.2.0+)

        The same buffer as `GET /rest/system/log`, one `<RFC 3339 time>: <message>` line each.

        Args:
            since (datetime.datetime | Unset): Only lines logged after this time (RFC 3339).
                Unparsable values are ignored.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "str",
            await self._sender.call(
                OPERATIONS["system_log_text"],
                _endpoints.system_log_text._get_kwargs(
                    since=since,
                ),
                _endpoints.system_log_text._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def loglevels(
        self,
    ) -> LogLevels:
        """List logging packages and their levels

        ``GET /rest/system/loglevels`` (Syncthing 2.0.0+)

        Served by Syncthing 2.0.0 and later. Replaces `GET /rest/system/debug` from 2.0.0 on.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "LogLevels",
            await self._sender.call(
                OPERATIONS["system_loglevels"],
                _endpoints.system_loglevels._get_kwargs(),
                _endpoints.system_loglevels._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def paths(
        self,
    ) -> Paths:
        """Get the paths Syncthing uses

        ``GET /rest/system/paths`` (Syncthing 1.21.0+)

        Served by Syncthing 1.21.0 and later. Configuration, database, certificates, logs and default folder
        locations.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "Paths",
            await self._sender.call(
                OPERATIONS["system_paths"],
                _endpoints.system_paths._get_kwargs(),
                _endpoints.system_paths._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def pause(
        self,
        *,
        device: str | Unset = UNSET,
    ) -> None:
        """Pause one device, or all of them

        ``POST /rest/system/pause`` (Syncthing 1.2.0+)

        Without `device`, pauses every configured device. An invalid device ID is answered with 500 and the
        parser's message; an unknown one with 404 `not found`. Answers 200 with an empty body.

        Args:
            device (str | Unset): The device ID to act on; every configured device when unset.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        await self._sender.send(
            OPERATIONS["system_pause"],
            _endpoints.system_pause._get_kwargs(
                device=device,
            ),
        )

    async def perform_upgrade(
        self,
    ) -> str:
        """Upgrade to the latest release and restart

        ``POST /rest/system/upgrade`` (Syncthing 1.2.0+)

        Downloads the newer release, replaces the binary and restarts. Builds without the upgrade feature
        answer `upgrade unsupported`: 500 before 1.23.0, 501 from 1.23.0 on.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "str",
            await self._sender.call(
                OPERATIONS["system_perform_upgrade"],
                _endpoints.system_perform_upgrade._get_kwargs(),
                _endpoints.system_perform_upgrade._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def ping(
        self,
    ) -> Pong:
        """Check that the server answers

        ``GET /rest/system/ping`` (Syncthing 1.2.0+)

        Answers `{"ping": "pong"}` to a request with a valid key: the cheapest check that the server is up
        and the key works.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "Pong",
            await self._sender.call(
                OPERATIONS["system_ping"],
                _endpoints.system_ping._get_kwargs(),
                _endpoints.system_ping._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def ping_post(
        self,
    ) -> Pong:
        """Check that the server answers (POST)

        ``POST /rest/system/ping`` (Syncthing 1.2.0+)

        The same as `GET /rest/system/ping`; a POST also proves the CSRF checks pass.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "Pong",
            await self._sender.call(
                OPERATIONS["system_ping_post"],
                _endpoints.system_ping_post._get_kwargs(),
                _endpoints.system_ping_post._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def reset(
        self,
        *,
        folder: str | Unset = UNSET,
    ) -> str:
        """Reset the database of one folder, or of all, and restart

        ``POST /rest/system/reset`` (Syncthing 1.2.0+)

        Drops the index of the folder (or of every folder) so that it is rebuilt from disk and from peers,
        then restarts Syncthing. The answer is a JSON-looking text such as
        `{"ok": "resetting folder default"}`, sent as text/plain. An unknown folder is answered with 500
        `Invalid folder ID`.

        Args:
            folder (str | Unset): The folder to reset; all folders when unset.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "str",
            await self._sender.call(
                OPERATIONS["system_reset"],
                _endpoints.system_reset._get_kwargs(
                    folder=folder,
                ),
                _endpoints.system_reset._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def restart(
        self,
    ) -> str:
        """Restart Syncthing

        ``POST /rest/system/restart`` (Syncthing 1.2.0+)

        Answers before restarting, with the text `{"ok": "restarting"}` as text/plain. The server is gone
        for a few seconds and event IDs start again from 1.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "str",
            await self._sender.call(
                OPERATIONS["system_restart"],
                _endpoints.system_restart._get_kwargs(),
                _endpoints.system_restart._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def resume(
        self,
        *,
        device: str | Unset = UNSET,
    ) -> None:
        """Resume one device, or all of them

        ``POST /rest/system/resume`` (Syncthing 1.2.0+)

        Without `device`, resumes every configured device. Errors as for `POST /rest/system/pause`.

        Args:
            device (str | Unset): The device ID to act on; every configured device when unset.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        await self._sender.send(
            OPERATIONS["system_resume"],
            _endpoints.system_resume._get_kwargs(
                device=device,
            ),
        )

    @deprecated("POST /rest/system/config is deprecated by Syncthing; call config.replace_full() instead")
    async def set_config(
        self,
        *,
        body: Configuration | Mapping[str, Any],
    ) -> None:
        """Replace the whole configuration (old name)

        ``POST /rest/system/config`` (Syncthing 1.2.0+; deprecated by Syncthing)

        The same as `PUT /rest/config`. Each folder and device entry starts from the body's `defaults` (the
        built-in ones if it has none), so fields left out take those; the GUI's writes (folder devices
        without `encryptionPassword`, `versioning` with only some fields) are valid here. Syncthing's CLI
        (`syncthing cli config`, through `POST /rest/system/config`) sends `null` for the empty lists and
        maps of an entry it adds (device `addresses`, `allowedNetworks`, `ignoredFolders`; folder `devices`,
        `versioning.params`, `xattrFilter.entries`) and no Content-Type: Syncthing reads that `null` as
        empty (`addresses` then `["dynamic"]`, `devices` this device). The schema does not allow `null`
        there: send `[]` and `{}`.

        Args:
            body (Configuration): The whole configuration, as `config.xml` holds it.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.configuration import Configuration

        sent = require_body(OPERATIONS["system_set_config"], body, (Configuration,))
        await self._sender.send(
            OPERATIONS["system_set_config"],
            _endpoints.system_set_config._get_kwargs(
                body=sent,
            ),
        )

    async def set_debug(
        self,
        *,
        enable: str | Unset = UNSET,
        disable: str | Unset = UNSET,
    ) -> None:
        """Turn debug logging on or off per facility

        ``POST /rest/system/debug`` (Syncthing 1.2.0+, removed in 2.0.0)

        Served by Syncthing before 2.0.0 only: 2.0.0 removed it.
        Unknown facility names are ignored. Answers 200 with an empty body. Replaced by
        `POST /rest/system/loglevels` in 2.0.0.

        Args:
            enable (str | Unset): Comma-separated facilities to log at debug level.
            disable (str | Unset): Comma-separated facilities to stop logging at debug level.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        await self._sender.send(
            OPERATIONS["system_set_debug"],
            _endpoints.system_set_debug._get_kwargs(
                enable=enable,
                disable=disable,
            ),
        )

    async def set_loglevels(
        self,
        *,
        body: LogLevelMap | Mapping[str, Any],
    ) -> None:
        """Set logging levels per package

        ``POST /rest/system/loglevels`` (Syncthing 2.0.0+)

        Served by Syncthing 2.0.0 and later. The body maps package names to levels. Answers 400 with the
        decoder's message for a malformed body.

        Args:
            body (LogLevelMap): Log level per package.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.log_level_map import LogLevelMap

        sent = require_body(OPERATIONS["system_set_loglevels"], body, (LogLevelMap,))
        await self._sender.send(
            OPERATIONS["system_set_loglevels"],
            _endpoints.system_set_loglevels._get_kwargs(
                body=sent,
            ),
        )

    async def shutdown(
        self,
    ) -> str:
        """Shut Syncthing down

        ``POST /rest/system/shutdown`` (Syncthing 1.2.0+)

        Answers before exiting, with the text `{"ok": "shutting down"}` as text/plain.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "str",
            await self._sender.call(
                OPERATIONS["system_shutdown"],
                _endpoints.system_shutdown._get_kwargs(),
                _endpoints.system_shutdown._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def status(
        self,
    ) -> SystemStatus:
        """Get the instance's status

        ``GET /rest/system/status`` (Syncthing 1.2.0+)

        Identity, uptime, memory, listeners, dial results and discovery state.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "SystemStatus",
            await self._sender.call(
                OPERATIONS["system_status"],
                _endpoints.system_status._get_kwargs(),
                _endpoints.system_status._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def upgrade(
        self,
    ) -> UpgradeInfo:
        """Check for a newer release

        ``GET /rest/system/upgrade`` (Syncthing 1.2.0+)

        Builds without the upgrade feature (such as Debian's) answer `upgrade unsupported`: 503 before
        1.23.0,
        501 from 1.23.0 on. A failure to reach the release server is answered with 500.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "UpgradeInfo",
            await self._sender.call(
                OPERATIONS["system_upgrade"],
                _endpoints.system_upgrade._get_kwargs(),
                _endpoints.system_upgrade._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def version(
        self,
    ) -> SystemVersion:
        """Get the running release

        ``GET /rest/system/version`` (Syncthing 1.2.0+)

        The running release's version, code name, platform and build details.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "SystemVersion",
            await self._sender.call(
                OPERATIONS["system_version"],
                _endpoints.system_version._get_kwargs(),
                _endpoints.system_version._parse_response,
                PARSE_CONTEXT,
            ),
        )


__all__ = ["AsyncSystemApi", "SystemApi"]
