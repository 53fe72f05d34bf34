from __future__ import annotations

from builtins import type as _type
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

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
from .._redact import masked as _masked
from .._repr import extras_in_repr as _extras_in_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginRequest")

_KNOWN_KEYS = frozenset(
    (
        "username",
        "password",
        "stayLoggedIn",
    )
)


@_extras_in_repr
@_attrs_define
class LoginRequest:
    """GUI credentials, and whether the session outlives the browser session.

    Attributes:
        username (str): The GUI user name.
        password (str): The GUI password.
        stay_logged_in (bool | Unset): Keep the session cookie beyond the browser session. Default: False.
    """

    username: str
    password: str = _attrs_field(repr=_masked)
    stay_logged_in: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

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
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (LoginRequest)", src_dict, None, src_dict)
        try:
            username = src_dict["username"]
            if not _type(username) is str:
                raise _invalid("a string", username, "username", src_dict)

            password = src_dict["password"]
            if not _type(password) is str:
                raise _invalid("a string", password, "password", src_dict)

            stay_logged_in = src_dict.get("stayLoggedIn", UNSET)
            if not _type(stay_logged_in) is bool and stay_logged_in is not UNSET:
                raise _invalid("a boolean", stay_logged_in, "stayLoggedIn", src_dict)

            login_request = cls(
                username,
                password,
                stay_logged_in,
            )
            if len(src_dict) != 3 - (stay_logged_in,).count(UNSET):
                login_request.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return login_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
