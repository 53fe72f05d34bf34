from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        introducer = src_dict.get("introducer", UNSET)

        custom_cert_name = src_dict.get("customCertName", UNSET)

        compress_always = src_dict.get("compressAlways", UNSET)

        compress_metadata = src_dict.get("compressMetadata", UNSET)

        compress_never = src_dict.get("compressNever", UNSET)

        dynamic_addr = src_dict.get("dynamicAddr", UNSET)

        static_addr = src_dict.get("staticAddr", UNSET)

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
        return usage_report_device_uses

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
