from __future__ import annotations

from builtins import type as _type
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

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
from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageReportDeviceUsesV3")

_KNOWN_KEYS = frozenset(
    (
        "untrusted",
        "usesRateLimit",
        "multipleConnections",
    )
)


@_extras_in_repr
@_attrs_define
class UsageReportDeviceUsesV3:
    """
    Attributes:
        untrusted (int | Unset):
        uses_rate_limit (int | Unset): Sent by 1.29.5 and 2.1.3 only.
        multiple_connections (int | Unset): Sent by 1.29.5 and 2.1.3 only.
    """

    untrusted: int | Unset = UNSET
    uses_rate_limit: int | Unset = UNSET
    multiple_connections: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        untrusted = self.untrusted

        uses_rate_limit = self.uses_rate_limit

        multiple_connections = self.multiple_connections

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if untrusted is not UNSET:
            field_dict["untrusted"] = untrusted
        if uses_rate_limit is not UNSET:
            field_dict["usesRateLimit"] = uses_rate_limit
        if multiple_connections is not UNSET:
            field_dict["multipleConnections"] = multiple_connections

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (UsageReportDeviceUsesV3)", src_dict, None, src_dict)
        try:
            untrusted = src_dict.get("untrusted", UNSET)
            if not _type(untrusted) is int and untrusted is not UNSET:
                raise _invalid("an integer", untrusted, "untrusted", src_dict)

            uses_rate_limit = src_dict.get("usesRateLimit", UNSET)
            if not _type(uses_rate_limit) is int and uses_rate_limit is not UNSET:
                raise _invalid("an integer", uses_rate_limit, "usesRateLimit", src_dict)

            multiple_connections = src_dict.get("multipleConnections", UNSET)
            if not _type(multiple_connections) is int and multiple_connections is not UNSET:
                raise _invalid("an integer", multiple_connections, "multipleConnections", src_dict)

            usage_report_device_uses_v3 = cls(
                untrusted,
                uses_rate_limit,
                multiple_connections,
            )
            if len(src_dict) != 3 - (
                untrusted,
                uses_rate_limit,
                multiple_connections,
            ).count(UNSET):
                usage_report_device_uses_v3.additional_properties = {
                    key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
                }

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return usage_report_device_uses_v3

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
