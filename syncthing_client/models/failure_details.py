from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FailureDetails")

_KNOWN_KEYS = frozenset(
    (
        "Description",
        "Goroutines",
        "Extra",
    )
)


@_attrs_define
class FailureDetails:
    """A failure report with context. Go field names, capitalised, as Syncthing sends them.

    Attributes:
        description (str): The message.
        goroutines (str): A dump of every goroutine's stack (deadlocks); empty otherwise.
        extra (FailureDetailsExtra): Named details, e.g. `timeout` for a deadlock or `prevSeq` / `lastSeq` for a
            sequence anomaly.
    """

    description: str
    goroutines: str
    extra: FailureDetailsExtra
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        goroutines = self.goroutines

        extra = self.extra.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Description": description,
                "Goroutines": goroutines,
                "Extra": extra,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        description = src_dict["Description"]

        goroutines = src_dict["Goroutines"]

        extra = FailureDetailsExtra.from_dict(src_dict["Extra"])

        failure_details = cls(
            description,
            goroutines,
            extra,
        )

        if len(src_dict) != 3:
            failure_details.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return failure_details

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


from ..models.failure_details_extra import FailureDetailsExtra  # noqa: E402
