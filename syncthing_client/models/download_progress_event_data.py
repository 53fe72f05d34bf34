from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DownloadProgressEventData")


@_attrs_define
class DownloadProgressEventData:
    """Progress of the files being pulled, per folder and file."""

    additional_properties: dict[str, FileDownloadProgressMap] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        download_progress_event_data = cls()

        d = src_dict
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = FileDownloadProgressMap.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        download_progress_event_data.additional_properties = additional_properties
        return download_progress_event_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> FileDownloadProgressMap:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: FileDownloadProgressMap) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def __len__(self) -> int:
        return len(self.additional_properties)

    def keys(self) -> KeysView[str]:
        return self.additional_properties.keys()

    def values(self) -> ValuesView[FileDownloadProgressMap]:
        return self.additional_properties.values()

    def items(self) -> ItemsView[str, FileDownloadProgressMap]:
        return self.additional_properties.items()

    def get(self, key: str, default: FileDownloadProgressMap | None = None) -> FileDownloadProgressMap | None:
        return self.additional_properties.get(key, default)


from ..models.file_download_progress_map import FileDownloadProgressMap  # noqa: E402
