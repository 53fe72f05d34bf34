from __future__ import annotations

import datetime
from builtins import type as _type
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

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


@_extras_in_repr
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

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
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (SystemStatus)", src_dict, None, src_dict)
        try:
            alloc = src_dict["alloc"]
            if not _type(alloc) is int:
                raise _invalid("an integer", alloc, "alloc", src_dict)

            try:
                connection_service_status = SystemStatusConnectionServiceStatus.from_dict(
                    src_dict["connectionServiceStatus"]
                )
            except _Invalid as _e:
                raise _e.within("connectionServiceStatus", None, src_dict) from None

            cpu_percent = src_dict["cpuPercent"]
            if not (_type(cpu_percent) is float or _type(cpu_percent) is int):
                raise _invalid("a number", cpu_percent, "cpuPercent", src_dict)

            goroutines = src_dict["goroutines"]
            if not _type(goroutines) is int:
                raise _invalid("an integer", goroutines, "goroutines", src_dict)

            gui_address_overridden = src_dict["guiAddressOverridden"]
            if not _type(gui_address_overridden) is bool:
                raise _invalid("a boolean", gui_address_overridden, "guiAddressOverridden", src_dict)

            gui_address_used = src_dict["guiAddressUsed"]
            if not _type(gui_address_used) is str:
                raise _invalid("a string", gui_address_used, "guiAddressUsed", src_dict)

            try:
                last_dial_status = SystemStatusLastDialStatus.from_dict(src_dict["lastDialStatus"])
            except _Invalid as _e:
                raise _e.within("lastDialStatus", None, src_dict) from None

            my_id = src_dict["myID"]
            if not _type(my_id) is str:
                raise _invalid("a string", my_id, "myID", src_dict)

            path_separator = src_dict["pathSeparator"]
            if not _type(path_separator) is str:
                raise _invalid("a string", path_separator, "pathSeparator", src_dict)

            try:
                start_time = _parse_timestamp(src_dict["startTime"])
            except (TypeError, ValueError):
                raise _invalid("a date-time", src_dict["startTime"], "startTime", src_dict) from None

            sys = src_dict["sys"]
            if not _type(sys) is int:
                raise _invalid("an integer", sys, "sys", src_dict)

            tilde = src_dict["tilde"]
            if not _type(tilde) is str:
                raise _invalid("a string", tilde, "tilde", src_dict)

            uptime = src_dict["uptime"]
            if not _type(uptime) is int:
                raise _invalid("an integer", uptime, "uptime", src_dict)

            ur_version_max = src_dict["urVersionMax"]
            if not _type(ur_version_max) is int:
                raise _invalid("an integer", ur_version_max, "urVersionMax", src_dict)

            discovery_enabled = src_dict.get("discoveryEnabled", UNSET)
            if not _type(discovery_enabled) is bool and discovery_enabled is not UNSET:
                raise _invalid("a boolean", discovery_enabled, "discoveryEnabled", src_dict)

            discovery_errors = src_dict.get("discoveryErrors", UNSET)
            if discovery_errors is not UNSET:
                try:
                    discovery_errors = SystemStatusDiscoveryErrors.from_dict(discovery_errors)
                except _Invalid as _e:
                    raise _e.within("discoveryErrors", None, src_dict) from None

            discovery_methods = src_dict.get("discoveryMethods", UNSET)
            if not _type(discovery_methods) is int and discovery_methods is not UNSET:
                raise _invalid("an integer", discovery_methods, "discoveryMethods", src_dict)

            discovery_status = src_dict.get("discoveryStatus", UNSET)
            if discovery_status is not UNSET:
                try:
                    discovery_status = SystemStatusDiscoveryStatus.from_dict(discovery_status)
                except _Invalid as _e:
                    raise _e.within("discoveryStatus", None, src_dict) from None

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

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return system_status

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.system_status_connection_service_status import SystemStatusConnectionServiceStatus  # noqa: E402
from ..models.system_status_discovery_errors import SystemStatusDiscoveryErrors  # noqa: E402
from ..models.system_status_discovery_status import SystemStatusDiscoveryStatus  # noqa: E402
from ..models.system_status_last_dial_status import SystemStatusLastDialStatus  # noqa: E402
