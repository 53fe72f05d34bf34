from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LogLines")

_KNOWN_KEYS = frozenset(("messages",))


@_attrs_define
class LogLines:
    """
    Attributes:
        messages (list[LogLine] | None | Unset): Log lines, oldest first; null when the buffer is empty.
    """

    messages: list[LogLine] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages: list[dict[str, Any]] | None | Unset
        if isinstance(self.messages, Unset):
            messages = UNSET
        elif isinstance(self.messages, list):
            messages = []
            for messages_type_0_item_data in self.messages:
                messages_type_0_item = messages_type_0_item_data.to_dict()
                messages.append(messages_type_0_item)

        else:
            messages = self.messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_messages(data: object) -> list[LogLine] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _messages_type_0 = data
                messages_type_0 = [
                    LogLine.from_dict(messages_type_0_item_data) for messages_type_0_item_data in _messages_type_0
                ]

                return messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LogLine] | None | Unset, data)

        messages = _parse_messages(src_dict.get("messages", UNSET))

        log_lines = cls(
            messages,
        )

        if len(src_dict) != 1 - (messages,).count(UNSET):
            log_lines.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return log_lines

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
