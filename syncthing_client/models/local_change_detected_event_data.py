from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_detected_action import ChangeDetectedAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="LocalChangeDetectedEventData")

_KNOWN_KEYS = frozenset(
    (
        "action",
        "folder",
        "folderID",
        "label",
        "modifiedBy",
        "path",
        "type",
    )
)


@_attrs_define
class LocalChangeDetectedEventData:
    """A local file changed (served by /rest/events/disk).

    Attributes:
        action (ChangeDetectedAction): What happened to the item: `modified` (created or changed) or `deleted`. Releases
            before 1.6.0 also sent
            `added` for an item whose version had a single counter at 1 (a new item); 1.6.0 and later send `modified`
            for those.
        folder (str): The folder ID.
        folder_id (str): The same as `folder`, kept for old clients; read `folder`.
        label (str): The folder label.
        modified_by (str): Short ID (first 7 characters of the device ID) of the device that last changed the item;
            empty when unknown.
        path (str): The item's path inside the folder, with the server's path separator (`\\` on Windows).
        type_ (str): `file`, `dir` or `symlink`.
    """

    action: ChangeDetectedAction
    folder: str
    folder_id: str
    label: str
    modified_by: str
    path: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        folder = self.folder

        folder_id = self.folder_id

        label = self.label

        modified_by = self.modified_by

        path = self.path

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "folder": folder,
                "folderID": folder_id,
                "label": label,
                "modifiedBy": modified_by,
                "path": path,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        action = src_dict["action"]

        folder = src_dict["folder"]

        folder_id = src_dict["folderID"]

        label = src_dict["label"]

        modified_by = src_dict["modifiedBy"]

        path = src_dict["path"]

        type_ = src_dict["type"]

        local_change_detected_event_data = cls(
            action,
            folder,
            folder_id,
            label,
            modified_by,
            path,
            type_,
        )

        if len(src_dict) != 7:
            local_change_detected_event_data.additional_properties = {
                key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
            }
        return local_change_detected_event_data

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
