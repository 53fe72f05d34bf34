from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoteIndexUpdatedEventData")

_KNOWN_KEYS = frozenset(
    (
        "device",
        "folder",
        "items",
        "sequence",
        "version",
    )
)


@_attrs_define
class RemoteIndexUpdatedEventData:
    """A device sent index updates.

    Attributes:
        device (str):
        folder (str):
        items (int):
        sequence (int):
        version (int): The same as `sequence` (deprecated).
    """

    device: str
    folder: str
    items: int
    sequence: int
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device = self.device

        folder = self.folder

        items = self.items

        sequence = self.sequence

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device": device,
                "folder": folder,
                "items": items,
                "sequence": sequence,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        device = src_dict["device"]

        folder = src_dict["folder"]

        items = src_dict["items"]

        sequence = src_dict["sequence"]

        version = src_dict["version"]

        remote_index_updated_event_data = cls(
            device,
            folder,
            items,
            sequence,
            version,
        )

        if len(src_dict) != 5:
            remote_index_updated_event_data.additional_properties = {
                key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
            }
        return remote_index_updated_event_data

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
