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

T = TypeVar("T", bound="FolderStatistics")

_KNOWN_KEYS = frozenset(
    (
        "lastFile",
        "lastScan",
    )
)


@_extras_in_repr
@_attrs_define
class FolderStatistics:
    """
    Attributes:
        last_file (LastFile):
        last_scan (datetime.datetime):
    """

    last_file: LastFile
    last_scan: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        last_file = self.last_file.to_dict()

        last_scan = self.last_scan.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lastFile": last_file,
                "lastScan": last_scan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (FolderStatistics)", src_dict, None, src_dict)
        try:
            try:
                last_file = LastFile.from_dict(src_dict["lastFile"])
            except _Invalid as _e:
                raise _e.within("lastFile", None, src_dict) from None

            try:
                last_scan = _parse_timestamp(src_dict["lastScan"])
            except (TypeError, ValueError):
                raise _invalid("a date-time", src_dict["lastScan"], "lastScan", src_dict) from None

            folder_statistics = cls(
                last_file,
                last_scan,
            )
            if len(src_dict) != 2:
                folder_statistics.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return folder_statistics

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.last_file import LastFile  # noqa: E402
