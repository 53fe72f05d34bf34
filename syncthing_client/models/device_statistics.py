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
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceStatistics")

_KNOWN_KEYS = frozenset(
    (
        "lastSeen",
        "lastConnectionDurationS",
    )
)


@_extras_in_repr
@_attrs_define
class DeviceStatistics:
    """
    Attributes:
        last_seen (datetime.datetime): `1970-01-01T00:00:00Z` if never.
        last_connection_duration_s (float): Seconds the last connection lasted.
    """

    last_seen: datetime.datetime
    last_connection_duration_s: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

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
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (DeviceStatistics)", src_dict, None, src_dict)
        try:
            try:
                last_seen = _parse_timestamp(src_dict["lastSeen"])
            except (TypeError, ValueError):
                raise _invalid("a date-time", src_dict["lastSeen"], "lastSeen", src_dict) from None

            last_connection_duration_s = src_dict["lastConnectionDurationS"]
            if not (_type(last_connection_duration_s) is float or _type(last_connection_duration_s) is int):
                raise _invalid("a number", last_connection_duration_s, "lastConnectionDurationS", src_dict)

            device_statistics = cls(
                last_seen,
                last_connection_duration_s,
            )
            if len(src_dict) != 2:
                device_statistics.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return device_statistics

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
