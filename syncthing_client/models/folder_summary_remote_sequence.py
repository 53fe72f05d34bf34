from __future__ import annotations

from builtins import type as _type
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

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

T = TypeVar("T", bound="FolderSummaryRemoteSequence")


@_extras_in_repr
@_attrs_define
class FolderSummaryRemoteSequence:
    """The last index sequence announced by each remote device (sent by 1.29.5 and 2.1.3 only); `null` for a paused folder
    (1.29.5 checked).

    """

    additional_properties: dict[str, int] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (FolderSummaryRemoteSequence)", src_dict, None, src_dict)
        try:
            folder_summary_remote_sequence = cls()
            d = src_dict
            additional_properties = {}
            for prop_name, prop_dict in d.items():
                prop_value = prop_dict
                if not _type(prop_value) is int:
                    raise _invalid("an integer", prop_value, prop_name, src_dict)

                additional_properties[prop_name] = prop_value
            folder_summary_remote_sequence.additional_properties = additional_properties

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return folder_summary_remote_sequence

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> int:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: int) -> None:
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

    def values(self) -> ValuesView[int]:
        return self.additional_properties.values()

    def items(self) -> ItemsView[str, int]:
        return self.additional_properties.items()

    def get(self, key: str, default: int | None = None) -> int | None:
        return self.additional_properties.get(key, default)
