from __future__ import annotations

import datetime
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, Literal, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._timestamps import parse as _parse_timestamp
from ..types import UNSET, Unset

T = TypeVar("T", bound="FailureEvent")

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
class FailureEvent:
    """The Failure event. Something went wrong that users should report (1.11.0 and later).

    Attributes:
        id (int):
        global_id (int):
        time (datetime.datetime):
        type_ (Literal['Failure']):
        data (FailureDetails | str): What went wrong: usually a message (a string). 1.21.0 and later may send a
            `FailureDetails` object instead.
            In 1.21.0 to 1.27.1 only the lock deadlock detector does, and it runs only when `STDEADLOCKTIMEOUT`
            (`--debug-deadlock-timeout`) is set or in release-candidate and development builds. 1.28.0 and later send
            one, in any build, when the sequence numbers of an index sent to or received from a device do not add up.
            (1.18.2 to 1.20.x built the object for deadlocks too, but panicked before sending it.)
    """

    id: int
    global_id: int
    time: datetime.datetime
    type_: Literal["Failure"]
    data: FailureDetails | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        global_id = self.global_id

        time = self.time.isoformat()

        type_ = self.type_

        data: dict[str, Any] | str
        if isinstance(self.data, FailureDetails):
            data = self.data.to_dict()
        else:
            data = self.data

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

        type_ = cast(Literal["Failure"], src_dict["type"])
        if type_ != "Failure":
            raise ValueError(f"type must match const 'Failure', got '{type_}'")

        def _parse_data(data: object) -> FailureDetails | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_failure_event_data_type_1 = FailureDetails.from_dict(data)

                return componentsschemas_failure_event_data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FailureDetails | str, data)

        data = _parse_data(src_dict["data"])

        failure_event = cls(
            id,
            global_id,
            time,
            type_,
            data,
        )

        if len(src_dict) != 5:
            failure_event.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return failure_event

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


from ..models.failure_details import FailureDetails  # noqa: E402
