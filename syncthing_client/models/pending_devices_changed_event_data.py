from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PendingDevicesChangedEventData")

_KNOWN_KEYS = frozenset(
    (
        "added",
        "removed",
    )
)


@_attrs_define
class PendingDevicesChangedEventData:
    """The list of pending devices changed.

    Attributes:
        added (list[PendingDeviceChange] | Unset):
        removed (list[PendingDeviceChange] | Unset):
    """

    added: list[PendingDeviceChange] | Unset = UNSET
    removed: list[PendingDeviceChange] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.added, Unset):
            added = []
            for added_item_data in self.added:
                added_item = added_item_data.to_dict()
                added.append(added_item)

        removed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.removed, Unset):
            removed = []
            for removed_item_data in self.removed:
                removed_item = removed_item_data.to_dict()
                removed.append(removed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if added is not UNSET:
            field_dict["added"] = added
        if removed is not UNSET:
            field_dict["removed"] = removed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _added = src_dict.get("added", UNSET)
        added: list[PendingDeviceChange] | Unset = UNSET
        if _added is not UNSET:
            added = [PendingDeviceChange.from_dict(added_item_data) for added_item_data in _added]

        _removed = src_dict.get("removed", UNSET)
        removed: list[PendingDeviceChange] | Unset = UNSET
        if _removed is not UNSET:
            removed = [PendingDeviceChange.from_dict(removed_item_data) for removed_item_data in _removed]

        pending_devices_changed_event_data = cls(
            added,
            removed,
        )

        if len(src_dict) != 2 - (
            added,
            removed,
        ).count(UNSET):
            pending_devices_changed_event_data.additional_properties = {
                key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
            }
        return pending_devices_changed_event_data

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


from ..models.pending_device_change import PendingDeviceChange  # noqa: E402
