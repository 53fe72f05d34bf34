from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModTimeLookup")

_KNOWN_KEYS = frozenset(
    (
        "err",
        "value",
    )
)


@_attrs_define
class ModTimeLookup:
    """
    Attributes:
        err (None | str | Unset):
        value (ModTimeMapping | Unset):
    """

    err: None | str | Unset = UNSET
    value: ModTimeMapping | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        err: None | str | Unset
        if isinstance(self.err, Unset):
            err = UNSET
        else:
            err = self.err

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if err is not UNSET:
            field_dict["err"] = err
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_err(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        err = _parse_err(src_dict.get("err", UNSET))

        _value = src_dict.get("value", UNSET)
        value: ModTimeMapping | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = ModTimeMapping.from_dict(_value)

        mod_time_lookup = cls(
            err,
            value,
        )

        if len(src_dict) != 2 - (
            err,
            value,
        ).count(UNSET):
            mod_time_lookup.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return mod_time_lookup

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


from ..models.mod_time_mapping import ModTimeMapping  # noqa: E402
