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

T = TypeVar("T", bound="DiscoveryEntry")

_KNOWN_KEYS = frozenset(("addresses",))


@_extras_in_repr
@_attrs_define
class DiscoveryEntry:
    """
    Attributes:
        addresses (list[str]): Addresses the device was announced at.
    """

    addresses: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        addresses = self.addresses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addresses": addresses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (DiscoveryEntry)", src_dict, None, src_dict)
        try:
            addresses = src_dict["addresses"]
            if addresses is None:
                addresses = []
            if _type(addresses) is not list or not _only_str(map(_type, addresses)):
                raise _bad_item("a string", _str_types, addresses, "addresses", src_dict)

            discovery_entry = cls(
                addresses,
            )
            if len(src_dict) != 1:
                discovery_entry.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return discovery_entry

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
