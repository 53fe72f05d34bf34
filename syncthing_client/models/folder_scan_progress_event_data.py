from __future__ import annotations

from builtins import type as _type
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

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

T = TypeVar("T", bound="FolderScanProgressEventData")

_KNOWN_KEYS = frozenset(
    (
        "folder",
        "current",
        "total",
        "rate",
    )
)


@_extras_in_repr
@_attrs_define
class FolderScanProgressEventData:
    """How far a scan of a folder got with hashing the files it found new or changed. Sent every
    `scanProgressIntervalS` seconds (a folder setting; 0 means 2, negative turns the event off) while the scan
    runs; 1.27.3 and later also send one when hashing ends, and none for a scan that has nothing to hash.

        Attributes:
            folder (str): The folder ID.
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

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
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (FolderScanProgressEventData)", src_dict, None, src_dict)
        try:
            folder = src_dict["folder"]
            if not _type(folder) is str:
                raise _invalid("a string", folder, "folder", src_dict)

            current = src_dict["current"]
            if not _type(current) is int:
                raise _invalid("an integer", current, "current", src_dict)

            total = src_dict["total"]
            if not _type(total) is int:
                raise _invalid("an integer", total, "total", src_dict)

            rate = src_dict["rate"]
            if not (_type(rate) is float or _type(rate) is int):
                raise _invalid("a number", rate, "rate", src_dict)

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

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return folder_scan_progress_event_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
