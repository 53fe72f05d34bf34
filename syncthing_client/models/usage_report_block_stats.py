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


@_extras_in_repr
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

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
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (UsageReportBlockStats)", src_dict, None, src_dict)
        try:
            total = src_dict.get("total", UNSET)
            if not _type(total) is int and total is not UNSET:
                raise _invalid("an integer", total, "total", src_dict)

            renamed = src_dict.get("renamed", UNSET)
            if not _type(renamed) is int and renamed is not UNSET:
                raise _invalid("an integer", renamed, "renamed", src_dict)

            reused = src_dict.get("reused", UNSET)
            if not _type(reused) is int and reused is not UNSET:
                raise _invalid("an integer", reused, "reused", src_dict)

            pulled = src_dict.get("pulled", UNSET)
            if not _type(pulled) is int and pulled is not UNSET:
                raise _invalid("an integer", pulled, "pulled", src_dict)

            copy_origin = src_dict.get("copyOrigin", UNSET)
            if not _type(copy_origin) is int and copy_origin is not UNSET:
                raise _invalid("an integer", copy_origin, "copyOrigin", src_dict)

            copy_origin_shifted = src_dict.get("copyOriginShifted", UNSET)
            if not _type(copy_origin_shifted) is int and copy_origin_shifted is not UNSET:
                raise _invalid("an integer", copy_origin_shifted, "copyOriginShifted", src_dict)

            copy_elsewhere = src_dict.get("copyElsewhere", UNSET)
            if not _type(copy_elsewhere) is int and copy_elsewhere is not UNSET:
                raise _invalid("an integer", copy_elsewhere, "copyElsewhere", src_dict)

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

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return usage_report_block_stats

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
