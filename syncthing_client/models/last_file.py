from __future__ import annotations

import datetime
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._timestamps import parse as _parse_timestamp
from ..types import UNSET, Unset

T = TypeVar("T", bound="LastFile")

_KNOWN_KEYS = frozenset(
    (
        "at",
        "filename",
        "deleted",
    )
)


@_attrs_define
class LastFile:
    """
    Attributes:
        at (datetime.datetime):
        filename (str):
        deleted (bool):
    """

    at: datetime.datetime
    filename: str
    deleted: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        filename = self.filename

        deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "filename": filename,
                "deleted": deleted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        at = _parse_timestamp(src_dict["at"])

        filename = src_dict["filename"]

        deleted = src_dict["deleted"]

        last_file = cls(
            at,
            filename,
            deleted,
        )

        if len(src_dict) != 3:
            last_file.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return last_file

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
