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

T = TypeVar("T", bound="ModTimeLookup")

_KNOWN_KEYS = frozenset(
    (
        "err",
        "value",
    )
)


@_extras_in_repr
@_attrs_define
class ModTimeLookup:
    """
    Attributes:
        err (None | str | Unset):
        value (ModTimeMapping | Unset):
    """

    err: None | str | Unset = UNSET
    value: ModTimeMapping | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        err: None | str | Unset
        if isinstance(self.err, Unset):
            err = UNSET
        else:
            err = self.err

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if err is not UNSET:
            field_dict["err"] = err
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (ModTimeLookup)", src_dict, None, src_dict)
        try:
            err = src_dict.get("err", UNSET)
            if err is not UNSET:
                if not (_type(err) is str) and err is not None:
                    raise _invalid("a string or null", err, "err", src_dict)

            value = src_dict.get("value", UNSET)
            if value is not UNSET:
                try:
                    value = ModTimeMapping.from_dict(value)
                except _Invalid as _e:
                    raise _e.within("value", None, src_dict) from None

            mod_time_lookup = cls(
                err,
                value,
            )
            if len(src_dict) != 2 - (
                err,
                value,
            ).count(UNSET):
                mod_time_lookup.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return mod_time_lookup

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.mod_time_mapping import ModTimeMapping  # noqa: E402
