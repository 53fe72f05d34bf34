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


@_extras_in_repr
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

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
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (UsageReportFolderUses)", src_dict, None, src_dict)
        try:
            sendonly = src_dict.get("sendonly", UNSET)
            if not _type(sendonly) is int and sendonly is not UNSET:
                raise _invalid("an integer", sendonly, "sendonly", src_dict)

            sendreceive = src_dict.get("sendreceive", UNSET)
            if not _type(sendreceive) is int and sendreceive is not UNSET:
                raise _invalid("an integer", sendreceive, "sendreceive", src_dict)

            receiveonly = src_dict.get("receiveonly", UNSET)
            if not _type(receiveonly) is int and receiveonly is not UNSET:
                raise _invalid("an integer", receiveonly, "receiveonly", src_dict)

            ignore_perms = src_dict.get("ignorePerms", UNSET)
            if not _type(ignore_perms) is int and ignore_perms is not UNSET:
                raise _invalid("an integer", ignore_perms, "ignorePerms", src_dict)

            ignore_delete = src_dict.get("ignoreDelete", UNSET)
            if not _type(ignore_delete) is int and ignore_delete is not UNSET:
                raise _invalid("an integer", ignore_delete, "ignoreDelete", src_dict)

            auto_normalize = src_dict.get("autoNormalize", UNSET)
            if not _type(auto_normalize) is int and auto_normalize is not UNSET:
                raise _invalid("an integer", auto_normalize, "autoNormalize", src_dict)

            simple_versioning = src_dict.get("simpleVersioning", UNSET)
            if not _type(simple_versioning) is int and simple_versioning is not UNSET:
                raise _invalid("an integer", simple_versioning, "simpleVersioning", src_dict)

            external_versioning = src_dict.get("externalVersioning", UNSET)
            if not _type(external_versioning) is int and external_versioning is not UNSET:
                raise _invalid("an integer", external_versioning, "externalVersioning", src_dict)

            staggered_versioning = src_dict.get("staggeredVersioning", UNSET)
            if not _type(staggered_versioning) is int and staggered_versioning is not UNSET:
                raise _invalid("an integer", staggered_versioning, "staggeredVersioning", src_dict)

            trashcan_versioning = src_dict.get("trashcanVersioning", UNSET)
            if not _type(trashcan_versioning) is int and trashcan_versioning is not UNSET:
                raise _invalid("an integer", trashcan_versioning, "trashcanVersioning", src_dict)

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

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return usage_report_folder_uses

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
