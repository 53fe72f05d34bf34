from __future__ import annotations

import datetime
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._timestamps import parse as _parse_timestamp
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionStats")

_KNOWN_KEYS = frozenset(
    (
        "at",
        "inBytesTotal",
        "outBytesTotal",
    )
)


@_attrs_define
class ConnectionStats:
    """Traffic counters of one connection, or of all connections together.

    Attributes:
        at (datetime.datetime): When the counters were read.
        in_bytes_total (int): Bytes received.
        out_bytes_total (int): Bytes sent.
    """

    at: datetime.datetime
    in_bytes_total: int
    out_bytes_total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        in_bytes_total = self.in_bytes_total

        out_bytes_total = self.out_bytes_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "inBytesTotal": in_bytes_total,
                "outBytesTotal": out_bytes_total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        at = _parse_timestamp(src_dict["at"])

        in_bytes_total = src_dict["inBytesTotal"]

        out_bytes_total = src_dict["outBytesTotal"]

        connection_stats = cls(
            at,
            in_bytes_total,
            out_bytes_total,
        )

        if len(src_dict) != 3:
            connection_stats.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return connection_stats

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
