from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileAvailability")

_KNOWN_KEYS = frozenset(
    (
        "id",
        "fromTemporary",
    )
)


@_attrs_define
class FileAvailability:
    """
    Attributes:
        id (str): A device that has the file.
        from_temporary (bool): It has it only as a partial temporary file.
    """

    id: str
    from_temporary: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        from_temporary = self.from_temporary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "fromTemporary": from_temporary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        from_temporary = src_dict["fromTemporary"]

        file_availability = cls(
            id,
            from_temporary,
        )

        if len(src_dict) != 2:
            file_availability.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return file_availability

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
