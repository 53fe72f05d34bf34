from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PendingDeviceChange")

_KNOWN_KEYS = frozenset(
    (
        "deviceID",
        "name",
        "address",
    )
)


@_attrs_define
class PendingDeviceChange:
    """
    Attributes:
        device_id (str):
        name (str | Unset):
        address (str | Unset):
    """

    device_id: str
    name: str | Unset = UNSET
    address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        name = self.name

        address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deviceID": device_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        device_id = src_dict["deviceID"]

        name = src_dict.get("name", UNSET)

        address = src_dict.get("address", UNSET)

        pending_device_change = cls(
            device_id,
            name,
            address,
        )

        if len(src_dict) != 3 - (
            name,
            address,
        ).count(UNSET):
            pending_device_change.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return pending_device_change

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
