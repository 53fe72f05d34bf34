from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigDefaults")

_KNOWN_KEYS = frozenset(
    (
        "folder",
        "device",
        "ignores",
    )
)


@_attrs_define
class ConfigDefaults:
    """Templates for new folders and devices, and default ignore lines (1.19.0 and later).

    Attributes:
        folder (FolderConfiguration): A folder's settings.
        device (DeviceConfiguration): A remote device's settings (the local device is listed too).
        ignores (DefaultIgnores): Ignore lines given to new folders.
    """

    folder: FolderConfiguration
    device: DeviceConfiguration
    ignores: DefaultIgnores
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        folder = self.folder.to_dict()

        device = self.device.to_dict()

        ignores = self.ignores.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "folder": folder,
                "device": device,
                "ignores": ignores,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        folder = FolderConfiguration.from_dict(src_dict["folder"])

        device = DeviceConfiguration.from_dict(src_dict["device"])

        ignores = DefaultIgnores.from_dict(src_dict["ignores"])

        config_defaults = cls(
            folder,
            device,
            ignores,
        )

        if len(src_dict) != 3:
            config_defaults.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return config_defaults

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


from ..models.default_ignores import DefaultIgnores  # noqa: E402
from ..models.device_configuration import DeviceConfiguration  # noqa: E402
from ..models.folder_configuration import FolderConfiguration  # noqa: E402
