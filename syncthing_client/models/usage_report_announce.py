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

T = TypeVar("T", bound="UsageReportAnnounce")

_KNOWN_KEYS = frozenset(
    (
        "globalEnabled",
        "localEnabled",
        "defaultServersDNS",
        "defaultServersIP",
        "otherServers",
    )
)


@_extras_in_repr
@_attrs_define
class UsageReportAnnounce:
    """
    Attributes:
        global_enabled (bool | Unset):
        local_enabled (bool | Unset):
        default_servers_dns (int | Unset):
        default_servers_ip (int | Unset): Sent by 1.19.2 only.
        other_servers (int | Unset):
    """

    global_enabled: bool | Unset = UNSET
    local_enabled: bool | Unset = UNSET
    default_servers_dns: int | Unset = UNSET
    default_servers_ip: int | Unset = UNSET
    other_servers: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        global_enabled = self.global_enabled

        local_enabled = self.local_enabled

        default_servers_dns = self.default_servers_dns

        default_servers_ip = self.default_servers_ip

        other_servers = self.other_servers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if global_enabled is not UNSET:
            field_dict["globalEnabled"] = global_enabled
        if local_enabled is not UNSET:
            field_dict["localEnabled"] = local_enabled
        if default_servers_dns is not UNSET:
            field_dict["defaultServersDNS"] = default_servers_dns
        if default_servers_ip is not UNSET:
            field_dict["defaultServersIP"] = default_servers_ip
        if other_servers is not UNSET:
            field_dict["otherServers"] = other_servers

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (UsageReportAnnounce)", src_dict, None, src_dict)
        try:
            global_enabled = src_dict.get("globalEnabled", UNSET)
            if not _type(global_enabled) is bool and global_enabled is not UNSET:
                raise _invalid("a boolean", global_enabled, "globalEnabled", src_dict)

            local_enabled = src_dict.get("localEnabled", UNSET)
            if not _type(local_enabled) is bool and local_enabled is not UNSET:
                raise _invalid("a boolean", local_enabled, "localEnabled", src_dict)

            default_servers_dns = src_dict.get("defaultServersDNS", UNSET)
            if not _type(default_servers_dns) is int and default_servers_dns is not UNSET:
                raise _invalid("an integer", default_servers_dns, "defaultServersDNS", src_dict)

            default_servers_ip = src_dict.get("defaultServersIP", UNSET)
            if not _type(default_servers_ip) is int and default_servers_ip is not UNSET:
                raise _invalid("an integer", default_servers_ip, "defaultServersIP", src_dict)

            other_servers = src_dict.get("otherServers", UNSET)
            if not _type(other_servers) is int and other_servers is not UNSET:
                raise _invalid("an integer", other_servers, "otherServers", src_dict)

            usage_report_announce = cls(
                global_enabled,
                local_enabled,
                default_servers_dns,
                default_servers_ip,
                other_servers,
            )
            if len(src_dict) != 5 - (
                global_enabled,
                local_enabled,
                default_servers_dns,
                default_servers_ip,
                other_servers,
            ).count(UNSET):
                usage_report_announce.additional_properties = {
                    key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
                }

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return usage_report_announce

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
