from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LogLevels")

_KNOWN_KEYS = frozenset(
    (
        "packages",
        "levels",
    )
)


@_attrs_define
class LogLevels:
    """
    Attributes:
        packages (LogLevelsPackages): Every logging package, with a description.
        levels (LogLevelMap): Log level per package (`DEBUG`, `INFO`, `WARN`, `ERROR`).
    """

    packages: LogLevelsPackages
    levels: LogLevelMap
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        packages = self.packages.to_dict()

        levels = self.levels.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "packages": packages,
                "levels": levels,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        packages = LogLevelsPackages.from_dict(src_dict["packages"])

        levels = LogLevelMap.from_dict(src_dict["levels"])

        log_levels = cls(
            packages,
            levels,
        )

        if len(src_dict) != 2:
            log_levels.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return log_levels

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


from ..models.log_level_map import LogLevelMap  # noqa: E402
from ..models.log_levels_packages import LogLevelsPackages  # noqa: E402
