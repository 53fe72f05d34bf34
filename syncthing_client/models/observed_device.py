from __future__ import annotations

import datetime
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._timestamps import parse as _parse_timestamp
from ..types import UNSET, Unset

T = TypeVar("T", bound="ObservedDevice")

_KNOWN_KEYS = frozenset(
    (
        "time",
        "deviceID",
        "name",
        "address",
    )
)


@_attrs_define
class ObservedDevice:
    """A device that was seen and ignored.

    Attributes:
        time (datetime.datetime):
        device_id (str):
        name (str):
        address (str):
    """

    time: datetime.datetime
    device_id: str
    name: str
    address: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = self.time.isoformat()

        device_id = self.device_id

        name = self.name

        address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "deviceID": device_id,
                "name": name,
                "address": address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        time = _parse_timestamp(src_dict["time"])

        device_id = src_dict["deviceID"]

        name = src_dict["name"]

        address = src_dict["address"]

        observed_device = cls(
            time,
            device_id,
            name,
            address,
        )

        if len(src_dict) != 4:
            observed_device.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return observed_device

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
