from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ldap_transport import LDAPTransport
from ..types import UNSET, Unset

T = TypeVar("T", bound="LDAPConfiguration")

_KNOWN_KEYS = frozenset(
    (
        "address",
        "bindDN",
        "transport",
        "insecureSkipVerify",
        "searchBaseDN",
        "searchFilter",
    )
)


@_attrs_define
class LDAPConfiguration:
    """LDAP server used for GUI logins when `authMode` is `ldap`.

    Attributes:
        address (str):
        bind_dn (str):
        transport (LDAPTransport): How the LDAP server is reached. Syncthing reads an unknown value as `plain`.
        insecure_skip_verify (bool):
        search_base_dn (str):
        search_filter (str):
    """

    address: str
    bind_dn: str
    transport: LDAPTransport
    insecure_skip_verify: bool
    search_base_dn: str
    search_filter: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        bind_dn = self.bind_dn

        transport: str = self.transport

        insecure_skip_verify = self.insecure_skip_verify

        search_base_dn = self.search_base_dn

        search_filter = self.search_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "bindDN": bind_dn,
                "transport": transport,
                "insecureSkipVerify": insecure_skip_verify,
                "searchBaseDN": search_base_dn,
                "searchFilter": search_filter,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        address = src_dict["address"]

        bind_dn = src_dict["bindDN"]

        transport = src_dict["transport"]

        insecure_skip_verify = src_dict["insecureSkipVerify"]

        search_base_dn = src_dict["searchBaseDN"]

        search_filter = src_dict["searchFilter"]

        ldap_configuration = cls(
            address,
            bind_dn,
            transport,
            insecure_skip_verify,
            search_base_dn,
            search_filter,
        )

        if len(src_dict) != 6:
            ldap_configuration.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return ldap_configuration

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
