from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemConnections")

_KNOWN_KEYS = frozenset(
    (
        "connections",
        "total",
    )
)


@_attrs_define
class SystemConnections:
    """
    Attributes:
        connections (SystemConnectionsConnections): Connection state keyed by device ID.
        total (ConnectionStats): Traffic counters of one connection, or of all connections together.
    """

    connections: SystemConnectionsConnections
    total: ConnectionStats
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connections = self.connections.to_dict()

        total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connections": connections,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        connections = SystemConnectionsConnections.from_dict(src_dict["connections"])

        total = ConnectionStats.from_dict(src_dict["total"])

        system_connections = cls(
            connections,
            total,
        )

        if len(src_dict) != 2:
            system_connections.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return system_connections

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


from ..models.connection_stats import ConnectionStats  # noqa: E402
from ..models.system_connections_connections import SystemConnectionsConnections  # noqa: E402
