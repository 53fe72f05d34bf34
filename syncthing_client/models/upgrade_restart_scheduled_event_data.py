from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpgradeRestartScheduledEventData")

_KNOWN_KEYS = frozenset(
    (
        "delayS",
        "newVersion",
    )
)


@_attrs_define
class UpgradeRestartScheduledEventData:
    """An automatic upgrade was installed and a restart is scheduled (2.0.15 and later).

    Attributes:
        delay_s (int): Seconds until the restart.
        new_version (str):
    """

    delay_s: int
    new_version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        delay_s = src_dict["delayS"]

        new_version = src_dict["newVersion"]

        upgrade_restart_scheduled_event_data = cls(
            delay_s,
            new_version,
        )

        if len(src_dict) != 2:
            upgrade_restart_scheduled_event_data.additional_properties = {
                key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
            }
        return upgrade_restart_scheduled_event_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
