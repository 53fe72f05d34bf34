from __future__ import annotations

import datetime
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
from .._timestamps import parse as _parse_timestamp
from ..models.connection_type import ConnectionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceConnection")

_KNOWN_KEYS = frozenset(
    (
        "at",
        "inBytesTotal",
        "outBytesTotal",
        "connected",
        "paused",
        "address",
        "clientVersion",
        "type",
        "startedAt",
        "crypto",
        "isLocal",
        "primary",
        "secondary",
    )
)


@_extras_in_repr
@_attrs_define
class DeviceConnection:
    """Connection state of one device.

    Attributes:
        at (datetime.datetime): When the counters were read.
        in_bytes_total (int): Bytes received from the device.
        out_bytes_total (int): Bytes sent to the device.
        connected (bool): Whether a connection is up.
        paused (bool): Whether the device is paused.
        address (str): The remote address; empty when not connected.
        client_version (str): The device's Syncthing version; empty when not connected.
        type (ConnectionType): How a device is connected, `<transport>-<side>`: `client` when this device dialled,
            `server` when the other one did. `` (empty) in a device's connection state while it is not connected.
        started_at (datetime.datetime | Unset): When the connection was established; `0001-01-01T00:00:00Z` when not
            connected.
        crypto (str | Unset): TLS version and cipher suite; empty when not connected.
        is_local (bool | Unset): Whether the connection is on a local network (1.29.5 and later, when connected).
        primary (ConnectionDetails | Unset): One underlying connection to a device (1.29.5 and later; several with
            multiple connections).
        secondary (list[ConnectionDetails] | Unset): Further connections to the same device, when multiple connections
            are enabled (1.29.5 and later).
    """

    at: datetime.datetime
    in_bytes_total: int
    out_bytes_total: int
    connected: bool
    paused: bool
    address: str
    client_version: str
    type: ConnectionType
    started_at: datetime.datetime | Unset = UNSET
    crypto: str | Unset = UNSET
    is_local: bool | Unset = UNSET
    primary: ConnectionDetails | Unset = UNSET
    secondary: list[ConnectionDetails] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        in_bytes_total = self.in_bytes_total

        out_bytes_total = self.out_bytes_total

        connected = self.connected

        paused = self.paused

        address = self.address

        client_version = self.client_version

        type: str = self.type

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        crypto = self.crypto

        is_local = self.is_local

        primary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary, Unset):
            primary = self.primary.to_dict()

        secondary: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.secondary, Unset):
            secondary = []
            for secondary_item_data in self.secondary:
                secondary_item = secondary_item_data.to_dict()
                secondary.append(secondary_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "inBytesTotal": in_bytes_total,
                "outBytesTotal": out_bytes_total,
                "connected": connected,
                "paused": paused,
                "address": address,
                "clientVersion": client_version,
                "type": type,
            }
        )
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if crypto is not UNSET:
            field_dict["crypto"] = crypto
        if is_local is not UNSET:
            field_dict["isLocal"] = is_local
        if primary is not UNSET:
            field_dict["primary"] = primary
        if secondary is not UNSET:
            field_dict["secondary"] = secondary

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (DeviceConnection)", src_dict, None, src_dict)
        try:
            try:
                at = _parse_timestamp(src_dict["at"])
            except (TypeError, ValueError):
                raise _invalid("a date-time", src_dict["at"], "at", src_dict) from None

            in_bytes_total = src_dict["inBytesTotal"]
            if not _type(in_bytes_total) is int:
                raise _invalid("an integer", in_bytes_total, "inBytesTotal", src_dict)

            out_bytes_total = src_dict["outBytesTotal"]
            if not _type(out_bytes_total) is int:
                raise _invalid("an integer", out_bytes_total, "outBytesTotal", src_dict)

            connected = src_dict["connected"]
            if not _type(connected) is bool:
                raise _invalid("a boolean", connected, "connected", src_dict)

            paused = src_dict["paused"]
            if not _type(paused) is bool:
                raise _invalid("a boolean", paused, "paused", src_dict)

            address = src_dict["address"]
            if not _type(address) is str:
                raise _invalid("a string", address, "address", src_dict)

            client_version = src_dict["clientVersion"]
            if not _type(client_version) is str:
                raise _invalid("a string", client_version, "clientVersion", src_dict)

            type: ConnectionType = src_dict["type"]
            if not _type(type) is str:
                raise _invalid("a string", type, "type", src_dict)

            started_at = src_dict.get("startedAt", UNSET)
            if started_at is not UNSET:
                try:
                    started_at = _parse_timestamp(started_at)
                except (TypeError, ValueError):
                    raise _invalid("a date-time", started_at, "startedAt", src_dict) from None

            crypto = src_dict.get("crypto", UNSET)
            if not _type(crypto) is str and crypto is not UNSET:
                raise _invalid("a string", crypto, "crypto", src_dict)

            is_local = src_dict.get("isLocal", UNSET)
            if not _type(is_local) is bool and is_local is not UNSET:
                raise _invalid("a boolean", is_local, "isLocal", src_dict)

            primary = src_dict.get("primary", UNSET)
            if primary is not UNSET:
                try:
                    primary = ConnectionDetails.from_dict(primary)
                except _Invalid as _e:
                    raise _e.within("primary", None, src_dict) from None

            secondary = src_dict.get("secondary", UNSET)
            if secondary is not UNSET:
                if _type(secondary) is not list:
                    raise _invalid("a list", secondary, "secondary", src_dict)
                try:
                    secondary = [ConnectionDetails.from_dict(_item) for _item in secondary]
                except _Invalid as _e:
                    raise _e.within("secondary", secondary, src_dict) from None

            device_connection = cls(
                at,
                in_bytes_total,
                out_bytes_total,
                connected,
                paused,
                address,
                client_version,
                type,
                started_at,
                crypto,
                is_local,
                primary,
                secondary,
            )
            if len(src_dict) != 13 - (
                started_at,
                crypto,
                is_local,
                primary,
                secondary,
            ).count(UNSET):
                device_connection.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return device_connection

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.connection_details import ConnectionDetails  # noqa: E402
