from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_unix(data: object) -> None | UnixOwnership | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                unix_type_0 = UnixOwnership.from_dict(data)

                return unix_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UnixOwnership | Unset, data)

        unix = _parse_unix(src_dict.get("Unix", UNSET))

        def _parse_windows(data: object) -> None | Unset | WindowsOwnership:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                windows_type_0 = WindowsOwnership.from_dict(data)

                return windows_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WindowsOwnership, data)

        windows = _parse_windows(src_dict.get("Windows", UNSET))

        def _parse_linux(data: object) -> ExtendedAttributes | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                linux_type_0 = ExtendedAttributes.from_dict(data)

                return linux_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExtendedAttributes | None | Unset, data)

        linux = _parse_linux(src_dict.get("Linux", UNSET))

        def _parse_darwin(data: object) -> ExtendedAttributes | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                darwin_type_0 = ExtendedAttributes.from_dict(data)

                return darwin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExtendedAttributes | None | Unset, data)

        darwin = _parse_darwin(src_dict.get("Darwin", UNSET))

        def _parse_free_bsd(data: object) -> ExtendedAttributes | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                free_bsd_type_0 = ExtendedAttributes.from_dict(data)

                return free_bsd_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExtendedAttributes | None | Unset, data)

        free_bsd = _parse_free_bsd(src_dict.get("FreeBSD", UNSET))

        def _parse_net_bsd(data: object) -> ExtendedAttributes | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                net_bsd_type_0 = ExtendedAttributes.from_dict(data)

                return net_bsd_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExtendedAttributes | None | Unset, data)

        net_bsd = _parse_net_bsd(src_dict.get("NetBSD", UNSET))

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
        return platform_data

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


from ..models.extended_attributes import ExtendedAttributes  # noqa: E402
from ..models.unix_ownership import UnixOwnership  # noqa: E402
from ..models.windows_ownership import WindowsOwnership  # noqa: E402
