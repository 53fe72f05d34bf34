from __future__ import annotations

import datetime
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._timestamps import parse as _parse_timestamp
from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemStatus")

_KNOWN_KEYS = frozenset(
    (
        "alloc",
        "connectionServiceStatus",
        "cpuPercent",
        "goroutines",
        "guiAddressOverridden",
        "guiAddressUsed",
        "lastDialStatus",
        "myID",
        "pathSeparator",
        "startTime",
        "sys",
        "tilde",
        "uptime",
        "urVersionMax",
        "discoveryEnabled",
        "discoveryErrors",
        "discoveryMethods",
        "discoveryStatus",
    )
)


@_attrs_define
class SystemStatus:
    """
    Attributes:
        alloc (int): Bytes of allocated heap.
        connection_service_status (SystemStatusConnectionServiceStatus): Listener state keyed by listen address.
        cpu_percent (float): Always 0; kept for compatibility.
        goroutines (int): Number of goroutines.
        gui_address_overridden (bool): Whether the GUI address was set on the command line or environment.
        gui_address_used (str): The address the GUI listens on.
        last_dial_status (SystemStatusLastDialStatus): Last dial result keyed by address.
        my_id (str): This device's ID.
        path_separator (str): The platform's path separator.
        start_time (datetime.datetime): When this process started; changes on every restart.
        sys (int): Bytes obtained from the operating system, less what was released.
        tilde (str): What `~` expands to in folder paths.
        uptime (int): Seconds since start.
        ur_version_max (int): The newest usage-report version this release knows.
        discovery_enabled (bool | Unset): Present and true when discovery is on.
        discovery_errors (SystemStatusDiscoveryErrors | Unset): Errors per discovery method (present when discovery is
            on; deprecated by Syncthing).
        discovery_methods (int | Unset): Number of discovery methods (present when discovery is on; deprecated by
            Syncthing).
        discovery_status (SystemStatusDiscoveryStatus | Unset): State per discovery method (present when discovery is
            on).
    """

    alloc: int
    connection_service_status: SystemStatusConnectionServiceStatus
    cpu_percent: float
    goroutines: int
    gui_address_overridden: bool
    gui_address_used: str
    last_dial_status: SystemStatusLastDialStatus
    my_id: str
    path_separator: str
    start_time: datetime.datetime
    sys: int
    tilde: str
    uptime: int
    ur_version_max: int
    discovery_enabled: bool | Unset = UNSET
    discovery_errors: SystemStatusDiscoveryErrors | Unset = UNSET
    discovery_methods: int | Unset = UNSET
    discovery_status: SystemStatusDiscoveryStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alloc = self.alloc

        connection_service_status = self.connection_service_status.to_dict()

        cpu_percent = self.cpu_percent

        goroutines = self.goroutines

        gui_address_overridden = self.gui_address_overridden

        gui_address_used = self.gui_address_used

        last_dial_status = self.last_dial_status.to_dict()

        my_id = self.my_id

        path_separator = self.path_separator

        start_time = self.start_time.isoformat()

        sys = self.sys

        tilde = self.tilde

        uptime = self.uptime

        ur_version_max = self.ur_version_max

        discovery_enabled = self.discovery_enabled

        discovery_errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discovery_errors, Unset):
            discovery_errors = self.discovery_errors.to_dict()

        discovery_methods = self.discovery_methods

        discovery_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discovery_status, Unset):
            discovery_status = self.discovery_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alloc": alloc,
                "connectionServiceStatus": connection_service_status,
                "cpuPercent": cpu_percent,
                "goroutines": goroutines,
                "guiAddressOverridden": gui_address_overridden,
                "guiAddressUsed": gui_address_used,
                "lastDialStatus": last_dial_status,
                "myID": my_id,
                "pathSeparator": path_separator,
                "startTime": start_time,
                "sys": sys,
                "tilde": tilde,
                "uptime": uptime,
                "urVersionMax": ur_version_max,
            }
        )
        if discovery_enabled is not UNSET:
            field_dict["discoveryEnabled"] = discovery_enabled
        if discovery_errors is not UNSET:
            field_dict["discoveryErrors"] = discovery_errors
        if discovery_methods is not UNSET:
            field_dict["discoveryMethods"] = discovery_methods
        if discovery_status is not UNSET:
            field_dict["discoveryStatus"] = discovery_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        alloc = src_dict["alloc"]

        connection_service_status = SystemStatusConnectionServiceStatus.from_dict(src_dict["connectionServiceStatus"])

        cpu_percent = src_dict["cpuPercent"]

        goroutines = src_dict["goroutines"]

        gui_address_overridden = src_dict["guiAddressOverridden"]

        gui_address_used = src_dict["guiAddressUsed"]

        last_dial_status = SystemStatusLastDialStatus.from_dict(src_dict["lastDialStatus"])

        my_id = src_dict["myID"]

        path_separator = src_dict["pathSeparator"]

        start_time = _parse_timestamp(src_dict["startTime"])

        sys = src_dict["sys"]

        tilde = src_dict["tilde"]

        uptime = src_dict["uptime"]

        ur_version_max = src_dict["urVersionMax"]

        discovery_enabled = src_dict.get("discoveryEnabled", UNSET)

        _discovery_errors = src_dict.get("discoveryErrors", UNSET)
        discovery_errors: SystemStatusDiscoveryErrors | Unset
        if isinstance(_discovery_errors, Unset):
            discovery_errors = UNSET
        else:
            discovery_errors = SystemStatusDiscoveryErrors.from_dict(_discovery_errors)

        discovery_methods = src_dict.get("discoveryMethods", UNSET)

        _discovery_status = src_dict.get("discoveryStatus", UNSET)
        discovery_status: SystemStatusDiscoveryStatus | Unset
        if isinstance(_discovery_status, Unset):
            discovery_status = UNSET
        else:
            discovery_status = SystemStatusDiscoveryStatus.from_dict(_discovery_status)

        system_status = cls(
            alloc,
            connection_service_status,
            cpu_percent,
            goroutines,
            gui_address_overridden,
            gui_address_used,
            last_dial_status,
            my_id,
            path_separator,
            start_time,
            sys,
            tilde,
            uptime,
            ur_version_max,
            discovery_enabled,
            discovery_errors,
            discovery_methods,
            discovery_status,
        )

        if len(src_dict) != 18 - (
            discovery_enabled,
            discovery_errors,
            discovery_methods,
            discovery_status,
        ).count(UNSET):
            system_status.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return system_status

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


from ..models.system_status_connection_service_status import SystemStatusConnectionServiceStatus  # noqa: E402
from ..models.system_status_discovery_errors import SystemStatusDiscoveryErrors  # noqa: E402
from ..models.system_status_discovery_status import SystemStatusDiscoveryStatus  # noqa: E402
from ..models.system_status_last_dial_status import SystemStatusLastDialStatus  # noqa: E402
