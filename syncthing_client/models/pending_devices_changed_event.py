from __future__ import annotations

import datetime
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, Literal, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._timestamps import parse as _parse_timestamp
from ..types import UNSET, Unset

T = TypeVar("T", bound="PendingDevicesChangedEvent")

_KNOWN_KEYS = frozenset(
    (
        "id",
        "globalID",
        "time",
        "type",
        "data",
    )
)


@_attrs_define
class PendingDevicesChangedEvent:
    """The PendingDevicesChanged event. The list of pending devices changed (1.14.0 and later).

    Attributes:
        id (int):
        global_id (int):
        time (datetime.datetime):
        type_ (Literal['PendingDevicesChanged']):
        data (PendingDevicesChangedEventData): The list of pending devices changed.
    """

    id: int
    global_id: int
    time: datetime.datetime
    type_: Literal["PendingDevicesChanged"]
    data: PendingDevicesChangedEventData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        global_id = self.global_id

        time = self.time.isoformat()

        type_ = self.type_

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "globalID": global_id,
                "time": time,
                "type": type_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        global_id = src_dict["globalID"]

        time = _parse_timestamp(src_dict["time"])

        type_ = cast(Literal["PendingDevicesChanged"], src_dict["type"])
        if type_ != "PendingDevicesChanged":
            raise ValueError(f"type must match const 'PendingDevicesChanged', got '{type_}'")

        data = PendingDevicesChangedEventData.from_dict(src_dict["data"])

        pending_devices_changed_event = cls(
            id,
            global_id,
            time,
            type_,
            data,
        )

        if len(src_dict) != 5:
            pending_devices_changed_event.additional_properties = {
                key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
            }
        return pending_devices_changed_event

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


from ..models.pending_devices_changed_event_data import PendingDevicesChangedEventData  # noqa: E402
