from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FolderCompletionEventData")


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
        d = dict(src_dict)
        folder = d.pop("folder")

        device = d.pop("device")

        completion = d.pop("completion")

        need_bytes = d.pop("needBytes")

        global_bytes = d.pop("globalBytes", UNSET)

        global_items = d.pop("globalItems", UNSET)

        need_deletes = d.pop("needDeletes", UNSET)

        need_items = d.pop("needItems", UNSET)

        remote_state = d.pop("remoteState", UNSET)

        sequence = d.pop("sequence", UNSET)

        folder_completion_event_data = cls(
            folder=folder,
            device=device,
            completion=completion,
            need_bytes=need_bytes,
            global_bytes=global_bytes,
            global_items=global_items,
            need_deletes=need_deletes,
            need_items=need_items,
            remote_state=remote_state,
            sequence=sequence,
        )

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
