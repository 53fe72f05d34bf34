from __future__ import annotations

from builtins import type as _type
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

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
from .._redact import masked as _masked
from .._repr import extras_in_repr as _extras_in_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartialFolderDeviceConfiguration")

_KNOWN_KEYS = frozenset(
    (
        "deviceID",
        "introducedBy",
        "encryptionPassword",
    )
)


@_extras_in_repr
@_attrs_define
class PartialFolderDeviceConfiguration:
    """A device a folder is shared with, in a folder body that may leave fields out. On POST a field left out takes the
    value of the folder template's entry at the same place (`/rest/config/defaults/folder`, which lists this device with
    both empty: not introduced, trusted), else empty. On PATCH all three must be given: Syncthing writes each entry of
    `devices` over the entry that was at the same place in the list, whatever its device, so a field left out would keep
    another device's value (its `encryptionPassword`, say) (1.19.2 and 1.29.5 checked).

        Attributes:
            device_id (str | Unset): The device ID.
            introduced_by (str | Unset): The device that introduced us to share this folder with this device; empty if none.
            encryption_password (str | Unset): The password data for this device is encrypted with (the device is
                untrusted); empty for a trusted device.
    """

    device_id: str | Unset = UNSET
    introduced_by: str | Unset = UNSET
    encryption_password: str | Unset = _attrs_field(default=UNSET, repr=_masked)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        introduced_by = self.introduced_by

        encryption_password = self.encryption_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device_id is not UNSET:
            field_dict["deviceID"] = device_id
        if introduced_by is not UNSET:
            field_dict["introducedBy"] = introduced_by
        if encryption_password is not UNSET:
            field_dict["encryptionPassword"] = encryption_password

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (PartialFolderDeviceConfiguration)", src_dict, None, src_dict)
        try:
            device_id = src_dict.get("deviceID", UNSET)
            if not _type(device_id) is str and device_id is not UNSET:
                raise _invalid("a string", device_id, "deviceID", src_dict)

            introduced_by = src_dict.get("introducedBy", UNSET)
            if not _type(introduced_by) is str and introduced_by is not UNSET:
                raise _invalid("a string", introduced_by, "introducedBy", src_dict)

            encryption_password = src_dict.get("encryptionPassword", UNSET)
            if not _type(encryption_password) is str and encryption_password is not UNSET:
                raise _invalid("a string", encryption_password, "encryptionPassword", src_dict)

            partial_folder_device_configuration = cls(
                device_id,
                introduced_by,
                encryption_password,
            )
            if len(src_dict) != 3 - (
                device_id,
                introduced_by,
                encryption_password,
            ).count(UNSET):
                partial_folder_device_configuration.additional_properties = {
                    key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
                }

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return partial_folder_device_configuration

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
