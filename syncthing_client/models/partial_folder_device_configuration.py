from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._redact import masked as _masked
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartialFolderDeviceConfiguration")

_KNOWN_KEYS = frozenset(
    (
        "deviceID",
        "introducedBy",
        "encryptionPassword",
    )
)


@_attrs_define
class PartialFolderDeviceConfiguration:
    """Any subset of the fields of `FolderDeviceConfiguration`: on POST the missing ones take their defaults, on PATCH they
    keep their values. Replacing (PUT) takes the whole object.

        Attributes:
            device_id (str | Unset):
            introduced_by (str | Unset):
            encryption_password (str | Unset): The password data for this device is encrypted with (the device is
                untrusted); empty for a trusted device.
    """

    device_id: str | Unset = UNSET
    introduced_by: str | Unset = UNSET
    encryption_password: str | Unset = _attrs_field(default=UNSET, repr=_masked)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        device_id = src_dict.get("deviceID", UNSET)

        introduced_by = src_dict.get("introducedBy", UNSET)

        encryption_password = src_dict.get("encryptionPassword", UNSET)

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
        return partial_folder_device_configuration

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
