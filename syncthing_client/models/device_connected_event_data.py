from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceConnectedEventData")

_KNOWN_KEYS = frozenset(
    (
        "id",
        "addr",
        "clientName",
        "clientVersion",
        "deviceName",
        "type",
    )
)


@_attrs_define
class DeviceConnectedEventData:
    """A connection to a device was established.

    Attributes:
        id (str): The device ID.
        addr (str): Remote address.
        client_name (str | Unset):
        client_version (str | Unset):
        device_name (str | Unset):
        type_ (str | Unset): Connection type, e.g. `tcp-client`, `tcp-server`, `quic-client`, `relay-server`.
    """

    id: str
    addr: str
    client_name: str | Unset = UNSET
    client_version: str | Unset = UNSET
    device_name: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        addr = self.addr

        client_name = self.client_name

        client_version = self.client_version

        device_name = self.device_name

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "addr": addr,
            }
        )
        if client_name is not UNSET:
            field_dict["clientName"] = client_name
        if client_version is not UNSET:
            field_dict["clientVersion"] = client_version
        if device_name is not UNSET:
            field_dict["deviceName"] = device_name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        addr = src_dict["addr"]

        client_name = src_dict.get("clientName", UNSET)

        client_version = src_dict.get("clientVersion", UNSET)

        device_name = src_dict.get("deviceName", UNSET)

        type_ = src_dict.get("type", UNSET)

        device_connected_event_data = cls(
            id,
            addr,
            client_name,
            client_version,
            device_name,
            type_,
        )

        d = {} if src_dict.keys() <= _KNOWN_KEYS else {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        device_connected_event_data.additional_properties = d
        return device_connected_event_data

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
