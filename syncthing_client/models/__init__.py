"""Contains all the data models used in inputs/outputs"""

from .browse_entry import BrowseEntry
from .completion import Completion
from .config_defaults import ConfigDefaults
from .config_in_sync import ConfigInSync
from .configuration import Configuration
from .connection_details import ConnectionDetails
from .connection_stats import ConnectionStats
from .db_file import DbFile
from .debug_facilities import DebugFacilities
from .debug_facilities_facilities import DebugFacilitiesFacilities
from .debug_file import DebugFile
from .default_ignores import DefaultIgnores
from .device_configuration import DeviceConfiguration
from .device_connection import DeviceConnection
from .device_id_result import DeviceIdResult
from .device_statistics import DeviceStatistics
from .device_statistics_map import DeviceStatisticsMap
from .dial_status import DialStatus
from .discovery_cache import DiscoveryCache
from .discovery_entry import DiscoveryEntry
from .discovery_status import DiscoveryStatus
from .extended_attribute import ExtendedAttribute
from .extended_attributes import ExtendedAttributes
from .file_availability import FileAvailability
from .file_info import FileInfo
from .file_page import FilePage
from .file_version import FileVersion
from .file_versions_map import FileVersionsMap
from .folder_configuration import FolderConfiguration
from .folder_device_configuration import FolderDeviceConfiguration
from .folder_error import FolderError
from .folder_errors import FolderErrors
from .folder_offer import FolderOffer
from .folder_statistics import FolderStatistics
from .folder_statistics_map import FolderStatisticsMap
from .folder_summary import FolderSummary
from .folder_summary_remote_sequence import FolderSummaryRemoteSequence
from .gui_configuration import GUIConfiguration
from .health import Health
from .ignore_lines import IgnoreLines
from .ignores import Ignores
from .last_file import LastFile
from .ldap_configuration import LDAPConfiguration
from .listener_status import ListenerStatus
from .log_level_map import LogLevelMap
from .log_levels import LogLevels
from .log_levels_packages import LogLevelsPackages
from .log_line import LogLine
from .log_lines import LogLines
from .login_request import LoginRequest
from .mod_time_lookup import ModTimeLookup
from .mod_time_mapping import ModTimeMapping
from .need_page import NeedPage
from .observed_device import ObservedDevice
from .observed_folder import ObservedFolder
from .options_configuration import OptionsConfiguration
from .partial_device_configuration import PartialDeviceConfiguration
from .partial_folder_configuration import PartialFolderConfiguration
from .partial_folder_device_configuration import PartialFolderDeviceConfiguration
from .partial_gui_configuration import PartialGUIConfiguration
from .partial_ldap_configuration import PartialLDAPConfiguration
from .partial_options_configuration import PartialOptionsConfiguration
from .partial_versioning_configuration import PartialVersioningConfiguration
from .paths import Paths
from .peer_completion import PeerCompletion
from .pending_device import PendingDevice
from .pending_devices import PendingDevices
from .pending_folder import PendingFolder
from .pending_folder_offered_by import PendingFolderOfferedBy
from .pending_folders import PendingFolders
from .platform_data import PlatformData
from .pong import Pong
from .random_string import RandomString
from .restart_required import RestartRequired
from .restore_errors import RestoreErrors
from .size import Size
from .system_connections import SystemConnections
from .system_connections_connections import SystemConnectionsConnections
from .system_errors import SystemErrors
from .system_status import SystemStatus
from .system_status_connection_service_status import SystemStatusConnectionServiceStatus
from .system_status_discovery_errors import SystemStatusDiscoveryErrors
from .system_status_discovery_status import SystemStatusDiscoveryStatus
from .system_status_last_dial_status import SystemStatusLastDialStatus
from .system_version import SystemVersion
from .unix_ownership import UnixOwnership
from .upgrade_info import UpgradeInfo
from .usage_report import UsageReport
from .usage_report_announce import UsageReportAnnounce
from .usage_report_block_stats import UsageReportBlockStats
from .usage_report_database import UsageReportDatabase
from .usage_report_device_uses import UsageReportDeviceUses
from .usage_report_device_uses_v3 import UsageReportDeviceUsesV3
from .usage_report_folder_uses import UsageReportFolderUses
from .usage_report_folder_uses_v3 import UsageReportFolderUsesV3
from .usage_report_folder_uses_v3_block_pull_order import UsageReportFolderUsesV3BlockPullOrder
from .usage_report_folder_uses_v3_copy_range_method import UsageReportFolderUsesV3CopyRangeMethod
from .usage_report_folder_uses_v3_filesystem_type import UsageReportFolderUsesV3FilesystemType
from .usage_report_folder_uses_v3_pull_order import UsageReportFolderUsesV3PullOrder
from .usage_report_gui_stats import UsageReportGUIStats
from .usage_report_gui_stats_theme import UsageReportGUIStatsTheme
from .usage_report_ignore_stats import UsageReportIgnoreStats
from .usage_report_relays import UsageReportRelays
from .usage_report_transport_stats import UsageReportTransportStats
from .versioning_configuration import VersioningConfiguration
from .versioning_params import VersioningParams
from .versions_to_restore import VersionsToRestore
from .windows_ownership import WindowsOwnership
from .xattr_filter import XattrFilter
from .xattr_filter_entry import XattrFilterEntry

__all__ = (
    "BrowseEntry",
    "Completion",
    "ConfigDefaults",
    "ConfigInSync",
    "Configuration",
    "ConnectionDetails",
    "ConnectionStats",
    "DbFile",
    "DebugFacilities",
    "DebugFacilitiesFacilities",
    "DebugFile",
    "DefaultIgnores",
    "DeviceConfiguration",
    "DeviceConnection",
    "DeviceIdResult",
    "DeviceStatistics",
    "DeviceStatisticsMap",
    "DialStatus",
    "DiscoveryCache",
    "DiscoveryEntry",
    "DiscoveryStatus",
    "ExtendedAttribute",
    "ExtendedAttributes",
    "FileAvailability",
    "FileInfo",
    "FilePage",
    "FileVersion",
    "FileVersionsMap",
    "FolderConfiguration",
    "FolderDeviceConfiguration",
    "FolderError",
    "FolderErrors",
    "FolderOffer",
    "FolderStatistics",
    "FolderStatisticsMap",
    "FolderSummary",
    "FolderSummaryRemoteSequence",
    "GUIConfiguration",
    "Health",
    "IgnoreLines",
    "Ignores",
    "LastFile",
    "LDAPConfiguration",
    "ListenerStatus",
    "LoginRequest",
    "LogLevelMap",
    "LogLevels",
    "LogLevelsPackages",
    "LogLine",
    "LogLines",
    "ModTimeLookup",
    "ModTimeMapping",
    "NeedPage",
    "ObservedDevice",
    "ObservedFolder",
    "OptionsConfiguration",
    "PartialDeviceConfiguration",
    "PartialFolderConfiguration",
    "PartialFolderDeviceConfiguration",
    "PartialGUIConfiguration",
    "PartialLDAPConfiguration",
    "PartialOptionsConfiguration",
    "PartialVersioningConfiguration",
    "Paths",
    "PeerCompletion",
    "PendingDevice",
    "PendingDevices",
    "PendingFolder",
    "PendingFolderOfferedBy",
    "PendingFolders",
    "PlatformData",
    "Pong",
    "RandomString",
    "RestartRequired",
    "RestoreErrors",
    "Size",
    "SystemConnections",
    "SystemConnectionsConnections",
    "SystemErrors",
    "SystemStatus",
    "SystemStatusConnectionServiceStatus",
    "SystemStatusDiscoveryErrors",
    "SystemStatusDiscoveryStatus",
    "SystemStatusLastDialStatus",
    "SystemVersion",
    "UnixOwnership",
    "UpgradeInfo",
    "UsageReport",
    "UsageReportAnnounce",
    "UsageReportBlockStats",
    "UsageReportDatabase",
    "UsageReportDeviceUses",
    "UsageReportDeviceUsesV3",
    "UsageReportFolderUses",
    "UsageReportFolderUsesV3",
    "UsageReportFolderUsesV3BlockPullOrder",
    "UsageReportFolderUsesV3CopyRangeMethod",
    "UsageReportFolderUsesV3FilesystemType",
    "UsageReportFolderUsesV3PullOrder",
    "UsageReportGUIStats",
    "UsageReportGUIStatsTheme",
    "UsageReportIgnoreStats",
    "UsageReportRelays",
    "UsageReportTransportStats",
    "VersioningConfiguration",
    "VersioningParams",
    "VersionsToRestore",
    "WindowsOwnership",
    "XattrFilter",
    "XattrFilterEntry",
)
