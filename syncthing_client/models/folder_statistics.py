from __future__ import annotations

import datetime
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._timestamps import parse as _parse_timestamp
from ..types import UNSET, Unset

T = TypeVar("T", bound="FolderStatistics")

_KNOWN_KEYS = frozenset(
    (
        "lastFile",
        "lastScan",
    )
)


@_attrs_define
class FolderStatistics:
    """
    Attributes:
        last_file (LastFile):
        last_scan (datetime.datetime):
    """

    last_file: LastFile
    last_scan: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_file = self.last_file.to_dict()

        last_scan = self.last_scan.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lastFile": last_file,
                "lastScan": last_scan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        last_file = LastFile.from_dict(src_dict["lastFile"])

        last_scan = _parse_timestamp(src_dict["lastScan"])

        folder_statistics = cls(
            last_file,
            last_scan,
        )

        if len(src_dict) != 2:
            folder_statistics.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return folder_statistics

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


from ..models.last_file import LastFile  # noqa: E402
