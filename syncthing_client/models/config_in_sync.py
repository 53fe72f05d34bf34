from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigInSync")

_KNOWN_KEYS = frozenset(("configInSync",))


@_attrs_define
class ConfigInSync:
    """
    Attributes:
        config_in_sync (bool): False when the running configuration differs from the saved one until a restart.
    """

    config_in_sync: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config_in_sync = self.config_in_sync

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configInSync": config_in_sync,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        config_in_sync = src_dict["configInSync"]

        config_in_sync = cls(
            config_in_sync,
        )

        if len(src_dict) != 1:
            config_in_sync.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return config_in_sync

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
