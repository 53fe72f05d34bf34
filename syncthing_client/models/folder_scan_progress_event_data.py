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
    """How far a scan of a folder got with hashing the files it found new or changed. Sent every
    `scanProgressIntervalS` seconds (a folder setting; 0 means 2, negative turns the event off) while the scan
    runs; 1.27.3 and later also send one when hashing ends, and none for a scan that has nothing to hash.

        Attributes:
            folder (str):
            current (int): Bytes hashed so far in this scan.
            total (int): One more than the bytes this scan hashes: Syncthing starts the count at 1 (it divides by it) and
                adds
                the size of every file queued for hashing. `current` reaches `total` − 1 when hashing is done.
            rate (float): Hashing speed in bytes per second: a one-minute moving average updated every 5 s, so 0 during a
                scan's first 5 s.
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

        if len(src_dict) != 4:
            folder_scan_progress_event_data.additional_properties = {
                key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
            }
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
