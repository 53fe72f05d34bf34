from __future__ import annotations

import datetime
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
from .._timestamps import parse as _parse_timestamp
from ..types import UNSET, Unset

T = TypeVar("T", bound="FolderOffer")

_KNOWN_KEYS = frozenset(
    (
        "time",
        "label",
        "receiveEncrypted",
        "remoteEncrypted",
    )
)


@_extras_in_repr
@_attrs_define
class FolderOffer:
    """
    Attributes:
        time (datetime.datetime):
        label (str):
        receive_encrypted (bool): The offering device would store it encrypted here.
        remote_encrypted (bool): The offering device stores it encrypted.
    """

    time: datetime.datetime
    label: str
    receive_encrypted: bool
    remote_encrypted: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        time = self.time.isoformat()

        label = self.label

        receive_encrypted = self.receive_encrypted

        remote_encrypted = self.remote_encrypted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "label": label,
                "receiveEncrypted": receive_encrypted,
                "remoteEncrypted": remote_encrypted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (FolderOffer)", src_dict, None, src_dict)
        try:
            try:
                time = _parse_timestamp(src_dict["time"])
            except (TypeError, ValueError):
                raise _invalid("a date-time", src_dict["time"], "time", src_dict) from None

            label = src_dict["label"]
            if not _type(label) is str:
                raise _invalid("a string", label, "label", src_dict)

            receive_encrypted = src_dict["receiveEncrypted"]
            if not _type(receive_encrypted) is bool:
                raise _invalid("a boolean", receive_encrypted, "receiveEncrypted", src_dict)

            remote_encrypted = src_dict["remoteEncrypted"]
            if not _type(remote_encrypted) is bool:
                raise _invalid("a boolean", remote_encrypted, "remoteEncrypted", src_dict)

            folder_offer = cls(
                time,
                label,
                receive_encrypted,
                remote_encrypted,
            )
            if len(src_dict) != 4:
                folder_offer.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return folder_offer

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
