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
from ..models.connection_type import ConnectionType
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


@_extras_in_repr
@_attrs_define
class DeviceConnectedEventData:
    """A connection to a device was established.

    Attributes:
        id (str): The device ID.
        client_name (str): The remote program's name, from its hello message, e.g. `syncthing`.
        client_version (str): The remote program's version, from its hello message, e.g. `v1.29.5`.
        device_name (str): The name the remote device gives itself in its hello message (may be empty).
        type (ConnectionType): How a device is connected, `<transport>-<side>`: `client` when this device dialled,
            `server` when the other one did. `` (empty) in a device's connection state while it is not connected.
        addr (str | Unset): The remote end's address, `host:port`; left out when the connection does not know it.
    """

    id: str
    client_name: str
    client_version: str
    device_name: str
    type: ConnectionType
    addr: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_name = self.client_name

        client_version = self.client_version

        device_name = self.device_name

        type: str = self.type

        addr = self.addr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "clientName": client_name,
                "clientVersion": client_version,
                "deviceName": device_name,
                "type": type,
            }
        )
        if addr is not UNSET:
            field_dict["addr"] = addr

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (DeviceConnectedEventData)", src_dict, None, src_dict)
        try:
            id = src_dict["id"]
            if not _type(id) is str:
                raise _invalid("a string", id, "id", src_dict)

            client_name = src_dict["clientName"]
            if not _type(client_name) is str:
                raise _invalid("a string", client_name, "clientName", src_dict)

            client_version = src_dict["clientVersion"]
            if not _type(client_version) is str:
                raise _invalid("a string", client_version, "clientVersion", src_dict)

            device_name = src_dict["deviceName"]
            if not _type(device_name) is str:
                raise _invalid("a string", device_name, "deviceName", src_dict)

            type: ConnectionType = src_dict["type"]
            if not _type(type) is str:
                raise _invalid("a string", type, "type", src_dict)

            addr = src_dict.get("addr", UNSET)
            if not _type(addr) is str and addr is not UNSET:
                raise _invalid("a string", addr, "addr", src_dict)

            device_connected_event_data = cls(
                id,
                client_name,
                client_version,
                device_name,
                type,
                addr,
            )
            if len(src_dict) != 6 - (addr,).count(UNSET):
                device_connected_event_data.additional_properties = {
                    key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
                }

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return device_connected_event_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
