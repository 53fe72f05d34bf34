from __future__ import annotations

import datetime
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


@_extras_in_repr
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
        tags (list[str]): Build tags and enabled environment features.
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
    tags: list[str]
    user: str
    version: str
    container: bool | Unset = UNSET
    extra: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

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
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (SystemVersion)", src_dict, None, src_dict)
        try:
            arch = src_dict["arch"]
            if not _type(arch) is str:
                raise _invalid("a string", arch, "arch", src_dict)

            codename = src_dict["codename"]
            if not _type(codename) is str:
                raise _invalid("a string", codename, "codename", src_dict)

            try:
                date = _parse_timestamp(src_dict["date"])
            except (TypeError, ValueError):
                raise _invalid("a date-time", src_dict["date"], "date", src_dict) from None

            is_beta = src_dict["isBeta"]
            if not _type(is_beta) is bool:
                raise _invalid("a boolean", is_beta, "isBeta", src_dict)

            is_candidate = src_dict["isCandidate"]
            if not _type(is_candidate) is bool:
                raise _invalid("a boolean", is_candidate, "isCandidate", src_dict)

            is_release = src_dict["isRelease"]
            if not _type(is_release) is bool:
                raise _invalid("a boolean", is_release, "isRelease", src_dict)

            long_version = src_dict["longVersion"]
            if not _type(long_version) is str:
                raise _invalid("a string", long_version, "longVersion", src_dict)

            os = src_dict["os"]
            if not _type(os) is str:
                raise _invalid("a string", os, "os", src_dict)

            stamp = src_dict["stamp"]
            if not _type(stamp) is str:
                raise _invalid("a string", stamp, "stamp", src_dict)

            tags = src_dict["tags"]
            if tags is None:
                tags = []
            if _type(tags) is not list or not _only_str(map(_type, tags)):
                raise _bad_item("a string", _str_types, tags, "tags", src_dict)

            user = src_dict["user"]
            if not _type(user) is str:
                raise _invalid("a string", user, "user", src_dict)

            version = src_dict["version"]
            if not _type(version) is str:
                raise _invalid("a string", version, "version", src_dict)

            container = src_dict.get("container", UNSET)
            if not _type(container) is bool and container is not UNSET:
                raise _invalid("a boolean", container, "container", src_dict)

            extra = src_dict.get("extra", UNSET)
            if not _type(extra) is str and extra is not UNSET:
                raise _invalid("a string", extra, "extra", src_dict)

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

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return system_version

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
