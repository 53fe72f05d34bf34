from __future__ import annotations

import datetime
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
from .._timestamps import parse as _parse_timestamp
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModTimeMapping")

_KNOWN_KEYS = frozenset(
    (
        "real",
        "virtual",
    )
)


@_extras_in_repr
@_attrs_define
class ModTimeMapping:
    """
    Attributes:
        real (datetime.datetime | Unset): The modification time on disk.
        virtual (datetime.datetime | Unset): The modification time Syncthing reports for it.
    """

    real: datetime.datetime | Unset = UNSET
    virtual: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        real: str | Unset = UNSET
        if not isinstance(self.real, Unset):
            real = self.real.isoformat()

        virtual: str | Unset = UNSET
        if not isinstance(self.virtual, Unset):
            virtual = self.virtual.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if real is not UNSET:
            field_dict["real"] = real
        if virtual is not UNSET:
            field_dict["virtual"] = virtual

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (ModTimeMapping)", src_dict, None, src_dict)
        try:
            real = src_dict.get("real", UNSET)
            if real is not UNSET:
                try:
                    real = _parse_timestamp(real)
                except (TypeError, ValueError):
                    raise _invalid("a date-time", real, "real", src_dict) from None

            virtual = src_dict.get("virtual", UNSET)
            if virtual is not UNSET:
                try:
                    virtual = _parse_timestamp(virtual)
                except (TypeError, ValueError):
                    raise _invalid("a date-time", virtual, "virtual", src_dict) from None

            mod_time_mapping = cls(
                real,
                virtual,
            )
            if len(src_dict) != 2 - (
                real,
                virtual,
            ).count(UNSET):
                mod_time_mapping.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return mod_time_mapping

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
