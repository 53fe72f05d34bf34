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
from ..types import UNSET, Unset

T = TypeVar("T", bound="PendingFoldersChangedEventData")

_KNOWN_KEYS = frozenset(
    (
        "added",
        "removed",
    )
)


@_extras_in_repr
@_attrs_define
class PendingFoldersChangedEventData:
    """The list of pending folders changed.

    Attributes:
        added (list[PendingFolderChange] | Unset): Folder offers that became pending or were updated.
        removed (list[PendingFolderChange] | Unset): Folder offers no longer pending; without `deviceID`, for every
            device.
    """

    added: list[PendingFolderChange] | Unset = UNSET
    removed: list[PendingFolderChange] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

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
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (PendingFoldersChangedEventData)", src_dict, None, src_dict)
        try:
            added = src_dict.get("added", UNSET)
            if added is not UNSET:
                if _type(added) is not list:
                    raise _invalid("a list", added, "added", src_dict)
                try:
                    added = [PendingFolderChange.from_dict(_item) for _item in added]
                except _Invalid as _e:
                    raise _e.within("added", added, src_dict) from None

            removed = src_dict.get("removed", UNSET)
            if removed is not UNSET:
                if _type(removed) is not list:
                    raise _invalid("a list", removed, "removed", src_dict)
                try:
                    removed = [PendingFolderChange.from_dict(_item) for _item in removed]
                except _Invalid as _e:
                    raise _e.within("removed", removed, src_dict) from None

            pending_folders_changed_event_data = cls(
                added,
                removed,
            )
            if len(src_dict) != 2 - (
                added,
                removed,
            ).count(UNSET):
                pending_folders_changed_event_data.additional_properties = {
                    key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
                }

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return pending_folders_changed_event_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.pending_folder_change import PendingFolderChange  # noqa: E402
