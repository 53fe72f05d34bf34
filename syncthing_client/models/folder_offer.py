from __future__ import annotations

import datetime
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        time = _parse_timestamp(src_dict["time"])

        label = src_dict["label"]

        receive_encrypted = src_dict["receiveEncrypted"]

        remote_encrypted = src_dict["remoteEncrypted"]

        folder_offer = cls(
            time,
            label,
            receive_encrypted,
            remote_encrypted,
        )

        if len(src_dict) != 4:
            folder_offer.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return folder_offer

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
