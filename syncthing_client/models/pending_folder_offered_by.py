from __future__ import annotations

from builtins import type as _type
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._check import Invalid as _Invalid
from .._check import bad_item as _bad_item
from .._check import bool_types as _bool_types
from .._check import float_types as _float_types
from .._check import int_types as _int_types
from .._check import invalid as _invalid
from .._check import missing as _missing
from .._check import model_decoders as _model_decoders
from .._check import only_bool as _only_bool
from .._check import only_float as _only_float
from .._check import only_int as _only_int
from .._check import only_str as _only_str
from .._check import str_types as _str_types
from .._check import tagged as _tagged
from .._repr import extras_in_repr as _extras_in_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="PendingFolderOfferedBy")


@_extras_in_repr
@_attrs_define
class PendingFolderOfferedBy:
    """The offer of each device, by device ID."""

    additional_properties: dict[str, FolderOffer] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (PendingFolderOfferedBy)", src_dict, None, src_dict)
        try:
            pending_folder_offered_by = cls()
            d = src_dict
            additional_properties = {}
            for prop_name, prop_dict in d.items():
                try:
                    prop_value = FolderOffer.from_dict(prop_dict)
                except _Invalid as _e:
                    raise _e.within(prop_name, None, src_dict) from None

                additional_properties[prop_name] = prop_value
            pending_folder_offered_by.additional_properties = additional_properties

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return pending_folder_offered_by

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> FolderOffer:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: FolderOffer) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def __len__(self) -> int:
        return len(self.additional_properties)

    def keys(self) -> KeysView[str]:
        return self.additional_properties.keys()

    def values(self) -> ValuesView[FolderOffer]:
        return self.additional_properties.values()

    def items(self) -> ItemsView[str, FolderOffer]:
        return self.additional_properties.items()

    def get(self, key: str, default: FolderOffer | None = None) -> FolderOffer | None:
        return self.additional_properties.get(key, default)


from ..models.folder_offer import FolderOffer  # noqa: E402
