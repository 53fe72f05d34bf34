from __future__ import annotations

import datetime
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, Literal, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._timestamps import parse as _parse_timestamp
from ..types import UNSET, Unset

T = TypeVar("T", bound="LocalIndexUpdatedEvent")

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
class LocalIndexUpdatedEvent:
    """The LocalIndexUpdated event. The local index changed (after a scan or a pull).

    Attributes:
        id (int):
        global_id (int):
        time (datetime.datetime):
        type_ (Literal['LocalIndexUpdated']):
        data (LocalIndexUpdatedEventData): The local index changed (after a scan or a pull).
    """

    id: int
    global_id: int
    time: datetime.datetime
    type_: Literal["LocalIndexUpdated"]
    data: LocalIndexUpdatedEventData
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

        type_ = cast(Literal["LocalIndexUpdated"], src_dict["type"])
        if type_ != "LocalIndexUpdated":
            raise ValueError(f"type must match const 'LocalIndexUpdated', got '{type_}'")

        data = LocalIndexUpdatedEventData.from_dict(src_dict["data"])

        local_index_updated_event = cls(
            id,
            global_id,
            time,
            type_,
            data,
        )

        if len(src_dict) != 5:
            local_index_updated_event.additional_properties = {
                key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
            }
        return local_index_updated_event

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


from ..models.local_index_updated_event_data import LocalIndexUpdatedEventData  # noqa: E402
