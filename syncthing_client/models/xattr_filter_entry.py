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

T = TypeVar("T", bound="XattrFilterEntry")

_KNOWN_KEYS = frozenset(
    (
        "match",
        "permit",
    )
)


@_extras_in_repr
@_attrs_define
class XattrFilterEntry:
    """A pattern over attribute names and whether it permits them. A PATCH must give both fields: Syncthing writes each
    entry of the list over the entry that was at the same place.

        Attributes:
            match (str | Unset): Sent by 1.29.5 and 2.1.3 only.
            permit (bool | Unset): Sent by 1.29.5 and 2.1.3 only.
    """

    match: str | Unset = UNSET
    permit: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

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
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (XattrFilterEntry)", src_dict, None, src_dict)
        try:
            match = src_dict.get("match", UNSET)
            if not _type(match) is str and match is not UNSET:
                raise _invalid("a string", match, "match", src_dict)

            permit = src_dict.get("permit", UNSET)
            if not _type(permit) is bool and permit is not UNSET:
                raise _invalid("a boolean", permit, "permit", src_dict)

            xattr_filter_entry = cls(
                match,
                permit,
            )
            if len(src_dict) != 2 - (
                match,
                permit,
            ).count(UNSET):
                xattr_filter_entry.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return xattr_filter_entry

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
