from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LocalIndexUpdatedEventData")

_KNOWN_KEYS = frozenset(
    (
        "folder",
        "items",
        "filenames",
        "sequence",
        "version",
    )
)


@_attrs_define
class LocalIndexUpdatedEventData:
    """The local index changed (after a scan or a pull).

    Attributes:
        folder (str):
        items (int):
        filenames (list[str]): The files in this update.
        sequence (int):
        version (int): The same as `sequence` (deprecated).
    """

    folder: str
    items: int
    filenames: list[str]
    sequence: int
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        folder = self.folder

        items = self.items

        filenames = self.filenames

        sequence = self.sequence

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "folder": folder,
                "items": items,
                "filenames": filenames,
                "sequence": sequence,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        folder = src_dict["folder"]

        items = src_dict["items"]

        filenames = cast(list[str], src_dict["filenames"])

        sequence = src_dict["sequence"]

        version = src_dict["version"]

        local_index_updated_event_data = cls(
            folder,
            items,
            filenames,
            sequence,
            version,
        )

        if len(src_dict) != 5:
            local_index_updated_event_data.additional_properties = {
                key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
            }
        return local_index_updated_event_data

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
