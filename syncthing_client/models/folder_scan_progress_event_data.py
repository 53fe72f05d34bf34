from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FolderScanProgressEventData")

_KNOWN_KEYS = frozenset(
    (
        "folder",
        "current",
        "total",
        "rate",
    )
)


@_attrs_define
class FolderScanProgressEventData:
    """Scan progress of a folder.

    Attributes:
        folder (str):
        current (int): Bytes hashed so far.
        total (int): Bytes to hash.
        rate (float): Bytes per second.
    """

    folder: str
    current: int
    total: int
    rate: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        folder = self.folder

        current = self.current

        total = self.total

        rate = self.rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "folder": folder,
                "current": current,
                "total": total,
                "rate": rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        folder = src_dict["folder"]

        current = src_dict["current"]

        total = src_dict["total"]

        rate = src_dict["rate"]

        folder_scan_progress_event_data = cls(
            folder,
            current,
            total,
            rate,
        )

        d = {} if src_dict.keys() <= _KNOWN_KEYS else {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        folder_scan_progress_event_data.additional_properties = d
        return folder_scan_progress_event_data

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
