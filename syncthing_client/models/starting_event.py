from __future__ import annotations

import datetime
from builtins import type as _type
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, Literal, TextIO, TypeVar, cast

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

T = TypeVar("T", bound="StartingEvent")

_KNOWN_KEYS = frozenset(
    (
        "id",
        "globalID",
        "time",
        "type",
        "data",
    )
)


@_extras_in_repr
@_attrs_define
class StartingEvent:
    """The Starting event. Syncthing is starting.

    Attributes:
        id (int): Position in this subscription (per `events` filter), from 1; starts again after a restart.
        global_id (int): Position among all events of the running instance.
        time (datetime.datetime): When the event was generated.
        type (Literal['Starting']): The event type.
        data (StartingEventData): Syncthing is starting.
    """

    id: int
    global_id: int
    time: datetime.datetime
    type: Literal["Starting"]
    data: StartingEventData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        global_id = self.global_id

        time = self.time.isoformat()

        type = self.type

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "globalID": global_id,
                "time": time,
                "type": type,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (StartingEvent)", src_dict, None, src_dict)
        try:
            id = src_dict["id"]
            if not _type(id) is int:
                raise _invalid("an integer", id, "id", src_dict)

            global_id = src_dict["globalID"]
            if not _type(global_id) is int:
                raise _invalid("an integer", global_id, "globalID", src_dict)

            try:
                time = _parse_timestamp(src_dict["time"])
            except (TypeError, ValueError):
                raise _invalid("a date-time", src_dict["time"], "time", src_dict) from None

            type = src_dict["type"]
            if type != "Starting":
                raise _invalid("'Starting'", type, "type", src_dict)

            try:
                data = StartingEventData.from_dict(src_dict["data"])
            except _Invalid as _e:
                raise _e.within("data", None, src_dict) from None

            starting_event = cls(
                id,
                global_id,
                time,
                type,
                data,
            )
            if len(src_dict) != 5:
                starting_event.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return starting_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.starting_event_data import StartingEventData  # noqa: E402
