from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageReportBlockStats")

_KNOWN_KEYS = frozenset(
    (
        "total",
        "renamed",
        "reused",
        "pulled",
        "copyOrigin",
        "copyOriginShifted",
        "copyElsewhere",
    )
)


@_attrs_define
class UsageReportBlockStats:
    """
    Attributes:
        total (int | Unset):
        renamed (int | Unset):
        reused (int | Unset):
        pulled (int | Unset):
        copy_origin (int | Unset):
        copy_origin_shifted (int | Unset): Sent by 1.19.2 and 1.29.5 only.
        copy_elsewhere (int | Unset):
    """

    total: int | Unset = UNSET
    renamed: int | Unset = UNSET
    reused: int | Unset = UNSET
    pulled: int | Unset = UNSET
    copy_origin: int | Unset = UNSET
    copy_origin_shifted: int | Unset = UNSET
    copy_elsewhere: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        renamed = self.renamed

        reused = self.reused

        pulled = self.pulled

        copy_origin = self.copy_origin

        copy_origin_shifted = self.copy_origin_shifted

        copy_elsewhere = self.copy_elsewhere

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if renamed is not UNSET:
            field_dict["renamed"] = renamed
        if reused is not UNSET:
            field_dict["reused"] = reused
        if pulled is not UNSET:
            field_dict["pulled"] = pulled
        if copy_origin is not UNSET:
            field_dict["copyOrigin"] = copy_origin
        if copy_origin_shifted is not UNSET:
            field_dict["copyOriginShifted"] = copy_origin_shifted
        if copy_elsewhere is not UNSET:
            field_dict["copyElsewhere"] = copy_elsewhere

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        total = src_dict.get("total", UNSET)

        renamed = src_dict.get("renamed", UNSET)

        reused = src_dict.get("reused", UNSET)

        pulled = src_dict.get("pulled", UNSET)

        copy_origin = src_dict.get("copyOrigin", UNSET)

        copy_origin_shifted = src_dict.get("copyOriginShifted", UNSET)

        copy_elsewhere = src_dict.get("copyElsewhere", UNSET)

        usage_report_block_stats = cls(
            total,
            renamed,
            reused,
            pulled,
            copy_origin,
            copy_origin_shifted,
            copy_elsewhere,
        )

        if len(src_dict) != 7 - (
            total,
            renamed,
            reused,
            pulled,
            copy_origin,
            copy_origin_shifted,
            copy_elsewhere,
        ).count(UNSET):
            usage_report_block_stats.additional_properties = {
                key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
            }
        return usage_report_block_stats

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
