from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemErrors")

_KNOWN_KEYS = frozenset(("errors",))


@_attrs_define
class SystemErrors:
    """
    Attributes:
        errors (list[LogLine] | None | Unset): Errors, oldest first; null when there are none.
    """

    errors: list[LogLine] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_errors(data: object) -> list[LogLine] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _errors_type_0 = data
                errors_type_0 = [
                    LogLine.from_dict(errors_type_0_item_data) for errors_type_0_item_data in _errors_type_0
                ]

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LogLine] | None | Unset, data)

        errors = _parse_errors(src_dict.get("errors", UNSET))

        system_errors = cls(
            errors,
        )

        if len(src_dict) != 1 - (errors,).count(UNSET):
            system_errors.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return system_errors

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


from ..models.log_line import LogLine  # noqa: E402
