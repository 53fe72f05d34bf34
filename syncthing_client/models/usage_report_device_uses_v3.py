from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageReportDeviceUsesV3")

_KNOWN_KEYS = frozenset(
    (
        "untrusted",
        "usesRateLimit",
        "multipleConnections",
    )
)


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        untrusted = src_dict.get("untrusted", UNSET)

        uses_rate_limit = src_dict.get("usesRateLimit", UNSET)

        multiple_connections = src_dict.get("multipleConnections", UNSET)

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
        return usage_report_device_uses_v3

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
