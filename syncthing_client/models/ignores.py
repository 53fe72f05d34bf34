from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Ignores")

_KNOWN_KEYS = frozenset(
    (
        "ignore",
        "expanded",
        "error",
    )
)


@_attrs_define
class Ignores:
    """
    Attributes:
        ignore (list[str] | None | Unset): The lines of `.stignore`.
        expanded (list[str] | None | Unset): The patterns in force, with includes resolved.
        error (None | str | Unset): Why the patterns could not be loaded.
    """

    ignore: list[str] | None | Unset = UNSET
    expanded: list[str] | None | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ignore: list[str] | None | Unset
        if isinstance(self.ignore, Unset):
            ignore = UNSET
        elif isinstance(self.ignore, list):
            ignore = self.ignore

        else:
            ignore = self.ignore

        expanded: list[str] | None | Unset
        if isinstance(self.expanded, Unset):
            expanded = UNSET
        elif isinstance(self.expanded, list):
            expanded = self.expanded

        else:
            expanded = self.expanded

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ignore is not UNSET:
            field_dict["ignore"] = ignore
        if expanded is not UNSET:
            field_dict["expanded"] = expanded
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_ignore(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ignore_type_0 = cast(list[str], data)

                return ignore_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        ignore = _parse_ignore(src_dict.get("ignore", UNSET))

        def _parse_expanded(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                expanded_type_0 = cast(list[str], data)

                return expanded_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        expanded = _parse_expanded(src_dict.get("expanded", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(src_dict.get("error", UNSET))

        ignores = cls(
            ignore,
            expanded,
            error,
        )

        if len(src_dict) != 3 - (
            ignore,
            expanded,
            error,
        ).count(UNSET):
            ignores.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return ignores

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
