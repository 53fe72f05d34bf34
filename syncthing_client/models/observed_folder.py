from __future__ import annotations

import datetime
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._timestamps import parse as _parse_timestamp
from ..types import UNSET, Unset

T = TypeVar("T", bound="ObservedFolder")

_KNOWN_KEYS = frozenset(
    (
        "time",
        "id",
        "label",
    )
)


@_attrs_define
class ObservedFolder:
    """A folder offer that was seen and ignored.

    Attributes:
        time (datetime.datetime):
        id (str):
        label (str):
    """

    time: datetime.datetime
    id: str
    label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = self.time.isoformat()

        id = self.id

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "id": id,
                "label": label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        time = _parse_timestamp(src_dict["time"])

        id = src_dict["id"]

        label = src_dict["label"]

        observed_folder = cls(
            time,
            id,
            label,
        )

        if len(src_dict) != 3:
            observed_folder.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return observed_folder

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
