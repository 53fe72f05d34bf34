from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DbFile")

_KNOWN_KEYS = frozenset(
    (
        "global",
        "local",
        "availability",
        "mtime",
    )
)


@_attrs_define
class DbFile:
    """
    Attributes:
        global_ (FileInfo): A file's entry in an index, as the REST API shows it.
        local (FileInfo): A file's entry in an index, as the REST API shows it.
        availability (list[FileAvailability] | None | Unset): Devices that have the global version; `null` when none.
        mtime (ModTimeLookup | Unset):
    """

    global_: FileInfo
    local: FileInfo
    availability: list[FileAvailability] | None | Unset = UNSET
    mtime: ModTimeLookup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        global_ = self.global_.to_dict()

        local = self.local.to_dict()

        availability: list[dict[str, Any]] | None | Unset
        if isinstance(self.availability, Unset):
            availability = UNSET
        elif isinstance(self.availability, list):
            availability = []
            for availability_type_0_item_data in self.availability:
                availability_type_0_item = availability_type_0_item_data.to_dict()
                availability.append(availability_type_0_item)

        else:
            availability = self.availability

        mtime: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mtime, Unset):
            mtime = self.mtime.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "global": global_,
                "local": local,
            }
        )
        if availability is not UNSET:
            field_dict["availability"] = availability
        if mtime is not UNSET:
            field_dict["mtime"] = mtime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        global_ = FileInfo.from_dict(src_dict["global"])

        local = FileInfo.from_dict(src_dict["local"])

        def _parse_availability(data: object) -> list[FileAvailability] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _availability_type_0 = data
                availability_type_0 = [
                    FileAvailability.from_dict(availability_type_0_item_data)
                    for availability_type_0_item_data in _availability_type_0
                ]

                return availability_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FileAvailability] | None | Unset, data)

        availability = _parse_availability(src_dict.get("availability", UNSET))

        _mtime = src_dict.get("mtime", UNSET)
        mtime: ModTimeLookup | Unset
        if isinstance(_mtime, Unset):
            mtime = UNSET
        else:
            mtime = ModTimeLookup.from_dict(_mtime)

        db_file = cls(
            global_,
            local,
            availability,
            mtime,
        )

        if len(src_dict) != 4 - (
            availability,
            mtime,
        ).count(UNSET):
            db_file.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return db_file

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


from ..models.file_availability import FileAvailability  # noqa: E402
from ..models.file_info import FileInfo  # noqa: E402
from ..models.mod_time_lookup import ModTimeLookup  # noqa: E402
