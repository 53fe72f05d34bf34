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
from ..models.file_info_type import FileInfoType
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


@_extras_in_repr
@_attrs_define
class BrowseEntry:
    """A file or directory of the global tree.

    Attributes:
        name (str):
        mod_time (datetime.datetime):
        size (int):
        type (FileInfoType): The kind of an index entry. Today's releases create `FILE`, `DIRECTORY` and `SYMLINK`; the
            `SYMLINK_FILE` and `SYMLINK_DIRECTORY` kinds come only from entries made by very old releases.
        children (list[BrowseEntry] | Unset): A directory's entries, when within the requested levels.
    """

    name: str
    mod_time: datetime.datetime
    size: int
    type: FileInfoType
    children: list[BrowseEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        mod_time = self.mod_time.isoformat()

        size = self.size

        type: str = self.type

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
                "type": type,
            }
        )
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (BrowseEntry)", src_dict, None, src_dict)
        try:
            name = src_dict["name"]
            if not _type(name) is str:
                raise _invalid("a string", name, "name", src_dict)

            try:
                mod_time = _parse_timestamp(src_dict["modTime"])
            except (TypeError, ValueError):
                raise _invalid("a date-time", src_dict["modTime"], "modTime", src_dict) from None

            size = src_dict["size"]
            if not _type(size) is int:
                raise _invalid("an integer", size, "size", src_dict)

            type: FileInfoType = src_dict["type"]
            if not _type(type) is str:
                raise _invalid("a string", type, "type", src_dict)

            children = src_dict.get("children", UNSET)
            if children is not UNSET:
                if _type(children) is not list:
                    raise _invalid("a list", children, "children", src_dict)
                try:
                    children = [BrowseEntry.from_dict(_item) for _item in children]
                except _Invalid as _e:
                    raise _e.within("children", children, src_dict) from None

            browse_entry = cls(
                name,
                mod_time,
                size,
                type,
                children,
            )
            if len(src_dict) != 5 - (children,).count(UNSET):
                browse_entry.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return browse_entry

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
