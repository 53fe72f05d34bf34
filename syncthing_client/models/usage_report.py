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

T = TypeVar("T", bound="UsageReport")

_KNOWN_KEYS = frozenset(
    (
        "date",
        "address",
        "uniqueID",
        "version",
        "longVersion",
        "platform",
        "numFolders",
        "numDevices",
        "totFiles",
        "folderMaxFiles",
        "totMiB",
        "folderMaxMiB",
        "memoryUsageMiB",
        "sha256Perf",
        "hashPerf",
        "memorySize",
        "urVersion",
        "numCPU",
        "folderUses",
        "deviceUses",
        "announce",
        "relays",
        "usesRateLimit",
        "upgradeAllowedManual",
        "upgradeAllowedAuto",
        "upgradeAllowedPre",
        "rescanIntvs",
        "uptime",
        "natType",
        "alwaysLocalNets",
        "cacheIgnoredFiles",
        "overwriteRemoteDeviceNames",
        "progressEmitterEnabled",
        "customDefaultFolderPath",
        "weakHashSelection",
        "customTrafficClass",
        "customTempIndexMinBlocks",
        "temporariesDisabled",
        "temporariesCustom",
        "limitBandwidthInLan",
        "customReleaseURL",
        "restartOnWakeup",
        "customStunServers",
        "folderUsesV3",
        "deviceUsesV3",
        "guiStats",
        "blockStats",
        "transportStats",
        "ignoreStats",
        "weakHashEnabled",
        "processRSSMiB",
        "received",
        "os",
        "arch",
        "compiler",
        "builder",
        "distribution",
        "country",
        "countryCode",
        "majorVersion",
        "distDist",
        "distOS",
        "distArch",
        "database",
    )
)


@_extras_in_repr
@_attrs_define
class UsageReport:
    """What Syncthing would send as its anonymous usage report (fields that are zero or false are left out).

    Attributes:
        date (str | Unset):
        address (str | Unset):
        unique_id (str | Unset):
        version (str | Unset):
        long_version (str | Unset):
        platform (str | Unset):
        num_folders (int | Unset):
        num_devices (int | Unset):
        tot_files (int | Unset):
        folder_max_files (int | Unset):
        tot_mib (int | Unset):
        folder_max_mib (int | Unset):
        memory_usage_mib (int | Unset):
        sha_256_perf (float | Unset):
        hash_perf (float | Unset):
        memory_size (int | Unset):
        ur_version (int | Unset):
        num_cpu (int | Unset):
        folder_uses (UsageReportFolderUses | Unset):
        device_uses (UsageReportDeviceUses | Unset):
        announce (UsageReportAnnounce | Unset):
        relays (UsageReportRelays | Unset):
        uses_rate_limit (bool | Unset):
        upgrade_allowed_manual (bool | Unset):
        upgrade_allowed_auto (bool | Unset):
        upgrade_allowed_pre (bool | Unset):
        rescan_intvs (list[int] | Unset):
        uptime (int | Unset):
        nat_type (str | Unset):
        always_local_nets (bool | Unset):
        cache_ignored_files (bool | Unset): Sent by 1.19.2 and 1.29.5 only.
        overwrite_remote_device_names (bool | Unset):
        progress_emitter_enabled (bool | Unset):
        custom_default_folder_path (bool | Unset):
        weak_hash_selection (str | Unset): Sent by 1.19.2 only.
        custom_traffic_class (bool | Unset):
        custom_temp_index_min_blocks (bool | Unset):
        temporaries_disabled (bool | Unset):
        temporaries_custom (bool | Unset):
        limit_bandwidth_in_lan (bool | Unset):
        custom_release_url (bool | Unset):
        restart_on_wakeup (bool | Unset):
        custom_stun_servers (bool | Unset):
        folder_uses_v3 (UsageReportFolderUsesV3 | Unset):
        device_uses_v3 (UsageReportDeviceUsesV3 | Unset):
        gui_stats (UsageReportGUIStats | Unset):
        block_stats (UsageReportBlockStats | Unset):
        transport_stats (UsageReportTransportStats | Unset):
        ignore_stats (UsageReportIgnoreStats | Unset):
        weak_hash_enabled (bool | Unset): Sent by 1.19.2 and 1.29.5 only.
        process_rss_mib (int | Unset): Sent by 1.29.5 and 2.1.3 only.
        received (datetime.datetime | Unset): Sent by 1.29.5 and 2.1.3 only.
        os (str | Unset): Sent by 1.29.5 and 2.1.3 only.
        arch (str | Unset): Sent by 1.29.5 and 2.1.3 only.
        compiler (str | Unset): Sent by 1.29.5 and 2.1.3 only.
        builder (str | Unset): Sent by 1.29.5 and 2.1.3 only.
        distribution (str | Unset): Sent by 1.29.5 and 2.1.3 only.
        country (str | Unset): Sent by 1.29.5 and 2.1.3 only.
        country_code (str | Unset): Sent by 1.29.5 and 2.1.3 only.
        major_version (str | Unset): Sent by 1.29.5 and 2.1.3 only.
        dist_dist (str | Unset): Sent by 2.1.3 only.
        dist_os (str | Unset): Sent by 2.1.3 only.
        dist_arch (str | Unset): Sent by 2.1.3 only.
        database (UsageReportDatabase | Unset):
    """

    date: str | Unset = UNSET
    address: str | Unset = UNSET
    unique_id: str | Unset = UNSET
    version: str | Unset = UNSET
    long_version: str | Unset = UNSET
    platform: str | Unset = UNSET
    num_folders: int | Unset = UNSET
    num_devices: int | Unset = UNSET
    tot_files: int | Unset = UNSET
    folder_max_files: int | Unset = UNSET
    tot_mib: int | Unset = UNSET
    folder_max_mib: int | Unset = UNSET
    memory_usage_mib: int | Unset = UNSET
    sha_256_perf: float | Unset = UNSET
    hash_perf: float | Unset = UNSET
    memory_size: int | Unset = UNSET
    ur_version: int | Unset = UNSET
    num_cpu: int | Unset = UNSET
    folder_uses: UsageReportFolderUses | Unset = UNSET
    device_uses: UsageReportDeviceUses | Unset = UNSET
    announce: UsageReportAnnounce | Unset = UNSET
    relays: UsageReportRelays | Unset = UNSET
    uses_rate_limit: bool | Unset = UNSET
    upgrade_allowed_manual: bool | Unset = UNSET
    upgrade_allowed_auto: bool | Unset = UNSET
    upgrade_allowed_pre: bool | Unset = UNSET
    rescan_intvs: list[int] | Unset = UNSET
    uptime: int | Unset = UNSET
    nat_type: str | Unset = UNSET
    always_local_nets: bool | Unset = UNSET
    cache_ignored_files: bool | Unset = UNSET
    overwrite_remote_device_names: bool | Unset = UNSET
    progress_emitter_enabled: bool | Unset = UNSET
    custom_default_folder_path: bool | Unset = UNSET
    weak_hash_selection: str | Unset = UNSET
    custom_traffic_class: bool | Unset = UNSET
    custom_temp_index_min_blocks: bool | Unset = UNSET
    temporaries_disabled: bool | Unset = UNSET
    temporaries_custom: bool | Unset = UNSET
    limit_bandwidth_in_lan: bool | Unset = UNSET
    custom_release_url: bool | Unset = UNSET
    restart_on_wakeup: bool | Unset = UNSET
    custom_stun_servers: bool | Unset = UNSET
    folder_uses_v3: UsageReportFolderUsesV3 | Unset = UNSET
    device_uses_v3: UsageReportDeviceUsesV3 | Unset = UNSET
    gui_stats: UsageReportGUIStats | Unset = UNSET
    block_stats: UsageReportBlockStats | Unset = UNSET
    transport_stats: UsageReportTransportStats | Unset = UNSET
    ignore_stats: UsageReportIgnoreStats | Unset = UNSET
    weak_hash_enabled: bool | Unset = UNSET
    process_rss_mib: int | Unset = UNSET
    received: datetime.datetime | Unset = UNSET
    os: str | Unset = UNSET
    arch: str | Unset = UNSET
    compiler: str | Unset = UNSET
    builder: str | Unset = UNSET
    distribution: str | Unset = UNSET
    country: str | Unset = UNSET
    country_code: str | Unset = UNSET
    major_version: str | Unset = UNSET
    dist_dist: str | Unset = UNSET
    dist_os: str | Unset = UNSET
    dist_arch: str | Unset = UNSET
    database: UsageReportDatabase | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        address = self.address

        unique_id = self.unique_id

        version = self.version

        long_version = self.long_version

        platform = self.platform

        num_folders = self.num_folders

        num_devices = self.num_devices

        tot_files = self.tot_files

        folder_max_files = self.folder_max_files

        tot_mib = self.tot_mib

        folder_max_mib = self.folder_max_mib

        memory_usage_mib = self.memory_usage_mib

        sha_256_perf = self.sha_256_perf

        hash_perf = self.hash_perf

        memory_size = self.memory_size

        ur_version = self.ur_version

        num_cpu = self.num_cpu

        folder_uses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.folder_uses, Unset):
            folder_uses = self.folder_uses.to_dict()

        device_uses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device_uses, Unset):
            device_uses = self.device_uses.to_dict()

        announce: dict[str, Any] | Unset = UNSET
        if not isinstance(self.announce, Unset):
            announce = self.announce.to_dict()

        relays: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relays, Unset):
            relays = self.relays.to_dict()

        uses_rate_limit = self.uses_rate_limit

        upgrade_allowed_manual = self.upgrade_allowed_manual

        upgrade_allowed_auto = self.upgrade_allowed_auto

        upgrade_allowed_pre = self.upgrade_allowed_pre

        rescan_intvs: list[int] | Unset = UNSET
        if not isinstance(self.rescan_intvs, Unset):
            rescan_intvs = self.rescan_intvs

        uptime = self.uptime

        nat_type = self.nat_type

        always_local_nets = self.always_local_nets

        cache_ignored_files = self.cache_ignored_files

        overwrite_remote_device_names = self.overwrite_remote_device_names

        progress_emitter_enabled = self.progress_emitter_enabled

        custom_default_folder_path = self.custom_default_folder_path

        weak_hash_selection = self.weak_hash_selection

        custom_traffic_class = self.custom_traffic_class

        custom_temp_index_min_blocks = self.custom_temp_index_min_blocks

        temporaries_disabled = self.temporaries_disabled

        temporaries_custom = self.temporaries_custom

        limit_bandwidth_in_lan = self.limit_bandwidth_in_lan

        custom_release_url = self.custom_release_url

        restart_on_wakeup = self.restart_on_wakeup

        custom_stun_servers = self.custom_stun_servers

        folder_uses_v3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.folder_uses_v3, Unset):
            folder_uses_v3 = self.folder_uses_v3.to_dict()

        device_uses_v3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device_uses_v3, Unset):
            device_uses_v3 = self.device_uses_v3.to_dict()

        gui_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gui_stats, Unset):
            gui_stats = self.gui_stats.to_dict()

        block_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.block_stats, Unset):
            block_stats = self.block_stats.to_dict()

        transport_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transport_stats, Unset):
            transport_stats = self.transport_stats.to_dict()

        ignore_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ignore_stats, Unset):
            ignore_stats = self.ignore_stats.to_dict()

        weak_hash_enabled = self.weak_hash_enabled

        process_rss_mib = self.process_rss_mib

        received: str | Unset = UNSET
        if not isinstance(self.received, Unset):
            received = self.received.isoformat()

        os = self.os

        arch = self.arch

        compiler = self.compiler

        builder = self.builder

        distribution = self.distribution

        country = self.country

        country_code = self.country_code

        major_version = self.major_version

        dist_dist = self.dist_dist

        dist_os = self.dist_os

        dist_arch = self.dist_arch

        database: dict[str, Any] | Unset = UNSET
        if not isinstance(self.database, Unset):
            database = self.database.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if address is not UNSET:
            field_dict["address"] = address
        if unique_id is not UNSET:
            field_dict["uniqueID"] = unique_id
        if version is not UNSET:
            field_dict["version"] = version
        if long_version is not UNSET:
            field_dict["longVersion"] = long_version
        if platform is not UNSET:
            field_dict["platform"] = platform
        if num_folders is not UNSET:
            field_dict["numFolders"] = num_folders
        if num_devices is not UNSET:
            field_dict["numDevices"] = num_devices
        if tot_files is not UNSET:
            field_dict["totFiles"] = tot_files
        if folder_max_files is not UNSET:
            field_dict["folderMaxFiles"] = folder_max_files
        if tot_mib is not UNSET:
            field_dict["totMiB"] = tot_mib
        if folder_max_mib is not UNSET:
            field_dict["folderMaxMiB"] = folder_max_mib
        if memory_usage_mib is not UNSET:
            field_dict["memoryUsageMiB"] = memory_usage_mib
        if sha_256_perf is not UNSET:
            field_dict["sha256Perf"] = sha_256_perf
        if hash_perf is not UNSET:
            field_dict["hashPerf"] = hash_perf
        if memory_size is not UNSET:
            field_dict["memorySize"] = memory_size
        if ur_version is not UNSET:
            field_dict["urVersion"] = ur_version
        if num_cpu is not UNSET:
            field_dict["numCPU"] = num_cpu
        if folder_uses is not UNSET:
            field_dict["folderUses"] = folder_uses
        if device_uses is not UNSET:
            field_dict["deviceUses"] = device_uses
        if announce is not UNSET:
            field_dict["announce"] = announce
        if relays is not UNSET:
            field_dict["relays"] = relays
        if uses_rate_limit is not UNSET:
            field_dict["usesRateLimit"] = uses_rate_limit
        if upgrade_allowed_manual is not UNSET:
            field_dict["upgradeAllowedManual"] = upgrade_allowed_manual
        if upgrade_allowed_auto is not UNSET:
            field_dict["upgradeAllowedAuto"] = upgrade_allowed_auto
        if upgrade_allowed_pre is not UNSET:
            field_dict["upgradeAllowedPre"] = upgrade_allowed_pre
        if rescan_intvs is not UNSET:
            field_dict["rescanIntvs"] = rescan_intvs
        if uptime is not UNSET:
            field_dict["uptime"] = uptime
        if nat_type is not UNSET:
            field_dict["natType"] = nat_type
        if always_local_nets is not UNSET:
            field_dict["alwaysLocalNets"] = always_local_nets
        if cache_ignored_files is not UNSET:
            field_dict["cacheIgnoredFiles"] = cache_ignored_files
        if overwrite_remote_device_names is not UNSET:
            field_dict["overwriteRemoteDeviceNames"] = overwrite_remote_device_names
        if progress_emitter_enabled is not UNSET:
            field_dict["progressEmitterEnabled"] = progress_emitter_enabled
        if custom_default_folder_path is not UNSET:
            field_dict["customDefaultFolderPath"] = custom_default_folder_path
        if weak_hash_selection is not UNSET:
            field_dict["weakHashSelection"] = weak_hash_selection
        if custom_traffic_class is not UNSET:
            field_dict["customTrafficClass"] = custom_traffic_class
        if custom_temp_index_min_blocks is not UNSET:
            field_dict["customTempIndexMinBlocks"] = custom_temp_index_min_blocks
        if temporaries_disabled is not UNSET:
            field_dict["temporariesDisabled"] = temporaries_disabled
        if temporaries_custom is not UNSET:
            field_dict["temporariesCustom"] = temporaries_custom
        if limit_bandwidth_in_lan is not UNSET:
            field_dict["limitBandwidthInLan"] = limit_bandwidth_in_lan
        if custom_release_url is not UNSET:
            field_dict["customReleaseURL"] = custom_release_url
        if restart_on_wakeup is not UNSET:
            field_dict["restartOnWakeup"] = restart_on_wakeup
        if custom_stun_servers is not UNSET:
            field_dict["customStunServers"] = custom_stun_servers
        if folder_uses_v3 is not UNSET:
            field_dict["folderUsesV3"] = folder_uses_v3
        if device_uses_v3 is not UNSET:
            field_dict["deviceUsesV3"] = device_uses_v3
        if gui_stats is not UNSET:
            field_dict["guiStats"] = gui_stats
        if block_stats is not UNSET:
            field_dict["blockStats"] = block_stats
        if transport_stats is not UNSET:
            field_dict["transportStats"] = transport_stats
        if ignore_stats is not UNSET:
            field_dict["ignoreStats"] = ignore_stats
        if weak_hash_enabled is not UNSET:
            field_dict["weakHashEnabled"] = weak_hash_enabled
        if process_rss_mib is not UNSET:
            field_dict["processRSSMiB"] = process_rss_mib
        if received is not UNSET:
            field_dict["received"] = received
        if os is not UNSET:
            field_dict["os"] = os
        if arch is not UNSET:
            field_dict["arch"] = arch
        if compiler is not UNSET:
            field_dict["compiler"] = compiler
        if builder is not UNSET:
            field_dict["builder"] = builder
        if distribution is not UNSET:
            field_dict["distribution"] = distribution
        if country is not UNSET:
            field_dict["country"] = country
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if major_version is not UNSET:
            field_dict["majorVersion"] = major_version
        if dist_dist is not UNSET:
            field_dict["distDist"] = dist_dist
        if dist_os is not UNSET:
            field_dict["distOS"] = dist_os
        if dist_arch is not UNSET:
            field_dict["distArch"] = dist_arch
        if database is not UNSET:
            field_dict["database"] = database

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (UsageReport)", src_dict, None, src_dict)
        try:
            date = src_dict.get("date", UNSET)
            if not _type(date) is str and date is not UNSET:
                raise _invalid("a string", date, "date", src_dict)

            address = src_dict.get("address", UNSET)
            if not _type(address) is str and address is not UNSET:
                raise _invalid("a string", address, "address", src_dict)

            unique_id = src_dict.get("uniqueID", UNSET)
            if not _type(unique_id) is str and unique_id is not UNSET:
                raise _invalid("a string", unique_id, "uniqueID", src_dict)

            version = src_dict.get("version", UNSET)
            if not _type(version) is str and version is not UNSET:
                raise _invalid("a string", version, "version", src_dict)

            long_version = src_dict.get("longVersion", UNSET)
            if not _type(long_version) is str and long_version is not UNSET:
                raise _invalid("a string", long_version, "longVersion", src_dict)

            platform = src_dict.get("platform", UNSET)
            if not _type(platform) is str and platform is not UNSET:
                raise _invalid("a string", platform, "platform", src_dict)

            num_folders = src_dict.get("numFolders", UNSET)
            if not _type(num_folders) is int and num_folders is not UNSET:
                raise _invalid("an integer", num_folders, "numFolders", src_dict)

            num_devices = src_dict.get("numDevices", UNSET)
            if not _type(num_devices) is int and num_devices is not UNSET:
                raise _invalid("an integer", num_devices, "numDevices", src_dict)

            tot_files = src_dict.get("totFiles", UNSET)
            if not _type(tot_files) is int and tot_files is not UNSET:
                raise _invalid("an integer", tot_files, "totFiles", src_dict)

            folder_max_files = src_dict.get("folderMaxFiles", UNSET)
            if not _type(folder_max_files) is int and folder_max_files is not UNSET:
                raise _invalid("an integer", folder_max_files, "folderMaxFiles", src_dict)

            tot_mib = src_dict.get("totMiB", UNSET)
            if not _type(tot_mib) is int and tot_mib is not UNSET:
                raise _invalid("an integer", tot_mib, "totMiB", src_dict)

            folder_max_mib = src_dict.get("folderMaxMiB", UNSET)
            if not _type(folder_max_mib) is int and folder_max_mib is not UNSET:
                raise _invalid("an integer", folder_max_mib, "folderMaxMiB", src_dict)

            memory_usage_mib = src_dict.get("memoryUsageMiB", UNSET)
            if not _type(memory_usage_mib) is int and memory_usage_mib is not UNSET:
                raise _invalid("an integer", memory_usage_mib, "memoryUsageMiB", src_dict)

            sha_256_perf = src_dict.get("sha256Perf", UNSET)
            if not (_type(sha_256_perf) is float or _type(sha_256_perf) is int) and sha_256_perf is not UNSET:
                raise _invalid("a number", sha_256_perf, "sha256Perf", src_dict)

            hash_perf = src_dict.get("hashPerf", UNSET)
            if not (_type(hash_perf) is float or _type(hash_perf) is int) and hash_perf is not UNSET:
                raise _invalid("a number", hash_perf, "hashPerf", src_dict)

            memory_size = src_dict.get("memorySize", UNSET)
            if not _type(memory_size) is int and memory_size is not UNSET:
                raise _invalid("an integer", memory_size, "memorySize", src_dict)

            ur_version = src_dict.get("urVersion", UNSET)
            if not _type(ur_version) is int and ur_version is not UNSET:
                raise _invalid("an integer", ur_version, "urVersion", src_dict)

            num_cpu = src_dict.get("numCPU", UNSET)
            if not _type(num_cpu) is int and num_cpu is not UNSET:
                raise _invalid("an integer", num_cpu, "numCPU", src_dict)

            folder_uses = src_dict.get("folderUses", UNSET)
            if folder_uses is not UNSET:
                try:
                    folder_uses = UsageReportFolderUses.from_dict(folder_uses)
                except _Invalid as _e:
                    raise _e.within("folderUses", None, src_dict) from None

            device_uses = src_dict.get("deviceUses", UNSET)
            if device_uses is not UNSET:
                try:
                    device_uses = UsageReportDeviceUses.from_dict(device_uses)
                except _Invalid as _e:
                    raise _e.within("deviceUses", None, src_dict) from None

            announce = src_dict.get("announce", UNSET)
            if announce is not UNSET:
                try:
                    announce = UsageReportAnnounce.from_dict(announce)
                except _Invalid as _e:
                    raise _e.within("announce", None, src_dict) from None

            relays = src_dict.get("relays", UNSET)
            if relays is not UNSET:
                try:
                    relays = UsageReportRelays.from_dict(relays)
                except _Invalid as _e:
                    raise _e.within("relays", None, src_dict) from None

            uses_rate_limit = src_dict.get("usesRateLimit", UNSET)
            if not _type(uses_rate_limit) is bool and uses_rate_limit is not UNSET:
                raise _invalid("a boolean", uses_rate_limit, "usesRateLimit", src_dict)

            upgrade_allowed_manual = src_dict.get("upgradeAllowedManual", UNSET)
            if not _type(upgrade_allowed_manual) is bool and upgrade_allowed_manual is not UNSET:
                raise _invalid("a boolean", upgrade_allowed_manual, "upgradeAllowedManual", src_dict)

            upgrade_allowed_auto = src_dict.get("upgradeAllowedAuto", UNSET)
            if not _type(upgrade_allowed_auto) is bool and upgrade_allowed_auto is not UNSET:
                raise _invalid("a boolean", upgrade_allowed_auto, "upgradeAllowedAuto", src_dict)

            upgrade_allowed_pre = src_dict.get("upgradeAllowedPre", UNSET)
            if not _type(upgrade_allowed_pre) is bool and upgrade_allowed_pre is not UNSET:
                raise _invalid("a boolean", upgrade_allowed_pre, "upgradeAllowedPre", src_dict)

            rescan_intvs = src_dict.get("rescanIntvs", UNSET)
            if rescan_intvs is not UNSET:
                if _type(rescan_intvs) is not list or not _only_int(map(_type, rescan_intvs)):
                    raise _bad_item("an integer", _int_types, rescan_intvs, "rescanIntvs", src_dict)

            uptime = src_dict.get("uptime", UNSET)
            if not _type(uptime) is int and uptime is not UNSET:
                raise _invalid("an integer", uptime, "uptime", src_dict)

            nat_type = src_dict.get("natType", UNSET)
            if not _type(nat_type) is str and nat_type is not UNSET:
                raise _invalid("a string", nat_type, "natType", src_dict)

            always_local_nets = src_dict.get("alwaysLocalNets", UNSET)
            if not _type(always_local_nets) is bool and always_local_nets is not UNSET:
                raise _invalid("a boolean", always_local_nets, "alwaysLocalNets", src_dict)

            cache_ignored_files = src_dict.get("cacheIgnoredFiles", UNSET)
            if not _type(cache_ignored_files) is bool and cache_ignored_files is not UNSET:
                raise _invalid("a boolean", cache_ignored_files, "cacheIgnoredFiles", src_dict)

            overwrite_remote_device_names = src_dict.get("overwriteRemoteDeviceNames", UNSET)
            if not _type(overwrite_remote_device_names) is bool and overwrite_remote_device_names is not UNSET:
                raise _invalid("a boolean", overwrite_remote_device_names, "overwriteRemoteDeviceNames", src_dict)

            progress_emitter_enabled = src_dict.get("progressEmitterEnabled", UNSET)
            if not _type(progress_emitter_enabled) is bool and progress_emitter_enabled is not UNSET:
                raise _invalid("a boolean", progress_emitter_enabled, "progressEmitterEnabled", src_dict)

            custom_default_folder_path = src_dict.get("customDefaultFolderPath", UNSET)
            if not _type(custom_default_folder_path) is bool and custom_default_folder_path is not UNSET:
                raise _invalid("a boolean", custom_default_folder_path, "customDefaultFolderPath", src_dict)

            weak_hash_selection = src_dict.get("weakHashSelection", UNSET)
            if not _type(weak_hash_selection) is str and weak_hash_selection is not UNSET:
                raise _invalid("a string", weak_hash_selection, "weakHashSelection", src_dict)

            custom_traffic_class = src_dict.get("customTrafficClass", UNSET)
            if not _type(custom_traffic_class) is bool and custom_traffic_class is not UNSET:
                raise _invalid("a boolean", custom_traffic_class, "customTrafficClass", src_dict)

            custom_temp_index_min_blocks = src_dict.get("customTempIndexMinBlocks", UNSET)
            if not _type(custom_temp_index_min_blocks) is bool and custom_temp_index_min_blocks is not UNSET:
                raise _invalid("a boolean", custom_temp_index_min_blocks, "customTempIndexMinBlocks", src_dict)

            temporaries_disabled = src_dict.get("temporariesDisabled", UNSET)
            if not _type(temporaries_disabled) is bool and temporaries_disabled is not UNSET:
                raise _invalid("a boolean", temporaries_disabled, "temporariesDisabled", src_dict)

            temporaries_custom = src_dict.get("temporariesCustom", UNSET)
            if not _type(temporaries_custom) is bool and temporaries_custom is not UNSET:
                raise _invalid("a boolean", temporaries_custom, "temporariesCustom", src_dict)

            limit_bandwidth_in_lan = src_dict.get("limitBandwidthInLan", UNSET)
            if not _type(limit_bandwidth_in_lan) is bool and limit_bandwidth_in_lan is not UNSET:
                raise _invalid("a boolean", limit_bandwidth_in_lan, "limitBandwidthInLan", src_dict)

            custom_release_url = src_dict.get("customReleaseURL", UNSET)
            if not _type(custom_release_url) is bool and custom_release_url is not UNSET:
                raise _invalid("a boolean", custom_release_url, "customReleaseURL", src_dict)

            restart_on_wakeup = src_dict.get("restartOnWakeup", UNSET)
            if not _type(restart_on_wakeup) is bool and restart_on_wakeup is not UNSET:
                raise _invalid("a boolean", restart_on_wakeup, "restartOnWakeup", src_dict)

            custom_stun_servers = src_dict.get("customStunServers", UNSET)
            if not _type(custom_stun_servers) is bool and custom_stun_servers is not UNSET:
                raise _invalid("a boolean", custom_stun_servers, "customStunServers", src_dict)

            folder_uses_v3 = src_dict.get("folderUsesV3", UNSET)
            if folder_uses_v3 is not UNSET:
                try:
                    folder_uses_v3 = UsageReportFolderUsesV3.from_dict(folder_uses_v3)
                except _Invalid as _e:
                    raise _e.within("folderUsesV3", None, src_dict) from None

            device_uses_v3 = src_dict.get("deviceUsesV3", UNSET)
            if device_uses_v3 is not UNSET:
                try:
                    device_uses_v3 = UsageReportDeviceUsesV3.from_dict(device_uses_v3)
                except _Invalid as _e:
                    raise _e.within("deviceUsesV3", None, src_dict) from None

            gui_stats = src_dict.get("guiStats", UNSET)
            if gui_stats is not UNSET:
                try:
                    gui_stats = UsageReportGUIStats.from_dict(gui_stats)
                except _Invalid as _e:
                    raise _e.within("guiStats", None, src_dict) from None

            block_stats = src_dict.get("blockStats", UNSET)
            if block_stats is not UNSET:
                try:
                    block_stats = UsageReportBlockStats.from_dict(block_stats)
                except _Invalid as _e:
                    raise _e.within("blockStats", None, src_dict) from None

            transport_stats = src_dict.get("transportStats", UNSET)
            if transport_stats is not UNSET:
                try:
                    transport_stats = UsageReportTransportStats.from_dict(transport_stats)
                except _Invalid as _e:
                    raise _e.within("transportStats", None, src_dict) from None

            ignore_stats = src_dict.get("ignoreStats", UNSET)
            if ignore_stats is not UNSET:
                try:
                    ignore_stats = UsageReportIgnoreStats.from_dict(ignore_stats)
                except _Invalid as _e:
                    raise _e.within("ignoreStats", None, src_dict) from None

            weak_hash_enabled = src_dict.get("weakHashEnabled", UNSET)
            if not _type(weak_hash_enabled) is bool and weak_hash_enabled is not UNSET:
                raise _invalid("a boolean", weak_hash_enabled, "weakHashEnabled", src_dict)

            process_rss_mib = src_dict.get("processRSSMiB", UNSET)
            if not _type(process_rss_mib) is int and process_rss_mib is not UNSET:
                raise _invalid("an integer", process_rss_mib, "processRSSMiB", src_dict)

            received = src_dict.get("received", UNSET)
            if received is not UNSET:
                try:
                    received = _parse_timestamp(received)
                except (TypeError, ValueError):
                    raise _invalid("a date-time", received, "received", src_dict) from None

            os = src_dict.get("os", UNSET)
            if not _type(os) is str and os is not UNSET:
                raise _invalid("a string", os, "os", src_dict)

            arch = src_dict.get("arch", UNSET)
            if not _type(arch) is str and arch is not UNSET:
                raise _invalid("a string", arch, "arch", src_dict)

            compiler = src_dict.get("compiler", UNSET)
            if not _type(compiler) is str and compiler is not UNSET:
                raise _invalid("a string", compiler, "compiler", src_dict)

            builder = src_dict.get("builder", UNSET)
            if not _type(builder) is str and builder is not UNSET:
                raise _invalid("a string", builder, "builder", src_dict)

            distribution = src_dict.get("distribution", UNSET)
            if not _type(distribution) is str and distribution is not UNSET:
                raise _invalid("a string", distribution, "distribution", src_dict)

            country = src_dict.get("country", UNSET)
            if not _type(country) is str and country is not UNSET:
                raise _invalid("a string", country, "country", src_dict)

            country_code = src_dict.get("countryCode", UNSET)
            if not _type(country_code) is str and country_code is not UNSET:
                raise _invalid("a string", country_code, "countryCode", src_dict)

            major_version = src_dict.get("majorVersion", UNSET)
            if not _type(major_version) is str and major_version is not UNSET:
                raise _invalid("a string", major_version, "majorVersion", src_dict)

            dist_dist = src_dict.get("distDist", UNSET)
            if not _type(dist_dist) is str and dist_dist is not UNSET:
                raise _invalid("a string", dist_dist, "distDist", src_dict)

            dist_os = src_dict.get("distOS", UNSET)
            if not _type(dist_os) is str and dist_os is not UNSET:
                raise _invalid("a string", dist_os, "distOS", src_dict)

            dist_arch = src_dict.get("distArch", UNSET)
            if not _type(dist_arch) is str and dist_arch is not UNSET:
                raise _invalid("a string", dist_arch, "distArch", src_dict)

            database = src_dict.get("database", UNSET)
            if database is not UNSET:
                try:
                    database = UsageReportDatabase.from_dict(database)
                except _Invalid as _e:
                    raise _e.within("database", None, src_dict) from None

            usage_report = cls(
                date,
                address,
                unique_id,
                version,
                long_version,
                platform,
                num_folders,
                num_devices,
                tot_files,
                folder_max_files,
                tot_mib,
                folder_max_mib,
                memory_usage_mib,
                sha_256_perf,
                hash_perf,
                memory_size,
                ur_version,
                num_cpu,
                folder_uses,
                device_uses,
                announce,
                relays,
                uses_rate_limit,
                upgrade_allowed_manual,
                upgrade_allowed_auto,
                upgrade_allowed_pre,
                rescan_intvs,
                uptime,
                nat_type,
                always_local_nets,
                cache_ignored_files,
                overwrite_remote_device_names,
                progress_emitter_enabled,
                custom_default_folder_path,
                weak_hash_selection,
                custom_traffic_class,
                custom_temp_index_min_blocks,
                temporaries_disabled,
                temporaries_custom,
                limit_bandwidth_in_lan,
                custom_release_url,
                restart_on_wakeup,
                custom_stun_servers,
                folder_uses_v3,
                device_uses_v3,
                gui_stats,
                block_stats,
                transport_stats,
                ignore_stats,
                weak_hash_enabled,
                process_rss_mib,
                received,
                os,
                arch,
                compiler,
                builder,
                distribution,
                country,
                country_code,
                major_version,
                dist_dist,
                dist_os,
                dist_arch,
                database,
            )
            if len(src_dict) != 64 - (
                date,
                address,
                unique_id,
                version,
                long_version,
                platform,
                num_folders,
                num_devices,
                tot_files,
                folder_max_files,
                tot_mib,
                folder_max_mib,
                memory_usage_mib,
                sha_256_perf,
                hash_perf,
                memory_size,
                ur_version,
                num_cpu,
                folder_uses,
                device_uses,
                announce,
                relays,
                uses_rate_limit,
                upgrade_allowed_manual,
                upgrade_allowed_auto,
                upgrade_allowed_pre,
                rescan_intvs,
                uptime,
                nat_type,
                always_local_nets,
                cache_ignored_files,
                overwrite_remote_device_names,
                progress_emitter_enabled,
                custom_default_folder_path,
                weak_hash_selection,
                custom_traffic_class,
                custom_temp_index_min_blocks,
                temporaries_disabled,
                temporaries_custom,
                limit_bandwidth_in_lan,
                custom_release_url,
                restart_on_wakeup,
                custom_stun_servers,
                folder_uses_v3,
                device_uses_v3,
                gui_stats,
                block_stats,
                transport_stats,
                ignore_stats,
                weak_hash_enabled,
                process_rss_mib,
                received,
                os,
                arch,
                compiler,
                builder,
                distribution,
                country,
                country_code,
                major_version,
                dist_dist,
                dist_os,
                dist_arch,
                database,
            ).count(UNSET):
                usage_report.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return usage_report

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.usage_report_announce import UsageReportAnnounce  # noqa: E402
from ..models.usage_report_block_stats import UsageReportBlockStats  # noqa: E402
from ..models.usage_report_database import UsageReportDatabase  # noqa: E402
from ..models.usage_report_device_uses import UsageReportDeviceUses  # noqa: E402
from ..models.usage_report_device_uses_v3 import UsageReportDeviceUsesV3  # noqa: E402
from ..models.usage_report_folder_uses import UsageReportFolderUses  # noqa: E402
from ..models.usage_report_folder_uses_v3 import UsageReportFolderUsesV3  # noqa: E402
from ..models.usage_report_gui_stats import UsageReportGUIStats  # noqa: E402
from ..models.usage_report_ignore_stats import UsageReportIgnoreStats  # noqa: E402
from ..models.usage_report_relays import UsageReportRelays  # noqa: E402
from ..models.usage_report_transport_stats import UsageReportTransportStats  # noqa: E402
