from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.size import Size


T = TypeVar("T", bound="OptionsConfiguration")


@_attrs_define
class OptionsConfiguration:
    """Instance-wide options: networking, discovery, relays, usage reporting, limits.

    Attributes:
        listen_addresses (list[str]): Sync protocol listen addresses (`default`, or URLs such as `tcp://0.0.0.0:22000`).
        global_announce_servers (list[str]):
        global_announce_enabled (bool):
        local_announce_enabled (bool):
        local_announce_port (int):
        local_announce_mc_addr (str):
        max_send_kbps (int):
        max_recv_kbps (int):
        reconnection_interval_s (int):
        relays_enabled (bool):
        relay_reconnect_interval_m (int):
        start_browser (bool):
        nat_enabled (bool):
        nat_lease_minutes (int):
        nat_renewal_minutes (int):
        nat_timeout_seconds (int):
        ur_accepted (int): Accepted usage-report version; -1 declined, 0 undecided.
        ur_seen (int):
        ur_unique_id (str):
        ur_url (str):
        ur_post_insecurely (bool):
        ur_initial_delay_s (int):
        auto_upgrade_interval_h (int):
        upgrade_to_pre_releases (bool):
        keep_temporaries_h (int):
        progress_update_interval_s (int):
        limit_bandwidth_in_lan (bool):
        min_home_disk_free (Size): A size or a share: `value` in `unit` (`%`, `B`, `kB`, `MB`, `GB`, `TB`; decimal).
        releases_url (str):
        always_local_nets (list[str]):
        overwrite_remote_device_names_on_connect (bool):
        temp_index_min_blocks (int):
        unacked_notification_i_ds (list[str]): GUI notifications not yet dismissed.
        traffic_class (int):
        set_low_priority (bool):
        max_folder_concurrency (int):
        cr_url (str):
        crash_reporting_enabled (bool):
        stun_keepalive_start_s (int):
        stun_keepalive_min_s (int):
        stun_servers (list[str]): STUN servers; `default` for the built-in list, one empty entry for none.
        max_concurrent_incoming_request_ki_b (int):
        announce_lan_addresses (bool):
        send_full_index_on_upgrade (bool):
        feature_flags (list[str]): Experimental features switched on.
        connection_limit_enough (int):
        connection_limit_max (int):
        restart_on_wakeup (bool | Unset): Sent by 1.19.2 only.
        cache_ignored_files (bool | Unset): Sent by 1.19.2 and 1.29.5 only.
        database_tuning (str | Unset): `auto`, `small` or `large` (1.x only).
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

    listen_addresses: list[str]
    global_announce_servers: list[str]
    global_announce_enabled: bool
    local_announce_enabled: bool
    local_announce_port: int
    local_announce_mc_addr: str
    max_send_kbps: int
    max_recv_kbps: int
    reconnection_interval_s: int
    relays_enabled: bool
    relay_reconnect_interval_m: int
    start_browser: bool
    nat_enabled: bool
    nat_lease_minutes: int
    nat_renewal_minutes: int
    nat_timeout_seconds: int
    ur_accepted: int
    ur_seen: int
    ur_unique_id: str
    ur_url: str
    ur_post_insecurely: bool
    ur_initial_delay_s: int
    auto_upgrade_interval_h: int
    upgrade_to_pre_releases: bool
    keep_temporaries_h: int
    progress_update_interval_s: int
    limit_bandwidth_in_lan: bool
    min_home_disk_free: Size
    releases_url: str
    always_local_nets: list[str]
    overwrite_remote_device_names_on_connect: bool
    temp_index_min_blocks: int
    unacked_notification_i_ds: list[str]
    traffic_class: int
    set_low_priority: bool
    max_folder_concurrency: int
    cr_url: str
    crash_reporting_enabled: bool
    stun_keepalive_start_s: int
    stun_keepalive_min_s: int
    stun_servers: list[str]
    max_concurrent_incoming_request_ki_b: int
    announce_lan_addresses: bool
    send_full_index_on_upgrade: bool
    feature_flags: list[str]
    connection_limit_enough: int
    connection_limit_max: int
    restart_on_wakeup: bool | Unset = UNSET
    cache_ignored_files: bool | Unset = UNSET
    database_tuning: str | Unset = UNSET
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
        from ..models.size import Size  # noqa: PLC0415

        listen_addresses = self.listen_addresses

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

        auto_upgrade_interval_h = self.auto_upgrade_interval_h

        upgrade_to_pre_releases = self.upgrade_to_pre_releases

        keep_temporaries_h = self.keep_temporaries_h

        progress_update_interval_s = self.progress_update_interval_s

        limit_bandwidth_in_lan = self.limit_bandwidth_in_lan

        min_home_disk_free = self.min_home_disk_free.to_dict()

        releases_url = self.releases_url

        always_local_nets = self.always_local_nets

        overwrite_remote_device_names_on_connect = self.overwrite_remote_device_names_on_connect

        temp_index_min_blocks = self.temp_index_min_blocks

        unacked_notification_i_ds = self.unacked_notification_i_ds

        traffic_class = self.traffic_class

        set_low_priority = self.set_low_priority

        max_folder_concurrency = self.max_folder_concurrency

        cr_url = self.cr_url

        crash_reporting_enabled = self.crash_reporting_enabled

        stun_keepalive_start_s = self.stun_keepalive_start_s

        stun_keepalive_min_s = self.stun_keepalive_min_s

        stun_servers = self.stun_servers

        max_concurrent_incoming_request_ki_b = self.max_concurrent_incoming_request_ki_b

        announce_lan_addresses = self.announce_lan_addresses

        send_full_index_on_upgrade = self.send_full_index_on_upgrade

        feature_flags = self.feature_flags

        connection_limit_enough = self.connection_limit_enough

        connection_limit_max = self.connection_limit_max

        restart_on_wakeup = self.restart_on_wakeup

        cache_ignored_files = self.cache_ignored_files

        database_tuning = self.database_tuning

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
        field_dict.update(
            {
                "listenAddresses": listen_addresses,
                "globalAnnounceServers": global_announce_servers,
                "globalAnnounceEnabled": global_announce_enabled,
                "localAnnounceEnabled": local_announce_enabled,
                "localAnnouncePort": local_announce_port,
                "localAnnounceMCAddr": local_announce_mc_addr,
                "maxSendKbps": max_send_kbps,
                "maxRecvKbps": max_recv_kbps,
                "reconnectionIntervalS": reconnection_interval_s,
                "relaysEnabled": relays_enabled,
                "relayReconnectIntervalM": relay_reconnect_interval_m,
                "startBrowser": start_browser,
                "natEnabled": nat_enabled,
                "natLeaseMinutes": nat_lease_minutes,
                "natRenewalMinutes": nat_renewal_minutes,
                "natTimeoutSeconds": nat_timeout_seconds,
                "urAccepted": ur_accepted,
                "urSeen": ur_seen,
                "urUniqueId": ur_unique_id,
                "urURL": ur_url,
                "urPostInsecurely": ur_post_insecurely,
                "urInitialDelayS": ur_initial_delay_s,
                "autoUpgradeIntervalH": auto_upgrade_interval_h,
                "upgradeToPreReleases": upgrade_to_pre_releases,
                "keepTemporariesH": keep_temporaries_h,
                "progressUpdateIntervalS": progress_update_interval_s,
                "limitBandwidthInLan": limit_bandwidth_in_lan,
                "minHomeDiskFree": min_home_disk_free,
                "releasesURL": releases_url,
                "alwaysLocalNets": always_local_nets,
                "overwriteRemoteDeviceNamesOnConnect": overwrite_remote_device_names_on_connect,
                "tempIndexMinBlocks": temp_index_min_blocks,
                "unackedNotificationIDs": unacked_notification_i_ds,
                "trafficClass": traffic_class,
                "setLowPriority": set_low_priority,
                "maxFolderConcurrency": max_folder_concurrency,
                "crURL": cr_url,
                "crashReportingEnabled": crash_reporting_enabled,
                "stunKeepaliveStartS": stun_keepalive_start_s,
                "stunKeepaliveMinS": stun_keepalive_min_s,
                "stunServers": stun_servers,
                "maxConcurrentIncomingRequestKiB": max_concurrent_incoming_request_ki_b,
                "announceLANAddresses": announce_lan_addresses,
                "sendFullIndexOnUpgrade": send_full_index_on_upgrade,
                "featureFlags": feature_flags,
                "connectionLimitEnough": connection_limit_enough,
                "connectionLimitMax": connection_limit_max,
            }
        )
        if restart_on_wakeup is not UNSET:
            field_dict["restartOnWakeup"] = restart_on_wakeup
        if cache_ignored_files is not UNSET:
            field_dict["cacheIgnoredFiles"] = cache_ignored_files
        if database_tuning is not UNSET:
            field_dict["databaseTuning"] = database_tuning
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
        from ..models.size import Size  # noqa: PLC0415

        d = dict(src_dict)
        listen_addresses = cast(list[str], d.pop("listenAddresses"))

        global_announce_servers = cast(list[str], d.pop("globalAnnounceServers"))

        global_announce_enabled = d.pop("globalAnnounceEnabled")

        local_announce_enabled = d.pop("localAnnounceEnabled")

        local_announce_port = d.pop("localAnnouncePort")

        local_announce_mc_addr = d.pop("localAnnounceMCAddr")

        max_send_kbps = d.pop("maxSendKbps")

        max_recv_kbps = d.pop("maxRecvKbps")

        reconnection_interval_s = d.pop("reconnectionIntervalS")

        relays_enabled = d.pop("relaysEnabled")

        relay_reconnect_interval_m = d.pop("relayReconnectIntervalM")

        start_browser = d.pop("startBrowser")

        nat_enabled = d.pop("natEnabled")

        nat_lease_minutes = d.pop("natLeaseMinutes")

        nat_renewal_minutes = d.pop("natRenewalMinutes")

        nat_timeout_seconds = d.pop("natTimeoutSeconds")

        ur_accepted = d.pop("urAccepted")

        ur_seen = d.pop("urSeen")

        ur_unique_id = d.pop("urUniqueId")

        ur_url = d.pop("urURL")

        ur_post_insecurely = d.pop("urPostInsecurely")

        ur_initial_delay_s = d.pop("urInitialDelayS")

        auto_upgrade_interval_h = d.pop("autoUpgradeIntervalH")

        upgrade_to_pre_releases = d.pop("upgradeToPreReleases")

        keep_temporaries_h = d.pop("keepTemporariesH")

        progress_update_interval_s = d.pop("progressUpdateIntervalS")

        limit_bandwidth_in_lan = d.pop("limitBandwidthInLan")

        min_home_disk_free = Size.from_dict(d.pop("minHomeDiskFree"))

        releases_url = d.pop("releasesURL")

        always_local_nets = cast(list[str], d.pop("alwaysLocalNets"))

        overwrite_remote_device_names_on_connect = d.pop("overwriteRemoteDeviceNamesOnConnect")

        temp_index_min_blocks = d.pop("tempIndexMinBlocks")

        unacked_notification_i_ds = cast(list[str], d.pop("unackedNotificationIDs"))

        traffic_class = d.pop("trafficClass")

        set_low_priority = d.pop("setLowPriority")

        max_folder_concurrency = d.pop("maxFolderConcurrency")

        cr_url = d.pop("crURL")

        crash_reporting_enabled = d.pop("crashReportingEnabled")

        stun_keepalive_start_s = d.pop("stunKeepaliveStartS")

        stun_keepalive_min_s = d.pop("stunKeepaliveMinS")

        stun_servers = cast(list[str], d.pop("stunServers"))

        max_concurrent_incoming_request_ki_b = d.pop("maxConcurrentIncomingRequestKiB")

        announce_lan_addresses = d.pop("announceLANAddresses")

        send_full_index_on_upgrade = d.pop("sendFullIndexOnUpgrade")

        feature_flags = cast(list[str], d.pop("featureFlags"))

        connection_limit_enough = d.pop("connectionLimitEnough")

        connection_limit_max = d.pop("connectionLimitMax")

        restart_on_wakeup = d.pop("restartOnWakeup", UNSET)

        cache_ignored_files = d.pop("cacheIgnoredFiles", UNSET)

        database_tuning = d.pop("databaseTuning", UNSET)

        insecure_allow_old_tls_versions = d.pop("insecureAllowOldTLSVersions", UNSET)

        connection_priority_tcp_lan = d.pop("connectionPriorityTcpLan", UNSET)

        connection_priority_quic_lan = d.pop("connectionPriorityQuicLan", UNSET)

        connection_priority_tcp_wan = d.pop("connectionPriorityTcpWan", UNSET)

        connection_priority_quic_wan = d.pop("connectionPriorityQuicWan", UNSET)

        connection_priority_relay = d.pop("connectionPriorityRelay", UNSET)

        connection_priority_upgrade_threshold = d.pop("connectionPriorityUpgradeThreshold", UNSET)

        audit_enabled = d.pop("auditEnabled", UNSET)

        audit_file = d.pop("auditFile", UNSET)

        options_configuration = cls(
            listen_addresses=listen_addresses,
            global_announce_servers=global_announce_servers,
            global_announce_enabled=global_announce_enabled,
            local_announce_enabled=local_announce_enabled,
            local_announce_port=local_announce_port,
            local_announce_mc_addr=local_announce_mc_addr,
            max_send_kbps=max_send_kbps,
            max_recv_kbps=max_recv_kbps,
            reconnection_interval_s=reconnection_interval_s,
            relays_enabled=relays_enabled,
            relay_reconnect_interval_m=relay_reconnect_interval_m,
            start_browser=start_browser,
            nat_enabled=nat_enabled,
            nat_lease_minutes=nat_lease_minutes,
            nat_renewal_minutes=nat_renewal_minutes,
            nat_timeout_seconds=nat_timeout_seconds,
            ur_accepted=ur_accepted,
            ur_seen=ur_seen,
            ur_unique_id=ur_unique_id,
            ur_url=ur_url,
            ur_post_insecurely=ur_post_insecurely,
            ur_initial_delay_s=ur_initial_delay_s,
            auto_upgrade_interval_h=auto_upgrade_interval_h,
            upgrade_to_pre_releases=upgrade_to_pre_releases,
            keep_temporaries_h=keep_temporaries_h,
            progress_update_interval_s=progress_update_interval_s,
            limit_bandwidth_in_lan=limit_bandwidth_in_lan,
            min_home_disk_free=min_home_disk_free,
            releases_url=releases_url,
            always_local_nets=always_local_nets,
            overwrite_remote_device_names_on_connect=overwrite_remote_device_names_on_connect,
            temp_index_min_blocks=temp_index_min_blocks,
            unacked_notification_i_ds=unacked_notification_i_ds,
            traffic_class=traffic_class,
            set_low_priority=set_low_priority,
            max_folder_concurrency=max_folder_concurrency,
            cr_url=cr_url,
            crash_reporting_enabled=crash_reporting_enabled,
            stun_keepalive_start_s=stun_keepalive_start_s,
            stun_keepalive_min_s=stun_keepalive_min_s,
            stun_servers=stun_servers,
            max_concurrent_incoming_request_ki_b=max_concurrent_incoming_request_ki_b,
            announce_lan_addresses=announce_lan_addresses,
            send_full_index_on_upgrade=send_full_index_on_upgrade,
            feature_flags=feature_flags,
            connection_limit_enough=connection_limit_enough,
            connection_limit_max=connection_limit_max,
            restart_on_wakeup=restart_on_wakeup,
            cache_ignored_files=cache_ignored_files,
            database_tuning=database_tuning,
            insecure_allow_old_tls_versions=insecure_allow_old_tls_versions,
            connection_priority_tcp_lan=connection_priority_tcp_lan,
            connection_priority_quic_lan=connection_priority_quic_lan,
            connection_priority_tcp_wan=connection_priority_tcp_wan,
            connection_priority_quic_wan=connection_priority_quic_wan,
            connection_priority_relay=connection_priority_relay,
            connection_priority_upgrade_threshold=connection_priority_upgrade_threshold,
            audit_enabled=audit_enabled,
            audit_file=audit_file,
        )

        options_configuration.additional_properties = d
        return options_configuration

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
