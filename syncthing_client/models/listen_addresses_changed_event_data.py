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

T = TypeVar("T", bound="ListenAddressesChangedEventData")

_KNOWN_KEYS = frozenset(
    (
        "address",
        "lan",
        "wan",
    )
)


@_extras_in_repr
@_attrs_define
class ListenAddressesChangedEventData:
    """The addresses Syncthing listens on changed.

    Attributes:
        address (ListenURL): An address as Go's `net/url.URL` serializes it.
        lan (list[ListenURL]): Addresses announced on the LAN.
        wan (list[ListenURL]): Addresses announced globally.
    """

    address: ListenURL
    lan: list[ListenURL]
    wan: list[ListenURL]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        address = self.address.to_dict()

        lan = []
        for lan_item_data in self.lan:
            lan_item = lan_item_data.to_dict()
            lan.append(lan_item)

        wan = []
        for wan_item_data in self.wan:
            wan_item = wan_item_data.to_dict()
            wan.append(wan_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "lan": lan,
                "wan": wan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (ListenAddressesChangedEventData)", src_dict, None, src_dict)
        try:
            try:
                address = ListenURL.from_dict(src_dict["address"])
            except _Invalid as _e:
                raise _e.within("address", None, src_dict) from None

            lan = src_dict["lan"]
            if _type(lan) is not list:
                raise _invalid("a list", lan, "lan", src_dict)
            try:
                lan = [ListenURL.from_dict(_item) for _item in lan]
            except _Invalid as _e:
                raise _e.within("lan", src_dict["lan"], src_dict) from None

            wan = src_dict["wan"]
            if _type(wan) is not list:
                raise _invalid("a list", wan, "wan", src_dict)
            try:
                wan = [ListenURL.from_dict(_item) for _item in wan]
            except _Invalid as _e:
                raise _e.within("wan", src_dict["wan"], src_dict) from None

            listen_addresses_changed_event_data = cls(
                address,
                lan,
                wan,
            )
            if len(src_dict) != 3:
                listen_addresses_changed_event_data.additional_properties = {
                    key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
                }

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return listen_addresses_changed_event_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.listen_url import ListenURL  # noqa: E402
