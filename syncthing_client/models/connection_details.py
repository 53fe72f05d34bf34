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

T = TypeVar("T", bound="ConnectionDetails")

_KNOWN_KEYS = frozenset(
    (
        "at",
        "inBytesTotal",
        "outBytesTotal",
        "startedAt",
        "address",
        "type",
        "isLocal",
        "crypto",
    )
)


@_extras_in_repr
@_attrs_define
class ConnectionDetails:
    """One underlying connection to a device (1.29.5 and later; several with multiple connections).

    Attributes:
        at (datetime.datetime | Unset): When the counters were read.
        in_bytes_total (int | Unset): Bytes received over this connection.
        out_bytes_total (int | Unset): Bytes sent over this connection.
        started_at (datetime.datetime | Unset): When the connection was established.
        address (str | Unset): The remote address.
        type (ConnectionType | Unset): How a device is connected, `<transport>-<side>`: `client` when this device
            dialled, `server` when the other one did. `` (empty) in a device's connection state while it is not connected.
        is_local (bool | Unset): Whether the remote address is on a local network.
        crypto (str | Unset): TLS version and cipher suite.
    """

    at: datetime.datetime | Unset = UNSET
    in_bytes_total: int | Unset = UNSET
    out_bytes_total: int | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    address: str | Unset = UNSET
    type: ConnectionType | Unset = UNSET
    is_local: bool | Unset = UNSET
    crypto: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        at: str | Unset = UNSET
        if not isinstance(self.at, Unset):
            at = self.at.isoformat()

        in_bytes_total = self.in_bytes_total

        out_bytes_total = self.out_bytes_total

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        address = self.address

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        is_local = self.is_local

        crypto = self.crypto

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if at is not UNSET:
            field_dict["at"] = at
        if in_bytes_total is not UNSET:
            field_dict["inBytesTotal"] = in_bytes_total
        if out_bytes_total is not UNSET:
            field_dict["outBytesTotal"] = out_bytes_total
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if address is not UNSET:
            field_dict["address"] = address
        if type is not UNSET:
            field_dict["type"] = type
        if is_local is not UNSET:
            field_dict["isLocal"] = is_local
        if crypto is not UNSET:
            field_dict["crypto"] = crypto

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (ConnectionDetails)", src_dict, None, src_dict)
        try:
            at = src_dict.get("at", UNSET)
            if at is not UNSET:
                try:
                    at = _parse_timestamp(at)
                except (TypeError, ValueError):
                    raise _invalid("a date-time", at, "at", src_dict) from None

            in_bytes_total = src_dict.get("inBytesTotal", UNSET)
            if not _type(in_bytes_total) is int and in_bytes_total is not UNSET:
                raise _invalid("an integer", in_bytes_total, "inBytesTotal", src_dict)

            out_bytes_total = src_dict.get("outBytesTotal", UNSET)
            if not _type(out_bytes_total) is int and out_bytes_total is not UNSET:
                raise _invalid("an integer", out_bytes_total, "outBytesTotal", src_dict)

            started_at = src_dict.get("startedAt", UNSET)
            if started_at is not UNSET:
                try:
                    started_at = _parse_timestamp(started_at)
                except (TypeError, ValueError):
                    raise _invalid("a date-time", started_at, "startedAt", src_dict) from None

            address = src_dict.get("address", UNSET)
            if not _type(address) is str and address is not UNSET:
                raise _invalid("a string", address, "address", src_dict)

            type: ConnectionType | Unset = src_dict.get("type", UNSET)
            if not _type(type) is str and type is not UNSET:
                raise _invalid("a string", type, "type", src_dict)

            is_local = src_dict.get("isLocal", UNSET)
            if not _type(is_local) is bool and is_local is not UNSET:
                raise _invalid("a boolean", is_local, "isLocal", src_dict)

            crypto = src_dict.get("crypto", UNSET)
            if not _type(crypto) is str and crypto is not UNSET:
                raise _invalid("a string", crypto, "crypto", src_dict)

            connection_details = cls(
                at,
                in_bytes_total,
                out_bytes_total,
                started_at,
                address,
                type,
                is_local,
                crypto,
            )
            if len(src_dict) != 8 - (
                at,
                in_bytes_total,
                out_bytes_total,
                started_at,
                address,
                type,
                is_local,
                crypto,
            ).count(UNSET):
                connection_details.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return connection_details

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
