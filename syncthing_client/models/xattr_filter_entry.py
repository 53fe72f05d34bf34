from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="XattrFilterEntry")

_KNOWN_KEYS = frozenset(
    (
        "match",
        "permit",
    )
)


@_attrs_define
class XattrFilterEntry:
    """A pattern over attribute names and whether it permits them.

    Attributes:
        match (str | Unset): Sent by 1.29.5 and 2.1.3 only.
        permit (bool | Unset): Sent by 1.29.5 and 2.1.3 only.
    """

    match: str | Unset = UNSET
    permit: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        match = self.match

        permit = self.permit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if match is not UNSET:
            field_dict["match"] = match
        if permit is not UNSET:
            field_dict["permit"] = permit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        match = src_dict.get("match", UNSET)

        permit = src_dict.get("permit", UNSET)

        xattr_filter_entry = cls(
            match,
            permit,
        )

        if len(src_dict) != 2 - (
            match,
            permit,
        ).count(UNSET):
            xattr_filter_entry.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return xattr_filter_entry

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
