from __future__ import annotations

import datetime
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._timestamps import parse as _parse_timestamp
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
        type_ (str): Connection type (`tcp-client`, `tcp-server`, `quic-client`, `relay-server`, …); empty when not
            connected.
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
    type_: str
    started_at: datetime.datetime | Unset = UNSET
    crypto: str | Unset = UNSET
    is_local: bool | Unset = UNSET
    primary: ConnectionDetails | Unset = UNSET
    secondary: list[ConnectionDetails] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        in_bytes_total = self.in_bytes_total

        out_bytes_total = self.out_bytes_total

        connected = self.connected

        paused = self.paused

        address = self.address

        client_version = self.client_version

        type_ = self.type_

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
                "type": type_,
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        at = _parse_timestamp(src_dict["at"])

        in_bytes_total = src_dict["inBytesTotal"]

        out_bytes_total = src_dict["outBytesTotal"]

        connected = src_dict["connected"]

        paused = src_dict["paused"]

        address = src_dict["address"]

        client_version = src_dict["clientVersion"]

        type_ = src_dict["type"]

        _started_at = src_dict.get("startedAt", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = _parse_timestamp(_started_at)

        crypto = src_dict.get("crypto", UNSET)

        is_local = src_dict.get("isLocal", UNSET)

        _primary = src_dict.get("primary", UNSET)
        primary: ConnectionDetails | Unset
        if isinstance(_primary, Unset):
            primary = UNSET
        else:
            primary = ConnectionDetails.from_dict(_primary)

        _secondary = src_dict.get("secondary", UNSET)
        secondary: list[ConnectionDetails] | Unset = UNSET
        if _secondary is not UNSET:
            secondary = [ConnectionDetails.from_dict(secondary_item_data) for secondary_item_data in _secondary]

        device_connection = cls(
            at,
            in_bytes_total,
            out_bytes_total,
            connected,
            paused,
            address,
            client_version,
            type_,
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
        return device_connection

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


from ..models.connection_details import ConnectionDetails  # noqa: E402
