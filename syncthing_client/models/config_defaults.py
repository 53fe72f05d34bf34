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

T = TypeVar("T", bound="ConfigDefaults")

_KNOWN_KEYS = frozenset(
    (
        "folder",
        "device",
        "ignores",
    )
)


@_extras_in_repr
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

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
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (ConfigDefaults)", src_dict, None, src_dict)
        try:
            try:
                folder = FolderConfiguration.from_dict(src_dict["folder"])
            except _Invalid as _e:
                raise _e.within("folder", None, src_dict) from None

            try:
                device = DeviceConfiguration.from_dict(src_dict["device"])
            except _Invalid as _e:
                raise _e.within("device", None, src_dict) from None

            try:
                ignores = DefaultIgnores.from_dict(src_dict["ignores"])
            except _Invalid as _e:
                raise _e.within("ignores", None, src_dict) from None

            config_defaults = cls(
                folder,
                device,
                ignores,
            )
            if len(src_dict) != 3:
                config_defaults.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return config_defaults

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.default_ignores import DefaultIgnores  # noqa: E402
from ..models.device_configuration import DeviceConfiguration  # noqa: E402
from ..models.folder_configuration import FolderConfiguration  # noqa: E402
