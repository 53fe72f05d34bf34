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

T = TypeVar("T", bound="FileVersion")

_KNOWN_KEYS = frozenset(
    (
        "versionTime",
        "modTime",
        "size",
    )
)


@_extras_in_repr
@_attrs_define
class FileVersion:
    """
    Attributes:
        version_time (datetime.datetime): When it was archived.
        mod_time (datetime.datetime):
        size (int):
    """

    version_time: datetime.datetime
    mod_time: datetime.datetime
    size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        version_time = self.version_time.isoformat()

        mod_time = self.mod_time.isoformat()

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "versionTime": version_time,
                "modTime": mod_time,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (FileVersion)", src_dict, None, src_dict)
        try:
            try:
                version_time = _parse_timestamp(src_dict["versionTime"])
            except (TypeError, ValueError):
                raise _invalid("a date-time", src_dict["versionTime"], "versionTime", src_dict) from None

            try:
                mod_time = _parse_timestamp(src_dict["modTime"])
            except (TypeError, ValueError):
                raise _invalid("a date-time", src_dict["modTime"], "modTime", src_dict) from None

            size = src_dict["size"]
            if not _type(size) is int:
                raise _invalid("an integer", size, "size", src_dict)

            file_version = cls(
                version_time,
                mod_time,
                size,
            )
            if len(src_dict) != 3:
                file_version.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return file_version

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
