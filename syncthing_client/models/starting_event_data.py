from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StartingEventData")

_KNOWN_KEYS = frozenset(
    (
        "home",
        "myID",
    )
)


@_attrs_define
class StartingEventData:
    """Syncthing is starting.

    Attributes:
        home (str): The configuration directory.
        my_id (str): This device's ID.
    """

    home: str
    my_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        home = self.home

        my_id = self.my_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "home": home,
                "myID": my_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        home = src_dict["home"]

        my_id = src_dict["myID"]

        starting_event_data = cls(
            home,
            my_id,
        )

        if len(src_dict) != 2:
            starting_event_data.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return starting_event_data

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
