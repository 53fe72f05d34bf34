from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._redact import masked as _masked
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginRequest")

_KNOWN_KEYS = frozenset(
    (
        "username",
        "password",
        "stayLoggedIn",
    )
)


@_attrs_define
class LoginRequest:
    """
    Attributes:
        username (str): The GUI user name.
        password (str): The GUI password.
        stay_logged_in (bool | Unset): Keep the session cookie beyond the browser session. Default: False.
    """

    username: str
    password: str = _attrs_field(repr=_masked)
    stay_logged_in: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        stay_logged_in = self.stay_logged_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "password": password,
            }
        )
        if stay_logged_in is not UNSET:
            field_dict["stayLoggedIn"] = stay_logged_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        username = src_dict["username"]

        password = src_dict["password"]

        stay_logged_in = src_dict.get("stayLoggedIn", UNSET)

        login_request = cls(
            username,
            password,
            stay_logged_in,
        )

        if len(src_dict) != 3 - (stay_logged_in,).count(UNSET):
            login_request.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return login_request

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
