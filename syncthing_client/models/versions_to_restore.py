from __future__ import annotations

import datetime
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._timestamps import parse as _parse_timestamp
from ..types import UNSET, Unset

T = TypeVar("T", bound="VersionsToRestore")


@_attrs_define
class VersionsToRestore:
    """For each file path, the `versionTime` of the version to restore."""

    additional_properties: dict[str, datetime.datetime] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.isoformat()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        versions_to_restore = cls()

        d = src_dict
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = _parse_timestamp(prop_dict)

            additional_properties[prop_name] = additional_property

        versions_to_restore.additional_properties = additional_properties
        return versions_to_restore

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> datetime.datetime:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: datetime.datetime) -> None:
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

    def values(self) -> ValuesView[datetime.datetime]:
        return self.additional_properties.values()

    def items(self) -> ItemsView[str, datetime.datetime]:
        return self.additional_properties.items()

    def get(self, key: str, default: datetime.datetime | None = None) -> datetime.datetime | None:
        return self.additional_properties.get(key, default)
