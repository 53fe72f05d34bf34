from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        latest = src_dict["latest"]

        major_newer = src_dict["majorNewer"]

        newer = src_dict["newer"]

        running = src_dict["running"]

        upgrade_info = cls(
            latest,
            major_newer,
            newer,
            running,
        )

        if len(src_dict) != 4:
            upgrade_info.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return upgrade_info

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
