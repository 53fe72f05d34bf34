"""The ``config`` namespace: Syncthing's operations under ``/rest/config/``, sync and async."""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from ..._deprecation import deprecated
from ..._guard import require_body
from ..._send import AsyncSender, SyncSender, decode
from .. import OPERATIONS, PARSE_CONTEXT

if TYPE_CHECKING:
    from ...models.config_in_sync import ConfigInSync
    from ...models.configuration import Configuration
    from ...models.default_ignores import DefaultIgnores
    from ...models.device_configuration import DeviceConfiguration
    from ...models.folder_configuration import FolderConfiguration
    from ...models.gui_configuration import GUIConfiguration
    from ...models.ldap_configuration import LDAPConfiguration
    from ...models.options_configuration import OptionsConfiguration
    from ...models.partial_device_configuration import PartialDeviceConfiguration
    from ...models.partial_folder_configuration import PartialFolderConfiguration
    from ...models.partial_gui_configuration import PartialGUIConfiguration
    from ...models.partial_ldap_configuration import PartialLDAPConfiguration
    from ...models.partial_options_configuration import PartialOptionsConfiguration
    from ...models.restart_required import RestartRequired
    from .. import config as _endpoints
    from . import (
        config_add_device,
        config_add_devices,
        config_add_folder,
        config_add_folders,
        config_default_device,
        config_default_folder,
        config_default_ignores,
        config_delete_device,
        config_delete_folder,
        config_device,
        config_devices,
        config_folder,
        config_folders,
        config_full,
        config_gui,
        config_insync,
        config_ldap,
        config_options,
        config_replace_default_device,
        config_replace_default_folder,
        config_replace_default_ignores,
        config_replace_device,
        config_replace_folder,
        config_replace_full,
        config_replace_gui,
        config_replace_ldap,
        config_replace_options,
        config_restart_required,
        config_update_default_device,
        config_update_default_folder,
        config_update_device,
        config_update_folder,
        config_update_gui,
        config_update_ldap,
        config_update_options,
    )
else:
    from ..._lazy import lazy_attributes

    _endpoints = sys.modules[__name__]
    __getattr__, __dir__ = lazy_attributes(
        __name__,
        {},
        (
            "config_add_device",
            "config_add_devices",
            "config_add_folder",
            "config_add_folders",
            "config_default_device",
            "config_default_folder",
            "config_default_ignores",
            "config_delete_device",
            "config_delete_folder",
            "config_device",
            "config_devices",
            "config_folder",
            "config_folders",
            "config_full",
            "config_gui",
            "config_insync",
            "config_ldap",
            "config_options",
            "config_replace_default_device",
            "config_replace_default_folder",
            "config_replace_default_ignores",
            "config_replace_device",
            "config_replace_folder",
            "config_replace_full",
            "config_replace_gui",
            "config_replace_ldap",
            "config_replace_options",
            "config_restart_required",
            "config_update_default_device",
            "config_update_default_folder",
            "config_update_device",
            "config_update_folder",
            "config_update_gui",
            "config_update_ldap",
            "config_update_options",
        ),
    )


class ConfigApi:
    """Sync access to the operations under ``/rest/config/``."""

    __slots__ = ("_sender",)

    def __init__(self, sender: SyncSender) -> None:
        self._sender = sender

    def add_device(
        self,
        *,
        body: PartialDeviceConfiguration | DeviceConfiguration | Mapping[str, Any],
    ) -> None:
        """Add a device, or replace the one with the same ID

        ``POST /rest/config/devices`` (Syncthing 1.12.0+)

        Missing fields take the device defaults (`/rest/config/defaults/device`). `deviceID` is needed: a
        body without one is answered with 200 and nothing is stored.

        Args:
            body (PartialDeviceConfiguration): Any subset of the fields of `DeviceConfiguration`: on
                POST the missing ones take their defaults, on PATCH they keep their values. Replacing
                (PUT) takes the whole object.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.device_configuration import DeviceConfiguration
        from ...models.partial_device_configuration import PartialDeviceConfiguration

        sent = require_body(OPERATIONS["config_add_device"], body, (PartialDeviceConfiguration, DeviceConfiguration))
        self._sender.send(
            OPERATIONS["config_add_device"],
            _endpoints.config_add_device._get_kwargs(
                body=sent,
            ),
        )

    def add_devices(
        self,
        *,
        body: Sequence[DeviceConfiguration | Mapping[str, Any]],
    ) -> None:
        """Add several devices, replacing those with the same ID

        ``PUT /rest/config/devices`` (Syncthing 1.12.0+)

        Each entry replaces the device with the same ID or is added; devices the list leaves out are kept.
        Missing fields of each entry take the device defaults. 1.19.2 answers 200 and changes nothing when
        the body is not a list. An entry without `deviceID` is answered with 200 and not stored.

        Args:
            body (list[DeviceConfiguration]): Each item: A remote device's settings (the local device
                is listed too).

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.device_configuration import DeviceConfiguration

        sent = require_body(OPERATIONS["config_add_devices"], body, (DeviceConfiguration,), many=True)
        self._sender.send(
            OPERATIONS["config_add_devices"],
            _endpoints.config_add_devices._get_kwargs(
                body=sent,
            ),
        )

    def add_folder(
        self,
        *,
        body: PartialFolderConfiguration | FolderConfiguration | Mapping[str, Any],
    ) -> None:
        """Add a folder, or replace the one with the same ID

        ``POST /rest/config/folders`` (Syncthing 1.12.0+)

        Missing fields take the folder defaults (`/rest/config/defaults/folder`). `id` is needed: a body
        without one (or with an empty one) is answered with 500 `folder has empty ID` and nothing is stored.
        A body without `path` gets the template's, `~` (the home directory of the user running Syncthing)
        unless changed.

        Args:
            body (PartialFolderConfiguration): Any subset of the fields of `FolderConfiguration`: on
                POST the missing ones take their defaults, on PATCH they keep their values. Replacing
                (PUT) takes the whole object.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.folder_configuration import FolderConfiguration
        from ...models.partial_folder_configuration import PartialFolderConfiguration

        sent = require_body(OPERATIONS["config_add_folder"], body, (PartialFolderConfiguration, FolderConfiguration))
        self._sender.send(
            OPERATIONS["config_add_folder"],
            _endpoints.config_add_folder._get_kwargs(
                body=sent,
            ),
        )

    def add_folders(
        self,
        *,
        body: Sequence[FolderConfiguration | Mapping[str, Any]],
    ) -> None:
        """Add several folders, replacing those with the same ID

        ``PUT /rest/config/folders`` (Syncthing 1.12.0+)

        Each entry replaces the folder with the same ID or is added; folders the list leaves out are kept.
        Missing fields of each entry take the folder defaults. 1.19.2 answers 200 and changes nothing when
        the body is not a list. An entry without `id` (or with an empty one) is answered with 500 `folder
        has empty ID` and nothing is stored.

        Args:
            body (list[FolderConfiguration]): Each item: A folder's settings.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.folder_configuration import FolderConfiguration

        sent = require_body(OPERATIONS["config_add_folders"], body, (FolderConfiguration,), many=True)
        self._sender.send(
            OPERATIONS["config_add_folders"],
            _endpoints.config_add_folders._get_kwargs(
                body=sent,
            ),
        )

    def default_device(
        self,
    ) -> DeviceConfiguration:
        """Get the template for new devices

        ``GET /rest/config/defaults/device`` (Syncthing 1.14.0+)

        What a new device starts with when fields are left out.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["config_default_device"],
            _endpoints.config_default_device._get_kwargs(),
        )
        return cast(
            "DeviceConfiguration", decode(_endpoints.config_default_device._parse_response, PARSE_CONTEXT, response)
        )

    def default_folder(
        self,
    ) -> FolderConfiguration:
        """Get the template for new folders

        ``GET /rest/config/defaults/folder`` (Syncthing 1.14.0+)

        What a new folder starts with when fields are left out.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["config_default_folder"],
            _endpoints.config_default_folder._get_kwargs(),
        )
        return cast(
            "FolderConfiguration", decode(_endpoints.config_default_folder._parse_response, PARSE_CONTEXT, response)
        )

    def default_ignores(
        self,
    ) -> DefaultIgnores:
        """Get the ignore lines given to new folders

        ``GET /rest/config/defaults/ignores`` (Syncthing 1.19.0+)

        Lines written to `.stignore` of folders added from now on.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["config_default_ignores"],
            _endpoints.config_default_ignores._get_kwargs(),
        )
        return cast(
            "DefaultIgnores", decode(_endpoints.config_default_ignores._parse_response, PARSE_CONTEXT, response)
        )

    def delete_device(
        self,
        id: str,
    ) -> None:
        """Remove one device

        ``DELETE /rest/config/devices/{id}`` (Syncthing 1.12.0+)

        Removing an ID that is not configured changes nothing and answers 200.

        Args:
            id (str): The device ID, with or without dashes. Empty, `.`, `..` and IDs holding a `/`
                cannot be named in a path.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        self._sender.send(
            OPERATIONS["config_delete_device"],
            _endpoints.config_delete_device._get_kwargs(
                id=id,
            ),
        )

    def delete_folder(
        self,
        id: str,
    ) -> None:
        """Remove one folder

        ``DELETE /rest/config/folders/{id}`` (Syncthing 1.12.0+)

        Removing an ID that is not configured changes nothing and answers 200.

        Args:
            id (str): The folder ID. Syncthing's router resolves `.` and `..` segments and splits at
                `/` after decoding the path, whatever the percent-encoding, so an ID that is empty, `.`,
                `..` or holds a `/` cannot be named in a path (the request would reach another route):
                reach such a folder through the whole list (`GET`/`PUT /rest/config/folders`) or the whole
                configuration.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        self._sender.send(
            OPERATIONS["config_delete_folder"],
            _endpoints.config_delete_folder._get_kwargs(
                id=id,
            ),
        )

    def device(
        self,
        id: str,
    ) -> DeviceConfiguration:
        """Get one device

        ``GET /rest/config/devices/{id}`` (Syncthing 1.12.0+)

        An unknown ID is answered with 404 `No device with given ID`.

        Args:
            id (str): The device ID, with or without dashes. Empty, `.`, `..` and IDs holding a `/`
                cannot be named in a path.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["config_device"],
            _endpoints.config_device._get_kwargs(
                id=id,
            ),
        )
        return cast("DeviceConfiguration", decode(_endpoints.config_device._parse_response, PARSE_CONTEXT, response))

    def devices(
        self,
    ) -> list[DeviceConfiguration]:
        """List every configured device

        ``GET /rest/config/devices`` (Syncthing 1.12.0+)

        Includes this device.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["config_devices"],
            _endpoints.config_devices._get_kwargs(),
        )
        return cast(
            "list[DeviceConfiguration]", decode(_endpoints.config_devices._parse_response, PARSE_CONTEXT, response)
        )

    def folder(
        self,
        id: str,
    ) -> FolderConfiguration:
        """Get one folder

        ``GET /rest/config/folders/{id}`` (Syncthing 1.12.0+)

        An unknown ID is answered with 404 `No folder with given ID`.

        Args:
            id (str): The folder ID. Syncthing's router resolves `.` and `..` segments and splits at
                `/` after decoding the path, whatever the percent-encoding, so an ID that is empty, `.`,
                `..` or holds a `/` cannot be named in a path (the request would reach another route):
                reach such a folder through the whole list (`GET`/`PUT /rest/config/folders`) or the whole
                configuration.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["config_folder"],
            _endpoints.config_folder._get_kwargs(
                id=id,
            ),
        )
        return cast("FolderConfiguration", decode(_endpoints.config_folder._parse_response, PARSE_CONTEXT, response))

    def folders(
        self,
    ) -> list[FolderConfiguration]:
        """List every configured folder

        ``GET /rest/config/folders`` (Syncthing 1.12.0+)

        In configuration order.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["config_folders"],
            _endpoints.config_folders._get_kwargs(),
        )
        return cast(
            "list[FolderConfiguration]", decode(_endpoints.config_folders._parse_response, PARSE_CONTEXT, response)
        )

    def full(
        self,
    ) -> Configuration:
        """Get the whole configuration

        ``GET /rest/config`` (Syncthing 1.12.0+)

        Folders, devices, GUI, LDAP, options and defaults, as one object.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["config_full"],
            _endpoints.config_full._get_kwargs(),
        )
        return cast("Configuration", decode(_endpoints.config_full._parse_response, PARSE_CONTEXT, response))

    def gui(
        self,
    ) -> GUIConfiguration:
        """Get the settings of the GUI and REST listener

        ``GET /rest/config/gui`` (Syncthing 1.12.0+)

        Listen address, TLS, user and password (hashed), authentication mode, API key and theme.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["config_gui"],
            _endpoints.config_gui._get_kwargs(),
        )
        return cast("GUIConfiguration", decode(_endpoints.config_gui._parse_response, PARSE_CONTEXT, response))

    @deprecated("GET /rest/config/insync is deprecated by Syncthing; call config.restart_required() instead")
    def insync(
        self,
    ) -> ConfigInSync:
        """Tell whether the running configuration matches the saved one

        ``GET /rest/config/insync`` (Syncthing 1.12.0+; deprecated by Syncthing)

        `configInSync` is false when a change waits for a restart. Replaced by `GET /rest/config/restart-
        required`.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["config_insync"],
            _endpoints.config_insync._get_kwargs(),
        )
        return cast("ConfigInSync", decode(_endpoints.config_insync._parse_response, PARSE_CONTEXT, response))

    def ldap(
        self,
    ) -> LDAPConfiguration:
        """Get the settings of LDAP login

        ``GET /rest/config/ldap`` (Syncthing 1.12.0+)

        Where the LDAP server is and how to search it for GUI logins.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["config_ldap"],
            _endpoints.config_ldap._get_kwargs(),
        )
        return cast("LDAPConfiguration", decode(_endpoints.config_ldap._parse_response, PARSE_CONTEXT, response))

    def options(
        self,
    ) -> OptionsConfiguration:
        """Get the settings of instance-wide options

        ``GET /rest/config/options`` (Syncthing 1.12.0+)

        Listen addresses, discovery, relays, NAT, bandwidth limits, usage reporting and other instance-wide
        settings.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["config_options"],
            _endpoints.config_options._get_kwargs(),
        )
        return cast("OptionsConfiguration", decode(_endpoints.config_options._parse_response, PARSE_CONTEXT, response))

    def replace_default_device(
        self,
        *,
        body: DeviceConfiguration | Mapping[str, Any],
    ) -> None:
        """Replace the template for new devices

        ``PUT /rest/config/defaults/device`` (Syncthing 1.14.0+)

        Takes the whole template, as read and changed: fields left out would take the built-in defaults, not
        the template's current values (`addresses` `["dynamic"]`, `compression` `metadata`).

        Args:
            body (DeviceConfiguration): A remote device's settings (the local device is listed too).

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.device_configuration import DeviceConfiguration

        sent = require_body(OPERATIONS["config_replace_default_device"], body, (DeviceConfiguration,))
        self._sender.send(
            OPERATIONS["config_replace_default_device"],
            _endpoints.config_replace_default_device._get_kwargs(
                body=sent,
            ),
        )

    def replace_default_folder(
        self,
        *,
        body: FolderConfiguration | Mapping[str, Any],
    ) -> None:
        """Replace the template for new folders

        ``PUT /rest/config/defaults/folder`` (Syncthing 1.14.0+)

        Takes the whole template, as read and changed: fields left out would take the built-in defaults, not
        the template's current values (`path` `~`, `rescanIntervalS` 3600, this device in `devices`).

        Args:
            body (FolderConfiguration): A folder's settings.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.folder_configuration import FolderConfiguration

        sent = require_body(OPERATIONS["config_replace_default_folder"], body, (FolderConfiguration,))
        self._sender.send(
            OPERATIONS["config_replace_default_folder"],
            _endpoints.config_replace_default_folder._get_kwargs(
                body=sent,
            ),
        )

    def replace_default_ignores(
        self,
        *,
        body: DefaultIgnores | Mapping[str, Any],
    ) -> None:
        """Replace the ignore lines given to new folders

        ``PUT /rest/config/defaults/ignores`` (Syncthing 1.19.0+)

        Ignore lines are copied into a new folder's `.stignore` once; later changes here do not touch
        existing folders.

        Args:
            body (DefaultIgnores): Ignore lines given to new folders.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.default_ignores import DefaultIgnores

        sent = require_body(OPERATIONS["config_replace_default_ignores"], body, (DefaultIgnores,))
        self._sender.send(
            OPERATIONS["config_replace_default_ignores"],
            _endpoints.config_replace_default_ignores._get_kwargs(
                body=sent,
            ),
        )

    def replace_device(
        self,
        id: str,
        *,
        body: DeviceConfiguration | Mapping[str, Any],
    ) -> None:
        """Replace one device

        ``PUT /rest/config/devices/{id}`` (Syncthing 1.12.0+)

        Takes the whole device, as read and changed: fields left out would take the device defaults (use
        `PATCH` to change some). The ID in the body decides which device is written (the path's is not
        read), so it must name the path's device; a body without one is answered with 200 and nothing is
        stored, whatever the path names (the path's ID is never read, not even checked). Left out, `name`
        becomes empty, `addresses` `["dynamic"]` and `compression` `metadata` (unless the template was
        changed).

        Args:
            id (str): The device ID, with or without dashes. Empty, `.`, `..` and IDs holding a `/`
                cannot be named in a path.
            body (DeviceConfiguration): A remote device's settings (the local device is listed too).

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.device_configuration import DeviceConfiguration

        sent = require_body(OPERATIONS["config_replace_device"], body, (DeviceConfiguration,))
        self._sender.send(
            OPERATIONS["config_replace_device"],
            _endpoints.config_replace_device._get_kwargs(
                id=id,
                body=sent,
            ),
        )

    def replace_folder(
        self,
        id: str,
        *,
        body: FolderConfiguration | Mapping[str, Any],
    ) -> None:
        """Replace one folder

        ``PUT /rest/config/folders/{id}`` (Syncthing 1.12.0+)

        Takes the whole folder, as read and changed: fields left out would take the folder defaults (use
        `PATCH` to change some). The ID in the body decides which folder is written (the path's is not
        read), so it must name the path's folder; a body without one (or with an empty one) is answered with
        500 `folder has empty ID`. Left out, `label` becomes empty, `paused` false and `rescanIntervalS` the
        template's (3600 unless changed).

        Args:
            id (str): The folder ID. Syncthing's router resolves `.` and `..` segments and splits at
                `/` after decoding the path, whatever the percent-encoding, so an ID that is empty, `.`,
                `..` or holds a `/` cannot be named in a path (the request would reach another route):
                reach such a folder through the whole list (`GET`/`PUT /rest/config/folders`) or the whole
                configuration.
            body (FolderConfiguration): A folder's settings.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.folder_configuration import FolderConfiguration

        sent = require_body(OPERATIONS["config_replace_folder"], body, (FolderConfiguration,))
        self._sender.send(
            OPERATIONS["config_replace_folder"],
            _endpoints.config_replace_folder._get_kwargs(
                id=id,
                body=sent,
            ),
        )

    def replace_full(
        self,
        *,
        body: Configuration | Mapping[str, Any],
    ) -> None:
        """Replace the whole configuration

        ``PUT /rest/config`` (Syncthing 1.12.0+)

        Fields left out take their defaults. Changes that need a restart show in `GET /rest/config/restart-
        required`. A malformed body is answered with 400. Each folder and device entry starts from the
        body's `defaults` (the built-in ones if it has none), so fields left out take those; the GUI's
        writes (folder devices without `encryptionPassword`, `versioning` with only some fields) are valid
        here. Syncthing's CLI (`syncthing cli config`, through `POST /rest/system/config`) sends `null` for
        the empty lists and maps of an entry it adds (device `addresses`, `allowedNetworks`,
        `ignoredFolders`; folder `devices`, `versioning.params`, `xattrFilter.entries`) and no Content-Type:
        Syncthing reads that `null` as empty (`addresses` then `["dynamic"]`, `devices` this device). The
        schema does not allow `null` there: send `[]` and `{}`.

        Args:
            body (Configuration): The whole configuration, as `config.xml` holds it.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.configuration import Configuration

        sent = require_body(OPERATIONS["config_replace_full"], body, (Configuration,))
        self._sender.send(
            OPERATIONS["config_replace_full"],
            _endpoints.config_replace_full._get_kwargs(
                body=sent,
            ),
        )

    def replace_gui(
        self,
        *,
        body: GUIConfiguration | Mapping[str, Any],
    ) -> None:
        """Replace the settings of the GUI and REST listener

        ``PUT /rest/config/gui`` (Syncthing 1.12.0+)

        Takes the whole section, as read and changed: fields left out would take their built-in defaults
        (the API key among them: Syncthing generates a new random 32-character one, and the old key is
        answered with 403 `CSRF Error` from then on). Any change except to `debugging` restarts the
        listener, a change of `theme` too (a value written unchanged restarts nothing): kept-alive
        connections are closed and new ones refused for a few milliseconds (on loopback); retry a request
        that fails that way, with the new key if it changed. Releases before 1.25.0 hash the body's
        `password` again even when it is the stored bcrypt hash, as read (1.19.2 checked; `PATCH` and `PUT
        /rest/config` compare it with the stored one and do not), so the GUI password would stop working:
        there, change other fields with `PATCH`, or give the password in plain text.

        Args:
            body (GUIConfiguration): The GUI and REST listener.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.gui_configuration import GUIConfiguration

        sent = require_body(OPERATIONS["config_replace_gui"], body, (GUIConfiguration,))
        self._sender.send(
            OPERATIONS["config_replace_gui"],
            _endpoints.config_replace_gui._get_kwargs(
                body=sent,
            ),
        )

    def replace_ldap(
        self,
        *,
        body: LDAPConfiguration | Mapping[str, Any],
    ) -> None:
        """Replace the settings of LDAP login

        ``PUT /rest/config/ldap`` (Syncthing 1.12.0+)

        Takes the whole section, as read and changed: fields left out would take their built-in defaults.

        Args:
            body (LDAPConfiguration): LDAP server used for GUI logins when `authMode` is `ldap`.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.ldap_configuration import LDAPConfiguration

        sent = require_body(OPERATIONS["config_replace_ldap"], body, (LDAPConfiguration,))
        self._sender.send(
            OPERATIONS["config_replace_ldap"],
            _endpoints.config_replace_ldap._get_kwargs(
                body=sent,
            ),
        )

    def replace_options(
        self,
        *,
        body: OptionsConfiguration | Mapping[str, Any],
    ) -> None:
        """Replace the settings of instance-wide options

        ``PUT /rest/config/options`` (Syncthing 1.12.0+)

        Takes the whole section, as read and changed: fields left out would take their built-in defaults
        (discovery, relays and announcements on, listen addresses back to `default`).

        Args:
            body (OptionsConfiguration): Instance-wide options: networking, discovery, relays, usage
                reporting, limits.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.options_configuration import OptionsConfiguration

        sent = require_body(OPERATIONS["config_replace_options"], body, (OptionsConfiguration,))
        self._sender.send(
            OPERATIONS["config_replace_options"],
            _endpoints.config_replace_options._get_kwargs(
                body=sent,
            ),
        )

    def restart_required(
        self,
    ) -> RestartRequired:
        """Tell whether saved changes wait for a restart

        ``GET /rest/config/restart-required`` (Syncthing 1.15.0+)

        True when a configuration change only takes effect after `POST /rest/system/restart`.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        response = self._sender.send(
            OPERATIONS["config_restart_required"],
            _endpoints.config_restart_required._get_kwargs(),
        )
        return cast(
            "RestartRequired", decode(_endpoints.config_restart_required._parse_response, PARSE_CONTEXT, response)
        )

    def update_default_device(
        self,
        *,
        body: PartialDeviceConfiguration | DeviceConfiguration | Mapping[str, Any],
    ) -> None:
        """Change the template for new devices

        ``PATCH /rest/config/defaults/device`` (Syncthing 1.14.0+)

        Only the fields given change.

        Args:
            body (PartialDeviceConfiguration): Any subset of the fields of `DeviceConfiguration`: on
                POST the missing ones take their defaults, on PATCH they keep their values. Replacing
                (PUT) takes the whole object.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.device_configuration import DeviceConfiguration
        from ...models.partial_device_configuration import PartialDeviceConfiguration

        sent = require_body(
            OPERATIONS["config_update_default_device"], body, (PartialDeviceConfiguration, DeviceConfiguration)
        )
        self._sender.send(
            OPERATIONS["config_update_default_device"],
            _endpoints.config_update_default_device._get_kwargs(
                body=sent,
            ),
        )

    def update_default_folder(
        self,
        *,
        body: PartialFolderConfiguration | FolderConfiguration | Mapping[str, Any],
    ) -> None:
        """Change the template for new folders

        ``PATCH /rest/config/defaults/folder`` (Syncthing 1.14.0+)

        Only the fields given change.

        Args:
            body (PartialFolderConfiguration): Any subset of the fields of `FolderConfiguration`: on
                POST the missing ones take their defaults, on PATCH they keep their values. Replacing
                (PUT) takes the whole object.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.folder_configuration import FolderConfiguration
        from ...models.partial_folder_configuration import PartialFolderConfiguration

        sent = require_body(
            OPERATIONS["config_update_default_folder"], body, (PartialFolderConfiguration, FolderConfiguration)
        )
        self._sender.send(
            OPERATIONS["config_update_default_folder"],
            _endpoints.config_update_default_folder._get_kwargs(
                body=sent,
            ),
        )

    def update_device(
        self,
        id: str,
        *,
        body: PartialDeviceConfiguration | DeviceConfiguration | Mapping[str, Any],
    ) -> None:
        """Change some settings of one device

        ``PATCH /rest/config/devices/{id}`` (Syncthing 1.12.0+)

        Only the fields given change. An unknown ID is answered with 404. A body whose `deviceID` names
        another device writes a copy under that ID and leaves the path's device as it was.

        Args:
            id (str): The device ID, with or without dashes. Empty, `.`, `..` and IDs holding a `/`
                cannot be named in a path.
            body (PartialDeviceConfiguration): Any subset of the fields of `DeviceConfiguration`: on
                POST the missing ones take their defaults, on PATCH they keep their values. Replacing
                (PUT) takes the whole object.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.device_configuration import DeviceConfiguration
        from ...models.partial_device_configuration import PartialDeviceConfiguration

        sent = require_body(OPERATIONS["config_update_device"], body, (PartialDeviceConfiguration, DeviceConfiguration))
        self._sender.send(
            OPERATIONS["config_update_device"],
            _endpoints.config_update_device._get_kwargs(
                id=id,
                body=sent,
            ),
        )

    def update_folder(
        self,
        id: str,
        *,
        body: PartialFolderConfiguration | FolderConfiguration | Mapping[str, Any],
    ) -> None:
        """Change some settings of one folder

        ``PATCH /rest/config/folders/{id}`` (Syncthing 1.12.0+)

        Only the fields given change. An unknown ID is answered with 404. A body whose `id` names another
        folder writes a copy under that ID and leaves the path's folder as it was.

        Args:
            id (str): The folder ID. Syncthing's router resolves `.` and `..` segments and splits at
                `/` after decoding the path, whatever the percent-encoding, so an ID that is empty, `.`,
                `..` or holds a `/` cannot be named in a path (the request would reach another route):
                reach such a folder through the whole list (`GET`/`PUT /rest/config/folders`) or the whole
                configuration.
            body (PartialFolderConfiguration): Any subset of the fields of `FolderConfiguration`: on
                POST the missing ones take their defaults, on PATCH they keep their values. Replacing
                (PUT) takes the whole object.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.folder_configuration import FolderConfiguration
        from ...models.partial_folder_configuration import PartialFolderConfiguration

        sent = require_body(OPERATIONS["config_update_folder"], body, (PartialFolderConfiguration, FolderConfiguration))
        self._sender.send(
            OPERATIONS["config_update_folder"],
            _endpoints.config_update_folder._get_kwargs(
                id=id,
                body=sent,
            ),
        )

    def update_gui(
        self,
        *,
        body: PartialGUIConfiguration | GUIConfiguration | Mapping[str, Any],
    ) -> None:
        """Change some settings of the GUI and REST listener

        ``PATCH /rest/config/gui`` (Syncthing 1.12.0+)

        Only the fields given change. Any change except to `debugging` restarts the listener, a change of
        `theme` too (a value written unchanged restarts nothing): kept-alive connections are closed and new
        ones refused for a few milliseconds (on loopback); retry a request that fails that way, with the new
        key if it changed.

        Args:
            body (PartialGUIConfiguration): Any subset of the fields of `GUIConfiguration`: on POST
                the missing ones take their defaults, on PATCH they keep their values. Replacing (PUT)
                takes the whole object.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.gui_configuration import GUIConfiguration
        from ...models.partial_gui_configuration import PartialGUIConfiguration

        sent = require_body(OPERATIONS["config_update_gui"], body, (PartialGUIConfiguration, GUIConfiguration))
        self._sender.send(
            OPERATIONS["config_update_gui"],
            _endpoints.config_update_gui._get_kwargs(
                body=sent,
            ),
        )

    def update_ldap(
        self,
        *,
        body: PartialLDAPConfiguration | LDAPConfiguration | Mapping[str, Any],
    ) -> None:
        """Change some settings of LDAP login

        ``PATCH /rest/config/ldap`` (Syncthing 1.12.0+)

        Only the fields given change.

        Args:
            body (PartialLDAPConfiguration): Any subset of the fields of `LDAPConfiguration`: on POST
                the missing ones take their defaults, on PATCH they keep their values. Replacing (PUT)
                takes the whole object.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.ldap_configuration import LDAPConfiguration
        from ...models.partial_ldap_configuration import PartialLDAPConfiguration

        sent = require_body(OPERATIONS["config_update_ldap"], body, (PartialLDAPConfiguration, LDAPConfiguration))
        self._sender.send(
            OPERATIONS["config_update_ldap"],
            _endpoints.config_update_ldap._get_kwargs(
                body=sent,
            ),
        )

    def update_options(
        self,
        *,
        body: PartialOptionsConfiguration | OptionsConfiguration | Mapping[str, Any],
    ) -> None:
        """Change some settings of instance-wide options

        ``PATCH /rest/config/options`` (Syncthing 1.12.0+)

        Only the fields given change.

        Args:
            body (PartialOptionsConfiguration): Any subset of the fields of `OptionsConfiguration`: on
                POST the missing ones take their defaults, on PATCH they keep their values. Replacing
                (PUT) takes the whole object.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.options_configuration import OptionsConfiguration
        from ...models.partial_options_configuration import PartialOptionsConfiguration

        sent = require_body(
            OPERATIONS["config_update_options"], body, (PartialOptionsConfiguration, OptionsConfiguration)
        )
        self._sender.send(
            OPERATIONS["config_update_options"],
            _endpoints.config_update_options._get_kwargs(
                body=sent,
            ),
        )


class AsyncConfigApi:
    """Async access to the operations under ``/rest/config/``."""

    __slots__ = ("_sender",)

    def __init__(self, sender: AsyncSender) -> None:
        self._sender = sender

    async def add_device(
        self,
        *,
        body: PartialDeviceConfiguration | DeviceConfiguration | Mapping[str, Any],
    ) -> None:
        """Add a device, or replace the one with the same ID

        ``POST /rest/config/devices`` (Syncthing 1.12.0+)

        Missing fields take the device defaults (`/rest/config/defaults/device`). `deviceID` is needed: a
        body without one is answered with 200 and nothing is stored.

        Args:
            body (PartialDeviceConfiguration): Any subset of the fields of `DeviceConfiguration`: on
                POST the missing ones take their defaults, on PATCH they keep their values. Replacing
                (PUT) takes the whole object.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.device_configuration import DeviceConfiguration
        from ...models.partial_device_configuration import PartialDeviceConfiguration

        sent = require_body(OPERATIONS["config_add_device"], body, (PartialDeviceConfiguration, DeviceConfiguration))
        await self._sender.send(
            OPERATIONS["config_add_device"],
            _endpoints.config_add_device._get_kwargs(
                body=sent,
            ),
        )

    async def add_devices(
        self,
        *,
        body: Sequence[DeviceConfiguration | Mapping[str, Any]],
    ) -> None:
        """Add several devices, replacing those with the same ID

        ``PUT /rest/config/devices`` (Syncthing 1.12.0+)

        Each entry replaces the device with the same ID or is added; devices the list leaves out are kept.
        Missing fields of each entry take the device defaults. 1.19.2 answers 200 and changes nothing when
        the body is not a list. An entry without `deviceID` is answered with 200 and not stored.

        Args:
            body (list[DeviceConfiguration]): Each item: A remote device's settings (the local device
                is listed too).

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.device_configuration import DeviceConfiguration

        sent = require_body(OPERATIONS["config_add_devices"], body, (DeviceConfiguration,), many=True)
        await self._sender.send(
            OPERATIONS["config_add_devices"],
            _endpoints.config_add_devices._get_kwargs(
                body=sent,
            ),
        )

    async def add_folder(
        self,
        *,
        body: PartialFolderConfiguration | FolderConfiguration | Mapping[str, Any],
    ) -> None:
        """Add a folder, or replace the one with the same ID

        ``POST /rest/config/folders`` (Syncthing 1.12.0+)

        Missing fields take the folder defaults (`/rest/config/defaults/folder`). `id` is needed: a body
        without one (or with an empty one) is answered with 500 `folder has empty ID` and nothing is stored.
        A body without `path` gets the template's, `~` (the home directory of the user running Syncthing)
        unless changed.

        Args:
            body (PartialFolderConfiguration): Any subset of the fields of `FolderConfiguration`: on
                POST the missing ones take their defaults, on PATCH they keep their values. Replacing
                (PUT) takes the whole object.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.folder_configuration import FolderConfiguration
        from ...models.partial_folder_configuration import PartialFolderConfiguration

        sent = require_body(OPERATIONS["config_add_folder"], body, (PartialFolderConfiguration, FolderConfiguration))
        await self._sender.send(
            OPERATIONS["config_add_folder"],
            _endpoints.config_add_folder._get_kwargs(
                body=sent,
            ),
        )

    async def add_folders(
        self,
        *,
        body: Sequence[FolderConfiguration | Mapping[str, Any]],
    ) -> None:
        """Add several folders, replacing those with the same ID

        ``PUT /rest/config/folders`` (Syncthing 1.12.0+)

        Each entry replaces the folder with the same ID or is added; folders the list leaves out are kept.
        Missing fields of each entry take the folder defaults. 1.19.2 answers 200 and changes nothing when
        the body is not a list. An entry without `id` (or with an empty one) is answered with 500 `folder
        has empty ID` and nothing is stored.

        Args:
            body (list[FolderConfiguration]): Each item: A folder's settings.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.folder_configuration import FolderConfiguration

        sent = require_body(OPERATIONS["config_add_folders"], body, (FolderConfiguration,), many=True)
        await self._sender.send(
            OPERATIONS["config_add_folders"],
            _endpoints.config_add_folders._get_kwargs(
                body=sent,
            ),
        )

    async def default_device(
        self,
    ) -> DeviceConfiguration:
        """Get the template for new devices

        ``GET /rest/config/defaults/device`` (Syncthing 1.14.0+)

        What a new device starts with when fields are left out.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "DeviceConfiguration",
            await self._sender.call(
                OPERATIONS["config_default_device"],
                _endpoints.config_default_device._get_kwargs(),
                _endpoints.config_default_device._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def default_folder(
        self,
    ) -> FolderConfiguration:
        """Get the template for new folders

        ``GET /rest/config/defaults/folder`` (Syncthing 1.14.0+)

        What a new folder starts with when fields are left out.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "FolderConfiguration",
            await self._sender.call(
                OPERATIONS["config_default_folder"],
                _endpoints.config_default_folder._get_kwargs(),
                _endpoints.config_default_folder._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def default_ignores(
        self,
    ) -> DefaultIgnores:
        """Get the ignore lines given to new folders

        ``GET /rest/config/defaults/ignores`` (Syncthing 1.19.0+)

        Lines written to `.stignore` of folders added from now on.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "DefaultIgnores",
            await self._sender.call(
                OPERATIONS["config_default_ignores"],
                _endpoints.config_default_ignores._get_kwargs(),
                _endpoints.config_default_ignores._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def delete_device(
        self,
        id: str,
    ) -> None:
        """Remove one device

        ``DELETE /rest/config/devices/{id}`` (Syncthing 1.12.0+)

        Removing an ID that is not configured changes nothing and answers 200.

        Args:
            id (str): The device ID, with or without dashes. Empty, `.`, `..` and IDs holding a `/`
                cannot be named in a path.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        await self._sender.send(
            OPERATIONS["config_delete_device"],
            _endpoints.config_delete_device._get_kwargs(
                id=id,
            ),
        )

    async def delete_folder(
        self,
        id: str,
    ) -> None:
        """Remove one folder

        ``DELETE /rest/config/folders/{id}`` (Syncthing 1.12.0+)

        Removing an ID that is not configured changes nothing and answers 200.

        Args:
            id (str): The folder ID. Syncthing's router resolves `.` and `..` segments and splits at
                `/` after decoding the path, whatever the percent-encoding, so an ID that is empty, `.`,
                `..` or holds a `/` cannot be named in a path (the request would reach another route):
                reach such a folder through the whole list (`GET`/`PUT /rest/config/folders`) or the whole
                configuration.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        await self._sender.send(
            OPERATIONS["config_delete_folder"],
            _endpoints.config_delete_folder._get_kwargs(
                id=id,
            ),
        )

    async def device(
        self,
        id: str,
    ) -> DeviceConfiguration:
        """Get one device

        ``GET /rest/config/devices/{id}`` (Syncthing 1.12.0+)

        An unknown ID is answered with 404 `No device with given ID`.

        Args:
            id (str): The device ID, with or without dashes. Empty, `.`, `..` and IDs holding a `/`
                cannot be named in a path.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "DeviceConfiguration",
            await self._sender.call(
                OPERATIONS["config_device"],
                _endpoints.config_device._get_kwargs(
                    id=id,
                ),
                _endpoints.config_device._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def devices(
        self,
    ) -> list[DeviceConfiguration]:
        """List every configured device

        ``GET /rest/config/devices`` (Syncthing 1.12.0+)

        Includes this device.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "list[DeviceConfiguration]",
            await self._sender.call(
                OPERATIONS["config_devices"],
                _endpoints.config_devices._get_kwargs(),
                _endpoints.config_devices._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def folder(
        self,
        id: str,
    ) -> FolderConfiguration:
        """Get one folder

        ``GET /rest/config/folders/{id}`` (Syncthing 1.12.0+)

        An unknown ID is answered with 404 `No folder with given ID`.

        Args:
            id (str): The folder ID. Syncthing's router resolves `.` and `..` segments and splits at
                `/` after decoding the path, whatever the percent-encoding, so an ID that is empty, `.`,
                `..` or holds a `/` cannot be named in a path (the request would reach another route):
                reach such a folder through the whole list (`GET`/`PUT /rest/config/folders`) or the whole
                configuration.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "FolderConfiguration",
            await self._sender.call(
                OPERATIONS["config_folder"],
                _endpoints.config_folder._get_kwargs(
                    id=id,
                ),
                _endpoints.config_folder._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def folders(
        self,
    ) -> list[FolderConfiguration]:
        """List every configured folder

        ``GET /rest/config/folders`` (Syncthing 1.12.0+)

        In configuration order.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "list[FolderConfiguration]",
            await self._sender.call(
                OPERATIONS["config_folders"],
                _endpoints.config_folders._get_kwargs(),
                _endpoints.config_folders._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def full(
        self,
    ) -> Configuration:
        """Get the whole configuration

        ``GET /rest/config`` (Syncthing 1.12.0+)

        Folders, devices, GUI, LDAP, options and defaults, as one object.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "Configuration",
            await self._sender.call(
                OPERATIONS["config_full"],
                _endpoints.config_full._get_kwargs(),
                _endpoints.config_full._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def gui(
        self,
    ) -> GUIConfiguration:
        """Get the settings of the GUI and REST listener

        ``GET /rest/config/gui`` (Syncthing 1.12.0+)

        Listen address, TLS, user and password (hashed), authentication mode, API key and theme.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "GUIConfiguration",
            await self._sender.call(
                OPERATIONS["config_gui"],
                _endpoints.config_gui._get_kwargs(),
                _endpoints.config_gui._parse_response,
                PARSE_CONTEXT,
            ),
        )

    @deprecated("GET /rest/config/insync is deprecated by Syncthing; call config.restart_required() instead")
    async def insync(
        self,
    ) -> ConfigInSync:
        """Tell whether the running configuration matches the saved one

        ``GET /rest/config/insync`` (Syncthing 1.12.0+; deprecated by Syncthing)

        `configInSync` is false when a change waits for a restart. Replaced by `GET /rest/config/restart-
        required`.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "ConfigInSync",
            await self._sender.call(
                OPERATIONS["config_insync"],
                _endpoints.config_insync._get_kwargs(),
                _endpoints.config_insync._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def ldap(
        self,
    ) -> LDAPConfiguration:
        """Get the settings of LDAP login

        ``GET /rest/config/ldap`` (Syncthing 1.12.0+)

        Where the LDAP server is and how to search it for GUI logins.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "LDAPConfiguration",
            await self._sender.call(
                OPERATIONS["config_ldap"],
                _endpoints.config_ldap._get_kwargs(),
                _endpoints.config_ldap._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def options(
        self,
    ) -> OptionsConfiguration:
        """Get the settings of instance-wide options

        ``GET /rest/config/options`` (Syncthing 1.12.0+)

        Listen addresses, discovery, relays, NAT, bandwidth limits, usage reporting and other instance-wide
        settings.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "OptionsConfiguration",
            await self._sender.call(
                OPERATIONS["config_options"],
                _endpoints.config_options._get_kwargs(),
                _endpoints.config_options._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def replace_default_device(
        self,
        *,
        body: DeviceConfiguration | Mapping[str, Any],
    ) -> None:
        """Replace the template for new devices

        ``PUT /rest/config/defaults/device`` (Syncthing 1.14.0+)

        Takes the whole template, as read and changed: fields left out would take the built-in defaults, not
        the template's current values (`addresses` `["dynamic"]`, `compression` `metadata`).

        Args:
            body (DeviceConfiguration): A remote device's settings (the local device is listed too).

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.device_configuration import DeviceConfiguration

        sent = require_body(OPERATIONS["config_replace_default_device"], body, (DeviceConfiguration,))
        await self._sender.send(
            OPERATIONS["config_replace_default_device"],
            _endpoints.config_replace_default_device._get_kwargs(
                body=sent,
            ),
        )

    async def replace_default_folder(
        self,
        *,
        body: FolderConfiguration | Mapping[str, Any],
    ) -> None:
        """Replace the template for new folders

        ``PUT /rest/config/defaults/folder`` (Syncthing 1.14.0+)

        Takes the whole template, as read and changed: fields left out would take the built-in defaults, not
        the template's current values (`path` `~`, `rescanIntervalS` 3600, this device in `devices`).

        Args:
            body (FolderConfiguration): A folder's settings.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.folder_configuration import FolderConfiguration

        sent = require_body(OPERATIONS["config_replace_default_folder"], body, (FolderConfiguration,))
        await self._sender.send(
            OPERATIONS["config_replace_default_folder"],
            _endpoints.config_replace_default_folder._get_kwargs(
                body=sent,
            ),
        )

    async def replace_default_ignores(
        self,
        *,
        body: DefaultIgnores | Mapping[str, Any],
    ) -> None:
        """Replace the ignore lines given to new folders

        ``PUT /rest/config/defaults/ignores`` (Syncthing 1.19.0+)

        Ignore lines are copied into a new folder's `.stignore` once; later changes here do not touch
        existing folders.

        Args:
            body (DefaultIgnores): Ignore lines given to new folders.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.default_ignores import DefaultIgnores

        sent = require_body(OPERATIONS["config_replace_default_ignores"], body, (DefaultIgnores,))
        await self._sender.send(
            OPERATIONS["config_replace_default_ignores"],
            _endpoints.config_replace_default_ignores._get_kwargs(
                body=sent,
            ),
        )

    async def replace_device(
        self,
        id: str,
        *,
        body: DeviceConfiguration | Mapping[str, Any],
    ) -> None:
        """Replace one device

        ``PUT /rest/config/devices/{id}`` (Syncthing 1.12.0+)

        Takes the whole device, as read and changed: fields left out would take the device defaults (use
        `PATCH` to change some). The ID in the body decides which device is written (the path's is not
        read), so it must name the path's device; a body without one is answered with 200 and nothing is
        stored, whatever the path names (the path's ID is never read, not even checked). Left out, `name`
        becomes empty, `addresses` `["dynamic"]` and `compression` `metadata` (unless the template was
        changed).

        Args:
            id (str): The device ID, with or without dashes. Empty, `.`, `..` and IDs holding a `/`
                cannot be named in a path.
            body (DeviceConfiguration): A remote device's settings (the local device is listed too).

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.device_configuration import DeviceConfiguration

        sent = require_body(OPERATIONS["config_replace_device"], body, (DeviceConfiguration,))
        await self._sender.send(
            OPERATIONS["config_replace_device"],
            _endpoints.config_replace_device._get_kwargs(
                id=id,
                body=sent,
            ),
        )

    async def replace_folder(
        self,
        id: str,
        *,
        body: FolderConfiguration | Mapping[str, Any],
    ) -> None:
        """Replace one folder

        ``PUT /rest/config/folders/{id}`` (Syncthing 1.12.0+)

        Takes the whole folder, as read and changed: fields left out would take the folder defaults (use
        `PATCH` to change some). The ID in the body decides which folder is written (the path's is not
        read), so it must name the path's folder; a body without one (or with an empty one) is answered with
        500 `folder has empty ID`. Left out, `label` becomes empty, `paused` false and `rescanIntervalS` the
        template's (3600 unless changed).

        Args:
            id (str): The folder ID. Syncthing's router resolves `.` and `..` segments and splits at
                `/` after decoding the path, whatever the percent-encoding, so an ID that is empty, `.`,
                `..` or holds a `/` cannot be named in a path (the request would reach another route):
                reach such a folder through the whole list (`GET`/`PUT /rest/config/folders`) or the whole
                configuration.
            body (FolderConfiguration): A folder's settings.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.folder_configuration import FolderConfiguration

        sent = require_body(OPERATIONS["config_replace_folder"], body, (FolderConfiguration,))
        await self._sender.send(
            OPERATIONS["config_replace_folder"],
            _endpoints.config_replace_folder._get_kwargs(
                id=id,
                body=sent,
            ),
        )

    async def replace_full(
        self,
        *,
        body: Configuration | Mapping[str, Any],
    ) -> None:
        """Replace the whole configuration

        ``PUT /rest/config`` (Syncthing 1.12.0+)

        Fields left out take their defaults. Changes that need a restart show in `GET /rest/config/restart-
        required`. A malformed body is answered with 400. Each folder and device entry starts from the
        body's `defaults` (the built-in ones if it has none), so fields left out take those; the GUI's
        writes (folder devices without `encryptionPassword`, `versioning` with only some fields) are valid
        here. Syncthing's CLI (`syncthing cli config`, through `POST /rest/system/config`) sends `null` for
        the empty lists and maps of an entry it adds (device `addresses`, `allowedNetworks`,
        `ignoredFolders`; folder `devices`, `versioning.params`, `xattrFilter.entries`) and no Content-Type:
        Syncthing reads that `null` as empty (`addresses` then `["dynamic"]`, `devices` this device). The
        schema does not allow `null` there: send `[]` and `{}`.

        Args:
            body (Configuration): The whole configuration, as `config.xml` holds it.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.configuration import Configuration

        sent = require_body(OPERATIONS["config_replace_full"], body, (Configuration,))
        await self._sender.send(
            OPERATIONS["config_replace_full"],
            _endpoints.config_replace_full._get_kwargs(
                body=sent,
            ),
        )

    async def replace_gui(
        self,
        *,
        body: GUIConfiguration | Mapping[str, Any],
    ) -> None:
        """Replace the settings of the GUI and REST listener

        ``PUT /rest/config/gui`` (Syncthing 1.12.0+)

        Takes the whole section, as read and changed: fields left out would take their built-in defaults
        (the API key among them: Syncthing generates a new random 32-character one, and the old key is
        answered with 403 `CSRF Error` from then on). Any change except to `debugging` restarts the
        listener, a change of `theme` too (a value written unchanged restarts nothing): kept-alive
        connections are closed and new ones refused for a few milliseconds (on loopback); retry a request
        that fails that way, with the new key if it changed. Releases before 1.25.0 hash the body's
        `password` again even when it is the stored bcrypt hash, as read (1.19.2 checked; `PATCH` and `PUT
        /rest/config` compare it with the stored one and do not), so the GUI password would stop working:
        there, change other fields with `PATCH`, or give the password in plain text.

        Args:
            body (GUIConfiguration): The GUI and REST listener.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.gui_configuration import GUIConfiguration

        sent = require_body(OPERATIONS["config_replace_gui"], body, (GUIConfiguration,))
        await self._sender.send(
            OPERATIONS["config_replace_gui"],
            _endpoints.config_replace_gui._get_kwargs(
                body=sent,
            ),
        )

    async def replace_ldap(
        self,
        *,
        body: LDAPConfiguration | Mapping[str, Any],
    ) -> None:
        """Replace the settings of LDAP login

        ``PUT /rest/config/ldap`` (Syncthing 1.12.0+)

        Takes the whole section, as read and changed: fields left out would take their built-in defaults.

        Args:
            body (LDAPConfiguration): LDAP server used for GUI logins when `authMode` is `ldap`.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.ldap_configuration import LDAPConfiguration

        sent = require_body(OPERATIONS["config_replace_ldap"], body, (LDAPConfiguration,))
        await self._sender.send(
            OPERATIONS["config_replace_ldap"],
            _endpoints.config_replace_ldap._get_kwargs(
                body=sent,
            ),
        )

    async def replace_options(
        self,
        *,
        body: OptionsConfiguration | Mapping[str, Any],
    ) -> None:
        """Replace the settings of instance-wide options

        ``PUT /rest/config/options`` (Syncthing 1.12.0+)

        Takes the whole section, as read and changed: fields left out would take their built-in defaults
        (discovery, relays and announcements on, listen addresses back to `default`).

        Args:
            body (OptionsConfiguration): Instance-wide options: networking, discovery, relays, usage
                reporting, limits.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.options_configuration import OptionsConfiguration

        sent = require_body(OPERATIONS["config_replace_options"], body, (OptionsConfiguration,))
        await self._sender.send(
            OPERATIONS["config_replace_options"],
            _endpoints.config_replace_options._get_kwargs(
                body=sent,
            ),
        )

    async def restart_required(
        self,
    ) -> RestartRequired:
        """Tell whether saved changes wait for a restart

        ``GET /rest/config/restart-required`` (Syncthing 1.15.0+)

        True when a configuration change only takes effect after `POST /rest/system/restart`.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        return cast(
            "RestartRequired",
            await self._sender.call(
                OPERATIONS["config_restart_required"],
                _endpoints.config_restart_required._get_kwargs(),
                _endpoints.config_restart_required._parse_response,
                PARSE_CONTEXT,
            ),
        )

    async def update_default_device(
        self,
        *,
        body: PartialDeviceConfiguration | DeviceConfiguration | Mapping[str, Any],
    ) -> None:
        """Change the template for new devices

        ``PATCH /rest/config/defaults/device`` (Syncthing 1.14.0+)

        Only the fields given change.

        Args:
            body (PartialDeviceConfiguration): Any subset of the fields of `DeviceConfiguration`: on
                POST the missing ones take their defaults, on PATCH they keep their values. Replacing
                (PUT) takes the whole object.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.device_configuration import DeviceConfiguration
        from ...models.partial_device_configuration import PartialDeviceConfiguration

        sent = require_body(
            OPERATIONS["config_update_default_device"], body, (PartialDeviceConfiguration, DeviceConfiguration)
        )
        await self._sender.send(
            OPERATIONS["config_update_default_device"],
            _endpoints.config_update_default_device._get_kwargs(
                body=sent,
            ),
        )

    async def update_default_folder(
        self,
        *,
        body: PartialFolderConfiguration | FolderConfiguration | Mapping[str, Any],
    ) -> None:
        """Change the template for new folders

        ``PATCH /rest/config/defaults/folder`` (Syncthing 1.14.0+)

        Only the fields given change.

        Args:
            body (PartialFolderConfiguration): Any subset of the fields of `FolderConfiguration`: on
                POST the missing ones take their defaults, on PATCH they keep their values. Replacing
                (PUT) takes the whole object.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.folder_configuration import FolderConfiguration
        from ...models.partial_folder_configuration import PartialFolderConfiguration

        sent = require_body(
            OPERATIONS["config_update_default_folder"], body, (PartialFolderConfiguration, FolderConfiguration)
        )
        await self._sender.send(
            OPERATIONS["config_update_default_folder"],
            _endpoints.config_update_default_folder._get_kwargs(
                body=sent,
            ),
        )

    async def update_device(
        self,
        id: str,
        *,
        body: PartialDeviceConfiguration | DeviceConfiguration | Mapping[str, Any],
    ) -> None:
        """Change some settings of one device

        ``PATCH /rest/config/devices/{id}`` (Syncthing 1.12.0+)

        Only the fields given change. An unknown ID is answered with 404. A body whose `deviceID` names
        another device writes a copy under that ID and leaves the path's device as it was.

        Args:
            id (str): The device ID, with or without dashes. Empty, `.`, `..` and IDs holding a `/`
                cannot be named in a path.
            body (PartialDeviceConfiguration): Any subset of the fields of `DeviceConfiguration`: on
                POST the missing ones take their defaults, on PATCH they keep their values. Replacing
                (PUT) takes the whole object.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.device_configuration import DeviceConfiguration
        from ...models.partial_device_configuration import PartialDeviceConfiguration

        sent = require_body(OPERATIONS["config_update_device"], body, (PartialDeviceConfiguration, DeviceConfiguration))
        await self._sender.send(
            OPERATIONS["config_update_device"],
            _endpoints.config_update_device._get_kwargs(
                id=id,
                body=sent,
            ),
        )

    async def update_folder(
        self,
        id: str,
        *,
        body: PartialFolderConfiguration | FolderConfiguration | Mapping[str, Any],
    ) -> None:
        """Change some settings of one folder

        ``PATCH /rest/config/folders/{id}`` (Syncthing 1.12.0+)

        Only the fields given change. An unknown ID is answered with 404. A body whose `id` names another
        folder writes a copy under that ID and leaves the path's folder as it was.

        Args:
            id (str): The folder ID. Syncthing's router resolves `.` and `..` segments and splits at
                `/` after decoding the path, whatever the percent-encoding, so an ID that is empty, `.`,
                `..` or holds a `/` cannot be named in a path (the request would reach another route):
                reach such a folder through the whole list (`GET`/`PUT /rest/config/folders`) or the whole
                configuration.
            body (PartialFolderConfiguration): Any subset of the fields of `FolderConfiguration`: on
                POST the missing ones take their defaults, on PATCH they keep their values. Replacing
                (PUT) takes the whole object.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.folder_configuration import FolderConfiguration
        from ...models.partial_folder_configuration import PartialFolderConfiguration

        sent = require_body(OPERATIONS["config_update_folder"], body, (PartialFolderConfiguration, FolderConfiguration))
        await self._sender.send(
            OPERATIONS["config_update_folder"],
            _endpoints.config_update_folder._get_kwargs(
                id=id,
                body=sent,
            ),
        )

    async def update_gui(
        self,
        *,
        body: PartialGUIConfiguration | GUIConfiguration | Mapping[str, Any],
    ) -> None:
        """Change some settings of the GUI and REST listener

        ``PATCH /rest/config/gui`` (Syncthing 1.12.0+)

        Only the fields given change. Any change except to `debugging` restarts the listener, a change of
        `theme` too (a value written unchanged restarts nothing): kept-alive connections are closed and new
        ones refused for a few milliseconds (on loopback); retry a request that fails that way, with the new
        key if it changed.

        Args:
            body (PartialGUIConfiguration): Any subset of the fields of `GUIConfiguration`: on POST
                the missing ones take their defaults, on PATCH they keep their values. Replacing (PUT)
                takes the whole object.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.gui_configuration import GUIConfiguration
        from ...models.partial_gui_configuration import PartialGUIConfiguration

        sent = require_body(OPERATIONS["config_update_gui"], body, (PartialGUIConfiguration, GUIConfiguration))
        await self._sender.send(
            OPERATIONS["config_update_gui"],
            _endpoints.config_update_gui._get_kwargs(
                body=sent,
            ),
        )

    async def update_ldap(
        self,
        *,
        body: PartialLDAPConfiguration | LDAPConfiguration | Mapping[str, Any],
    ) -> None:
        """Change some settings of LDAP login

        ``PATCH /rest/config/ldap`` (Syncthing 1.12.0+)

        Only the fields given change.

        Args:
            body (PartialLDAPConfiguration): Any subset of the fields of `LDAPConfiguration`: on POST
                the missing ones take their defaults, on PATCH they keep their values. Replacing (PUT)
                takes the whole object.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.ldap_configuration import LDAPConfiguration
        from ...models.partial_ldap_configuration import PartialLDAPConfiguration

        sent = require_body(OPERATIONS["config_update_ldap"], body, (PartialLDAPConfiguration, LDAPConfiguration))
        await self._sender.send(
            OPERATIONS["config_update_ldap"],
            _endpoints.config_update_ldap._get_kwargs(
                body=sent,
            ),
        )

    async def update_options(
        self,
        *,
        body: PartialOptionsConfiguration | OptionsConfiguration | Mapping[str, Any],
    ) -> None:
        """Change some settings of instance-wide options

        ``PATCH /rest/config/options`` (Syncthing 1.12.0+)

        Only the fields given change.

        Args:
            body (PartialOptionsConfiguration): Any subset of the fields of `OptionsConfiguration`: on
                POST the missing ones take their defaults, on PATCH they keep their values. Replacing
                (PUT) takes the whole object.

        Raises:
            SyncthingError: a subclass for each failure; see ``syncthing_client.errors``.
        """
        from ...models.options_configuration import OptionsConfiguration
        from ...models.partial_options_configuration import PartialOptionsConfiguration

        sent = require_body(
            OPERATIONS["config_update_options"], body, (PartialOptionsConfiguration, OptionsConfiguration)
        )
        await self._sender.send(
            OPERATIONS["config_update_options"],
            _endpoints.config_update_options._get_kwargs(
                body=sent,
            ),
        )


__all__ = ["AsyncConfigApi", "ConfigApi"]
