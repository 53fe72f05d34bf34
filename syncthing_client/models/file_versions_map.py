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

T = TypeVar("T", bound="FileVersionsMap")


@_extras_in_repr
@_attrs_define
class FileVersionsMap:
    """Archived versions by file path, newest first."""

    additional_properties: dict[str, list[FileVersion]] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (FileVersionsMap)", src_dict, None, src_dict)
        try:
            file_versions_map = cls()
            d = src_dict
            additional_properties = {}
            for prop_name, prop_dict in d.items():
                prop_value = prop_dict
                if _type(prop_value) is not list:
                    raise _invalid("a list", prop_value, prop_name, src_dict)
                try:
                    prop_value = [FileVersion.from_dict(_item) for _item in prop_value]
                except _Invalid as _e:
                    raise _e.within(prop_name, prop_dict, src_dict) from None

                additional_properties[prop_name] = prop_value
            file_versions_map.additional_properties = additional_properties

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return file_versions_map

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[FileVersion]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[FileVersion]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def __len__(self) -> int:
        return len(self.additional_properties)

    def keys(self) -> KeysView[str]:
        return self.additional_properties.keys()

    def values(self) -> ValuesView[list[FileVersion]]:
        return self.additional_properties.values()

    def items(self) -> ItemsView[str, list[FileVersion]]:
        return self.additional_properties.items()

    def get(self, key: str, default: list[FileVersion] | None = None) -> list[FileVersion] | None:
        return self.additional_properties.get(key, default)


from ..models.file_version import FileVersion  # noqa: E402
