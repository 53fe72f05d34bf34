from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginAttemptEventData")

_KNOWN_KEYS = frozenset(
    (
        "username",
        "success",
        "remoteAddress",
        "proxy",
    )
)


@_attrs_define
class LoginAttemptEventData:
    """Someone tried to log in to the GUI.

    Attributes:
        username (str):
        success (bool):
        remote_address (str | Unset): Where the attempt came from (1.16.0 and later): the client's `host:port` before
            1.29.6; from 1.29.6 its
            IP address alone, or the first `X-Forwarded-For` address when a proxy on a local or private address
            forwarded the request.
        proxy (str | Unset): The proxy's address when `remoteAddress` came from `X-Forwarded-For` (1.29.6 and later).
    """

    username: str
    success: bool
    remote_address: str | Unset = UNSET
    proxy: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        success = self.success

        remote_address = self.remote_address

        proxy = self.proxy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "success": success,
            }
        )
        if remote_address is not UNSET:
            field_dict["remoteAddress"] = remote_address
        if proxy is not UNSET:
            field_dict["proxy"] = proxy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        username = src_dict["username"]

        success = src_dict["success"]

        remote_address = src_dict.get("remoteAddress", UNSET)

        proxy = src_dict.get("proxy", UNSET)

        login_attempt_event_data = cls(
            username,
            success,
            remote_address,
            proxy,
        )

        if len(src_dict) != 4 - (
            remote_address,
            proxy,
        ).count(UNSET):
            login_attempt_event_data.additional_properties = {
                key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
            }
        return login_attempt_event_data

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
