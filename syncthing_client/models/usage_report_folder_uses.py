from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageReportFolderUses")

_KNOWN_KEYS = frozenset(
    (
        "sendonly",
        "sendreceive",
        "receiveonly",
        "ignorePerms",
        "ignoreDelete",
        "autoNormalize",
        "simpleVersioning",
        "externalVersioning",
        "staggeredVersioning",
        "trashcanVersioning",
    )
)


@_attrs_define
class UsageReportFolderUses:
    """
    Attributes:
        sendonly (int | Unset):
        sendreceive (int | Unset):
        receiveonly (int | Unset):
        ignore_perms (int | Unset):
        ignore_delete (int | Unset):
        auto_normalize (int | Unset):
        simple_versioning (int | Unset):
        external_versioning (int | Unset):
        staggered_versioning (int | Unset):
        trashcan_versioning (int | Unset):
    """

    sendonly: int | Unset = UNSET
    sendreceive: int | Unset = UNSET
    receiveonly: int | Unset = UNSET
    ignore_perms: int | Unset = UNSET
    ignore_delete: int | Unset = UNSET
    auto_normalize: int | Unset = UNSET
    simple_versioning: int | Unset = UNSET
    external_versioning: int | Unset = UNSET
    staggered_versioning: int | Unset = UNSET
    trashcan_versioning: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sendonly = self.sendonly

        sendreceive = self.sendreceive

        receiveonly = self.receiveonly

        ignore_perms = self.ignore_perms

        ignore_delete = self.ignore_delete

        auto_normalize = self.auto_normalize

        simple_versioning = self.simple_versioning

        external_versioning = self.external_versioning

        staggered_versioning = self.staggered_versioning

        trashcan_versioning = self.trashcan_versioning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sendonly is not UNSET:
            field_dict["sendonly"] = sendonly
        if sendreceive is not UNSET:
            field_dict["sendreceive"] = sendreceive
        if receiveonly is not UNSET:
            field_dict["receiveonly"] = receiveonly
        if ignore_perms is not UNSET:
            field_dict["ignorePerms"] = ignore_perms
        if ignore_delete is not UNSET:
            field_dict["ignoreDelete"] = ignore_delete
        if auto_normalize is not UNSET:
            field_dict["autoNormalize"] = auto_normalize
        if simple_versioning is not UNSET:
            field_dict["simpleVersioning"] = simple_versioning
        if external_versioning is not UNSET:
            field_dict["externalVersioning"] = external_versioning
        if staggered_versioning is not UNSET:
            field_dict["staggeredVersioning"] = staggered_versioning
        if trashcan_versioning is not UNSET:
            field_dict["trashcanVersioning"] = trashcan_versioning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        sendonly = src_dict.get("sendonly", UNSET)

        sendreceive = src_dict.get("sendreceive", UNSET)

        receiveonly = src_dict.get("receiveonly", UNSET)

        ignore_perms = src_dict.get("ignorePerms", UNSET)

        ignore_delete = src_dict.get("ignoreDelete", UNSET)

        auto_normalize = src_dict.get("autoNormalize", UNSET)

        simple_versioning = src_dict.get("simpleVersioning", UNSET)

        external_versioning = src_dict.get("externalVersioning", UNSET)

        staggered_versioning = src_dict.get("staggeredVersioning", UNSET)

        trashcan_versioning = src_dict.get("trashcanVersioning", UNSET)

        usage_report_folder_uses = cls(
            sendonly,
            sendreceive,
            receiveonly,
            ignore_perms,
            ignore_delete,
            auto_normalize,
            simple_versioning,
            external_versioning,
            staggered_versioning,
            trashcan_versioning,
        )

        if len(src_dict) != 10 - (
            sendonly,
            sendreceive,
            receiveonly,
            ignore_perms,
            ignore_delete,
            auto_normalize,
            simple_versioning,
            external_versioning,
            staggered_versioning,
            trashcan_versioning,
        ).count(UNSET):
            usage_report_folder_uses.additional_properties = {
                key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
            }
        return usage_report_folder_uses

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
