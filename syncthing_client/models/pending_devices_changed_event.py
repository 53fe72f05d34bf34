from __future__ import annotations

import datetime
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, Literal, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pending_devices_changed_event_data import PendingDevicesChangedEventData


T = TypeVar("T", bound="PendingDevicesChangedEvent")


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
        from ..models.pending_devices_changed_event_data import PendingDevicesChangedEventData  # noqa: PLC0415

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
        from ..models.pending_devices_changed_event_data import PendingDevicesChangedEventData  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        global_id = d.pop("globalID")

        time = datetime.datetime.fromisoformat(d.pop("time"))

        type_ = cast(Literal["PendingDevicesChanged"], d.pop("type"))
        if type_ != "PendingDevicesChanged":
            raise ValueError(f"type must match const 'PendingDevicesChanged', got '{type_}'")

        data = PendingDevicesChangedEventData.from_dict(d.pop("data"))

        pending_devices_changed_event = cls(
            id=id,
            global_id=global_id,
            time=time,
            type_=type_,
            data=data,
        )

        pending_devices_changed_event.additional_properties = d
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
