"""Contains all the data models used in inputs/outputs"""

from .auth_mode import AuthMode
from .block_pull_order import BlockPullOrder
from .browse_entry import BrowseEntry
from .change_detected_action import ChangeDetectedAction
from .cluster_config_received_event import ClusterConfigReceivedEvent
from .cluster_config_received_event_data import ClusterConfigReceivedEventData
from .completion import Completion
from .compression import Compression
from .config_defaults import ConfigDefaults
from .config_in_sync import ConfigInSync
from .config_saved_event import ConfigSavedEvent
from .configuration import Configuration
from .connection_details import ConnectionDetails
from .connection_stats import ConnectionStats
from .connection_type import ConnectionType
from .copy_range_method import CopyRangeMethod
from .database_tuning import DatabaseTuning
from .db_file import DbFile
from .debug_facilities import DebugFacilities
from .debug_facilities_facilities import DebugFacilitiesFacilities
from .debug_file import DebugFile
from .default_ignores import DefaultIgnores
from .device_configuration import DeviceConfiguration
from .device_connected_event import DeviceConnectedEvent
from .device_connected_event_data import DeviceConnectedEventData
from .device_connection import DeviceConnection
from .device_disconnected_event import DeviceDisconnectedEvent
from .device_disconnected_event_data import DeviceDisconnectedEventData
from .device_discovered_event import DeviceDiscoveredEvent
from .device_discovered_event_data import DeviceDiscoveredEventData
from .device_id_result import DeviceIdResult
from .device_paused_event import DevicePausedEvent
from .device_paused_event_data import DevicePausedEventData
from .device_rejected_event import DeviceRejectedEvent
from .device_rejected_event_data import DeviceRejectedEventData
from .device_resumed_event import DeviceResumedEvent
from .device_resumed_event_data import DeviceResumedEventData
from .device_statistics import DeviceStatistics
from .device_statistics_map import DeviceStatisticsMap
from .dial_status import DialStatus
from .discovery_cache import DiscoveryCache
from .discovery_entry import DiscoveryEntry
from .discovery_status import DiscoveryStatus
from .download_progress_event import DownloadProgressEvent
from .download_progress_event_data import DownloadProgressEventData
from .event import Event
from .event_type import EventType
from .extended_attribute import ExtendedAttribute
from .extended_attributes import ExtendedAttributes
from .failure_details import FailureDetails
from .failure_details_extra import FailureDetailsExtra
from .failure_event import FailureEvent
from .file_availability import FileAvailability
from .file_download_progress import FileDownloadProgress
from .file_download_progress_map import FileDownloadProgressMap
from .file_info import FileInfo
from .file_info_type import FileInfoType
from .file_page import FilePage
from .file_version import FileVersion
from .file_versions_map import FileVersionsMap
from .filesystem_type import FilesystemType
from .folder_completion_event import FolderCompletionEvent
from .folder_completion_event_data import FolderCompletionEventData
from .folder_configuration import FolderConfiguration
from .folder_device_configuration import FolderDeviceConfiguration
from .folder_error import FolderError
from .folder_errors import FolderErrors
from .folder_errors_event import FolderErrorsEvent
from .folder_errors_event_data import FolderErrorsEventData
from .folder_offer import FolderOffer
from .folder_paused_event import FolderPausedEvent
from .folder_paused_event_data import FolderPausedEventData
from .folder_rejected_event import FolderRejectedEvent
from .folder_rejected_event_data import FolderRejectedEventData
from .folder_resumed_event import FolderResumedEvent
from .folder_resumed_event_data import FolderResumedEventData
from .folder_scan_progress_event import FolderScanProgressEvent
from .folder_scan_progress_event_data import FolderScanProgressEventData
from .folder_state import FolderState
from .folder_statistics import FolderStatistics
from .folder_statistics_map import FolderStatisticsMap
from .folder_summary import FolderSummary
from .folder_summary_event import FolderSummaryEvent
from .folder_summary_event_data import FolderSummaryEventData
from .folder_summary_remote_sequence import FolderSummaryRemoteSequence
from .folder_type import FolderType
from .folder_watch_state_changed_event import FolderWatchStateChangedEvent
from .folder_watch_state_changed_event_data import FolderWatchStateChangedEventData
from .gui_configuration import GUIConfiguration
from .health import Health
from .health_status import HealthStatus
from .ignore_lines import IgnoreLines
from .ignores import Ignores
from .item_action import ItemAction
from .item_finished_event import ItemFinishedEvent
from .item_finished_event_data import ItemFinishedEventData
from .item_started_event import ItemStartedEvent
from .item_started_event_data import ItemStartedEventData
from .item_type import ItemType
from .last_file import LastFile
from .ldap_configuration import LDAPConfiguration
from .ldap_transport import LDAPTransport
from .listen_addresses_changed_event import ListenAddressesChangedEvent
from .listen_addresses_changed_event_data import ListenAddressesChangedEventData
from .listen_url import ListenURL
from .listen_url_user import ListenURLUser
from .listener_status import ListenerStatus
from .local_change_detected_event import LocalChangeDetectedEvent
from .local_change_detected_event_data import LocalChangeDetectedEventData
from .local_index_updated_event import LocalIndexUpdatedEvent
from .local_index_updated_event_data import LocalIndexUpdatedEventData
from .log_level import LogLevel
from .log_level_abbreviation import LogLevelAbbreviation
from .log_level_map import LogLevelMap
from .log_level_number import LogLevelNumber
from .log_levels import LogLevels
from .log_levels_packages import LogLevelsPackages
from .log_line import LogLine
from .log_lines import LogLines
from .login_attempt_event import LoginAttemptEvent
from .login_attempt_event_data import LoginAttemptEventData
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
from .pending_device_change import PendingDeviceChange
from .pending_devices import PendingDevices
from .pending_devices_changed_event import PendingDevicesChangedEvent
from .pending_devices_changed_event_data import PendingDevicesChangedEventData
from .pending_folder import PendingFolder
from .pending_folder_change import PendingFolderChange
from .pending_folder_offered_by import PendingFolderOfferedBy
from .pending_folders import PendingFolders
from .pending_folders_changed_event import PendingFoldersChangedEvent
from .pending_folders_changed_event_data import PendingFoldersChangedEventData
from .platform_data import PlatformData
from .pong import Pong
from .pong_ping import PongPing
from .pull_order import PullOrder
from .random_string import RandomString
from .remote_change_detected_event import RemoteChangeDetectedEvent
from .remote_change_detected_event_data import RemoteChangeDetectedEventData
from .remote_download_progress_event import RemoteDownloadProgressEvent
from .remote_download_progress_event_data import RemoteDownloadProgressEventData
from .remote_download_progress_event_data_state import RemoteDownloadProgressEventDataState
from .remote_folder_state import RemoteFolderState
from .remote_index_updated_event import RemoteIndexUpdatedEvent
from .remote_index_updated_event_data import RemoteIndexUpdatedEventData
from .restart_required import RestartRequired
from .restore_errors import RestoreErrors
from .size import Size
from .starting_event import StartingEvent
from .starting_event_data import StartingEventData
from .startup_complete_event import StartupCompleteEvent
from .startup_complete_event_data import StartupCompleteEventData
from .state_changed_event import StateChangedEvent
from .state_changed_event_data import StateChangedEventData
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
from .upgrade_restart_scheduled_event import UpgradeRestartScheduledEvent
from .upgrade_restart_scheduled_event_data import UpgradeRestartScheduledEventData
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
from .versioning_type import VersioningType
from .versions_to_restore import VersionsToRestore
from .windows_ownership import WindowsOwnership
from .xattr_filter import XattrFilter
from .xattr_filter_entry import XattrFilterEntry

__all__ = (
    "AuthMode",
    "BlockPullOrder",
    "BrowseEntry",
    "ChangeDetectedAction",
    "ClusterConfigReceivedEvent",
    "ClusterConfigReceivedEventData",
    "Completion",
    "Compression",
    "ConfigDefaults",
    "ConfigInSync",
    "ConfigSavedEvent",
    "Configuration",
    "ConnectionDetails",
    "ConnectionStats",
    "ConnectionType",
    "CopyRangeMethod",
    "DatabaseTuning",
    "DbFile",
    "DebugFacilities",
    "DebugFacilitiesFacilities",
    "DebugFile",
    "DefaultIgnores",
    "DeviceConfiguration",
    "DeviceConnectedEvent",
    "DeviceConnectedEventData",
    "DeviceConnection",
    "DeviceDisconnectedEvent",
    "DeviceDisconnectedEventData",
    "DeviceDiscoveredEvent",
    "DeviceDiscoveredEventData",
    "DeviceIdResult",
    "DevicePausedEvent",
    "DevicePausedEventData",
    "DeviceRejectedEvent",
    "DeviceRejectedEventData",
    "DeviceResumedEvent",
    "DeviceResumedEventData",
    "DeviceStatistics",
    "DeviceStatisticsMap",
    "DialStatus",
    "DiscoveryCache",
    "DiscoveryEntry",
    "DiscoveryStatus",
    "DownloadProgressEvent",
    "DownloadProgressEventData",
    "Event",
    "EventType",
    "ExtendedAttribute",
    "ExtendedAttributes",
    "FailureDetails",
    "FailureDetailsExtra",
    "FailureEvent",
    "FileAvailability",
    "FileDownloadProgress",
    "FileDownloadProgressMap",
    "FileInfo",
    "FileInfoType",
    "FilePage",
    "FilesystemType",
    "FileVersion",
    "FileVersionsMap",
    "FolderCompletionEvent",
    "FolderCompletionEventData",
    "FolderConfiguration",
    "FolderDeviceConfiguration",
    "FolderError",
    "FolderErrors",
    "FolderErrorsEvent",
    "FolderErrorsEventData",
    "FolderOffer",
    "FolderPausedEvent",
    "FolderPausedEventData",
    "FolderRejectedEvent",
    "FolderRejectedEventData",
    "FolderResumedEvent",
    "FolderResumedEventData",
    "FolderScanProgressEvent",
    "FolderScanProgressEventData",
    "FolderState",
    "FolderStatistics",
    "FolderStatisticsMap",
    "FolderSummary",
    "FolderSummaryEvent",
    "FolderSummaryEventData",
    "FolderSummaryRemoteSequence",
    "FolderType",
    "FolderWatchStateChangedEvent",
    "FolderWatchStateChangedEventData",
    "GUIConfiguration",
    "Health",
    "HealthStatus",
    "IgnoreLines",
    "Ignores",
    "ItemAction",
    "ItemFinishedEvent",
    "ItemFinishedEventData",
    "ItemStartedEvent",
    "ItemStartedEventData",
    "ItemType",
    "LastFile",
    "LDAPConfiguration",
    "LDAPTransport",
    "ListenAddressesChangedEvent",
    "ListenAddressesChangedEventData",
    "ListenerStatus",
    "ListenURL",
    "ListenURLUser",
    "LocalChangeDetectedEvent",
    "LocalChangeDetectedEventData",
    "LocalIndexUpdatedEvent",
    "LocalIndexUpdatedEventData",
    "LoginAttemptEvent",
    "LoginAttemptEventData",
    "LoginRequest",
    "LogLevel",
    "LogLevelAbbreviation",
    "LogLevelMap",
    "LogLevelNumber",
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
    "PendingDeviceChange",
    "PendingDevices",
    "PendingDevicesChangedEvent",
    "PendingDevicesChangedEventData",
    "PendingFolder",
    "PendingFolderChange",
    "PendingFolderOfferedBy",
    "PendingFolders",
    "PendingFoldersChangedEvent",
    "PendingFoldersChangedEventData",
    "PlatformData",
    "Pong",
    "PongPing",
    "PullOrder",
    "RandomString",
    "RemoteChangeDetectedEvent",
    "RemoteChangeDetectedEventData",
    "RemoteDownloadProgressEvent",
    "RemoteDownloadProgressEventData",
    "RemoteDownloadProgressEventDataState",
    "RemoteFolderState",
    "RemoteIndexUpdatedEvent",
    "RemoteIndexUpdatedEventData",
    "RestartRequired",
    "RestoreErrors",
    "Size",
    "StartingEvent",
    "StartingEventData",
    "StartupCompleteEvent",
    "StartupCompleteEventData",
    "StateChangedEvent",
    "StateChangedEventData",
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
    "UpgradeRestartScheduledEvent",
    "UpgradeRestartScheduledEventData",
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
    "VersioningType",
    "VersionsToRestore",
    "WindowsOwnership",
    "XattrFilter",
    "XattrFilterEntry",
)
