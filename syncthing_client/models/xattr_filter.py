from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="XattrFilter")

_KNOWN_KEYS = frozenset(
    (
        "entries",
        "maxSingleEntrySize",
        "maxTotalSize",
    )
)


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _entries = src_dict.get("entries", UNSET)
        entries: list[XattrFilterEntry] | Unset = UNSET
        if _entries is not UNSET:
            entries = [XattrFilterEntry.from_dict(entries_item_data) for entries_item_data in _entries]

        max_single_entry_size = src_dict.get("maxSingleEntrySize", UNSET)

        max_total_size = src_dict.get("maxTotalSize", UNSET)

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
        return xattr_filter

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


from ..models.xattr_filter_entry import XattrFilterEntry  # noqa: E402
