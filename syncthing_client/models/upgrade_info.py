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

T = TypeVar("T", bound="UpgradeInfo")

_KNOWN_KEYS = frozenset(
    (
        "latest",
        "majorNewer",
        "newer",
        "running",
    )
)


@_extras_in_repr
@_attrs_define
class UpgradeInfo:
    """
    Attributes:
        latest (str): The newest release available.
        major_newer (bool): Whether the newest release is a new major version.
        newer (bool): Whether the newest release is newer than the running one.
        running (str): The running release.
    """

    latest: str
    major_newer: bool
    newer: bool
    running: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        latest = self.latest

        major_newer = self.major_newer

        newer = self.newer

        running = self.running

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "latest": latest,
                "majorNewer": major_newer,
                "newer": newer,
                "running": running,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (UpgradeInfo)", src_dict, None, src_dict)
        try:
            latest = src_dict["latest"]
            if not _type(latest) is str:
                raise _invalid("a string", latest, "latest", src_dict)

            major_newer = src_dict["majorNewer"]
            if not _type(major_newer) is bool:
                raise _invalid("a boolean", major_newer, "majorNewer", src_dict)

            newer = src_dict["newer"]
            if not _type(newer) is bool:
                raise _invalid("a boolean", newer, "newer", src_dict)

            running = src_dict["running"]
            if not _type(running) is str:
                raise _invalid("a string", running, "running", src_dict)

            upgrade_info = cls(
                latest,
                major_newer,
                newer,
                running,
            )
            if len(src_dict) != 4:
                upgrade_info.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return upgrade_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
