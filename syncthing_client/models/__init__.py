"""Every request and answer body, generated from the spec's schemas.

Importing this package loads no model: each model's module loads when the model is first used
(``syncthing_client._lazy``); type checkers and IDEs read the imports below.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
else:
    from .._lazy import lazy_attributes

    __getattr__, __dir__ = lazy_attributes(
        __name__,
        {
            "AuthMode": ".auth_mode",
            "BlockPullOrder": ".block_pull_order",
            "BrowseEntry": ".browse_entry",
            "ChangeDetectedAction": ".change_detected_action",
            "ClusterConfigReceivedEvent": ".cluster_config_received_event",
            "ClusterConfigReceivedEventData": ".cluster_config_received_event_data",
            "Completion": ".completion",
            "Compression": ".compression",
            "ConfigDefaults": ".config_defaults",
            "ConfigInSync": ".config_in_sync",
            "ConfigSavedEvent": ".config_saved_event",
            "Configuration": ".configuration",
            "ConnectionDetails": ".connection_details",
            "ConnectionStats": ".connection_stats",
            "ConnectionType": ".connection_type",
            "CopyRangeMethod": ".copy_range_method",
            "DatabaseTuning": ".database_tuning",
            "DbFile": ".db_file",
            "DebugFacilities": ".debug_facilities",
            "DebugFacilitiesFacilities": ".debug_facilities_facilities",
            "DebugFile": ".debug_file",
            "DefaultIgnores": ".default_ignores",
            "DeviceConfiguration": ".device_configuration",
            "DeviceConnectedEvent": ".device_connected_event",
            "DeviceConnectedEventData": ".device_connected_event_data",
            "DeviceConnection": ".device_connection",
            "DeviceDisconnectedEvent": ".device_disconnected_event",
            "DeviceDisconnectedEventData": ".device_disconnected_event_data",
            "DeviceDiscoveredEvent": ".device_discovered_event",
            "DeviceDiscoveredEventData": ".device_discovered_event_data",
            "DeviceIdResult": ".device_id_result",
            "DevicePausedEvent": ".device_paused_event",
            "DevicePausedEventData": ".device_paused_event_data",
            "DeviceRejectedEvent": ".device_rejected_event",
            "DeviceRejectedEventData": ".device_rejected_event_data",
            "DeviceResumedEvent": ".device_resumed_event",
            "DeviceResumedEventData": ".device_resumed_event_data",
            "DeviceStatistics": ".device_statistics",
            "DeviceStatisticsMap": ".device_statistics_map",
            "DialStatus": ".dial_status",
            "DiscoveryCache": ".discovery_cache",
            "DiscoveryEntry": ".discovery_entry",
            "DiscoveryStatus": ".discovery_status",
            "DownloadProgressEvent": ".download_progress_event",
            "DownloadProgressEventData": ".download_progress_event_data",
            "Event": ".event",
            "EventType": ".event_type",
            "ExtendedAttribute": ".extended_attribute",
            "ExtendedAttributes": ".extended_attributes",
            "FailureDetails": ".failure_details",
            "FailureDetailsExtra": ".failure_details_extra",
            "FailureEvent": ".failure_event",
            "FileAvailability": ".file_availability",
            "FileDownloadProgress": ".file_download_progress",
            "FileDownloadProgressMap": ".file_download_progress_map",
            "FileInfo": ".file_info",
            "FileInfoType": ".file_info_type",
            "FilePage": ".file_page",
            "FileVersion": ".file_version",
            "FileVersionsMap": ".file_versions_map",
            "FilesystemType": ".filesystem_type",
            "FolderCompletionEvent": ".folder_completion_event",
            "FolderCompletionEventData": ".folder_completion_event_data",
            "FolderConfiguration": ".folder_configuration",
            "FolderDeviceConfiguration": ".folder_device_configuration",
            "FolderError": ".folder_error",
            "FolderErrors": ".folder_errors",
            "FolderErrorsEvent": ".folder_errors_event",
            "FolderErrorsEventData": ".folder_errors_event_data",
            "FolderOffer": ".folder_offer",
            "FolderPausedEvent": ".folder_paused_event",
            "FolderPausedEventData": ".folder_paused_event_data",
            "FolderRejectedEvent": ".folder_rejected_event",
            "FolderRejectedEventData": ".folder_rejected_event_data",
            "FolderResumedEvent": ".folder_resumed_event",
            "FolderResumedEventData": ".folder_resumed_event_data",
            "FolderScanProgressEvent": ".folder_scan_progress_event",
            "FolderScanProgressEventData": ".folder_scan_progress_event_data",
            "FolderState": ".folder_state",
            "FolderStatistics": ".folder_statistics",
            "FolderStatisticsMap": ".folder_statistics_map",
            "FolderSummary": ".folder_summary",
            "FolderSummaryEvent": ".folder_summary_event",
            "FolderSummaryEventData": ".folder_summary_event_data",
            "FolderSummaryRemoteSequence": ".folder_summary_remote_sequence",
            "FolderType": ".folder_type",
            "FolderWatchStateChangedEvent": ".folder_watch_state_changed_event",
            "FolderWatchStateChangedEventData": ".folder_watch_state_changed_event_data",
            "GUIConfiguration": ".gui_configuration",
            "Health": ".health",
            "HealthStatus": ".health_status",
            "IgnoreLines": ".ignore_lines",
            "Ignores": ".ignores",
            "ItemAction": ".item_action",
            "ItemFinishedEvent": ".item_finished_event",
            "ItemFinishedEventData": ".item_finished_event_data",
            "ItemStartedEvent": ".item_started_event",
            "ItemStartedEventData": ".item_started_event_data",
            "ItemType": ".item_type",
            "LastFile": ".last_file",
            "LDAPConfiguration": ".ldap_configuration",
            "LDAPTransport": ".ldap_transport",
            "ListenAddressesChangedEvent": ".listen_addresses_changed_event",
            "ListenAddressesChangedEventData": ".listen_addresses_changed_event_data",
            "ListenURL": ".listen_url",
            "ListenURLUser": ".listen_url_user",
            "ListenerStatus": ".listener_status",
            "LocalChangeDetectedEvent": ".local_change_detected_event",
            "LocalChangeDetectedEventData": ".local_change_detected_event_data",
            "LocalIndexUpdatedEvent": ".local_index_updated_event",
            "LocalIndexUpdatedEventData": ".local_index_updated_event_data",
            "LogLevel": ".log_level",
            "LogLevelAbbreviation": ".log_level_abbreviation",
            "LogLevelMap": ".log_level_map",
            "LogLevelNumber": ".log_level_number",
            "LogLevels": ".log_levels",
            "LogLevelsPackages": ".log_levels_packages",
            "LogLine": ".log_line",
            "LogLines": ".log_lines",
            "LoginAttemptEvent": ".login_attempt_event",
            "LoginAttemptEventData": ".login_attempt_event_data",
            "LoginRequest": ".login_request",
            "ModTimeLookup": ".mod_time_lookup",
            "ModTimeMapping": ".mod_time_mapping",
            "NeedPage": ".need_page",
            "ObservedDevice": ".observed_device",
            "ObservedFolder": ".observed_folder",
            "OptionsConfiguration": ".options_configuration",
            "PartialDeviceConfiguration": ".partial_device_configuration",
            "PartialFolderConfiguration": ".partial_folder_configuration",
            "PartialFolderDeviceConfiguration": ".partial_folder_device_configuration",
            "PartialGUIConfiguration": ".partial_gui_configuration",
            "PartialLDAPConfiguration": ".partial_ldap_configuration",
            "PartialOptionsConfiguration": ".partial_options_configuration",
            "PartialVersioningConfiguration": ".partial_versioning_configuration",
            "Paths": ".paths",
            "PeerCompletion": ".peer_completion",
            "PendingDevice": ".pending_device",
            "PendingDeviceChange": ".pending_device_change",
            "PendingDevices": ".pending_devices",
            "PendingDevicesChangedEvent": ".pending_devices_changed_event",
            "PendingDevicesChangedEventData": ".pending_devices_changed_event_data",
            "PendingFolder": ".pending_folder",
            "PendingFolderChange": ".pending_folder_change",
            "PendingFolderOfferedBy": ".pending_folder_offered_by",
            "PendingFolders": ".pending_folders",
            "PendingFoldersChangedEvent": ".pending_folders_changed_event",
            "PendingFoldersChangedEventData": ".pending_folders_changed_event_data",
            "PlatformData": ".platform_data",
            "Pong": ".pong",
            "PongPing": ".pong_ping",
            "PullOrder": ".pull_order",
            "RandomString": ".random_string",
            "RemoteChangeDetectedEvent": ".remote_change_detected_event",
            "RemoteChangeDetectedEventData": ".remote_change_detected_event_data",
            "RemoteDownloadProgressEvent": ".remote_download_progress_event",
            "RemoteDownloadProgressEventData": ".remote_download_progress_event_data",
            "RemoteDownloadProgressEventDataState": ".remote_download_progress_event_data_state",
            "RemoteFolderState": ".remote_folder_state",
            "RemoteIndexUpdatedEvent": ".remote_index_updated_event",
            "RemoteIndexUpdatedEventData": ".remote_index_updated_event_data",
            "RestartRequired": ".restart_required",
            "RestoreErrors": ".restore_errors",
            "Size": ".size",
            "StartingEvent": ".starting_event",
            "StartingEventData": ".starting_event_data",
            "StartupCompleteEvent": ".startup_complete_event",
            "StartupCompleteEventData": ".startup_complete_event_data",
            "StateChangedEvent": ".state_changed_event",
            "StateChangedEventData": ".state_changed_event_data",
            "SystemConnections": ".system_connections",
            "SystemConnectionsConnections": ".system_connections_connections",
            "SystemErrors": ".system_errors",
            "SystemStatus": ".system_status",
            "SystemStatusConnectionServiceStatus": ".system_status_connection_service_status",
            "SystemStatusDiscoveryErrors": ".system_status_discovery_errors",
            "SystemStatusDiscoveryStatus": ".system_status_discovery_status",
            "SystemStatusLastDialStatus": ".system_status_last_dial_status",
            "SystemVersion": ".system_version",
            "UnixOwnership": ".unix_ownership",
            "UpgradeInfo": ".upgrade_info",
            "UpgradeRestartScheduledEvent": ".upgrade_restart_scheduled_event",
            "UpgradeRestartScheduledEventData": ".upgrade_restart_scheduled_event_data",
            "UsageReport": ".usage_report",
            "UsageReportAnnounce": ".usage_report_announce",
            "UsageReportBlockStats": ".usage_report_block_stats",
            "UsageReportDatabase": ".usage_report_database",
            "UsageReportDeviceUses": ".usage_report_device_uses",
            "UsageReportDeviceUsesV3": ".usage_report_device_uses_v3",
            "UsageReportFolderUses": ".usage_report_folder_uses",
            "UsageReportFolderUsesV3": ".usage_report_folder_uses_v3",
            "UsageReportFolderUsesV3BlockPullOrder": ".usage_report_folder_uses_v3_block_pull_order",
            "UsageReportFolderUsesV3CopyRangeMethod": ".usage_report_folder_uses_v3_copy_range_method",
            "UsageReportFolderUsesV3FilesystemType": ".usage_report_folder_uses_v3_filesystem_type",
            "UsageReportFolderUsesV3PullOrder": ".usage_report_folder_uses_v3_pull_order",
            "UsageReportGUIStats": ".usage_report_gui_stats",
            "UsageReportGUIStatsTheme": ".usage_report_gui_stats_theme",
            "UsageReportIgnoreStats": ".usage_report_ignore_stats",
            "UsageReportRelays": ".usage_report_relays",
            "UsageReportTransportStats": ".usage_report_transport_stats",
            "VersioningConfiguration": ".versioning_configuration",
            "VersioningParams": ".versioning_params",
            "VersioningType": ".versioning_type",
            "VersionsToRestore": ".versions_to_restore",
            "WindowsOwnership": ".windows_ownership",
            "XattrFilter": ".xattr_filter",
            "XattrFilterEntry": ".xattr_filter_entry",
        },
        (
            "auth_mode",
            "block_pull_order",
            "browse_entry",
            "change_detected_action",
            "cluster_config_received_event",
            "cluster_config_received_event_data",
            "completion",
            "compression",
            "config_defaults",
            "config_in_sync",
            "config_saved_event",
            "configuration",
            "connection_details",
            "connection_stats",
            "connection_type",
            "copy_range_method",
            "database_tuning",
            "db_file",
            "debug_facilities",
            "debug_facilities_facilities",
            "debug_file",
            "default_ignores",
            "device_configuration",
            "device_connected_event",
            "device_connected_event_data",
            "device_connection",
            "device_disconnected_event",
            "device_disconnected_event_data",
            "device_discovered_event",
            "device_discovered_event_data",
            "device_id_result",
            "device_paused_event",
            "device_paused_event_data",
            "device_rejected_event",
            "device_rejected_event_data",
            "device_resumed_event",
            "device_resumed_event_data",
            "device_statistics",
            "device_statistics_map",
            "dial_status",
            "discovery_cache",
            "discovery_entry",
            "discovery_status",
            "download_progress_event",
            "download_progress_event_data",
            "event",
            "event_type",
            "extended_attribute",
            "extended_attributes",
            "failure_details",
            "failure_details_extra",
            "failure_event",
            "file_availability",
            "file_download_progress",
            "file_download_progress_map",
            "file_info",
            "file_info_type",
            "file_page",
            "file_version",
            "file_versions_map",
            "filesystem_type",
            "folder_completion_event",
            "folder_completion_event_data",
            "folder_configuration",
            "folder_device_configuration",
            "folder_error",
            "folder_errors",
            "folder_errors_event",
            "folder_errors_event_data",
            "folder_offer",
            "folder_paused_event",
            "folder_paused_event_data",
            "folder_rejected_event",
            "folder_rejected_event_data",
            "folder_resumed_event",
            "folder_resumed_event_data",
            "folder_scan_progress_event",
            "folder_scan_progress_event_data",
            "folder_state",
            "folder_statistics",
            "folder_statistics_map",
            "folder_summary",
            "folder_summary_event",
            "folder_summary_event_data",
            "folder_summary_remote_sequence",
            "folder_type",
            "folder_watch_state_changed_event",
            "folder_watch_state_changed_event_data",
            "gui_configuration",
            "health",
            "health_status",
            "ignore_lines",
            "ignores",
            "item_action",
            "item_finished_event",
            "item_finished_event_data",
            "item_started_event",
            "item_started_event_data",
            "item_type",
            "last_file",
            "ldap_configuration",
            "ldap_transport",
            "listen_addresses_changed_event",
            "listen_addresses_changed_event_data",
            "listen_url",
            "listen_url_user",
            "listener_status",
            "local_change_detected_event",
            "local_change_detected_event_data",
            "local_index_updated_event",
            "local_index_updated_event_data",
            "log_level",
            "log_level_abbreviation",
            "log_level_map",
            "log_level_number",
            "log_levels",
            "log_levels_packages",
            "log_line",
            "log_lines",
            "login_attempt_event",
            "login_attempt_event_data",
            "login_request",
            "mod_time_lookup",
            "mod_time_mapping",
            "need_page",
            "observed_device",
            "observed_folder",
            "options_configuration",
            "partial_device_configuration",
            "partial_folder_configuration",
            "partial_folder_device_configuration",
            "partial_gui_configuration",
            "partial_ldap_configuration",
            "partial_options_configuration",
            "partial_versioning_configuration",
            "paths",
            "peer_completion",
            "pending_device",
            "pending_device_change",
            "pending_devices",
            "pending_devices_changed_event",
            "pending_devices_changed_event_data",
            "pending_folder",
            "pending_folder_change",
            "pending_folder_offered_by",
            "pending_folders",
            "pending_folders_changed_event",
            "pending_folders_changed_event_data",
            "platform_data",
            "pong",
            "pong_ping",
            "pull_order",
            "random_string",
            "remote_change_detected_event",
            "remote_change_detected_event_data",
            "remote_download_progress_event",
            "remote_download_progress_event_data",
            "remote_download_progress_event_data_state",
            "remote_folder_state",
            "remote_index_updated_event",
            "remote_index_updated_event_data",
            "restart_required",
            "restore_errors",
            "size",
            "starting_event",
            "starting_event_data",
            "startup_complete_event",
            "startup_complete_event_data",
            "state_changed_event",
            "state_changed_event_data",
            "system_connections",
            "system_connections_connections",
            "system_errors",
            "system_status",
            "system_status_connection_service_status",
            "system_status_discovery_errors",
            "system_status_discovery_status",
            "system_status_last_dial_status",
            "system_version",
            "unix_ownership",
            "upgrade_info",
            "upgrade_restart_scheduled_event",
            "upgrade_restart_scheduled_event_data",
            "usage_report",
            "usage_report_announce",
            "usage_report_block_stats",
            "usage_report_database",
            "usage_report_device_uses",
            "usage_report_device_uses_v3",
            "usage_report_folder_uses",
            "usage_report_folder_uses_v3",
            "usage_report_folder_uses_v3_block_pull_order",
            "usage_report_folder_uses_v3_copy_range_method",
            "usage_report_folder_uses_v3_filesystem_type",
            "usage_report_folder_uses_v3_pull_order",
            "usage_report_gui_stats",
            "usage_report_gui_stats_theme",
            "usage_report_ignore_stats",
            "usage_report_relays",
            "usage_report_transport_stats",
            "versioning_configuration",
            "versioning_params",
            "versioning_type",
            "versions_to_restore",
            "windows_ownership",
            "xattr_filter",
            "xattr_filter_entry",
        ),
    )

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
