from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.folder_summary import FolderSummary


T = TypeVar("T", bound="FolderSummaryEventData")


@_attrs_define
class FolderSummaryEventData:
    """New counts for a folder, as `GET /rest/db/status` answers.

    Attributes:
        folder (str):
        summary (FolderSummary):
    """

    folder: str
    summary: FolderSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.folder_summary import FolderSummary  # noqa: PLC0415

        folder = self.folder

        summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "folder": folder,
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.folder_summary import FolderSummary  # noqa: PLC0415

        d = dict(src_dict)
        folder = d.pop("folder")

        summary = FolderSummary.from_dict(d.pop("summary"))

        folder_summary_event_data = cls(
            folder=folder,
            summary=summary,
        )

        folder_summary_event_data.additional_properties = d
        return folder_summary_event_data

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
