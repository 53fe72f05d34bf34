from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListenerStatus")

_KNOWN_KEYS = frozenset(
    (
        "error",
        "lanAddresses",
        "wanAddresses",
    )
)


@_attrs_define
class ListenerStatus:
    """State of one listener.

    Attributes:
        error (None | str | Unset): Why the listener failed, or null.
        lan_addresses (list[str] | None | Unset): Addresses announced on the local network.
        wan_addresses (list[str] | None | Unset): Addresses announced globally.
    """

    error: None | str | Unset = UNSET
    lan_addresses: list[str] | None | Unset = UNSET
    wan_addresses: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        lan_addresses: list[str] | None | Unset
        if isinstance(self.lan_addresses, Unset):
            lan_addresses = UNSET
        elif isinstance(self.lan_addresses, list):
            lan_addresses = self.lan_addresses

        else:
            lan_addresses = self.lan_addresses

        wan_addresses: list[str] | None | Unset
        if isinstance(self.wan_addresses, Unset):
            wan_addresses = UNSET
        elif isinstance(self.wan_addresses, list):
            wan_addresses = self.wan_addresses

        else:
            wan_addresses = self.wan_addresses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if lan_addresses is not UNSET:
            field_dict["lanAddresses"] = lan_addresses
        if wan_addresses is not UNSET:
            field_dict["wanAddresses"] = wan_addresses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(src_dict.get("error", UNSET))

        def _parse_lan_addresses(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                lan_addresses_type_0 = cast(list[str], data)

                return lan_addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        lan_addresses = _parse_lan_addresses(src_dict.get("lanAddresses", UNSET))

        def _parse_wan_addresses(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                wan_addresses_type_0 = cast(list[str], data)

                return wan_addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        wan_addresses = _parse_wan_addresses(src_dict.get("wanAddresses", UNSET))

        listener_status = cls(
            error,
            lan_addresses,
            wan_addresses,
        )

        if len(src_dict) != 3 - (
            error,
            lan_addresses,
            wan_addresses,
        ).count(UNSET):
            listener_status.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return listener_status

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
