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
        "clientName",
        "clientVersion",
        "deviceName",
        "type",
        "addr",
    )
)


@_attrs_define
class DeviceConnectedEventData:
    """A connection to a device was established.

    Attributes:
        id (str): The device ID.
        client_name (str): The remote program's name, from its hello message, e.g. `syncthing`.
        client_version (str): The remote program's version, from its hello message, e.g. `v1.29.5`.
        device_name (str): The name the remote device gives itself in its hello message (may be empty).
        type_ (str): Connection type, e.g. `tcp-client`, `tcp-server`, `quic-client`, `relay-server`.
        addr (str | Unset): The remote end's address, `host:port`; left out when the connection does not know it.
    """

    id: str
    client_name: str
    client_version: str
    device_name: str
    type_: str
    addr: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_name = self.client_name

        client_version = self.client_version

        device_name = self.device_name

        type_ = self.type_

        addr = self.addr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "clientName": client_name,
                "clientVersion": client_version,
                "deviceName": device_name,
                "type": type_,
            }
        )
        if addr is not UNSET:
            field_dict["addr"] = addr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        client_name = src_dict["clientName"]

        client_version = src_dict["clientVersion"]

        device_name = src_dict["deviceName"]

        type_ = src_dict["type"]

        addr = src_dict.get("addr", UNSET)

        device_connected_event_data = cls(
            id,
            client_name,
            client_version,
            device_name,
            type_,
            addr,
        )

        if len(src_dict) != 6 - (addr,).count(UNSET):
            device_connected_event_data.additional_properties = {
                key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
            }
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
