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

T = TypeVar("T", bound="ObservedFolder")

_KNOWN_KEYS = frozenset(
    (
        "time",
        "id",
        "label",
    )
)


@_extras_in_repr
@_attrs_define
class ObservedFolder:
    """A folder offer that was seen and ignored.

    Attributes:
        time (datetime.datetime):
        id (str):
        label (str):
    """

    time: datetime.datetime
    id: str
    label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        time = self.time.isoformat()

        id = self.id

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "id": id,
                "label": label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (ObservedFolder)", src_dict, None, src_dict)
        try:
            try:
                time = _parse_timestamp(src_dict["time"])
            except (TypeError, ValueError):
                raise _invalid("a date-time", src_dict["time"], "time", src_dict) from None

            id = src_dict["id"]
            if not _type(id) is str:
                raise _invalid("a string", id, "id", src_dict)

            label = src_dict["label"]
            if not _type(label) is str:
                raise _invalid("a string", label, "label", src_dict)

            observed_folder = cls(
                time,
                id,
                label,
            )
            if len(src_dict) != 3:
                observed_folder.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return observed_folder

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
