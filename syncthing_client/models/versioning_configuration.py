from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filesystem_type import FilesystemType
from ..models.versioning_type import VersioningType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VersioningConfiguration")

_KNOWN_KEYS = frozenset(
    (
        "type",
        "params",
        "cleanupIntervalS",
        "fsPath",
        "fsType",
    )
)


@_attrs_define
class VersioningConfiguration:
    """How replaced and deleted files are archived.

    Attributes:
        type_ (VersioningType): How old versions of files are kept: `` (not at all), `simple`, `staggered`, `trashcan`
            or `external`. An unknown value makes 1.19.2 panic when the folder starts; from 1.26.0 it is answered with 500
            and nothing is stored.
        params (VersioningParams): Settings of a versioning type, all as strings: `keep` (simple), `cleanoutDays`
            (simple, trashcan), `maxAge` (staggered), `command` (external), …
        cleanup_interval_s (int):
        fs_path (str): Where versions are kept; `.stversions` in the folder when empty.
        fs_type (FilesystemType): `basic` (plain directories) or `fake` (testing). 1.x reads an unknown value as
            `basic`; from 1.29.6 and 2.0.0 an unknown one is kept and the folder fails to start.
    """

    type_: VersioningType
    params: VersioningParams
    cleanup_interval_s: int
    fs_path: str
    fs_type: FilesystemType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        params = self.params.to_dict()

        cleanup_interval_s = self.cleanup_interval_s

        fs_path = self.fs_path

        fs_type: str = self.fs_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "params": params,
                "cleanupIntervalS": cleanup_interval_s,
                "fsPath": fs_path,
                "fsType": fs_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = src_dict["type"]

        params = VersioningParams.from_dict(src_dict["params"])

        cleanup_interval_s = src_dict["cleanupIntervalS"]

        fs_path = src_dict["fsPath"]

        fs_type = src_dict["fsType"]

        versioning_configuration = cls(
            type_,
            params,
            cleanup_interval_s,
            fs_path,
            fs_type,
        )

        if len(src_dict) != 5:
            versioning_configuration.additional_properties = {
                key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
            }
        return versioning_configuration

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


from ..models.versioning_params import VersioningParams  # noqa: E402
