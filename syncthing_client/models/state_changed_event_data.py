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
from ..models.folder_state import FolderState
from ..types import UNSET, Unset

T = TypeVar("T", bound="StateChangedEventData")

_KNOWN_KEYS = frozenset(
    (
        "folder",
        "from",
        "to",
        "duration",
        "error",
    )
)


@_extras_in_repr
@_attrs_define
class StateChangedEventData:
    """A folder changed state.

    Attributes:
        folder (str): The folder ID.
        from_ (FolderState): What a folder is doing. `starting` is sent by 2.1.0 and later. `` (empty) only in a folder
            summary, for a
            folder that is not running (paused); `StateChanged` never sends it.
        to (FolderState): What a folder is doing. `starting` is sent by 2.1.0 and later. `` (empty) only in a folder
            summary, for a
            folder that is not running (paused); `StateChanged` never sends it.
        duration (float | Unset): Seconds spent in the previous state.
        error (str | Unset): Why the folder is in `error`.
    """

    folder: str
    from_: FolderState
    to: FolderState
    duration: float | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        folder = self.folder

        from_: str = self.from_

        to: str = self.to

        duration = self.duration

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "folder": folder,
                "from": from_,
                "to": to,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (StateChangedEventData)", src_dict, None, src_dict)
        try:
            folder = src_dict["folder"]
            if not _type(folder) is str:
                raise _invalid("a string", folder, "folder", src_dict)

            from_: FolderState = src_dict["from"]
            if not _type(from_) is str:
                raise _invalid("a string", from_, "from", src_dict)

            to: FolderState = src_dict["to"]
            if not _type(to) is str:
                raise _invalid("a string", to, "to", src_dict)

            duration = src_dict.get("duration", UNSET)
            if not (_type(duration) is float or _type(duration) is int) and duration is not UNSET:
                raise _invalid("a number", duration, "duration", src_dict)

            error = src_dict.get("error", UNSET)
            if not _type(error) is str and error is not UNSET:
                raise _invalid("a string", error, "error", src_dict)

            state_changed_event_data = cls(
                folder,
                from_,
                to,
                duration,
                error,
            )
            if len(src_dict) != 5 - (
                duration,
                error,
            ).count(UNSET):
                state_changed_event_data.additional_properties = {
                    key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
                }

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return state_changed_event_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
