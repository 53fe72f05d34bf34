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

T = TypeVar("T", bound="UpgradeRestartScheduledEventData")

_KNOWN_KEYS = frozenset(
    (
        "delayS",
        "newVersion",
    )
)


@_extras_in_repr
@_attrs_define
class UpgradeRestartScheduledEventData:
    """An automatic upgrade was installed and a restart is scheduled (2.0.15 and later).

    Attributes:
        delay_s (int): Seconds until the restart.
        new_version (str): The version installed.
    """

    delay_s: int
    new_version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        delay_s = self.delay_s

        new_version = self.new_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delayS": delay_s,
                "newVersion": new_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (UpgradeRestartScheduledEventData)", src_dict, None, src_dict)
        try:
            delay_s = src_dict["delayS"]
            if not _type(delay_s) is int:
                raise _invalid("an integer", delay_s, "delayS", src_dict)

            new_version = src_dict["newVersion"]
            if not _type(new_version) is str:
                raise _invalid("a string", new_version, "newVersion", src_dict)

            upgrade_restart_scheduled_event_data = cls(
                delay_s,
                new_version,
            )
            if len(src_dict) != 2:
                upgrade_restart_scheduled_event_data.additional_properties = {
                    key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
                }

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return upgrade_restart_scheduled_event_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
