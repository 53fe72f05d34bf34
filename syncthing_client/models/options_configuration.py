from __future__ import annotations

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
from ..models.database_tuning import DatabaseTuning
from ..types import UNSET, Unset

T = TypeVar("T", bound="OptionsConfiguration")

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
        "autoUpgradeIntervalH",
        "upgradeToPreReleases",
        "keepTemporariesH",
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
        "maxConcurrentIncomingRequestKiB",
        "announceLANAddresses",
        "sendFullIndexOnUpgrade",
        "featureFlags",
        "connectionLimitEnough",
        "connectionLimitMax",
        "restartOnWakeup",
        "cacheIgnoredFiles",
        "databaseTuning",
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


@_extras_in_repr
@_attrs_define
class OptionsConfiguration:
    """Instance-wide options: networking, discovery, relays, usage reporting, limits.

    Attributes:
        listen_addresses (list[str]): Sync protocol listen addresses (`default`, or URLs such as `tcp://0.0.0.0:22000`).
        global_announce_servers (list[str]): Global discovery servers: URLs, or `default` for the default servers.
        global_announce_enabled (bool): Announce this device to global discovery and look other devices up there.
        local_announce_enabled (bool): Announce this device on the local network and find other devices by such
            announcements.
        local_announce_port (int): Port of the IPv4 broadcast announcements (sent and listened for).
        local_announce_mc_addr (str): Group address and port of the IPv6 multicast announcements.
        max_send_kbps (int): Outgoing data rate limit, in KiB/s.
        max_recv_kbps (int): Incoming data rate limit, in KiB/s.
        reconnection_interval_s (int): Seconds between connection attempts; a value below 5 is stored as 5.
        relays_enabled (bool): Connect to relays and use them for device connections.
        relay_reconnect_interval_m (int): Minutes between relay reconnect attempts.
        start_browser (bool): Open a browser on the GUI when Syncthing starts.
        nat_enabled (bool): Map a port for incoming sync connections by UPnP and NAT-PMP.
        nat_lease_minutes (int): Port mapping lease to request, in minutes; 0 asks for a permanent one.
        nat_renewal_minutes (int): Renew the port mapping lease after this many minutes.
        nat_timeout_seconds (int): Seconds to wait for answers when looking for UPnP devices.
        ur_accepted (int): Accepted usage-report version; -1 declined, 0 undecided.
        ur_seen (int): The highest usage reporting version the GUI has shown.
        ur_unique_id (str): The unique ID sent with usage reports; generated when usage reporting is enabled.
        ur_url (str): Where usage reports are posted.
        ur_post_insecurely (bool): Allow an `http` or self-signed usage reporting URL.
        ur_initial_delay_s (int): Seconds after startup before the first usage report is sent.
        auto_upgrade_interval_h (int): Hours between checks for a newer version; 0 disables automatic upgrades.
        upgrade_to_pre_releases (bool): Automatic upgrades include release candidates.
        keep_temporaries_h (int): Hours to keep the temporary files of failed transfers, so their data need not be
            transferred again.
        progress_update_interval_s (int): Seconds between download progress updates for the GUI; -1 disables them.
        limit_bandwidth_in_lan (bool): Apply the rate limits to devices on the local network too.
        min_home_disk_free (Size): A size or a share: `value` in `unit` (`%`, `B`, `kB`, `MB`, `GB`, `TB`; decimal).
        releases_url (str): Where release information for automatic upgrades is loaded from.
        always_local_nets (list[str]): Networks (CIDR) always taken as local.
        overwrite_remote_device_names_on_connect (bool): Take the name a device announces on every connection, not only
            when it has none.
        temp_index_min_blocks (int): Files with fewer blocks are left out of index exchanges about incomplete transfers.
        unacked_notification_ids (list[str]): GUI notifications not yet dismissed.
        traffic_class (int): IPv4 type of service / IPv6 traffic class of outgoing packets.
        set_low_priority (bool): Lower Syncthing's process priority at startup.
        max_folder_concurrency (int): How many folders may scan or sync at the same time.
        cr_url (str): Where automatic crash reports are sent.
        crash_reporting_enabled (bool): Send automatic crash reports.
        stun_keepalive_start_s (int): Seconds between contacts with a STUN server to keep the NAT mapping; 0 disables
            STUN.
        stun_keepalive_min_s (int): The least `stunKeepaliveStartS` is reduced to, in seconds.
        stun_servers (list[str]): STUN servers; `default` for the built-in list, one empty entry for none.
        max_concurrent_incoming_request_kib (int): Most response data (KiB) read and processed at the same time.
        announce_lan_addresses (bool): Announce private LAN addresses to global discovery.
        send_full_index_on_upgrade (bool): Send all index data again after an upgrade.
        feature_flags (list[str]): Experimental features switched on.
        connection_limit_enough (int): A negative value is stored as 0.
        connection_limit_max (int): A negative value is stored as 0.
        restart_on_wakeup (bool | Unset): Sent by 1.19.2 only.
        cache_ignored_files (bool | Unset): Sent by 1.19.2 and 1.29.5 only.
        database_tuning (DatabaseTuning | Unset): Database tuning (1.x only; 2.0.0 removed the field). Syncthing reads
            an unknown value as `auto`.
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
    unacked_notification_ids: list[str]
    traffic_class: int
    set_low_priority: bool
    max_folder_concurrency: int
    cr_url: str
    crash_reporting_enabled: bool
    stun_keepalive_start_s: int
    stun_keepalive_min_s: int
    stun_servers: list[str]
    max_concurrent_incoming_request_kib: int
    announce_lan_addresses: bool
    send_full_index_on_upgrade: bool
    feature_flags: list[str]
    connection_limit_enough: int
    connection_limit_max: int
    restart_on_wakeup: bool | Unset = UNSET
    cache_ignored_files: bool | Unset = UNSET
    database_tuning: DatabaseTuning | Unset = UNSET
    insecure_allow_old_tls_versions: bool | Unset = UNSET
    connection_priority_tcp_lan: int | Unset = UNSET
    connection_priority_quic_lan: int | Unset = UNSET
    connection_priority_tcp_wan: int | Unset = UNSET
    connection_priority_quic_wan: int | Unset = UNSET
    connection_priority_relay: int | Unset = UNSET
    connection_priority_upgrade_threshold: int | Unset = UNSET
    audit_enabled: bool | Unset = UNSET
    audit_file: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
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

        unacked_notification_ids = self.unacked_notification_ids

        traffic_class = self.traffic_class

        set_low_priority = self.set_low_priority

        max_folder_concurrency = self.max_folder_concurrency

        cr_url = self.cr_url

        crash_reporting_enabled = self.crash_reporting_enabled

        stun_keepalive_start_s = self.stun_keepalive_start_s

        stun_keepalive_min_s = self.stun_keepalive_min_s

        stun_servers = self.stun_servers

        max_concurrent_incoming_request_kib = self.max_concurrent_incoming_request_kib

        announce_lan_addresses = self.announce_lan_addresses

        send_full_index_on_upgrade = self.send_full_index_on_upgrade

        feature_flags = self.feature_flags

        connection_limit_enough = self.connection_limit_enough

        connection_limit_max = self.connection_limit_max

        restart_on_wakeup = self.restart_on_wakeup

        cache_ignored_files = self.cache_ignored_files

        database_tuning: str | Unset = UNSET
        if not isinstance(self.database_tuning, Unset):
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
                "unackedNotificationIDs": unacked_notification_ids,
                "trafficClass": traffic_class,
                "setLowPriority": set_low_priority,
                "maxFolderConcurrency": max_folder_concurrency,
                "crURL": cr_url,
                "crashReportingEnabled": crash_reporting_enabled,
                "stunKeepaliveStartS": stun_keepalive_start_s,
                "stunKeepaliveMinS": stun_keepalive_min_s,
                "stunServers": stun_servers,
                "maxConcurrentIncomingRequestKiB": max_concurrent_incoming_request_kib,
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
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (OptionsConfiguration)", src_dict, None, src_dict)
        try:
            listen_addresses = src_dict["listenAddresses"]
            if _type(listen_addresses) is not list or not _only_str(map(_type, listen_addresses)):
                raise _bad_item("a string", _str_types, listen_addresses, "listenAddresses", src_dict)

            global_announce_servers = src_dict["globalAnnounceServers"]
            if _type(global_announce_servers) is not list or not _only_str(map(_type, global_announce_servers)):
                raise _bad_item("a string", _str_types, global_announce_servers, "globalAnnounceServers", src_dict)

            global_announce_enabled = src_dict["globalAnnounceEnabled"]
            if not _type(global_announce_enabled) is bool:
                raise _invalid("a boolean", global_announce_enabled, "globalAnnounceEnabled", src_dict)

            local_announce_enabled = src_dict["localAnnounceEnabled"]
            if not _type(local_announce_enabled) is bool:
                raise _invalid("a boolean", local_announce_enabled, "localAnnounceEnabled", src_dict)

            local_announce_port = src_dict["localAnnouncePort"]
            if not _type(local_announce_port) is int:
                raise _invalid("an integer", local_announce_port, "localAnnouncePort", src_dict)

            local_announce_mc_addr = src_dict["localAnnounceMCAddr"]
            if not _type(local_announce_mc_addr) is str:
                raise _invalid("a string", local_announce_mc_addr, "localAnnounceMCAddr", src_dict)

            max_send_kbps = src_dict["maxSendKbps"]
            if not _type(max_send_kbps) is int:
                raise _invalid("an integer", max_send_kbps, "maxSendKbps", src_dict)

            max_recv_kbps = src_dict["maxRecvKbps"]
            if not _type(max_recv_kbps) is int:
                raise _invalid("an integer", max_recv_kbps, "maxRecvKbps", src_dict)

            reconnection_interval_s = src_dict["reconnectionIntervalS"]
            if not _type(reconnection_interval_s) is int:
                raise _invalid("an integer", reconnection_interval_s, "reconnectionIntervalS", src_dict)

            relays_enabled = src_dict["relaysEnabled"]
            if not _type(relays_enabled) is bool:
                raise _invalid("a boolean", relays_enabled, "relaysEnabled", src_dict)

            relay_reconnect_interval_m = src_dict["relayReconnectIntervalM"]
            if not _type(relay_reconnect_interval_m) is int:
                raise _invalid("an integer", relay_reconnect_interval_m, "relayReconnectIntervalM", src_dict)

            start_browser = src_dict["startBrowser"]
            if not _type(start_browser) is bool:
                raise _invalid("a boolean", start_browser, "startBrowser", src_dict)

            nat_enabled = src_dict["natEnabled"]
            if not _type(nat_enabled) is bool:
                raise _invalid("a boolean", nat_enabled, "natEnabled", src_dict)

            nat_lease_minutes = src_dict["natLeaseMinutes"]
            if not _type(nat_lease_minutes) is int:
                raise _invalid("an integer", nat_lease_minutes, "natLeaseMinutes", src_dict)

            nat_renewal_minutes = src_dict["natRenewalMinutes"]
            if not _type(nat_renewal_minutes) is int:
                raise _invalid("an integer", nat_renewal_minutes, "natRenewalMinutes", src_dict)

            nat_timeout_seconds = src_dict["natTimeoutSeconds"]
            if not _type(nat_timeout_seconds) is int:
                raise _invalid("an integer", nat_timeout_seconds, "natTimeoutSeconds", src_dict)

            ur_accepted = src_dict["urAccepted"]
            if not _type(ur_accepted) is int:
                raise _invalid("an integer", ur_accepted, "urAccepted", src_dict)

            ur_seen = src_dict["urSeen"]
            if not _type(ur_seen) is int:
                raise _invalid("an integer", ur_seen, "urSeen", src_dict)

            ur_unique_id = src_dict["urUniqueId"]
            if not _type(ur_unique_id) is str:
                raise _invalid("a string", ur_unique_id, "urUniqueId", src_dict)

            ur_url = src_dict["urURL"]
            if not _type(ur_url) is str:
                raise _invalid("a string", ur_url, "urURL", src_dict)

            ur_post_insecurely = src_dict["urPostInsecurely"]
            if not _type(ur_post_insecurely) is bool:
                raise _invalid("a boolean", ur_post_insecurely, "urPostInsecurely", src_dict)

            ur_initial_delay_s = src_dict["urInitialDelayS"]
            if not _type(ur_initial_delay_s) is int:
                raise _invalid("an integer", ur_initial_delay_s, "urInitialDelayS", src_dict)

            auto_upgrade_interval_h = src_dict["autoUpgradeIntervalH"]
            if not _type(auto_upgrade_interval_h) is int:
                raise _invalid("an integer", auto_upgrade_interval_h, "autoUpgradeIntervalH", src_dict)

            upgrade_to_pre_releases = src_dict["upgradeToPreReleases"]
            if not _type(upgrade_to_pre_releases) is bool:
                raise _invalid("a boolean", upgrade_to_pre_releases, "upgradeToPreReleases", src_dict)

            keep_temporaries_h = src_dict["keepTemporariesH"]
            if not _type(keep_temporaries_h) is int:
                raise _invalid("an integer", keep_temporaries_h, "keepTemporariesH", src_dict)

            progress_update_interval_s = src_dict["progressUpdateIntervalS"]
            if not _type(progress_update_interval_s) is int:
                raise _invalid("an integer", progress_update_interval_s, "progressUpdateIntervalS", src_dict)

            limit_bandwidth_in_lan = src_dict["limitBandwidthInLan"]
            if not _type(limit_bandwidth_in_lan) is bool:
                raise _invalid("a boolean", limit_bandwidth_in_lan, "limitBandwidthInLan", src_dict)

            try:
                min_home_disk_free = Size.from_dict(src_dict["minHomeDiskFree"])
            except _Invalid as _e:
                raise _e.within("minHomeDiskFree", None, src_dict) from None

            releases_url = src_dict["releasesURL"]
            if not _type(releases_url) is str:
                raise _invalid("a string", releases_url, "releasesURL", src_dict)

            always_local_nets = src_dict["alwaysLocalNets"]
            if _type(always_local_nets) is not list or not _only_str(map(_type, always_local_nets)):
                raise _bad_item("a string", _str_types, always_local_nets, "alwaysLocalNets", src_dict)

            overwrite_remote_device_names_on_connect = src_dict["overwriteRemoteDeviceNamesOnConnect"]
            if not _type(overwrite_remote_device_names_on_connect) is bool:
                raise _invalid(
                    "a boolean",
                    overwrite_remote_device_names_on_connect,
                    "overwriteRemoteDeviceNamesOnConnect",
                    src_dict,
                )

            temp_index_min_blocks = src_dict["tempIndexMinBlocks"]
            if not _type(temp_index_min_blocks) is int:
                raise _invalid("an integer", temp_index_min_blocks, "tempIndexMinBlocks", src_dict)

            unacked_notification_ids = src_dict["unackedNotificationIDs"]
            if _type(unacked_notification_ids) is not list or not _only_str(map(_type, unacked_notification_ids)):
                raise _bad_item("a string", _str_types, unacked_notification_ids, "unackedNotificationIDs", src_dict)

            traffic_class = src_dict["trafficClass"]
            if not _type(traffic_class) is int:
                raise _invalid("an integer", traffic_class, "trafficClass", src_dict)

            set_low_priority = src_dict["setLowPriority"]
            if not _type(set_low_priority) is bool:
                raise _invalid("a boolean", set_low_priority, "setLowPriority", src_dict)

            max_folder_concurrency = src_dict["maxFolderConcurrency"]
            if not _type(max_folder_concurrency) is int:
                raise _invalid("an integer", max_folder_concurrency, "maxFolderConcurrency", src_dict)

            cr_url = src_dict["crURL"]
            if not _type(cr_url) is str:
                raise _invalid("a string", cr_url, "crURL", src_dict)

            crash_reporting_enabled = src_dict["crashReportingEnabled"]
            if not _type(crash_reporting_enabled) is bool:
                raise _invalid("a boolean", crash_reporting_enabled, "crashReportingEnabled", src_dict)

            stun_keepalive_start_s = src_dict["stunKeepaliveStartS"]
            if not _type(stun_keepalive_start_s) is int:
                raise _invalid("an integer", stun_keepalive_start_s, "stunKeepaliveStartS", src_dict)

            stun_keepalive_min_s = src_dict["stunKeepaliveMinS"]
            if not _type(stun_keepalive_min_s) is int:
                raise _invalid("an integer", stun_keepalive_min_s, "stunKeepaliveMinS", src_dict)

            stun_servers = src_dict["stunServers"]
            if _type(stun_servers) is not list or not _only_str(map(_type, stun_servers)):
                raise _bad_item("a string", _str_types, stun_servers, "stunServers", src_dict)

            max_concurrent_incoming_request_kib = src_dict["maxConcurrentIncomingRequestKiB"]
            if not _type(max_concurrent_incoming_request_kib) is int:
                raise _invalid(
                    "an integer", max_concurrent_incoming_request_kib, "maxConcurrentIncomingRequestKiB", src_dict
                )

            announce_lan_addresses = src_dict["announceLANAddresses"]
            if not _type(announce_lan_addresses) is bool:
                raise _invalid("a boolean", announce_lan_addresses, "announceLANAddresses", src_dict)

            send_full_index_on_upgrade = src_dict["sendFullIndexOnUpgrade"]
            if not _type(send_full_index_on_upgrade) is bool:
                raise _invalid("a boolean", send_full_index_on_upgrade, "sendFullIndexOnUpgrade", src_dict)

            feature_flags = src_dict["featureFlags"]
            if _type(feature_flags) is not list or not _only_str(map(_type, feature_flags)):
                raise _bad_item("a string", _str_types, feature_flags, "featureFlags", src_dict)

            connection_limit_enough = src_dict["connectionLimitEnough"]
            if not _type(connection_limit_enough) is int:
                raise _invalid("an integer", connection_limit_enough, "connectionLimitEnough", src_dict)

            connection_limit_max = src_dict["connectionLimitMax"]
            if not _type(connection_limit_max) is int:
                raise _invalid("an integer", connection_limit_max, "connectionLimitMax", src_dict)

            restart_on_wakeup = src_dict.get("restartOnWakeup", UNSET)
            if not _type(restart_on_wakeup) is bool and restart_on_wakeup is not UNSET:
                raise _invalid("a boolean", restart_on_wakeup, "restartOnWakeup", src_dict)

            cache_ignored_files = src_dict.get("cacheIgnoredFiles", UNSET)
            if not _type(cache_ignored_files) is bool and cache_ignored_files is not UNSET:
                raise _invalid("a boolean", cache_ignored_files, "cacheIgnoredFiles", src_dict)

            database_tuning: DatabaseTuning | Unset = src_dict.get("databaseTuning", UNSET)
            if not _type(database_tuning) is str and database_tuning is not UNSET:
                raise _invalid("a string", database_tuning, "databaseTuning", src_dict)

            insecure_allow_old_tls_versions = src_dict.get("insecureAllowOldTLSVersions", UNSET)
            if not _type(insecure_allow_old_tls_versions) is bool and insecure_allow_old_tls_versions is not UNSET:
                raise _invalid("a boolean", insecure_allow_old_tls_versions, "insecureAllowOldTLSVersions", src_dict)

            connection_priority_tcp_lan = src_dict.get("connectionPriorityTcpLan", UNSET)
            if not _type(connection_priority_tcp_lan) is int and connection_priority_tcp_lan is not UNSET:
                raise _invalid("an integer", connection_priority_tcp_lan, "connectionPriorityTcpLan", src_dict)

            connection_priority_quic_lan = src_dict.get("connectionPriorityQuicLan", UNSET)
            if not _type(connection_priority_quic_lan) is int and connection_priority_quic_lan is not UNSET:
                raise _invalid("an integer", connection_priority_quic_lan, "connectionPriorityQuicLan", src_dict)

            connection_priority_tcp_wan = src_dict.get("connectionPriorityTcpWan", UNSET)
            if not _type(connection_priority_tcp_wan) is int and connection_priority_tcp_wan is not UNSET:
                raise _invalid("an integer", connection_priority_tcp_wan, "connectionPriorityTcpWan", src_dict)

            connection_priority_quic_wan = src_dict.get("connectionPriorityQuicWan", UNSET)
            if not _type(connection_priority_quic_wan) is int and connection_priority_quic_wan is not UNSET:
                raise _invalid("an integer", connection_priority_quic_wan, "connectionPriorityQuicWan", src_dict)

            connection_priority_relay = src_dict.get("connectionPriorityRelay", UNSET)
            if not _type(connection_priority_relay) is int and connection_priority_relay is not UNSET:
                raise _invalid("an integer", connection_priority_relay, "connectionPriorityRelay", src_dict)

            connection_priority_upgrade_threshold = src_dict.get("connectionPriorityUpgradeThreshold", UNSET)
            if (
                not _type(connection_priority_upgrade_threshold) is int
                and connection_priority_upgrade_threshold is not UNSET
            ):
                raise _invalid(
                    "an integer", connection_priority_upgrade_threshold, "connectionPriorityUpgradeThreshold", src_dict
                )

            audit_enabled = src_dict.get("auditEnabled", UNSET)
            if not _type(audit_enabled) is bool and audit_enabled is not UNSET:
                raise _invalid("a boolean", audit_enabled, "auditEnabled", src_dict)

            audit_file = src_dict.get("auditFile", UNSET)
            if not _type(audit_file) is str and audit_file is not UNSET:
                raise _invalid("a string", audit_file, "auditFile", src_dict)

            options_configuration = cls(
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
                auto_upgrade_interval_h,
                upgrade_to_pre_releases,
                keep_temporaries_h,
                progress_update_interval_s,
                limit_bandwidth_in_lan,
                min_home_disk_free,
                releases_url,
                always_local_nets,
                overwrite_remote_device_names_on_connect,
                temp_index_min_blocks,
                unacked_notification_ids,
                traffic_class,
                set_low_priority,
                max_folder_concurrency,
                cr_url,
                crash_reporting_enabled,
                stun_keepalive_start_s,
                stun_keepalive_min_s,
                stun_servers,
                max_concurrent_incoming_request_kib,
                announce_lan_addresses,
                send_full_index_on_upgrade,
                feature_flags,
                connection_limit_enough,
                connection_limit_max,
                restart_on_wakeup,
                cache_ignored_files,
                database_tuning,
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
                restart_on_wakeup,
                cache_ignored_files,
                database_tuning,
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
                options_configuration.additional_properties = {
                    key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
                }

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return options_configuration

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.size import Size  # noqa: E402
