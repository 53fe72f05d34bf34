from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExtendedAttributes")

_KNOWN_KEYS = frozenset(("Xattrs",))


@_attrs_define
class ExtendedAttributes:
    """
    Attributes:
        xattrs (list[ExtendedAttribute] | Unset):
    """

    xattrs: list[ExtendedAttribute] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        xattrs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.xattrs, Unset):
            xattrs = []
            for xattrs_item_data in self.xattrs:
                xattrs_item = xattrs_item_data.to_dict()
                xattrs.append(xattrs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if xattrs is not UNSET:
            field_dict["Xattrs"] = xattrs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _xattrs = src_dict.get("Xattrs", UNSET)
        xattrs: list[ExtendedAttribute] | Unset = UNSET
        if _xattrs is not UNSET:
            xattrs = [ExtendedAttribute.from_dict(xattrs_item_data) for xattrs_item_data in _xattrs]

        extended_attributes = cls(
            xattrs,
        )

        if len(src_dict) != 1 - (xattrs,).count(UNSET):
            extended_attributes.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return extended_attributes

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


from ..models.extended_attribute import ExtendedAttribute  # noqa: E402
