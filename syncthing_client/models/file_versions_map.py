from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileVersionsMap")


@_attrs_define
class FileVersionsMap:
    """Archived versions by file path, newest first."""

    additional_properties: dict[str, list[FileVersion]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        file_versions_map = cls()

        d = src_dict
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            _additional_property = prop_dict
            additional_property = [
                FileVersion.from_dict(additional_property_item_data)
                for additional_property_item_data in _additional_property
            ]

            additional_properties[prop_name] = additional_property

        file_versions_map.additional_properties = additional_properties
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
