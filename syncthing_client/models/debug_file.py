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

T = TypeVar("T", bound="DebugFile")

_KNOWN_KEYS = frozenset(
    (
        "availability",
        "global",
        "local",
        "globalVersions",
        "mtime",
    )
)


@_extras_in_repr
@_attrs_define
class DebugFile:
    """
    Attributes:
        availability (list[str]): IDs of the devices that have the global version; `null` when none.
        global_ (FileInfo): A file's entry in an index, as the REST API shows it.
        local (FileInfo): A file's entry in an index, as the REST API shows it.
        global_versions (str): The global version list as Go prints it, for humans.
        mtime (ModTimeLookup | Unset):
    """

    availability: list[str]
    global_: FileInfo
    local: FileInfo
    global_versions: str
    mtime: ModTimeLookup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        availability = self.availability

        global_ = self.global_.to_dict()

        local = self.local.to_dict()

        global_versions = self.global_versions

        mtime: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mtime, Unset):
            mtime = self.mtime.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "availability": availability,
                "global": global_,
                "local": local,
                "globalVersions": global_versions,
            }
        )
        if mtime is not UNSET:
            field_dict["mtime"] = mtime

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (DebugFile)", src_dict, None, src_dict)
        try:
            availability = src_dict["availability"]
            if availability is None:
                availability = []
            if _type(availability) is not list or not _only_str(map(_type, availability)):
                raise _bad_item("a string", _str_types, availability, "availability", src_dict)

            try:
                global_ = FileInfo.from_dict(src_dict["global"])
            except _Invalid as _e:
                raise _e.within("global", None, src_dict) from None

            try:
                local = FileInfo.from_dict(src_dict["local"])
            except _Invalid as _e:
                raise _e.within("local", None, src_dict) from None

            global_versions = src_dict["globalVersions"]
            if not _type(global_versions) is str:
                raise _invalid("a string", global_versions, "globalVersions", src_dict)

            mtime = src_dict.get("mtime", UNSET)
            if mtime is not UNSET:
                try:
                    mtime = ModTimeLookup.from_dict(mtime)
                except _Invalid as _e:
                    raise _e.within("mtime", None, src_dict) from None

            debug_file = cls(
                availability,
                global_,
                local,
                global_versions,
                mtime,
            )
            if len(src_dict) != 5 - (mtime,).count(UNSET):
                debug_file.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return debug_file

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.file_info import FileInfo  # noqa: E402
from ..models.mod_time_lookup import ModTimeLookup  # noqa: E402
