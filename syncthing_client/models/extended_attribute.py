from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExtendedAttribute")

_KNOWN_KEYS = frozenset(
    (
        "Name",
        "Value",
    )
)


@_attrs_define
class ExtendedAttribute:
    """
    Attributes:
        name (str | Unset):
        value (str | Unset): The value, base64-encoded.
    """

    name: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if value is not UNSET:
            field_dict["Value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("Name", UNSET)

        value = src_dict.get("Value", UNSET)

        extended_attribute = cls(
            name,
            value,
        )

        if len(src_dict) != 2 - (
            name,
            value,
        ).count(UNSET):
            extended_attribute.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return extended_attribute

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
