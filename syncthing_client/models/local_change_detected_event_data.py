from __future__ import annotations

from builtins import type as _type
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._check import Invalid as _Invalid
from .._check import bad_item as _bad_item
from .._check import bool_types as _bool_types
from .._check import float_types as _float_types
from .._check import int_types as _int_types
from .._check import invalid as _invalid
from .._check import missing as _missing
from .._check import model_decoders as _model_decoders
from .._check import only_bool as _only_bool
from .._check import only_float as _only_float
from .._check import only_int as _only_int
from .._check import only_str as _only_str
from .._check import str_types as _str_types
from .._check import tagged as _tagged
from .._repr import extras_in_repr as _extras_in_repr
from ..models.change_detected_action import ChangeDetectedAction
from ..models.item_type import ItemType
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


@_extras_in_repr
@_attrs_define
class LocalChangeDetectedEventData:
    """A local file changed (served by /rest/events/disk).

    Attributes:
        action (ChangeDetectedAction): What happened to the item: `modified` (created or changed) or `deleted`.
            (Releases before 1.6.0, older
            than this description covers, also sent `added` for a new item.)
        folder (str): The folder ID.
        folder_id (str): The same as `folder`, kept for old clients; read `folder`.
        label (str): The folder label.
        modified_by (str): Short ID (first 7 characters of the device ID) of the device that last changed the item;
            empty when unknown.
        path (str): The item's path inside the folder, with the server's path separator (`\\` on Windows).
        type (ItemType): The kind of item an event is about.
    """

    action: ChangeDetectedAction
    folder: str
    folder_id: str
    label: str
    modified_by: str
    path: str
    type: ItemType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        folder = self.folder

        folder_id = self.folder_id

        label = self.label

        modified_by = self.modified_by

        path = self.path

        type: str = self.type

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
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (LocalChangeDetectedEventData)", src_dict, None, src_dict)
        try:
            action: ChangeDetectedAction = src_dict["action"]
            if not _type(action) is str:
                raise _invalid("a string", action, "action", src_dict)

            folder = src_dict["folder"]
            if not _type(folder) is str:
                raise _invalid("a string", folder, "folder", src_dict)

            folder_id = src_dict["folderID"]
            if not _type(folder_id) is str:
                raise _invalid("a string", folder_id, "folderID", src_dict)

            label = src_dict["label"]
            if not _type(label) is str:
                raise _invalid("a string", label, "label", src_dict)

            modified_by = src_dict["modifiedBy"]
            if not _type(modified_by) is str:
                raise _invalid("a string", modified_by, "modifiedBy", src_dict)

            path = src_dict["path"]
            if not _type(path) is str:
                raise _invalid("a string", path, "path", src_dict)

            type: ItemType = src_dict["type"]
            if not _type(type) is str:
                raise _invalid("a string", type, "type", src_dict)

            local_change_detected_event_data = cls(
                action,
                folder,
                folder_id,
                label,
                modified_by,
                path,
                type,
            )
            if len(src_dict) != 7:
                local_change_detected_event_data.additional_properties = {
                    key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
                }

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return local_change_detected_event_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
