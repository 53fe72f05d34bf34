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
from ..models.filesystem_type import FilesystemType
from ..models.versioning_type import VersioningType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartialVersioningConfiguration")

_KNOWN_KEYS = frozenset(
    (
        "type",
        "params",
        "cleanupIntervalS",
        "fsPath",
        "fsType",
    )
)


@_extras_in_repr
@_attrs_define
class PartialVersioningConfiguration:
    """The fields of `VersioningConfiguration` to set. On POST the missing ones take their defaults. On PATCH `type`,
    `fsPath` and `fsType` left out keep their values and `params` is merged key by key (a key cannot be removed: use
    PUT), but `cleanupIntervalS` must be given (1.19.2 and 1.29.5 checked).

        Attributes:
            type (VersioningType | Unset): How old versions of files are kept: `` (not at all), `simple`, `staggered`,
                `trashcan` or `external`. An unknown value makes 1.19.2 panic when the folder starts; from 1.26.0 it is answered
                with 500 and nothing is stored.
            params (VersioningParams | Unset): Settings of a versioning type, all as strings: `keep` (simple),
                `cleanoutDays` (simple, trashcan), `maxAge` (staggered), `command` (external), …
            cleanup_interval_s (int | Unset):
            fs_path (str | Unset): Where versions are kept; `.stversions` in the folder when empty.
            fs_type (FilesystemType | Unset): `basic` (plain directories) or `fake` (testing). 1.x reads an unknown value as
                `basic`; from 1.29.6 and 2.0.0 an unknown one is kept and the folder fails to start.
    """

    type: VersioningType | Unset = UNSET
    params: VersioningParams | Unset = UNSET
    cleanup_interval_s: int | Unset = UNSET
    fs_path: str | Unset = UNSET
    fs_type: FilesystemType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        cleanup_interval_s = self.cleanup_interval_s

        fs_path = self.fs_path

        fs_type: str | Unset = UNSET
        if not isinstance(self.fs_type, Unset):
            fs_type = self.fs_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type is not UNSET:
            field_dict["type"] = type
        if params is not UNSET:
            field_dict["params"] = params
        if cleanup_interval_s is not UNSET:
            field_dict["cleanupIntervalS"] = cleanup_interval_s
        if fs_path is not UNSET:
            field_dict["fsPath"] = fs_path
        if fs_type is not UNSET:
            field_dict["fsType"] = fs_type

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (PartialVersioningConfiguration)", src_dict, None, src_dict)
        try:
            type: VersioningType | Unset = src_dict.get("type", UNSET)
            if not _type(type) is str and type is not UNSET:
                raise _invalid("a string", type, "type", src_dict)

            params = src_dict.get("params", UNSET)
            if params is not UNSET:
                try:
                    params = VersioningParams.from_dict(params)
                except _Invalid as _e:
                    raise _e.within("params", None, src_dict) from None

            cleanup_interval_s = src_dict.get("cleanupIntervalS", UNSET)
            if not _type(cleanup_interval_s) is int and cleanup_interval_s is not UNSET:
                raise _invalid("an integer", cleanup_interval_s, "cleanupIntervalS", src_dict)

            fs_path = src_dict.get("fsPath", UNSET)
            if not _type(fs_path) is str and fs_path is not UNSET:
                raise _invalid("a string", fs_path, "fsPath", src_dict)

            fs_type: FilesystemType | Unset = src_dict.get("fsType", UNSET)
            if not _type(fs_type) is str and fs_type is not UNSET:
                raise _invalid("a string", fs_type, "fsType", src_dict)

            partial_versioning_configuration = cls(
                type,
                params,
                cleanup_interval_s,
                fs_path,
                fs_type,
            )
            if len(src_dict) != 5 - (
                type,
                params,
                cleanup_interval_s,
                fs_path,
                fs_type,
            ).count(UNSET):
                partial_versioning_configuration.additional_properties = {
                    key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
                }

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return partial_versioning_configuration

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.versioning_params import VersioningParams  # noqa: E402
