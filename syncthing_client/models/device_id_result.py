from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceIdResult")

_KNOWN_KEYS = frozenset(
    (
        "id",
        "error",
    )
)


@_attrs_define
class DeviceIdResult:
    """
    Attributes:
        id (str | Unset): The canonical device ID, when valid.
        error (str | Unset): Why the ID is invalid, when it is.
    """

    id: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("id", UNSET)

        error = src_dict.get("error", UNSET)

        device_id_result = cls(
            id,
            error,
        )

        if len(src_dict) != 2 - (
            id,
            error,
        ).count(UNSET):
            device_id_result.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return device_id_result

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
