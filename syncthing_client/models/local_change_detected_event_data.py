from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LocalChangeDetectedEventData")

_KNOWN_KEYS = frozenset(
    (
        "action",
        "folder",
        "folderID",
        "label",
        "path",
        "type",
        "modifiedBy",
    )
)


@_attrs_define
class LocalChangeDetectedEventData:
    """A local file changed (served by /rest/events/disk).

    Attributes:
        action (str): `added`, `deleted` or `modified`.
        folder (str): The folder ID (old name).
        folder_id (str): The folder ID.
        label (str): The folder label.
        path (str):
        type_ (str): `file`, `dir` or `symlink`.
        modified_by (str | Unset):
    """

    action: str
    folder: str
    folder_id: str
    label: str
    path: str
    type_: str
    modified_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        folder = self.folder

        folder_id = self.folder_id

        label = self.label

        path = self.path

        type_ = self.type_

        modified_by = self.modified_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "folder": folder,
                "folderID": folder_id,
                "label": label,
                "path": path,
                "type": type_,
            }
        )
        if modified_by is not UNSET:
            field_dict["modifiedBy"] = modified_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        action = src_dict["action"]

        folder = src_dict["folder"]

        folder_id = src_dict["folderID"]

        label = src_dict["label"]

        path = src_dict["path"]

        type_ = src_dict["type"]

        modified_by = src_dict.get("modifiedBy", UNSET)

        local_change_detected_event_data = cls(
            action,
            folder,
            folder_id,
            label,
            path,
            type_,
            modified_by,
        )

        d = {} if src_dict.keys() <= _KNOWN_KEYS else {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        local_change_detected_event_data.additional_properties = d
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
