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


@_extras_in_repr
@_attrs_define
class LDAPConfiguration:
    """LDAP server used for GUI logins when `authMode` is `ldap`.

    Attributes:
        address (str): LDAP server address (`host:port`).
        bind_dn (str): Bind DN for user authentication; `%s` stands for the user name.
        transport (LDAPTransport): How the LDAP server is reached. Syncthing reads an unknown value as `plain`.
        insecure_skip_verify (bool): Skip TLS certificate verification.
        search_base_dn (str): Base DN for user searches.
        search_filter (str): Search filter for user searches.
    """

    address: str
    bind_dn: str
    transport: LDAPTransport
    insecure_skip_verify: bool
    search_base_dn: str
    search_filter: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

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
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (LDAPConfiguration)", src_dict, None, src_dict)
        try:
            address = src_dict["address"]
            if not _type(address) is str:
                raise _invalid("a string", address, "address", src_dict)

            bind_dn = src_dict["bindDN"]
            if not _type(bind_dn) is str:
                raise _invalid("a string", bind_dn, "bindDN", src_dict)

            transport: LDAPTransport = src_dict["transport"]
            if not _type(transport) is str:
                raise _invalid("a string", transport, "transport", src_dict)

            insecure_skip_verify = src_dict["insecureSkipVerify"]
            if not _type(insecure_skip_verify) is bool:
                raise _invalid("a boolean", insecure_skip_verify, "insecureSkipVerify", src_dict)

            search_base_dn = src_dict["searchBaseDN"]
            if not _type(search_base_dn) is str:
                raise _invalid("a string", search_base_dn, "searchBaseDN", src_dict)

            search_filter = src_dict["searchFilter"]
            if not _type(search_filter) is str:
                raise _invalid("a string", search_filter, "searchFilter", src_dict)

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

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return ldap_configuration

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
