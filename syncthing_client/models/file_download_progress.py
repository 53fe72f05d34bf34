from __future__ import annotations

from builtins import type as _type
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

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

T = TypeVar("T", bound="FileDownloadProgress")

_KNOWN_KEYS = frozenset(
    (
        "total",
        "pulling",
        "copiedFromOrigin",
        "copiedFromOriginShifted",
        "reused",
        "copiedFromElsewhere",
        "pulled",
        "bytesTotal",
        "bytesDone",
    )
)


@_extras_in_repr
@_attrs_define
class FileDownloadProgress:
    """How far the pull of one file got, in blocks and bytes.

    Attributes:
        total (int): Blocks in the file.
        pulling (int): Blocks requested from other devices and not yet in.
        copied_from_origin (int): Blocks copied from the local copy of the file being replaced (shifted ones included),
            and all-zero blocks left as holes of a sparse file.
        copied_from_origin_shifted (int): Of `copiedFromOrigin`, those found at another offset.
        reused (int): Blocks already in the temporary file left by an earlier, unfinished pull.
        copied_from_elsewhere (int): Blocks copied from other local files.
        pulled (int): Blocks received from other devices.
        bytes_total (int): Bytes in the `total` blocks, worked out from block counts: the file's size, but one block
            less when the size is a multiple of the block size.
        bytes_done (int): Bytes in the blocks done so far, worked out from block counts in the same way.
    """

    total: int
    pulling: int
    copied_from_origin: int
    copied_from_origin_shifted: int
    reused: int
    copied_from_elsewhere: int
    pulled: int
    bytes_total: int
    bytes_done: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        pulling = self.pulling

        copied_from_origin = self.copied_from_origin

        copied_from_origin_shifted = self.copied_from_origin_shifted

        reused = self.reused

        copied_from_elsewhere = self.copied_from_elsewhere

        pulled = self.pulled

        bytes_total = self.bytes_total

        bytes_done = self.bytes_done

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "pulling": pulling,
                "copiedFromOrigin": copied_from_origin,
                "copiedFromOriginShifted": copied_from_origin_shifted,
                "reused": reused,
                "copiedFromElsewhere": copied_from_elsewhere,
                "pulled": pulled,
                "bytesTotal": bytes_total,
                "bytesDone": bytes_done,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (FileDownloadProgress)", src_dict, None, src_dict)
        try:
            total = src_dict["total"]
            if not _type(total) is int:
                raise _invalid("an integer", total, "total", src_dict)

            pulling = src_dict["pulling"]
            if not _type(pulling) is int:
                raise _invalid("an integer", pulling, "pulling", src_dict)

            copied_from_origin = src_dict["copiedFromOrigin"]
            if not _type(copied_from_origin) is int:
                raise _invalid("an integer", copied_from_origin, "copiedFromOrigin", src_dict)

            copied_from_origin_shifted = src_dict["copiedFromOriginShifted"]
            if not _type(copied_from_origin_shifted) is int:
                raise _invalid("an integer", copied_from_origin_shifted, "copiedFromOriginShifted", src_dict)

            reused = src_dict["reused"]
            if not _type(reused) is int:
                raise _invalid("an integer", reused, "reused", src_dict)

            copied_from_elsewhere = src_dict["copiedFromElsewhere"]
            if not _type(copied_from_elsewhere) is int:
                raise _invalid("an integer", copied_from_elsewhere, "copiedFromElsewhere", src_dict)

            pulled = src_dict["pulled"]
            if not _type(pulled) is int:
                raise _invalid("an integer", pulled, "pulled", src_dict)

            bytes_total = src_dict["bytesTotal"]
            if not _type(bytes_total) is int:
                raise _invalid("an integer", bytes_total, "bytesTotal", src_dict)

            bytes_done = src_dict["bytesDone"]
            if not _type(bytes_done) is int:
                raise _invalid("an integer", bytes_done, "bytesDone", src_dict)

            file_download_progress = cls(
                total,
                pulling,
                copied_from_origin,
                copied_from_origin_shifted,
                reused,
                copied_from_elsewhere,
                pulled,
                bytes_total,
                bytes_done,
            )
            if len(src_dict) != 9:
                file_download_progress.additional_properties = {
                    key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
                }

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return file_download_progress

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
