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

T = TypeVar("T", bound="PlatformData")

_KNOWN_KEYS = frozenset(
    (
        "Unix",
        "Windows",
        "Linux",
        "Darwin",
        "FreeBSD",
        "NetBSD",
    )
)


@_extras_in_repr
@_attrs_define
class PlatformData:
    """Ownership and extended attributes per platform, where the folder syncs them (not sent by 1.19.2).

    Attributes:
        unix (None | UnixOwnership | Unset):
        windows (None | Unset | WindowsOwnership):
        linux (ExtendedAttributes | None | Unset):
        darwin (ExtendedAttributes | None | Unset):
        free_bsd (ExtendedAttributes | None | Unset):
        net_bsd (ExtendedAttributes | None | Unset):
    """

    unix: None | UnixOwnership | Unset = UNSET
    windows: None | Unset | WindowsOwnership = UNSET
    linux: ExtendedAttributes | None | Unset = UNSET
    darwin: ExtendedAttributes | None | Unset = UNSET
    free_bsd: ExtendedAttributes | None | Unset = UNSET
    net_bsd: ExtendedAttributes | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        unix: dict[str, Any] | None | Unset
        if isinstance(self.unix, Unset):
            unix = UNSET
        elif isinstance(self.unix, UnixOwnership):
            unix = self.unix.to_dict()
        else:
            unix = self.unix

        windows: dict[str, Any] | None | Unset
        if isinstance(self.windows, Unset):
            windows = UNSET
        elif isinstance(self.windows, WindowsOwnership):
            windows = self.windows.to_dict()
        else:
            windows = self.windows

        linux: dict[str, Any] | None | Unset
        if isinstance(self.linux, Unset):
            linux = UNSET
        elif isinstance(self.linux, ExtendedAttributes):
            linux = self.linux.to_dict()
        else:
            linux = self.linux

        darwin: dict[str, Any] | None | Unset
        if isinstance(self.darwin, Unset):
            darwin = UNSET
        elif isinstance(self.darwin, ExtendedAttributes):
            darwin = self.darwin.to_dict()
        else:
            darwin = self.darwin

        free_bsd: dict[str, Any] | None | Unset
        if isinstance(self.free_bsd, Unset):
            free_bsd = UNSET
        elif isinstance(self.free_bsd, ExtendedAttributes):
            free_bsd = self.free_bsd.to_dict()
        else:
            free_bsd = self.free_bsd

        net_bsd: dict[str, Any] | None | Unset
        if isinstance(self.net_bsd, Unset):
            net_bsd = UNSET
        elif isinstance(self.net_bsd, ExtendedAttributes):
            net_bsd = self.net_bsd.to_dict()
        else:
            net_bsd = self.net_bsd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unix is not UNSET:
            field_dict["Unix"] = unix
        if windows is not UNSET:
            field_dict["Windows"] = windows
        if linux is not UNSET:
            field_dict["Linux"] = linux
        if darwin is not UNSET:
            field_dict["Darwin"] = darwin
        if free_bsd is not UNSET:
            field_dict["FreeBSD"] = free_bsd
        if net_bsd is not UNSET:
            field_dict["NetBSD"] = net_bsd

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (PlatformData)", src_dict, None, src_dict)
        try:
            unix = src_dict.get("Unix", UNSET)
            if unix is not UNSET:
                if unix is None:
                    pass
                elif _type(unix) is dict:
                    try:
                        unix = UnixOwnership.from_dict(unix)
                    except _Invalid as _e:
                        raise _e.within("Unix", None, src_dict) from None

                else:
                    raise _invalid("an object (UnixOwnership) or null", unix, "Unix", src_dict)

            windows = src_dict.get("Windows", UNSET)
            if windows is not UNSET:
                if windows is None:
                    pass
                elif _type(windows) is dict:
                    try:
                        windows = WindowsOwnership.from_dict(windows)
                    except _Invalid as _e:
                        raise _e.within("Windows", None, src_dict) from None

                else:
                    raise _invalid("an object (WindowsOwnership) or null", windows, "Windows", src_dict)

            linux = src_dict.get("Linux", UNSET)
            if linux is not UNSET:
                if linux is None:
                    pass
                elif _type(linux) is dict:
                    try:
                        linux = ExtendedAttributes.from_dict(linux)
                    except _Invalid as _e:
                        raise _e.within("Linux", None, src_dict) from None

                else:
                    raise _invalid("an object (ExtendedAttributes) or null", linux, "Linux", src_dict)

            darwin = src_dict.get("Darwin", UNSET)
            if darwin is not UNSET:
                if darwin is None:
                    pass
                elif _type(darwin) is dict:
                    try:
                        darwin = ExtendedAttributes.from_dict(darwin)
                    except _Invalid as _e:
                        raise _e.within("Darwin", None, src_dict) from None

                else:
                    raise _invalid("an object (ExtendedAttributes) or null", darwin, "Darwin", src_dict)

            free_bsd = src_dict.get("FreeBSD", UNSET)
            if free_bsd is not UNSET:
                if free_bsd is None:
                    pass
                elif _type(free_bsd) is dict:
                    try:
                        free_bsd = ExtendedAttributes.from_dict(free_bsd)
                    except _Invalid as _e:
                        raise _e.within("FreeBSD", None, src_dict) from None

                else:
                    raise _invalid("an object (ExtendedAttributes) or null", free_bsd, "FreeBSD", src_dict)

            net_bsd = src_dict.get("NetBSD", UNSET)
            if net_bsd is not UNSET:
                if net_bsd is None:
                    pass
                elif _type(net_bsd) is dict:
                    try:
                        net_bsd = ExtendedAttributes.from_dict(net_bsd)
                    except _Invalid as _e:
                        raise _e.within("NetBSD", None, src_dict) from None

                else:
                    raise _invalid("an object (ExtendedAttributes) or null", net_bsd, "NetBSD", src_dict)

            platform_data = cls(
                unix,
                windows,
                linux,
                darwin,
                free_bsd,
                net_bsd,
            )
            if len(src_dict) != 6 - (
                unix,
                windows,
                linux,
                darwin,
                free_bsd,
                net_bsd,
            ).count(UNSET):
                platform_data.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return platform_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.extended_attributes import ExtendedAttributes  # noqa: E402
from ..models.unix_ownership import UnixOwnership  # noqa: E402
from ..models.windows_ownership import WindowsOwnership  # noqa: E402
