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

T = TypeVar("T", bound="UnixOwnership")

_KNOWN_KEYS = frozenset(
    (
        "OwnerName",
        "GroupName",
        "UID",
        "GID",
    )
)


@_extras_in_repr
@_attrs_define
class UnixOwnership:
    """Owner and group of a file on Unix.

    Attributes:
        owner_name (str | Unset):
        group_name (str | Unset):
        uid (int | Unset):
        gid (int | Unset):
    """

    owner_name: str | Unset = UNSET
    group_name: str | Unset = UNSET
    uid: int | Unset = UNSET
    gid: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        owner_name = self.owner_name

        group_name = self.group_name

        uid = self.uid

        gid = self.gid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if owner_name is not UNSET:
            field_dict["OwnerName"] = owner_name
        if group_name is not UNSET:
            field_dict["GroupName"] = group_name
        if uid is not UNSET:
            field_dict["UID"] = uid
        if gid is not UNSET:
            field_dict["GID"] = gid

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (UnixOwnership)", src_dict, None, src_dict)
        try:
            owner_name = src_dict.get("OwnerName", UNSET)
            if not _type(owner_name) is str and owner_name is not UNSET:
                raise _invalid("a string", owner_name, "OwnerName", src_dict)

            group_name = src_dict.get("GroupName", UNSET)
            if not _type(group_name) is str and group_name is not UNSET:
                raise _invalid("a string", group_name, "GroupName", src_dict)

            uid = src_dict.get("UID", UNSET)
            if not _type(uid) is int and uid is not UNSET:
                raise _invalid("an integer", uid, "UID", src_dict)

            gid = src_dict.get("GID", UNSET)
            if not _type(gid) is int and gid is not UNSET:
                raise _invalid("an integer", gid, "GID", src_dict)

            unix_ownership = cls(
                owner_name,
                group_name,
                uid,
                gid,
            )
            if len(src_dict) != 4 - (
                owner_name,
                group_name,
                uid,
                gid,
            ).count(UNSET):
                unix_ownership.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return unix_ownership

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
