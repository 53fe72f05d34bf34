from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.versioning_params import VersioningParams


T = TypeVar("T", bound="VersioningConfiguration")


@_attrs_define
class VersioningConfiguration:
    """How replaced and deleted files are archived.

    Attributes:
        type_ (str): `` (none), `trashcan`, `simple`, `staggered` or `external`.
        params (VersioningParams): Settings of a versioning type, all as strings: `keep` (simple), `cleanoutDays`
            (simple, trashcan), `maxAge` (staggered), `command` (external), …
        cleanup_interval_s (int):
        fs_path (str): Where versions are kept; `.stversions` in the folder when empty.
        fs_type (str):
    """

    type_: str
    params: VersioningParams
    cleanup_interval_s: int
    fs_path: str
    fs_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.versioning_params import VersioningParams  # noqa: PLC0415

        type_ = self.type_

        params = self.params.to_dict()

        cleanup_interval_s = self.cleanup_interval_s

        fs_path = self.fs_path

        fs_type = self.fs_type

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
        from ..models.versioning_params import VersioningParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        params = VersioningParams.from_dict(d.pop("params"))

        cleanup_interval_s = d.pop("cleanupIntervalS")

        fs_path = d.pop("fsPath")

        fs_type = d.pop("fsType")

        versioning_configuration = cls(
            type_=type_,
            params=params,
            cleanup_interval_s=cleanup_interval_s,
            fs_path=fs_path,
            fs_type=fs_type,
        )

        versioning_configuration.additional_properties = d
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
