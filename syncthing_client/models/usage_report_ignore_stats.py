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

T = TypeVar("T", bound="UsageReportIgnoreStats")

_KNOWN_KEYS = frozenset(
    (
        "lines",
        "inverts",
        "folded",
        "deletable",
        "rooted",
        "includes",
        "escapedIncludes",
        "doubleStars",
        "stars",
    )
)


@_extras_in_repr
@_attrs_define
class UsageReportIgnoreStats:
    """
    Attributes:
        lines (int | Unset):
        inverts (int | Unset):
        folded (int | Unset):
        deletable (int | Unset):
        rooted (int | Unset):
        includes (int | Unset):
        escaped_includes (int | Unset):
        double_stars (int | Unset):
        stars (int | Unset):
    """

    lines: int | Unset = UNSET
    inverts: int | Unset = UNSET
    folded: int | Unset = UNSET
    deletable: int | Unset = UNSET
    rooted: int | Unset = UNSET
    includes: int | Unset = UNSET
    escaped_includes: int | Unset = UNSET
    double_stars: int | Unset = UNSET
    stars: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        lines = self.lines

        inverts = self.inverts

        folded = self.folded

        deletable = self.deletable

        rooted = self.rooted

        includes = self.includes

        escaped_includes = self.escaped_includes

        double_stars = self.double_stars

        stars = self.stars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lines is not UNSET:
            field_dict["lines"] = lines
        if inverts is not UNSET:
            field_dict["inverts"] = inverts
        if folded is not UNSET:
            field_dict["folded"] = folded
        if deletable is not UNSET:
            field_dict["deletable"] = deletable
        if rooted is not UNSET:
            field_dict["rooted"] = rooted
        if includes is not UNSET:
            field_dict["includes"] = includes
        if escaped_includes is not UNSET:
            field_dict["escapedIncludes"] = escaped_includes
        if double_stars is not UNSET:
            field_dict["doubleStars"] = double_stars
        if stars is not UNSET:
            field_dict["stars"] = stars

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (UsageReportIgnoreStats)", src_dict, None, src_dict)
        try:
            lines = src_dict.get("lines", UNSET)
            if not _type(lines) is int and lines is not UNSET:
                raise _invalid("an integer", lines, "lines", src_dict)

            inverts = src_dict.get("inverts", UNSET)
            if not _type(inverts) is int and inverts is not UNSET:
                raise _invalid("an integer", inverts, "inverts", src_dict)

            folded = src_dict.get("folded", UNSET)
            if not _type(folded) is int and folded is not UNSET:
                raise _invalid("an integer", folded, "folded", src_dict)

            deletable = src_dict.get("deletable", UNSET)
            if not _type(deletable) is int and deletable is not UNSET:
                raise _invalid("an integer", deletable, "deletable", src_dict)

            rooted = src_dict.get("rooted", UNSET)
            if not _type(rooted) is int and rooted is not UNSET:
                raise _invalid("an integer", rooted, "rooted", src_dict)

            includes = src_dict.get("includes", UNSET)
            if not _type(includes) is int and includes is not UNSET:
                raise _invalid("an integer", includes, "includes", src_dict)

            escaped_includes = src_dict.get("escapedIncludes", UNSET)
            if not _type(escaped_includes) is int and escaped_includes is not UNSET:
                raise _invalid("an integer", escaped_includes, "escapedIncludes", src_dict)

            double_stars = src_dict.get("doubleStars", UNSET)
            if not _type(double_stars) is int and double_stars is not UNSET:
                raise _invalid("an integer", double_stars, "doubleStars", src_dict)

            stars = src_dict.get("stars", UNSET)
            if not _type(stars) is int and stars is not UNSET:
                raise _invalid("an integer", stars, "stars", src_dict)

            usage_report_ignore_stats = cls(
                lines,
                inverts,
                folded,
                deletable,
                rooted,
                includes,
                escaped_includes,
                double_stars,
                stars,
            )
            if len(src_dict) != 9 - (
                lines,
                inverts,
                folded,
                deletable,
                rooted,
                includes,
                escaped_includes,
                double_stars,
                stars,
            ).count(UNSET):
                usage_report_ignore_stats.additional_properties = {
                    key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
                }

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return usage_report_ignore_stats

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
