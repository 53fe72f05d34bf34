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
from ..types import UNSET, Unset

T = TypeVar("T", bound="NeedPage")

_KNOWN_KEYS = frozenset(
    (
        "progress",
        "queued",
        "rest",
        "page",
        "perpage",
    )
)


@_extras_in_repr
@_attrs_define
class NeedPage:
    """
    Attributes:
        progress (list[FileInfo]): Being pulled now.
        queued (list[FileInfo]): Next in the queue.
        rest (list[FileInfo]): Everything else needed.
        page (int):
        perpage (int):
    """

    progress: list[FileInfo]
    queued: list[FileInfo]
    rest: list[FileInfo]
    page: int
    perpage: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        progress = []
        for progress_item_data in self.progress:
            progress_item = progress_item_data.to_dict()
            progress.append(progress_item)

        queued = []
        for queued_item_data in self.queued:
            queued_item = queued_item_data.to_dict()
            queued.append(queued_item)

        rest = []
        for rest_item_data in self.rest:
            rest_item = rest_item_data.to_dict()
            rest.append(rest_item)

        page = self.page

        perpage = self.perpage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "progress": progress,
                "queued": queued,
                "rest": rest,
                "page": page,
                "perpage": perpage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (NeedPage)", src_dict, None, src_dict)
        try:
            progress = src_dict["progress"]
            if _type(progress) is not list:
                raise _invalid("a list", progress, "progress", src_dict)
            try:
                progress = [FileInfo.from_dict(_item) for _item in progress]
            except _Invalid as _e:
                raise _e.within("progress", src_dict["progress"], src_dict) from None

            queued = src_dict["queued"]
            if _type(queued) is not list:
                raise _invalid("a list", queued, "queued", src_dict)
            try:
                queued = [FileInfo.from_dict(_item) for _item in queued]
            except _Invalid as _e:
                raise _e.within("queued", src_dict["queued"], src_dict) from None

            rest = src_dict["rest"]
            if _type(rest) is not list:
                raise _invalid("a list", rest, "rest", src_dict)
            try:
                rest = [FileInfo.from_dict(_item) for _item in rest]
            except _Invalid as _e:
                raise _e.within("rest", src_dict["rest"], src_dict) from None

            page = src_dict["page"]
            if not _type(page) is int:
                raise _invalid("an integer", page, "page", src_dict)

            perpage = src_dict["perpage"]
            if not _type(perpage) is int:
                raise _invalid("an integer", perpage, "perpage", src_dict)

            need_page = cls(
                progress,
                queued,
                rest,
                page,
                perpage,
            )
            if len(src_dict) != 5:
                need_page.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return need_page

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.file_info import FileInfo  # noqa: E402
