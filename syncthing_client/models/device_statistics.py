from __future__ import annotations

import datetime
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._timestamps import parse as _parse_timestamp
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceStatistics")

_KNOWN_KEYS = frozenset(
    (
        "lastSeen",
        "lastConnectionDurationS",
    )
)


@_attrs_define
class DeviceStatistics:
    """
    Attributes:
        last_seen (datetime.datetime): `1970-01-01T00:00:00Z` if never.
        last_connection_duration_s (float): Seconds the last connection lasted.
    """

    last_seen: datetime.datetime
    last_connection_duration_s: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_seen = self.last_seen.isoformat()

        last_connection_duration_s = self.last_connection_duration_s

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lastSeen": last_seen,
                "lastConnectionDurationS": last_connection_duration_s,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        last_seen = _parse_timestamp(src_dict["lastSeen"])

        last_connection_duration_s = src_dict["lastConnectionDurationS"]

        device_statistics = cls(
            last_seen,
            last_connection_duration_s,
        )

        if len(src_dict) != 2:
            device_statistics.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return device_statistics

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
