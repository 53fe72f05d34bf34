from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Size")

_KNOWN_KEYS = frozenset(
    (
        "value",
        "unit",
    )
)


@_attrs_define
class Size:
    """A size or a share: `value` in `unit` (`%`, `B`, `kB`, `MB`, `GB`, `TB`; decimal).

    Attributes:
        value (float):
        unit (str):
    """

    value: float
    unit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        value = src_dict["value"]

        unit = src_dict["unit"]

        size = cls(
            value,
            unit,
        )

        if len(src_dict) != 2:
            size.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return size

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
