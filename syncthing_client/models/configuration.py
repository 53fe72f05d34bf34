from __future__ import annotations

from builtins import type as _type
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._check import Invalid as _Invalid
from .._check import bad_item as _bad_item
from .._check import bool_types as _bool_types
from .._check import float_types as _float_types
from .._check import int_types as _int_types
from .._check import invalid as _invalid
from .._check import missing as _missing
from .._check import model_decoders as _model_decoders
from .._check import only_bool as _only_bool
from .._check import only_float as _only_float
from .._check import only_int as _only_int
from .._check import only_str as _only_str
from .._check import str_types as _str_types
from .._check import tagged as _tagged
from .._repr import extras_in_repr as _extras_in_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Configuration")

_KNOWN_KEYS = frozenset(
    (
        "version",
        "folders",
        "devices",
        "gui",
        "ldap",
        "options",
        "remoteIgnoredDevices",
        "defaults",
    )
)


@_extras_in_repr
@_attrs_define
class Configuration:
    """The whole configuration, as `config.xml` holds it.

    Attributes:
        version (int): The configuration format version (37 for 1.19.2 and 1.29.5).
        folders (list[FolderConfiguration]): Each item: A folder's settings.
        devices (list[DeviceConfiguration]): Each item: A remote device's settings (the local device is listed too).
        gui (GUIConfiguration): The GUI and REST listener.
        ldap (LDAPConfiguration): LDAP server used for GUI logins when `authMode` is `ldap`.
        options (OptionsConfiguration): Instance-wide options: networking, discovery, relays, usage reporting, limits.
        remote_ignored_devices (list[ObservedDevice]): Devices whose connection attempts were declined.
        defaults (ConfigDefaults): Templates for new folders and devices, and default ignore lines (1.19.0 and later).
    """

    version: int
    folders: list[FolderConfiguration]
    devices: list[DeviceConfiguration]
    gui: GUIConfiguration
    ldap: LDAPConfiguration
    options: OptionsConfiguration
    remote_ignored_devices: list[ObservedDevice]
    defaults: ConfigDefaults
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        folders = []
        for folders_item_data in self.folders:
            folders_item = folders_item_data.to_dict()
            folders.append(folders_item)

        devices = []
        for devices_item_data in self.devices:
            devices_item = devices_item_data.to_dict()
            devices.append(devices_item)

        gui = self.gui.to_dict()

        ldap = self.ldap.to_dict()

        options = self.options.to_dict()

        remote_ignored_devices = []
        for remote_ignored_devices_item_data in self.remote_ignored_devices:
            remote_ignored_devices_item = remote_ignored_devices_item_data.to_dict()
            remote_ignored_devices.append(remote_ignored_devices_item)

        defaults = self.defaults.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "folders": folders,
                "devices": devices,
                "gui": gui,
                "ldap": ldap,
                "options": options,
                "remoteIgnoredDevices": remote_ignored_devices,
                "defaults": defaults,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (Configuration)", src_dict, None, src_dict)
        try:
            version = src_dict["version"]
            if not _type(version) is int:
                raise _invalid("an integer", version, "version", src_dict)

            folders = src_dict["folders"]
            if _type(folders) is not list:
                raise _invalid("a list", folders, "folders", src_dict)
            try:
                folders = [FolderConfiguration.from_dict(_item) for _item in folders]
            except _Invalid as _e:
                raise _e.within("folders", src_dict["folders"], src_dict) from None

            devices = src_dict["devices"]
            if _type(devices) is not list:
                raise _invalid("a list", devices, "devices", src_dict)
            try:
                devices = [DeviceConfiguration.from_dict(_item) for _item in devices]
            except _Invalid as _e:
                raise _e.within("devices", src_dict["devices"], src_dict) from None

            try:
                gui = GUIConfiguration.from_dict(src_dict["gui"])
            except _Invalid as _e:
                raise _e.within("gui", None, src_dict) from None

            try:
                ldap = LDAPConfiguration.from_dict(src_dict["ldap"])
            except _Invalid as _e:
                raise _e.within("ldap", None, src_dict) from None

            try:
                options = OptionsConfiguration.from_dict(src_dict["options"])
            except _Invalid as _e:
                raise _e.within("options", None, src_dict) from None

            remote_ignored_devices = src_dict["remoteIgnoredDevices"]
            if _type(remote_ignored_devices) is not list:
                raise _invalid("a list", remote_ignored_devices, "remoteIgnoredDevices", src_dict)
            try:
                remote_ignored_devices = [ObservedDevice.from_dict(_item) for _item in remote_ignored_devices]
            except _Invalid as _e:
                raise _e.within("remoteIgnoredDevices", src_dict["remoteIgnoredDevices"], src_dict) from None

            try:
                defaults = ConfigDefaults.from_dict(src_dict["defaults"])
            except _Invalid as _e:
                raise _e.within("defaults", None, src_dict) from None

            configuration = cls(
                version,
                folders,
                devices,
                gui,
                ldap,
                options,
                remote_ignored_devices,
                defaults,
            )
            if len(src_dict) != 8:
                configuration.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return configuration

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.config_defaults import ConfigDefaults  # noqa: E402
from ..models.device_configuration import DeviceConfiguration  # noqa: E402
from ..models.folder_configuration import FolderConfiguration  # noqa: E402
from ..models.gui_configuration import GUIConfiguration  # noqa: E402
from ..models.ldap_configuration import LDAPConfiguration  # noqa: E402
from ..models.observed_device import ObservedDevice  # noqa: E402
from ..models.options_configuration import OptionsConfiguration  # noqa: E402
