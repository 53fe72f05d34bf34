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

T = TypeVar("T", bound="PendingFolderChange")

_KNOWN_KEYS = frozenset(
    (
        "folderID",
        "folderLabel",
        "deviceID",
        "receiveEncrypted",
        "remoteEncrypted",
    )
)


@_extras_in_repr
@_attrs_define
class PendingFolderChange:
    """
    Attributes:
        folder_id (str): The folder ID.
        folder_label (str | Unset): The folder label.
        device_id (str | Unset): The device offering the folder; absent in `removed` when no device offers it any more.
        receive_encrypted (bool | Unset):
        remote_encrypted (bool | Unset):
    """

    folder_id: str
    folder_label: str | Unset = UNSET
    device_id: str | Unset = UNSET
    receive_encrypted: bool | Unset = UNSET
    remote_encrypted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        folder_id = self.folder_id

        folder_label = self.folder_label

        device_id = self.device_id

        receive_encrypted = self.receive_encrypted

        remote_encrypted = self.remote_encrypted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "folderID": folder_id,
            }
        )
        if folder_label is not UNSET:
            field_dict["folderLabel"] = folder_label
        if device_id is not UNSET:
            field_dict["deviceID"] = device_id
        if receive_encrypted is not UNSET:
            field_dict["receiveEncrypted"] = receive_encrypted
        if remote_encrypted is not UNSET:
            field_dict["remoteEncrypted"] = remote_encrypted

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (PendingFolderChange)", src_dict, None, src_dict)
        try:
            folder_id = src_dict["folderID"]
            if not _type(folder_id) is str:
                raise _invalid("a string", folder_id, "folderID", src_dict)

            folder_label = src_dict.get("folderLabel", UNSET)
            if not _type(folder_label) is str and folder_label is not UNSET:
                raise _invalid("a string", folder_label, "folderLabel", src_dict)

            device_id = src_dict.get("deviceID", UNSET)
            if not _type(device_id) is str and device_id is not UNSET:
                raise _invalid("a string", device_id, "deviceID", src_dict)

            receive_encrypted = src_dict.get("receiveEncrypted", UNSET)
            if not _type(receive_encrypted) is bool and receive_encrypted is not UNSET:
                raise _invalid("a boolean", receive_encrypted, "receiveEncrypted", src_dict)

            remote_encrypted = src_dict.get("remoteEncrypted", UNSET)
            if not _type(remote_encrypted) is bool and remote_encrypted is not UNSET:
                raise _invalid("a boolean", remote_encrypted, "remoteEncrypted", src_dict)

            pending_folder_change = cls(
                folder_id,
                folder_label,
                device_id,
                receive_encrypted,
                remote_encrypted,
            )
            if len(src_dict) != 5 - (
                folder_label,
                device_id,
                receive_encrypted,
                remote_encrypted,
            ).count(UNSET):
                pending_folder_change.additional_properties = {
                    key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
                }

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return pending_folder_change

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
