from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RestartRequired")

_KNOWN_KEYS = frozenset(("requiresRestart",))


@_attrs_define
class RestartRequired:
    """
    Attributes:
        requires_restart (bool): A saved change takes effect only after a restart.
    """

    requires_restart: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requires_restart = self.requires_restart

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requiresRestart": requires_restart,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        requires_restart = src_dict["requiresRestart"]

        restart_required = cls(
            requires_restart,
        )

        if len(src_dict) != 1:
            restart_required.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return restart_required

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
