from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FolderCompletionEventData")

_KNOWN_KEYS = frozenset(
    (
        "folder",
        "device",
        "completion",
        "needBytes",
        "globalBytes",
        "globalItems",
        "needDeletes",
        "needItems",
        "remoteState",
        "sequence",
    )
)


@_attrs_define
class FolderCompletionEventData:
    """A device's completion of a folder changed.

    Attributes:
        folder (str):
        device (str):
        completion (float): Percent complete.
        need_bytes (int):
        global_bytes (int | Unset):
        global_items (int | Unset):
        need_deletes (int | Unset):
        need_items (int | Unset):
        remote_state (str | Unset): Not sent by 1.19.2.
        sequence (int | Unset):
    """

    folder: str
    device: str
    completion: float
    need_bytes: int
    global_bytes: int | Unset = UNSET
    global_items: int | Unset = UNSET
    need_deletes: int | Unset = UNSET
    need_items: int | Unset = UNSET
    remote_state: str | Unset = UNSET
    sequence: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        folder = self.folder

        device = self.device

        completion = self.completion

        need_bytes = self.need_bytes

        global_bytes = self.global_bytes

        global_items = self.global_items

        need_deletes = self.need_deletes

        need_items = self.need_items

        remote_state = self.remote_state

        sequence = self.sequence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "folder": folder,
                "device": device,
                "completion": completion,
                "needBytes": need_bytes,
            }
        )
        if global_bytes is not UNSET:
            field_dict["globalBytes"] = global_bytes
        if global_items is not UNSET:
            field_dict["globalItems"] = global_items
        if need_deletes is not UNSET:
            field_dict["needDeletes"] = need_deletes
        if need_items is not UNSET:
            field_dict["needItems"] = need_items
        if remote_state is not UNSET:
            field_dict["remoteState"] = remote_state
        if sequence is not UNSET:
            field_dict["sequence"] = sequence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        folder = src_dict["folder"]

        device = src_dict["device"]

        completion = src_dict["completion"]

        need_bytes = src_dict["needBytes"]

        global_bytes = src_dict.get("globalBytes", UNSET)

        global_items = src_dict.get("globalItems", UNSET)

        need_deletes = src_dict.get("needDeletes", UNSET)

        need_items = src_dict.get("needItems", UNSET)

        remote_state = src_dict.get("remoteState", UNSET)

        sequence = src_dict.get("sequence", UNSET)

        folder_completion_event_data = cls(
            folder,
            device,
            completion,
            need_bytes,
            global_bytes,
            global_items,
            need_deletes,
            need_items,
            remote_state,
            sequence,
        )

        d = {} if src_dict.keys() <= _KNOWN_KEYS else {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        folder_completion_event_data.additional_properties = d
        return folder_completion_event_data

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
