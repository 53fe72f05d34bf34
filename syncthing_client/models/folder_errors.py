from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FolderErrors")

_KNOWN_KEYS = frozenset(
    (
        "folder",
        "errors",
        "page",
        "perpage",
    )
)


@_attrs_define
class FolderErrors:
    """
    Attributes:
        folder (str):
        errors (list[FolderError] | None):
        page (int):
        perpage (int):
    """

    folder: str
    errors: list[FolderError] | None
    page: int
    perpage: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        folder = self.folder

        errors: list[dict[str, Any]] | None
        if isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors

        page = self.page

        perpage = self.perpage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "folder": folder,
                "errors": errors,
                "page": page,
                "perpage": perpage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        folder = src_dict["folder"]

        def _parse_errors(data: object) -> list[FolderError] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _errors_type_0 = data
                errors_type_0 = [
                    FolderError.from_dict(errors_type_0_item_data) for errors_type_0_item_data in _errors_type_0
                ]

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FolderError] | None, data)

        errors = _parse_errors(src_dict["errors"])

        page = src_dict["page"]

        perpage = src_dict["perpage"]

        folder_errors = cls(
            folder,
            errors,
            page,
            perpage,
        )

        if len(src_dict) != 4:
            folder_errors.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return folder_errors

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


from ..models.folder_error import FolderError  # noqa: E402
