from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.database_tuning import DatabaseTuning
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartialOptionsConfiguration")

_KNOWN_KEYS = frozenset(
    (
        "listenAddresses",
        "globalAnnounceServers",
        "globalAnnounceEnabled",
        "localAnnounceEnabled",
        "localAnnouncePort",
        "localAnnounceMCAddr",
        "maxSendKbps",
        "maxRecvKbps",
        "reconnectionIntervalS",
        "relaysEnabled",
        "relayReconnectIntervalM",
        "startBrowser",
        "natEnabled",
        "natLeaseMinutes",
        "natRenewalMinutes",
        "natTimeoutSeconds",
        "urAccepted",
        "urSeen",
        "urUniqueId",
        "urURL",
        "urPostInsecurely",
        "urInitialDelayS",
        "restartOnWakeup",
        "autoUpgradeIntervalH",
        "upgradeToPreReleases",
        "keepTemporariesH",
        "cacheIgnoredFiles",
        "progressUpdateIntervalS",
        "limitBandwidthInLan",
        "minHomeDiskFree",
        "releasesURL",
        "alwaysLocalNets",
        "overwriteRemoteDeviceNamesOnConnect",
        "tempIndexMinBlocks",
        "unackedNotificationIDs",
        "trafficClass",
        "setLowPriority",
        "maxFolderConcurrency",
        "crURL",
        "crashReportingEnabled",
        "stunKeepaliveStartS",
        "stunKeepaliveMinS",
        "stunServers",
        "databaseTuning",
        "maxConcurrentIncomingRequestKiB",
        "announceLANAddresses",
        "sendFullIndexOnUpgrade",
        "featureFlags",
        "connectionLimitEnough",
        "connectionLimitMax",
        "insecureAllowOldTLSVersions",
        "connectionPriorityTcpLan",
        "connectionPriorityQuicLan",
        "connectionPriorityTcpWan",
        "connectionPriorityQuicWan",
        "connectionPriorityRelay",
        "connectionPriorityUpgradeThreshold",
        "auditEnabled",
        "auditFile",
    )
)


@_attrs_define
class PartialOptionsConfiguration:
    """Any subset of the fields of `OptionsConfiguration`: on POST the missing ones take their defaults, on PATCH they keep
    their values. Replacing (PUT) takes the whole object.

        Attributes:
            listen_addresses (list[str] | Unset): Sync protocol listen addresses (`default`, or URLs such as
                `tcp://0.0.0.0:22000`).
            global_announce_servers (list[str] | Unset):
            global_announce_enabled (bool | Unset):
            local_announce_enabled (bool | Unset):
            local_announce_port (int | Unset):
            local_announce_mc_addr (str | Unset):
            max_send_kbps (int | Unset):
            max_recv_kbps (int | Unset):
            reconnection_interval_s (int | Unset):
            relays_enabled (bool | Unset):
            relay_reconnect_interval_m (int | Unset):
            start_browser (bool | Unset):
            nat_enabled (bool | Unset):
            nat_lease_minutes (int | Unset):
            nat_renewal_minutes (int | Unset):
            nat_timeout_seconds (int | Unset):
            ur_accepted (int | Unset): Accepted usage-report version; -1 declined, 0 undecided.
            ur_seen (int | Unset):
            ur_unique_id (str | Unset):
            ur_url (str | Unset):
            ur_post_insecurely (bool | Unset):
            ur_initial_delay_s (int | Unset):
            restart_on_wakeup (bool | Unset): Sent by 1.19.2 only.
            auto_upgrade_interval_h (int | Unset):
            upgrade_to_pre_releases (bool | Unset):
            keep_temporaries_h (int | Unset):
            cache_ignored_files (bool | Unset): Sent by 1.19.2 and 1.29.5 only.
            progress_update_interval_s (int | Unset):
            limit_bandwidth_in_lan (bool | Unset):
            min_home_disk_free (Size | Unset): A size or a share: `value` in `unit` (`%`, `B`, `kB`, `MB`, `GB`, `TB`;
                decimal).
            releases_url (str | Unset):
            always_local_nets (list[str] | Unset):
            overwrite_remote_device_names_on_connect (bool | Unset):
            temp_index_min_blocks (int | Unset):
            unacked_notification_i_ds (list[str] | Unset): GUI notifications not yet dismissed.
            traffic_class (int | Unset):
            set_low_priority (bool | Unset):
            max_folder_concurrency (int | Unset):
            cr_url (str | Unset):
            crash_reporting_enabled (bool | Unset):
            stun_keepalive_start_s (int | Unset):
            stun_keepalive_min_s (int | Unset):
            stun_servers (list[str] | Unset): STUN servers; `default` for the built-in list, one empty entry for none.
            database_tuning (DatabaseTuning | Unset): Database tuning (1.x only; 2.0.0 removed the field). Syncthing reads
                an unknown value as `auto`.
            max_concurrent_incoming_request_ki_b (int | Unset):
            announce_lan_addresses (bool | Unset):
            send_full_index_on_upgrade (bool | Unset):
            feature_flags (list[str] | Unset): Experimental features switched on.
            connection_limit_enough (int | Unset):
            connection_limit_max (int | Unset):
            insecure_allow_old_tls_versions (bool | Unset): Sent by 1.19.2 and 1.29.5 only.
            connection_priority_tcp_lan (int | Unset): Sent by 1.29.5 and 2.1.3 only.
            connection_priority_quic_lan (int | Unset): Sent by 1.29.5 and 2.1.3 only.
            connection_priority_tcp_wan (int | Unset): Sent by 1.29.5 and 2.1.3 only.
            connection_priority_quic_wan (int | Unset): Sent by 1.29.5 and 2.1.3 only.
            connection_priority_relay (int | Unset): Sent by 1.29.5 and 2.1.3 only.
            connection_priority_upgrade_threshold (int | Unset): Sent by 1.29.5 and 2.1.3 only.
            audit_enabled (bool | Unset): Sent by 2.1.3 only.
            audit_file (str | Unset): Sent by 2.1.3 only.
    """

    listen_addresses: list[str] | Unset = UNSET
    global_announce_servers: list[str] | Unset = UNSET
    global_announce_enabled: bool | Unset = UNSET
    local_announce_enabled: bool | Unset = UNSET
    local_announce_port: int | Unset = UNSET
    local_announce_mc_addr: str | Unset = UNSET
    max_send_kbps: int | Unset = UNSET
    max_recv_kbps: int | Unset = UNSET
    reconnection_interval_s: int | Unset = UNSET
    relays_enabled: bool | Unset = UNSET
    relay_reconnect_interval_m: int | Unset = UNSET
    start_browser: bool | Unset = UNSET
    nat_enabled: bool | Unset = UNSET
    nat_lease_minutes: int | Unset = UNSET
    nat_renewal_minutes: int | Unset = UNSET
    nat_timeout_seconds: int | Unset = UNSET
    ur_accepted: int | Unset = UNSET
    ur_seen: int | Unset = UNSET
    ur_unique_id: str | Unset = UNSET
    ur_url: str | Unset = UNSET
    ur_post_insecurely: bool | Unset = UNSET
    ur_initial_delay_s: int | Unset = UNSET
    restart_on_wakeup: bool | Unset = UNSET
    auto_upgrade_interval_h: int | Unset = UNSET
    upgrade_to_pre_releases: bool | Unset = UNSET
    keep_temporaries_h: int | Unset = UNSET
    cache_ignored_files: bool | Unset = UNSET
    progress_update_interval_s: int | Unset = UNSET
    limit_bandwidth_in_lan: bool | Unset = UNSET
    min_home_disk_free: Size | Unset = UNSET
    releases_url: str | Unset = UNSET
    always_local_nets: list[str] | Unset = UNSET
    overwrite_remote_device_names_on_connect: bool | Unset = UNSET
    temp_index_min_blocks: int | Unset = UNSET
    unacked_notification_i_ds: list[str] | Unset = UNSET
    traffic_class: int | Unset = UNSET
    set_low_priority: bool | Unset = UNSET
    max_folder_concurrency: int | Unset = UNSET
    cr_url: str | Unset = UNSET
    crash_reporting_enabled: bool | Unset = UNSET
    stun_keepalive_start_s: int | Unset = UNSET
    stun_keepalive_min_s: int | Unset = UNSET
    stun_servers: list[str] | Unset = UNSET
    database_tuning: DatabaseTuning | Unset = UNSET
    max_concurrent_incoming_request_ki_b: int | Unset = UNSET
    announce_lan_addresses: bool | Unset = UNSET
    send_full_index_on_upgrade: bool | Unset = UNSET
    feature_flags: list[str] | Unset = UNSET
    connection_limit_enough: int | Unset = UNSET
    connection_limit_max: int | Unset = UNSET
    insecure_allow_old_tls_versions: bool | Unset = UNSET
    connection_priority_tcp_lan: int | Unset = UNSET
    connection_priority_quic_lan: int | Unset = UNSET
    connection_priority_tcp_wan: int | Unset = UNSET
    connection_priority_quic_wan: int | Unset = UNSET
    connection_priority_relay: int | Unset = UNSET
    connection_priority_upgrade_threshold: int | Unset = UNSET
    audit_enabled: bool | Unset = UNSET
    audit_file: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        listen_addresses: list[str] | Unset = UNSET
        if not isinstance(self.listen_addresses, Unset):
            listen_addresses = self.listen_addresses

        global_announce_servers: list[str] | Unset = UNSET
        if not isinstance(self.global_announce_servers, Unset):
            global_announce_servers = self.global_announce_servers

        global_announce_enabled = self.global_announce_enabled

        local_announce_enabled = self.local_announce_enabled

        local_announce_port = self.local_announce_port

        local_announce_mc_addr = self.local_announce_mc_addr

        max_send_kbps = self.max_send_kbps

        max_recv_kbps = self.max_recv_kbps

        reconnection_interval_s = self.reconnection_interval_s

        relays_enabled = self.relays_enabled

        relay_reconnect_interval_m = self.relay_reconnect_interval_m

        start_browser = self.start_browser

        nat_enabled = self.nat_enabled

        nat_lease_minutes = self.nat_lease_minutes

        nat_renewal_minutes = self.nat_renewal_minutes

        nat_timeout_seconds = self.nat_timeout_seconds

        ur_accepted = self.ur_accepted

        ur_seen = self.ur_seen

        ur_unique_id = self.ur_unique_id

        ur_url = self.ur_url

        ur_post_insecurely = self.ur_post_insecurely

        ur_initial_delay_s = self.ur_initial_delay_s

        restart_on_wakeup = self.restart_on_wakeup

        auto_upgrade_interval_h = self.auto_upgrade_interval_h

        upgrade_to_pre_releases = self.upgrade_to_pre_releases

        keep_temporaries_h = self.keep_temporaries_h

        cache_ignored_files = self.cache_ignored_files

        progress_update_interval_s = self.progress_update_interval_s

        limit_bandwidth_in_lan = self.limit_bandwidth_in_lan

        min_home_disk_free: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_home_disk_free, Unset):
            min_home_disk_free = self.min_home_disk_free.to_dict()

        releases_url = self.releases_url

        always_local_nets: list[str] | Unset = UNSET
        if not isinstance(self.always_local_nets, Unset):
            always_local_nets = self.always_local_nets

        overwrite_remote_device_names_on_connect = self.overwrite_remote_device_names_on_connect

        temp_index_min_blocks = self.temp_index_min_blocks

        unacked_notification_i_ds: list[str] | Unset = UNSET
        if not isinstance(self.unacked_notification_i_ds, Unset):
            unacked_notification_i_ds = self.unacked_notification_i_ds

        traffic_class = self.traffic_class

        set_low_priority = self.set_low_priority

        max_folder_concurrency = self.max_folder_concurrency

        cr_url = self.cr_url

        crash_reporting_enabled = self.crash_reporting_enabled

        stun_keepalive_start_s = self.stun_keepalive_start_s

        stun_keepalive_min_s = self.stun_keepalive_min_s

        stun_servers: list[str] | Unset = UNSET
        if not isinstance(self.stun_servers, Unset):
            stun_servers = self.stun_servers

        database_tuning: str | Unset = UNSET
        if not isinstance(self.database_tuning, Unset):
            database_tuning = self.database_tuning

        max_concurrent_incoming_request_ki_b = self.max_concurrent_incoming_request_ki_b

        announce_lan_addresses = self.announce_lan_addresses

        send_full_index_on_upgrade = self.send_full_index_on_upgrade

        feature_flags: list[str] | Unset = UNSET
        if not isinstance(self.feature_flags, Unset):
            feature_flags = self.feature_flags

        connection_limit_enough = self.connection_limit_enough

        connection_limit_max = self.connection_limit_max

        insecure_allow_old_tls_versions = self.insecure_allow_old_tls_versions

        connection_priority_tcp_lan = self.connection_priority_tcp_lan

        connection_priority_quic_lan = self.connection_priority_quic_lan

        connection_priority_tcp_wan = self.connection_priority_tcp_wan

        connection_priority_quic_wan = self.connection_priority_quic_wan

        connection_priority_relay = self.connection_priority_relay

        connection_priority_upgrade_threshold = self.connection_priority_upgrade_threshold

        audit_enabled = self.audit_enabled

        audit_file = self.audit_file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if listen_addresses is not UNSET:
            field_dict["listenAddresses"] = listen_addresses
        if global_announce_servers is not UNSET:
            field_dict["globalAnnounceServers"] = global_announce_servers
        if global_announce_enabled is not UNSET:
            field_dict["globalAnnounceEnabled"] = global_announce_enabled
        if local_announce_enabled is not UNSET:
            field_dict["localAnnounceEnabled"] = local_announce_enabled
        if local_announce_port is not UNSET:
            field_dict["localAnnouncePort"] = local_announce_port
        if local_announce_mc_addr is not UNSET:
            field_dict["localAnnounceMCAddr"] = local_announce_mc_addr
        if max_send_kbps is not UNSET:
            field_dict["maxSendKbps"] = max_send_kbps
        if max_recv_kbps is not UNSET:
            field_dict["maxRecvKbps"] = max_recv_kbps
        if reconnection_interval_s is not UNSET:
            field_dict["reconnectionIntervalS"] = reconnection_interval_s
        if relays_enabled is not UNSET:
            field_dict["relaysEnabled"] = relays_enabled
        if relay_reconnect_interval_m is not UNSET:
            field_dict["relayReconnectIntervalM"] = relay_reconnect_interval_m
        if start_browser is not UNSET:
            field_dict["startBrowser"] = start_browser
        if nat_enabled is not UNSET:
            field_dict["natEnabled"] = nat_enabled
        if nat_lease_minutes is not UNSET:
            field_dict["natLeaseMinutes"] = nat_lease_minutes
        if nat_renewal_minutes is not UNSET:
            field_dict["natRenewalMinutes"] = nat_renewal_minutes
        if nat_timeout_seconds is not UNSET:
            field_dict["natTimeoutSeconds"] = nat_timeout_seconds
        if ur_accepted is not UNSET:
            field_dict["urAccepted"] = ur_accepted
        if ur_seen is not UNSET:
            field_dict["urSeen"] = ur_seen
        if ur_unique_id is not UNSET:
            field_dict["urUniqueId"] = ur_unique_id
        if ur_url is not UNSET:
            field_dict["urURL"] = ur_url
        if ur_post_insecurely is not UNSET:
            field_dict["urPostInsecurely"] = ur_post_insecurely
        if ur_initial_delay_s is not UNSET:
            field_dict["urInitialDelayS"] = ur_initial_delay_s
        if restart_on_wakeup is not UNSET:
            field_dict["restartOnWakeup"] = restart_on_wakeup
        if auto_upgrade_interval_h is not UNSET:
            field_dict["autoUpgradeIntervalH"] = auto_upgrade_interval_h
        if upgrade_to_pre_releases is not UNSET:
            field_dict["upgradeToPreReleases"] = upgrade_to_pre_releases
        if keep_temporaries_h is not UNSET:
            field_dict["keepTemporariesH"] = keep_temporaries_h
        if cache_ignored_files is not UNSET:
            field_dict["cacheIgnoredFiles"] = cache_ignored_files
        if progress_update_interval_s is not UNSET:
            field_dict["progressUpdateIntervalS"] = progress_update_interval_s
        if limit_bandwidth_in_lan is not UNSET:
            field_dict["limitBandwidthInLan"] = limit_bandwidth_in_lan
        if min_home_disk_free is not UNSET:
            field_dict["minHomeDiskFree"] = min_home_disk_free
        if releases_url is not UNSET:
            field_dict["releasesURL"] = releases_url
        if always_local_nets is not UNSET:
            field_dict["alwaysLocalNets"] = always_local_nets
        if overwrite_remote_device_names_on_connect is not UNSET:
            field_dict["overwriteRemoteDeviceNamesOnConnect"] = overwrite_remote_device_names_on_connect
        if temp_index_min_blocks is not UNSET:
            field_dict["tempIndexMinBlocks"] = temp_index_min_blocks
        if unacked_notification_i_ds is not UNSET:
            field_dict["unackedNotificationIDs"] = unacked_notification_i_ds
        if traffic_class is not UNSET:
            field_dict["trafficClass"] = traffic_class
        if set_low_priority is not UNSET:
            field_dict["setLowPriority"] = set_low_priority
        if max_folder_concurrency is not UNSET:
            field_dict["maxFolderConcurrency"] = max_folder_concurrency
        if cr_url is not UNSET:
            field_dict["crURL"] = cr_url
        if crash_reporting_enabled is not UNSET:
            field_dict["crashReportingEnabled"] = crash_reporting_enabled
        if stun_keepalive_start_s is not UNSET:
            field_dict["stunKeepaliveStartS"] = stun_keepalive_start_s
        if stun_keepalive_min_s is not UNSET:
            field_dict["stunKeepaliveMinS"] = stun_keepalive_min_s
        if stun_servers is not UNSET:
            field_dict["stunServers"] = stun_servers
        if database_tuning is not UNSET:
            field_dict["databaseTuning"] = database_tuning
        if max_concurrent_incoming_request_ki_b is not UNSET:
            field_dict["maxConcurrentIncomingRequestKiB"] = max_concurrent_incoming_request_ki_b
        if announce_lan_addresses is not UNSET:
            field_dict["announceLANAddresses"] = announce_lan_addresses
        if send_full_index_on_upgrade is not UNSET:
            field_dict["sendFullIndexOnUpgrade"] = send_full_index_on_upgrade
        if feature_flags is not UNSET:
            field_dict["featureFlags"] = feature_flags
        if connection_limit_enough is not UNSET:
            field_dict["connectionLimitEnough"] = connection_limit_enough
        if connection_limit_max is not UNSET:
            field_dict["connectionLimitMax"] = connection_limit_max
        if insecure_allow_old_tls_versions is not UNSET:
            field_dict["insecureAllowOldTLSVersions"] = insecure_allow_old_tls_versions
        if connection_priority_tcp_lan is not UNSET:
            field_dict["connectionPriorityTcpLan"] = connection_priority_tcp_lan
        if connection_priority_quic_lan is not UNSET:
            field_dict["connectionPriorityQuicLan"] = connection_priority_quic_lan
        if connection_priority_tcp_wan is not UNSET:
            field_dict["connectionPriorityTcpWan"] = connection_priority_tcp_wan
        if connection_priority_quic_wan is not UNSET:
            field_dict["connectionPriorityQuicWan"] = connection_priority_quic_wan
        if connection_priority_relay is not UNSET:
            field_dict["connectionPriorityRelay"] = connection_priority_relay
        if connection_priority_upgrade_threshold is not UNSET:
            field_dict["connectionPriorityUpgradeThreshold"] = connection_priority_upgrade_threshold
        if audit_enabled is not UNSET:
            field_dict["auditEnabled"] = audit_enabled
        if audit_file is not UNSET:
            field_dict["auditFile"] = audit_file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        listen_addresses = cast(list[str], src_dict.get("listenAddresses", UNSET))

        global_announce_servers = cast(list[str], src_dict.get("globalAnnounceServers", UNSET))

        global_announce_enabled = src_dict.get("globalAnnounceEnabled", UNSET)

        local_announce_enabled = src_dict.get("localAnnounceEnabled", UNSET)

        local_announce_port = src_dict.get("localAnnouncePort", UNSET)

        local_announce_mc_addr = src_dict.get("localAnnounceMCAddr", UNSET)

        max_send_kbps = src_dict.get("maxSendKbps", UNSET)

        max_recv_kbps = src_dict.get("maxRecvKbps", UNSET)

        reconnection_interval_s = src_dict.get("reconnectionIntervalS", UNSET)

        relays_enabled = src_dict.get("relaysEnabled", UNSET)

        relay_reconnect_interval_m = src_dict.get("relayReconnectIntervalM", UNSET)

        start_browser = src_dict.get("startBrowser", UNSET)

        nat_enabled = src_dict.get("natEnabled", UNSET)

        nat_lease_minutes = src_dict.get("natLeaseMinutes", UNSET)

        nat_renewal_minutes = src_dict.get("natRenewalMinutes", UNSET)

        nat_timeout_seconds = src_dict.get("natTimeoutSeconds", UNSET)

        ur_accepted = src_dict.get("urAccepted", UNSET)

        ur_seen = src_dict.get("urSeen", UNSET)

        ur_unique_id = src_dict.get("urUniqueId", UNSET)

        ur_url = src_dict.get("urURL", UNSET)

        ur_post_insecurely = src_dict.get("urPostInsecurely", UNSET)

        ur_initial_delay_s = src_dict.get("urInitialDelayS", UNSET)

        restart_on_wakeup = src_dict.get("restartOnWakeup", UNSET)

        auto_upgrade_interval_h = src_dict.get("autoUpgradeIntervalH", UNSET)

        upgrade_to_pre_releases = src_dict.get("upgradeToPreReleases", UNSET)

        keep_temporaries_h = src_dict.get("keepTemporariesH", UNSET)

        cache_ignored_files = src_dict.get("cacheIgnoredFiles", UNSET)

        progress_update_interval_s = src_dict.get("progressUpdateIntervalS", UNSET)

        limit_bandwidth_in_lan = src_dict.get("limitBandwidthInLan", UNSET)

        _min_home_disk_free = src_dict.get("minHomeDiskFree", UNSET)
        min_home_disk_free: Size | Unset
        if isinstance(_min_home_disk_free, Unset):
            min_home_disk_free = UNSET
        else:
            min_home_disk_free = Size.from_dict(_min_home_disk_free)

        releases_url = src_dict.get("releasesURL", UNSET)

        always_local_nets = cast(list[str], src_dict.get("alwaysLocalNets", UNSET))

        overwrite_remote_device_names_on_connect = src_dict.get("overwriteRemoteDeviceNamesOnConnect", UNSET)

        temp_index_min_blocks = src_dict.get("tempIndexMinBlocks", UNSET)

        unacked_notification_i_ds = cast(list[str], src_dict.get("unackedNotificationIDs", UNSET))

        traffic_class = src_dict.get("trafficClass", UNSET)

        set_low_priority = src_dict.get("setLowPriority", UNSET)

        max_folder_concurrency = src_dict.get("maxFolderConcurrency", UNSET)

        cr_url = src_dict.get("crURL", UNSET)

        crash_reporting_enabled = src_dict.get("crashReportingEnabled", UNSET)

        stun_keepalive_start_s = src_dict.get("stunKeepaliveStartS", UNSET)

        stun_keepalive_min_s = src_dict.get("stunKeepaliveMinS", UNSET)

        stun_servers = cast(list[str], src_dict.get("stunServers", UNSET))

        _database_tuning = src_dict.get("databaseTuning", UNSET)
        database_tuning: DatabaseTuning | Unset
        if isinstance(_database_tuning, Unset):
            database_tuning = UNSET
        else:
            database_tuning = _database_tuning

        max_concurrent_incoming_request_ki_b = src_dict.get("maxConcurrentIncomingRequestKiB", UNSET)

        announce_lan_addresses = src_dict.get("announceLANAddresses", UNSET)

        send_full_index_on_upgrade = src_dict.get("sendFullIndexOnUpgrade", UNSET)

        feature_flags = cast(list[str], src_dict.get("featureFlags", UNSET))

        connection_limit_enough = src_dict.get("connectionLimitEnough", UNSET)

        connection_limit_max = src_dict.get("connectionLimitMax", UNSET)

        insecure_allow_old_tls_versions = src_dict.get("insecureAllowOldTLSVersions", UNSET)

        connection_priority_tcp_lan = src_dict.get("connectionPriorityTcpLan", UNSET)

        connection_priority_quic_lan = src_dict.get("connectionPriorityQuicLan", UNSET)

        connection_priority_tcp_wan = src_dict.get("connectionPriorityTcpWan", UNSET)

        connection_priority_quic_wan = src_dict.get("connectionPriorityQuicWan", UNSET)

        connection_priority_relay = src_dict.get("connectionPriorityRelay", UNSET)

        connection_priority_upgrade_threshold = src_dict.get("connectionPriorityUpgradeThreshold", UNSET)

        audit_enabled = src_dict.get("auditEnabled", UNSET)

        audit_file = src_dict.get("auditFile", UNSET)

        partial_options_configuration = cls(
            listen_addresses,
            global_announce_servers,
            global_announce_enabled,
            local_announce_enabled,
            local_announce_port,
            local_announce_mc_addr,
            max_send_kbps,
            max_recv_kbps,
            reconnection_interval_s,
            relays_enabled,
            relay_reconnect_interval_m,
            start_browser,
            nat_enabled,
            nat_lease_minutes,
            nat_renewal_minutes,
            nat_timeout_seconds,
            ur_accepted,
            ur_seen,
            ur_unique_id,
            ur_url,
            ur_post_insecurely,
            ur_initial_delay_s,
            restart_on_wakeup,
            auto_upgrade_interval_h,
            upgrade_to_pre_releases,
            keep_temporaries_h,
            cache_ignored_files,
            progress_update_interval_s,
            limit_bandwidth_in_lan,
            min_home_disk_free,
            releases_url,
            always_local_nets,
            overwrite_remote_device_names_on_connect,
            temp_index_min_blocks,
            unacked_notification_i_ds,
            traffic_class,
            set_low_priority,
            max_folder_concurrency,
            cr_url,
            crash_reporting_enabled,
            stun_keepalive_start_s,
            stun_keepalive_min_s,
            stun_servers,
            database_tuning,
            max_concurrent_incoming_request_ki_b,
            announce_lan_addresses,
            send_full_index_on_upgrade,
            feature_flags,
            connection_limit_enough,
            connection_limit_max,
            insecure_allow_old_tls_versions,
            connection_priority_tcp_lan,
            connection_priority_quic_lan,
            connection_priority_tcp_wan,
            connection_priority_quic_wan,
            connection_priority_relay,
            connection_priority_upgrade_threshold,
            audit_enabled,
            audit_file,
        )

        if len(src_dict) != 59 - (
            listen_addresses,
            global_announce_servers,
            global_announce_enabled,
            local_announce_enabled,
            local_announce_port,
            local_announce_mc_addr,
            max_send_kbps,
            max_recv_kbps,
            reconnection_interval_s,
            relays_enabled,
            relay_reconnect_interval_m,
            start_browser,
            nat_enabled,
            nat_lease_minutes,
            nat_renewal_minutes,
            nat_timeout_seconds,
            ur_accepted,
            ur_seen,
            ur_unique_id,
            ur_url,
            ur_post_insecurely,
            ur_initial_delay_s,
            restart_on_wakeup,
            auto_upgrade_interval_h,
            upgrade_to_pre_releases,
            keep_temporaries_h,
            cache_ignored_files,
            progress_update_interval_s,
            limit_bandwidth_in_lan,
            min_home_disk_free,
            releases_url,
            always_local_nets,
            overwrite_remote_device_names_on_connect,
            temp_index_min_blocks,
            unacked_notification_i_ds,
            traffic_class,
            set_low_priority,
            max_folder_concurrency,
            cr_url,
            crash_reporting_enabled,
            stun_keepalive_start_s,
            stun_keepalive_min_s,
            stun_servers,
            database_tuning,
            max_concurrent_incoming_request_ki_b,
            announce_lan_addresses,
            send_full_index_on_upgrade,
            feature_flags,
            connection_limit_enough,
            connection_limit_max,
            insecure_allow_old_tls_versions,
            connection_priority_tcp_lan,
            connection_priority_quic_lan,
            connection_priority_tcp_wan,
            connection_priority_quic_wan,
            connection_priority_relay,
            connection_priority_upgrade_threshold,
            audit_enabled,
            audit_file,
        ).count(UNSET):
            partial_options_configuration.additional_properties = {
                key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
            }
        return partial_options_configuration

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


from ..models.size import Size  # noqa: E402
