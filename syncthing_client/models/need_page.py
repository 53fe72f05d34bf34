from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NeedPage")

_KNOWN_KEYS = frozenset(
    (
        "progress",
        "queued",
        "rest",
        "page",
        "perpage",
    )
)


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
        _progress = src_dict["progress"]
        progress = [FileInfo.from_dict(progress_item_data) for progress_item_data in _progress]

        _queued = src_dict["queued"]
        queued = [FileInfo.from_dict(queued_item_data) for queued_item_data in _queued]

        _rest = src_dict["rest"]
        rest = [FileInfo.from_dict(rest_item_data) for rest_item_data in _rest]

        page = src_dict["page"]

        perpage = src_dict["perpage"]

        need_page = cls(
            progress,
            queued,
            rest,
            page,
            perpage,
        )

        if len(src_dict) != 5:
            need_page.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
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


from ..models.file_info import FileInfo  # noqa: E402
