from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FilePage")

_KNOWN_KEYS = frozenset(
    (
        "files",
        "page",
        "perpage",
    )
)


@_attrs_define
class FilePage:
    """
    Attributes:
        files (list[FileInfo]):
        page (int):
        perpage (int):
    """

    files: list[FileInfo]
    page: int
    perpage: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        page = self.page

        perpage = self.perpage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "files": files,
                "page": page,
                "perpage": perpage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _files = src_dict["files"]
        files = [FileInfo.from_dict(files_item_data) for files_item_data in _files]

        page = src_dict["page"]

        perpage = src_dict["perpage"]

        file_page = cls(
            files,
            page,
            perpage,
        )

        if len(src_dict) != 3:
            file_page.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return file_page

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
