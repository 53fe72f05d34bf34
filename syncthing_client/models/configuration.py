from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_defaults import ConfigDefaults
    from ..models.device_configuration import DeviceConfiguration
    from ..models.folder_configuration import FolderConfiguration
    from ..models.gui_configuration import GUIConfiguration
    from ..models.ldap_configuration import LDAPConfiguration
    from ..models.observed_device import ObservedDevice
    from ..models.options_configuration import OptionsConfiguration


T = TypeVar("T", bound="Configuration")


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
        from ..models.config_defaults import ConfigDefaults  # noqa: PLC0415
        from ..models.device_configuration import DeviceConfiguration  # noqa: PLC0415
        from ..models.folder_configuration import FolderConfiguration  # noqa: PLC0415
        from ..models.gui_configuration import GUIConfiguration  # noqa: PLC0415
        from ..models.ldap_configuration import LDAPConfiguration  # noqa: PLC0415
        from ..models.observed_device import ObservedDevice  # noqa: PLC0415
        from ..models.options_configuration import OptionsConfiguration  # noqa: PLC0415

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
        from ..models.config_defaults import ConfigDefaults  # noqa: PLC0415
        from ..models.device_configuration import DeviceConfiguration  # noqa: PLC0415
        from ..models.folder_configuration import FolderConfiguration  # noqa: PLC0415
        from ..models.gui_configuration import GUIConfiguration  # noqa: PLC0415
        from ..models.ldap_configuration import LDAPConfiguration  # noqa: PLC0415
        from ..models.observed_device import ObservedDevice  # noqa: PLC0415
        from ..models.options_configuration import OptionsConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        version = d.pop("version")

        folders = []
        _folders = d.pop("folders")
        for folders_item_data in _folders:
            folders_item = FolderConfiguration.from_dict(folders_item_data)

            folders.append(folders_item)

        devices = []
        _devices = d.pop("devices")
        for devices_item_data in _devices:
            devices_item = DeviceConfiguration.from_dict(devices_item_data)

            devices.append(devices_item)

        gui = GUIConfiguration.from_dict(d.pop("gui"))

        ldap = LDAPConfiguration.from_dict(d.pop("ldap"))

        options = OptionsConfiguration.from_dict(d.pop("options"))

        remote_ignored_devices = []
        _remote_ignored_devices = d.pop("remoteIgnoredDevices")
        for remote_ignored_devices_item_data in _remote_ignored_devices:
            remote_ignored_devices_item = ObservedDevice.from_dict(remote_ignored_devices_item_data)

            remote_ignored_devices.append(remote_ignored_devices_item)

        defaults = ConfigDefaults.from_dict(d.pop("defaults"))

        configuration = cls(
            version=version,
            folders=folders,
            devices=devices,
            gui=gui,
            ldap=ldap,
            options=options,
            remote_ignored_devices=remote_ignored_devices,
            defaults=defaults,
        )

        configuration.additional_properties = d
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
