from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_info import FileInfo


T = TypeVar("T", bound="NeedPage")


@_attrs_define
class NeedPage:
    """
    Attributes:
        progress (list[FileInfo]): Being pulled now.
        queued (list[FileInfo]): Next in the queue.
        rest (list[FileInfo]): Everything else needed.
        page (int):
        perpage (int):
    """

    progress: list[FileInfo]
    queued: list[FileInfo]
    rest: list[FileInfo]
    page: int
    perpage: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.file_info import FileInfo  # noqa: PLC0415

        progress = []
        for progress_item_data in self.progress:
            progress_item = progress_item_data.to_dict()
            progress.append(progress_item)

        queued = []
        for queued_item_data in self.queued:
            queued_item = queued_item_data.to_dict()
            queued.append(queued_item)

        rest = []
        for rest_item_data in self.rest:
            rest_item = rest_item_data.to_dict()
            rest.append(rest_item)

        page = self.page

        perpage = self.perpage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "progress": progress,
                "queued": queued,
                "rest": rest,
                "page": page,
                "perpage": perpage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_info import FileInfo  # noqa: PLC0415

        d = dict(src_dict)
        progress = []
        _progress = d.pop("progress")
        for progress_item_data in _progress:
            progress_item = FileInfo.from_dict(progress_item_data)

            progress.append(progress_item)

        queued = []
        _queued = d.pop("queued")
        for queued_item_data in _queued:
            queued_item = FileInfo.from_dict(queued_item_data)

            queued.append(queued_item)

        rest = []
        _rest = d.pop("rest")
        for rest_item_data in _rest:
            rest_item = FileInfo.from_dict(rest_item_data)

            rest.append(rest_item)

        page = d.pop("page")

        perpage = d.pop("perpage")

        need_page = cls(
            progress=progress,
            queued=queued,
            rest=rest,
            page=page,
            perpage=perpage,
        )

        need_page.additional_properties = d
        return need_page

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
