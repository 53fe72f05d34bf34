from __future__ import annotations

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
from ..types import UNSET, Unset

T = TypeVar("T", bound="XattrFilter")

_KNOWN_KEYS = frozenset(
    (
        "entries",
        "maxSingleEntrySize",
        "maxTotalSize",
    )
)


@_extras_in_repr
@_attrs_define
class XattrFilter:
    """Which extended attributes are synced (1.29.5 and later).

    Attributes:
        entries (list[XattrFilterEntry] | Unset): Sent by 1.29.5 and 2.1.3 only.
        max_single_entry_size (int | Unset): Sent by 1.29.5 and 2.1.3 only.
        max_total_size (int | Unset): Sent by 1.29.5 and 2.1.3 only.
    """

    entries: list[XattrFilterEntry] | Unset = UNSET
    max_single_entry_size: int | Unset = UNSET
    max_total_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entries, Unset):
            entries = []
            for entries_item_data in self.entries:
                entries_item = entries_item_data.to_dict()
                entries.append(entries_item)

        max_single_entry_size = self.max_single_entry_size

        max_total_size = self.max_total_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entries is not UNSET:
            field_dict["entries"] = entries
        if max_single_entry_size is not UNSET:
            field_dict["maxSingleEntrySize"] = max_single_entry_size
        if max_total_size is not UNSET:
            field_dict["maxTotalSize"] = max_total_size

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (XattrFilter)", src_dict, None, src_dict)
        try:
            entries = src_dict.get("entries", UNSET)
            if entries is not UNSET:
                if _type(entries) is not list:
                    raise _invalid("a list", entries, "entries", src_dict)
                try:
                    entries = [XattrFilterEntry.from_dict(_item) for _item in entries]
                except _Invalid as _e:
                    raise _e.within("entries", entries, src_dict) from None

            max_single_entry_size = src_dict.get("maxSingleEntrySize", UNSET)
            if not _type(max_single_entry_size) is int and max_single_entry_size is not UNSET:
                raise _invalid("an integer", max_single_entry_size, "maxSingleEntrySize", src_dict)

            max_total_size = src_dict.get("maxTotalSize", UNSET)
            if not _type(max_total_size) is int and max_total_size is not UNSET:
                raise _invalid("an integer", max_total_size, "maxTotalSize", src_dict)

            xattr_filter = cls(
                entries,
                max_single_entry_size,
                max_total_size,
            )
            if len(src_dict) != 3 - (
                entries,
                max_single_entry_size,
                max_total_size,
            ).count(UNSET):
                xattr_filter.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return xattr_filter

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.xattr_filter_entry import XattrFilterEntry  # noqa: E402
