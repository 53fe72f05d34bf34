from __future__ import annotations

import datetime
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._timestamps import parse as _parse_timestamp
from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemVersion")

_KNOWN_KEYS = frozenset(
    (
        "arch",
        "codename",
        "date",
        "isBeta",
        "isCandidate",
        "isRelease",
        "longVersion",
        "os",
        "stamp",
        "tags",
        "user",
        "version",
        "container",
        "extra",
    )
)


@_attrs_define
class SystemVersion:
    """
    Attributes:
        arch (str): CPU architecture (Go's GOARCH), e.g. `amd64`.
        codename (str): The release's code name.
        date (datetime.datetime): Build time.
        is_beta (bool): Whether this is a beta (any pre-release or ds build).
        is_candidate (bool): Whether this is a release candidate.
        is_release (bool): Whether this is a tagged release.
        long_version (str): Version, code name, compiler, platform, builder and build tags in one line.
        os (str): Operating system (Go's GOOS), e.g. `linux`.
        stamp (str): Build time as Unix seconds.
        tags (list[str] | None): Build tags and enabled environment features.
        user (str): Who built it.
        version (str): The version, e.g. `v1.29.5`.
        container (bool | Unset): Whether Syncthing runs in a container (1.29.5 and later).
        extra (str | Unset): Extra build information (1.29.5 and later).
    """

    arch: str
    codename: str
    date: datetime.datetime
    is_beta: bool
    is_candidate: bool
    is_release: bool
    long_version: str
    os: str
    stamp: str
    tags: list[str] | None
    user: str
    version: str
    container: bool | Unset = UNSET
    extra: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arch = self.arch

        codename = self.codename

        date = self.date.isoformat()

        is_beta = self.is_beta

        is_candidate = self.is_candidate

        is_release = self.is_release

        long_version = self.long_version

        os = self.os

        stamp = self.stamp

        tags: list[str] | None
        if isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        user = self.user

        version = self.version

        container = self.container

        extra = self.extra

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arch": arch,
                "codename": codename,
                "date": date,
                "isBeta": is_beta,
                "isCandidate": is_candidate,
                "isRelease": is_release,
                "longVersion": long_version,
                "os": os,
                "stamp": stamp,
                "tags": tags,
                "user": user,
                "version": version,
            }
        )
        if container is not UNSET:
            field_dict["container"] = container
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        arch = src_dict["arch"]

        codename = src_dict["codename"]

        date = _parse_timestamp(src_dict["date"])

        is_beta = src_dict["isBeta"]

        is_candidate = src_dict["isCandidate"]

        is_release = src_dict["isRelease"]

        long_version = src_dict["longVersion"]

        os = src_dict["os"]

        stamp = src_dict["stamp"]

        def _parse_tags(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        tags = _parse_tags(src_dict["tags"])

        user = src_dict["user"]

        version = src_dict["version"]

        container = src_dict.get("container", UNSET)

        extra = src_dict.get("extra", UNSET)

        system_version = cls(
            arch,
            codename,
            date,
            is_beta,
            is_candidate,
            is_release,
            long_version,
            os,
            stamp,
            tags,
            user,
            version,
            container,
            extra,
        )

        if len(src_dict) != 14 - (
            container,
            extra,
        ).count(UNSET):
            system_version.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return system_version

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
