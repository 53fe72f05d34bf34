from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DebugFacilities")

_KNOWN_KEYS = frozenset(
    (
        "enabled",
        "facilities",
    )
)


@_attrs_define
class DebugFacilities:
    """
    Attributes:
        enabled (list[str] | None): Facilities that log at debug level.
        facilities (DebugFacilitiesFacilities): Every facility, with a description.
    """

    enabled: list[str] | None
    facilities: DebugFacilitiesFacilities
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled: list[str] | None
        if isinstance(self.enabled, list):
            enabled = self.enabled

        else:
            enabled = self.enabled

        facilities = self.facilities.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "facilities": facilities,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_enabled(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                enabled_type_0 = cast(list[str], data)

                return enabled_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        enabled = _parse_enabled(src_dict["enabled"])

        facilities = DebugFacilitiesFacilities.from_dict(src_dict["facilities"])

        debug_facilities = cls(
            enabled,
            facilities,
        )

        if len(src_dict) != 2:
            debug_facilities.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return debug_facilities

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


from ..models.debug_facilities_facilities import DebugFacilitiesFacilities  # noqa: E402
