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
from .._repr import extras_in_repr as _extras_in_repr
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


@_extras_in_repr
@_attrs_define
class LoginAttemptEventData:
    """Someone tried to log in to the GUI.

    Attributes:
        username (str): The user name tried.
        success (bool): The login succeeded.
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

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
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (LoginAttemptEventData)", src_dict, None, src_dict)
        try:
            username = src_dict["username"]
            if not _type(username) is str:
                raise _invalid("a string", username, "username", src_dict)

            success = src_dict["success"]
            if not _type(success) is bool:
                raise _invalid("a boolean", success, "success", src_dict)

            remote_address = src_dict.get("remoteAddress", UNSET)
            if not _type(remote_address) is str and remote_address is not UNSET:
                raise _invalid("a string", remote_address, "remoteAddress", src_dict)

            proxy = src_dict.get("proxy", UNSET)
            if not _type(proxy) is str and proxy is not UNSET:
                raise _invalid("a string", proxy, "proxy", src_dict)

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

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return login_attempt_event_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
