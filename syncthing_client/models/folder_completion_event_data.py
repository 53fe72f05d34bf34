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
        "globalBytes",
        "needBytes",
        "needDeletes",
        "needItems",
        "globalItems",
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
        global_bytes (int):
        need_bytes (int):
        need_deletes (int):
        need_items (int):
        global_items (int | Unset): 1.8.0 and later.
        remote_state (str | Unset): What the device reported about the folder: `valid`, `paused`, `notSharing` or
            `unknown` (1.20.0 and later).
        sequence (int | Unset): 1.10.0 and later.
    """

    folder: str
    device: str
    completion: float
    global_bytes: int
    need_bytes: int
    need_deletes: int
    need_items: int
    global_items: int | Unset = UNSET
    remote_state: str | Unset = UNSET
    sequence: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        folder = self.folder

        device = self.device

        completion = self.completion

        global_bytes = self.global_bytes

        need_bytes = self.need_bytes

        need_deletes = self.need_deletes

        need_items = self.need_items

        global_items = self.global_items

        remote_state = self.remote_state

        sequence = self.sequence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "folder": folder,
                "device": device,
                "completion": completion,
                "globalBytes": global_bytes,
                "needBytes": need_bytes,
                "needDeletes": need_deletes,
                "needItems": need_items,
            }
        )
        if global_items is not UNSET:
            field_dict["globalItems"] = global_items
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

        global_bytes = src_dict["globalBytes"]

        need_bytes = src_dict["needBytes"]

        need_deletes = src_dict["needDeletes"]

        need_items = src_dict["needItems"]

        global_items = src_dict.get("globalItems", UNSET)

        remote_state = src_dict.get("remoteState", UNSET)

        sequence = src_dict.get("sequence", UNSET)

        folder_completion_event_data = cls(
            folder,
            device,
            completion,
            global_bytes,
            need_bytes,
            need_deletes,
            need_items,
            global_items,
            remote_state,
            sequence,
        )

        if len(src_dict) != 10 - (
            global_items,
            remote_state,
            sequence,
        ).count(UNSET):
            folder_completion_event_data.additional_properties = {
                key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
            }
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
