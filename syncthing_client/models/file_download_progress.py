from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileDownloadProgress")

_KNOWN_KEYS = frozenset(
    (
        "total",
        "pulling",
        "copiedFromOrigin",
        "copiedFromOriginShifted",
        "reused",
        "copiedFromElsewhere",
        "pulled",
        "bytesTotal",
        "bytesDone",
    )
)


@_attrs_define
class FileDownloadProgress:
    """
    Attributes:
        total (int | Unset): Blocks in the file.
        pulling (int | Unset):
        copied_from_origin (int | Unset):
        copied_from_origin_shifted (int | Unset):
        reused (int | Unset):
        copied_from_elsewhere (int | Unset):
        pulled (int | Unset):
        bytes_total (int | Unset):
        bytes_done (int | Unset):
    """

    total: int | Unset = UNSET
    pulling: int | Unset = UNSET
    copied_from_origin: int | Unset = UNSET
    copied_from_origin_shifted: int | Unset = UNSET
    reused: int | Unset = UNSET
    copied_from_elsewhere: int | Unset = UNSET
    pulled: int | Unset = UNSET
    bytes_total: int | Unset = UNSET
    bytes_done: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        pulling = self.pulling

        copied_from_origin = self.copied_from_origin

        copied_from_origin_shifted = self.copied_from_origin_shifted

        reused = self.reused

        copied_from_elsewhere = self.copied_from_elsewhere

        pulled = self.pulled

        bytes_total = self.bytes_total

        bytes_done = self.bytes_done

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if pulling is not UNSET:
            field_dict["pulling"] = pulling
        if copied_from_origin is not UNSET:
            field_dict["copiedFromOrigin"] = copied_from_origin
        if copied_from_origin_shifted is not UNSET:
            field_dict["copiedFromOriginShifted"] = copied_from_origin_shifted
        if reused is not UNSET:
            field_dict["reused"] = reused
        if copied_from_elsewhere is not UNSET:
            field_dict["copiedFromElsewhere"] = copied_from_elsewhere
        if pulled is not UNSET:
            field_dict["pulled"] = pulled
        if bytes_total is not UNSET:
            field_dict["bytesTotal"] = bytes_total
        if bytes_done is not UNSET:
            field_dict["bytesDone"] = bytes_done

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        total = src_dict.get("total", UNSET)

        pulling = src_dict.get("pulling", UNSET)

        copied_from_origin = src_dict.get("copiedFromOrigin", UNSET)

        copied_from_origin_shifted = src_dict.get("copiedFromOriginShifted", UNSET)

        reused = src_dict.get("reused", UNSET)

        copied_from_elsewhere = src_dict.get("copiedFromElsewhere", UNSET)

        pulled = src_dict.get("pulled", UNSET)

        bytes_total = src_dict.get("bytesTotal", UNSET)

        bytes_done = src_dict.get("bytesDone", UNSET)

        file_download_progress = cls(
            total,
            pulling,
            copied_from_origin,
            copied_from_origin_shifted,
            reused,
            copied_from_elsewhere,
            pulled,
            bytes_total,
            bytes_done,
        )

        d = {} if src_dict.keys() <= _KNOWN_KEYS else {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        file_download_progress.additional_properties = d
        return file_download_progress

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
