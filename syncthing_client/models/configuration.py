from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
class Configuration:
    """The whole configuration, as `config.xml` holds it.

    Attributes:
        version (int): The configuration format version (37 for 1.19.2 and 1.29.5).
        folders (list[FolderConfiguration]):
        devices (list[DeviceConfiguration]):
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        version = src_dict["version"]

        _folders = src_dict["folders"]
        folders = [FolderConfiguration.from_dict(folders_item_data) for folders_item_data in _folders]

        _devices = src_dict["devices"]
        devices = [DeviceConfiguration.from_dict(devices_item_data) for devices_item_data in _devices]

        gui = GUIConfiguration.from_dict(src_dict["gui"])

        ldap = LDAPConfiguration.from_dict(src_dict["ldap"])

        options = OptionsConfiguration.from_dict(src_dict["options"])

        _remote_ignored_devices = src_dict["remoteIgnoredDevices"]
        remote_ignored_devices = [
            ObservedDevice.from_dict(remote_ignored_devices_item_data)
            for remote_ignored_devices_item_data in _remote_ignored_devices
        ]

        defaults = ConfigDefaults.from_dict(src_dict["defaults"])

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
        return configuration

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.config_defaults import ConfigDefaults  # noqa: E402
from ..models.device_configuration import DeviceConfiguration  # noqa: E402
from ..models.folder_configuration import FolderConfiguration  # noqa: E402
from ..models.gui_configuration import GUIConfiguration  # noqa: E402
from ..models.ldap_configuration import LDAPConfiguration  # noqa: E402
from ..models.observed_device import ObservedDevice  # noqa: E402
from ..models.options_configuration import OptionsConfiguration  # noqa: E402
