from __future__ import annotations

from builtins import type as _type
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

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

T = TypeVar("T", bound="FolderRejectedEventData")

_KNOWN_KEYS = frozenset(
    (
        "device",
        "folder",
        "folderLabel",
    )
)


@_extras_in_repr
@_attrs_define
class FolderRejectedEventData:
    """A device offered a folder that is not shared with it (superseded by PendingFoldersChanged, still emitted).

    Attributes:
        device (str): The device ID.
        folder (str): The folder ID.
        folder_label (str): The folder label.
    """

    device: str
    folder: str
    folder_label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        device = self.device

        folder = self.folder

        folder_label = self.folder_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device": device,
                "folder": folder,
                "folderLabel": folder_label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (FolderRejectedEventData)", src_dict, None, src_dict)
        try:
            device = src_dict["device"]
            if not _type(device) is str:
                raise _invalid("a string", device, "device", src_dict)

            folder = src_dict["folder"]
            if not _type(folder) is str:
                raise _invalid("a string", folder, "folder", src_dict)

            folder_label = src_dict["folderLabel"]
            if not _type(folder_label) is str:
                raise _invalid("a string", folder_label, "folderLabel", src_dict)

            folder_rejected_event_data = cls(
                device,
                folder,
                folder_label,
            )
            if len(src_dict) != 3:
                folder_rejected_event_data.additional_properties = {
                    key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
                }

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return folder_rejected_event_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
