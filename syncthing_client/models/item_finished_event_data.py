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
from ..models.item_action import ItemAction
from ..models.item_type import ItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemFinishedEventData")

_KNOWN_KEYS = frozenset(
    (
        "folder",
        "item",
        "type",
        "action",
        "error",
    )
)


@_extras_in_repr
@_attrs_define
class ItemFinishedEventData:
    """Syncthing finished syncing an item, successfully or not.

    Attributes:
        folder (str): The folder ID.
        item (str): The item's path within the folder.
        type (ItemType): The kind of item an event is about.
        action (ItemAction): What is done to an item: its contents (`update`), removal (`delete`), or only its metadata
            (`metadata`).
        error (None | str): Why it failed; `null` on success.
    """

    folder: str
    item: str
    type: ItemType
    action: ItemAction
    error: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        folder = self.folder

        item = self.item

        type: str = self.type

        action: str = self.action

        error: None | str
        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "folder": folder,
                "item": item,
                "type": type,
                "action": action,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (ItemFinishedEventData)", src_dict, None, src_dict)
        try:
            folder = src_dict["folder"]
            if not _type(folder) is str:
                raise _invalid("a string", folder, "folder", src_dict)

            item = src_dict["item"]
            if not _type(item) is str:
                raise _invalid("a string", item, "item", src_dict)

            type: ItemType = src_dict["type"]
            if not _type(type) is str:
                raise _invalid("a string", type, "type", src_dict)

            action: ItemAction = src_dict["action"]
            if not _type(action) is str:
                raise _invalid("a string", action, "action", src_dict)

            error = src_dict["error"]
            if not (_type(error) is str) and error is not None:
                raise _invalid("a string or null", error, "error", src_dict)

            item_finished_event_data = cls(
                folder,
                item,
                type,
                action,
                error,
            )
            if len(src_dict) != 5:
                item_finished_event_data.additional_properties = {
                    key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
                }

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return item_finished_event_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
