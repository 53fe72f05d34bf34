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

T = TypeVar("T", bound="UsageReportDeviceUses")

_KNOWN_KEYS = frozenset(
    (
        "introducer",
        "customCertName",
        "compressAlways",
        "compressMetadata",
        "compressNever",
        "dynamicAddr",
        "staticAddr",
    )
)


@_extras_in_repr
@_attrs_define
class UsageReportDeviceUses:
    """
    Attributes:
        introducer (int | Unset):
        custom_cert_name (int | Unset):
        compress_always (int | Unset):
        compress_metadata (int | Unset):
        compress_never (int | Unset):
        dynamic_addr (int | Unset):
        static_addr (int | Unset):
    """

    introducer: int | Unset = UNSET
    custom_cert_name: int | Unset = UNSET
    compress_always: int | Unset = UNSET
    compress_metadata: int | Unset = UNSET
    compress_never: int | Unset = UNSET
    dynamic_addr: int | Unset = UNSET
    static_addr: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        introducer = self.introducer

        custom_cert_name = self.custom_cert_name

        compress_always = self.compress_always

        compress_metadata = self.compress_metadata

        compress_never = self.compress_never

        dynamic_addr = self.dynamic_addr

        static_addr = self.static_addr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if introducer is not UNSET:
            field_dict["introducer"] = introducer
        if custom_cert_name is not UNSET:
            field_dict["customCertName"] = custom_cert_name
        if compress_always is not UNSET:
            field_dict["compressAlways"] = compress_always
        if compress_metadata is not UNSET:
            field_dict["compressMetadata"] = compress_metadata
        if compress_never is not UNSET:
            field_dict["compressNever"] = compress_never
        if dynamic_addr is not UNSET:
            field_dict["dynamicAddr"] = dynamic_addr
        if static_addr is not UNSET:
            field_dict["staticAddr"] = static_addr

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (UsageReportDeviceUses)", src_dict, None, src_dict)
        try:
            introducer = src_dict.get("introducer", UNSET)
            if not _type(introducer) is int and introducer is not UNSET:
                raise _invalid("an integer", introducer, "introducer", src_dict)

            custom_cert_name = src_dict.get("customCertName", UNSET)
            if not _type(custom_cert_name) is int and custom_cert_name is not UNSET:
                raise _invalid("an integer", custom_cert_name, "customCertName", src_dict)

            compress_always = src_dict.get("compressAlways", UNSET)
            if not _type(compress_always) is int and compress_always is not UNSET:
                raise _invalid("an integer", compress_always, "compressAlways", src_dict)

            compress_metadata = src_dict.get("compressMetadata", UNSET)
            if not _type(compress_metadata) is int and compress_metadata is not UNSET:
                raise _invalid("an integer", compress_metadata, "compressMetadata", src_dict)

            compress_never = src_dict.get("compressNever", UNSET)
            if not _type(compress_never) is int and compress_never is not UNSET:
                raise _invalid("an integer", compress_never, "compressNever", src_dict)

            dynamic_addr = src_dict.get("dynamicAddr", UNSET)
            if not _type(dynamic_addr) is int and dynamic_addr is not UNSET:
                raise _invalid("an integer", dynamic_addr, "dynamicAddr", src_dict)

            static_addr = src_dict.get("staticAddr", UNSET)
            if not _type(static_addr) is int and static_addr is not UNSET:
                raise _invalid("an integer", static_addr, "staticAddr", src_dict)

            usage_report_device_uses = cls(
                introducer,
                custom_cert_name,
                compress_always,
                compress_metadata,
                compress_never,
                dynamic_addr,
                static_addr,
            )
            if len(src_dict) != 7 - (
                introducer,
                custom_cert_name,
                compress_always,
                compress_metadata,
                compress_never,
                dynamic_addr,
                static_addr,
            ).count(UNSET):
                usage_report_device_uses.additional_properties = {
                    key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
                }

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return usage_report_device_uses

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
