"""Contains all the data models used in inputs/outputs"""

from .config_in_sync import ConfigInSync
from .connection_details import ConnectionDetails
from .connection_stats import ConnectionStats
from .debug_facilities import DebugFacilities
from .debug_facilities_facilities import DebugFacilitiesFacilities
from .device_connection import DeviceConnection
from .device_id_result import DeviceIdResult
from .dial_status import DialStatus
from .discovery_cache import DiscoveryCache
from .discovery_entry import DiscoveryEntry
from .discovery_status import DiscoveryStatus
from .health import Health
from .listener_status import ListenerStatus
from .log_level_map import LogLevelMap
from .log_levels import LogLevels
from .log_levels_packages import LogLevelsPackages
from .log_line import LogLine
from .log_lines import LogLines
from .login_request import LoginRequest
from .paths import Paths
from .pong import Pong
from .system_connections import SystemConnections
from .system_connections_connections import SystemConnectionsConnections
from .system_errors import SystemErrors
from .system_status import SystemStatus
from .system_status_connection_service_status import SystemStatusConnectionServiceStatus
from .system_status_discovery_errors import SystemStatusDiscoveryErrors
from .system_status_discovery_status import SystemStatusDiscoveryStatus
from .system_status_last_dial_status import SystemStatusLastDialStatus
from .system_version import SystemVersion
from .upgrade_info import UpgradeInfo

__all__ = (
    "ConfigInSync",
    "ConnectionDetails",
    "ConnectionStats",
    "DebugFacilities",
    "DebugFacilitiesFacilities",
    "DeviceConnection",
    "DeviceIdResult",
    "DialStatus",
    "DiscoveryCache",
    "DiscoveryEntry",
    "DiscoveryStatus",
    "Health",
    "ListenerStatus",
    "LoginRequest",
    "LogLevelMap",
    "LogLevels",
    "LogLevelsPackages",
    "LogLine",
    "LogLines",
    "Paths",
    "Pong",
    "SystemConnections",
    "SystemConnectionsConnections",
    "SystemErrors",
    "SystemStatus",
    "SystemStatusConnectionServiceStatus",
    "SystemStatusDiscoveryErrors",
    "SystemStatusDiscoveryStatus",
    "SystemStatusLastDialStatus",
    "SystemVersion",
    "UpgradeInfo",
)
