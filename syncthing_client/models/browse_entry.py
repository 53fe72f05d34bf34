from __future__ import annotations

import datetime
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._timestamps import parse as _parse_timestamp
from ..types import UNSET, Unset

T = TypeVar("T", bound="BrowseEntry")

_KNOWN_KEYS = frozenset(
    (
        "name",
        "modTime",
        "size",
        "type",
        "children",
    )
)


@_attrs_define
class BrowseEntry:
    """A file or directory of the global tree.

    Attributes:
        name (str):
        mod_time (datetime.datetime):
        size (int):
        type_ (str): `FILE_INFO_TYPE_FILE`, `FILE_INFO_TYPE_DIRECTORY`, `FILE_INFO_TYPE_SYMLINK`, …
        children (list[BrowseEntry] | Unset): A directory's entries, when within the requested levels.
    """

    name: str
    mod_time: datetime.datetime
    size: int
    type_: str
    children: list[BrowseEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        mod_time = self.mod_time.isoformat()

        size = self.size

        type_ = self.type_

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "modTime": mod_time,
                "size": size,
                "type": type_,
            }
        )
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        mod_time = _parse_timestamp(src_dict["modTime"])

        size = src_dict["size"]

        type_ = src_dict["type"]

        _children = src_dict.get("children", UNSET)
        children: list[BrowseEntry] | Unset = UNSET
        if _children is not UNSET:
            children = [BrowseEntry.from_dict(children_item_data) for children_item_data in _children]

        browse_entry = cls(
            name,
            mod_time,
            size,
            type_,
            children,
        )

        if len(src_dict) != 5 - (children,).count(UNSET):
            browse_entry.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return browse_entry

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
