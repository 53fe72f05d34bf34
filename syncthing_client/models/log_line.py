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
from ..models.log_level_abbreviation import LogLevelAbbreviation
from ..models.log_level_number import LogLevelNumber
from ..types import UNSET, Unset

T = TypeVar("T", bound="LogLine")

_KNOWN_KEYS = frozenset(
    (
        "when",
        "message",
        "level",
    )
)


@_extras_in_repr
@_attrs_define
class LogLine:
    """One log or error line.

    Attributes:
        when (datetime.datetime): When it was logged.
        message (str): The text.
        level (LogLevelAbbreviation | LogLevelNumber): Severity: a number in 1.x (`LogLevelNumber`), a short name from
            2.0.0 on (`LogLevelAbbreviation`).
    """

    when: datetime.datetime
    message: str
    level: LogLevelAbbreviation | LogLevelNumber
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        when = self.when.isoformat()

        message = self.message

        level: int | str
        if isinstance(self.level, int):
            level = self.level
        else:
            level = self.level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "when": when,
                "message": message,
                "level": level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (LogLine)", src_dict, None, src_dict)
        try:
            try:
                when = _parse_timestamp(src_dict["when"])
            except (TypeError, ValueError):
                raise _invalid("a date-time", src_dict["when"], "when", src_dict) from None

            message = src_dict["message"]
            if not _type(message) is str:
                raise _invalid("a string", message, "message", src_dict)

            level: LogLevelAbbreviation | LogLevelNumber = src_dict["level"]
            if not (_type(level) is int or _type(level) is str):
                raise _invalid("an integer or a string", level, "level", src_dict)

            log_line = cls(
                when,
                message,
                level,
            )
            if len(src_dict) != 3:
                log_line.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return log_line

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
