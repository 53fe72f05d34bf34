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

T = TypeVar("T", bound="UsageReportDatabase")

_KNOWN_KEYS = frozenset(
    (
        "modernCSQLite",
        "mattnSQLite",
        "levelDB",
    )
)


@_extras_in_repr
@_attrs_define
class UsageReportDatabase:
    """
    Attributes:
        modern_c_sqlite (bool | Unset): Sent by 2.1.3 only.
        mattn_sqlite (bool | Unset): Sent by 2.1.3 only.
        level_db (bool | Unset): Sent by 2.1.3 only.
    """

    modern_c_sqlite: bool | Unset = UNSET
    mattn_sqlite: bool | Unset = UNSET
    level_db: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        modern_c_sqlite = self.modern_c_sqlite

        mattn_sqlite = self.mattn_sqlite

        level_db = self.level_db

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if modern_c_sqlite is not UNSET:
            field_dict["modernCSQLite"] = modern_c_sqlite
        if mattn_sqlite is not UNSET:
            field_dict["mattnSQLite"] = mattn_sqlite
        if level_db is not UNSET:
            field_dict["levelDB"] = level_db

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (UsageReportDatabase)", src_dict, None, src_dict)
        try:
            modern_c_sqlite = src_dict.get("modernCSQLite", UNSET)
            if not _type(modern_c_sqlite) is bool and modern_c_sqlite is not UNSET:
                raise _invalid("a boolean", modern_c_sqlite, "modernCSQLite", src_dict)

            mattn_sqlite = src_dict.get("mattnSQLite", UNSET)
            if not _type(mattn_sqlite) is bool and mattn_sqlite is not UNSET:
                raise _invalid("a boolean", mattn_sqlite, "mattnSQLite", src_dict)

            level_db = src_dict.get("levelDB", UNSET)
            if not _type(level_db) is bool and level_db is not UNSET:
                raise _invalid("a boolean", level_db, "levelDB", src_dict)

            usage_report_database = cls(
                modern_c_sqlite,
                mattn_sqlite,
                level_db,
            )
            if len(src_dict) != 3 - (
                modern_c_sqlite,
                mattn_sqlite,
                level_db,
            ).count(UNSET):
                usage_report_database.additional_properties = {
                    key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
                }

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return usage_report_database

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
