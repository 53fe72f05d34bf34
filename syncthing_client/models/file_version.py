from __future__ import annotations

import datetime
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._timestamps import parse as _parse_timestamp
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileVersion")

_KNOWN_KEYS = frozenset(
    (
        "versionTime",
        "modTime",
        "size",
    )
)


@_attrs_define
class FileVersion:
    """
    Attributes:
        version_time (datetime.datetime): When it was archived.
        mod_time (datetime.datetime):
        size (int):
    """

    version_time: datetime.datetime
    mod_time: datetime.datetime
    size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version_time = self.version_time.isoformat()

        mod_time = self.mod_time.isoformat()

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "versionTime": version_time,
                "modTime": mod_time,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        version_time = _parse_timestamp(src_dict["versionTime"])

        mod_time = _parse_timestamp(src_dict["modTime"])

        size = src_dict["size"]

        file_version = cls(
            version_time,
            mod_time,
            size,
        )

        if len(src_dict) != 3:
            file_version.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return file_version

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
