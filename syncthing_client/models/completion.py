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
from ..models.remote_folder_state import RemoteFolderState
from ..types import UNSET, Unset

T = TypeVar("T", bound="Completion")

_KNOWN_KEYS = frozenset(
    (
        "completion",
        "globalBytes",
        "globalItems",
        "needBytes",
        "needDeletes",
        "needItems",
        "sequence",
        "remoteState",
    )
)


@_extras_in_repr
@_attrs_define
class Completion:
    """
    Attributes:
        completion (float): Percent complete (0–100).
        global_bytes (int): Bytes in the global state.
        global_items (int): Items in the global state.
        need_bytes (int): Bytes still needed.
        need_deletes (int): Deletions still to do.
        need_items (int): Items still needed.
        sequence (int): The device's last announced index sequence for the folder.
        remote_state (RemoteFolderState | Unset): What a remote device reported about a folder: `valid` (shared and
            running), `paused`, `notSharing`, or `unknown` (nothing heard yet). Sent by 1.20.0 and later.
    """

    completion: float
    global_bytes: int
    global_items: int
    need_bytes: int
    need_deletes: int
    need_items: int
    sequence: int
    remote_state: RemoteFolderState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        completion = self.completion

        global_bytes = self.global_bytes

        global_items = self.global_items

        need_bytes = self.need_bytes

        need_deletes = self.need_deletes

        need_items = self.need_items

        sequence = self.sequence

        remote_state: str | Unset = UNSET
        if not isinstance(self.remote_state, Unset):
            remote_state = self.remote_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completion": completion,
                "globalBytes": global_bytes,
                "globalItems": global_items,
                "needBytes": need_bytes,
                "needDeletes": need_deletes,
                "needItems": need_items,
                "sequence": sequence,
            }
        )
        if remote_state is not UNSET:
            field_dict["remoteState"] = remote_state

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (Completion)", src_dict, None, src_dict)
        try:
            completion = src_dict["completion"]
            if not (_type(completion) is float or _type(completion) is int):
                raise _invalid("a number", completion, "completion", src_dict)

            global_bytes = src_dict["globalBytes"]
            if not _type(global_bytes) is int:
                raise _invalid("an integer", global_bytes, "globalBytes", src_dict)

            global_items = src_dict["globalItems"]
            if not _type(global_items) is int:
                raise _invalid("an integer", global_items, "globalItems", src_dict)

            need_bytes = src_dict["needBytes"]
            if not _type(need_bytes) is int:
                raise _invalid("an integer", need_bytes, "needBytes", src_dict)

            need_deletes = src_dict["needDeletes"]
            if not _type(need_deletes) is int:
                raise _invalid("an integer", need_deletes, "needDeletes", src_dict)

            need_items = src_dict["needItems"]
            if not _type(need_items) is int:
                raise _invalid("an integer", need_items, "needItems", src_dict)

            sequence = src_dict["sequence"]
            if not _type(sequence) is int:
                raise _invalid("an integer", sequence, "sequence", src_dict)

            remote_state: RemoteFolderState | Unset = src_dict.get("remoteState", UNSET)
            if not _type(remote_state) is str and remote_state is not UNSET:
                raise _invalid("a string", remote_state, "remoteState", src_dict)

            completion = cls(
                completion,
                global_bytes,
                global_items,
                need_bytes,
                need_deletes,
                need_items,
                sequence,
                remote_state,
            )
            if len(src_dict) != 8 - (remote_state,).count(UNSET):
                completion.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return completion

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
