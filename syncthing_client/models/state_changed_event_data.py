from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StateChangedEventData")

_KNOWN_KEYS = frozenset(
    (
        "folder",
        "from",
        "to",
        "duration",
        "error",
    )
)


@_attrs_define
class StateChangedEventData:
    """A folder changed state.

    Attributes:
        folder (str):
        from_ (str):
        to (str):
        duration (float | Unset): Seconds spent in the previous state.
        error (str | Unset): Why the folder is in `error`.
    """

    folder: str
    from_: str
    to: str
    duration: float | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        folder = self.folder

        from_ = self.from_

        to = self.to

        duration = self.duration

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "folder": folder,
                "from": from_,
                "to": to,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        folder = src_dict["folder"]

        from_ = src_dict["from"]

        to = src_dict["to"]

        duration = src_dict.get("duration", UNSET)

        error = src_dict.get("error", UNSET)

        state_changed_event_data = cls(
            folder,
            from_,
            to,
            duration,
            error,
        )

        if len(src_dict) != 5 - (
            duration,
            error,
        ).count(UNSET):
            state_changed_event_data.additional_properties = {
                key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
            }
        return state_changed_event_data

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
