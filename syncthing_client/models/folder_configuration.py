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
from ..models.block_pull_order import BlockPullOrder
from ..models.copy_range_method import CopyRangeMethod
from ..models.filesystem_type import FilesystemType
from ..models.folder_type import FolderType
from ..models.pull_order import PullOrder
from ..types import UNSET, Unset

T = TypeVar("T", bound="FolderConfiguration")

_KNOWN_KEYS = frozenset(
    (
        "id",
        "label",
        "filesystemType",
        "path",
        "type",
        "devices",
        "rescanIntervalS",
        "fsWatcherEnabled",
        "fsWatcherDelayS",
        "ignorePerms",
        "autoNormalize",
        "minDiskFree",
        "versioning",
        "copiers",
        "pullerMaxPendingKiB",
        "hashers",
        "order",
        "ignoreDelete",
        "scanProgressIntervalS",
        "pullerPauseS",
        "maxConflicts",
        "disableSparseFiles",
        "paused",
        "markerName",
        "copyOwnershipFromParent",
        "modTimeWindowS",
        "maxConcurrentWrites",
        "disableFsync",
        "blockPullOrder",
        "copyRangeMethod",
        "caseSensitiveFS",
        "junctionsAsDirs",
        "disableTempIndexes",
        "weakHashThresholdPct",
        "fsWatcherTimeoutS",
        "syncOwnership",
        "sendOwnership",
        "syncXattrs",
        "sendXattrs",
        "xattrFilter",
        "group",
        "pullerDelayS",
        "blockIndexing",
    )
)


@_extras_in_repr
@_attrs_define
class FolderConfiguration:
    """A folder's settings.

    Attributes:
        id (str): The folder ID, the same on every device sharing it.
        label (str): Display name.
        filesystem_type (FilesystemType): `basic` (plain directories) or `fake` (testing). 1.x reads an unknown value as
            `basic`; from 1.29.6 and 2.0.0 an unknown one is kept and the folder fails to start.
        path (str): Where the folder lives on disk (`~` is the user's home).
        type (FolderType): What a folder does with changes: `sendreceive` (both ways), `sendonly`, `receiveonly`,
            `receiveencrypted` (holds data encrypted for an untrusted device). Syncthing reads an unknown value as
            `sendreceive`.
        devices (list[FolderDeviceConfiguration]): Each item: A device a folder is shared with.
        rescan_interval_s (int): Seconds between full scans; 0 disables them. A negative value is stored as 0.
        fs_watcher_enabled (bool): Watch the filesystem for changes.
        fs_watcher_delay_s (float): Seconds the watcher gathers changes before scanning them. 0 or less is stored as 10.
        ignore_perms (bool): Announce files without permission bits; other devices create them with their default
            permissions.
        auto_normalize (bool): Correct UTF-8 normalization errors in file names automatically.
        min_disk_free (Size): A size or a share: `value` in `unit` (`%`, `B`, `kB`, `MB`, `GB`, `TB`; decimal).
        versioning (VersioningConfiguration): How replaced and deleted files are archived. Syncthing always sends all
            five fields; a request may send only `type` (the GUI sends `{"type": ""}` for no versioning, and a type with
            `params` and `cleanupIntervalS` otherwise): the rest come from the folder template.
        copiers (int): Copier routines to use; 0 for the system-determined optimum.
        puller_max_pending_kib (int): Outstanding requested data (KiB) at which the puller stops sending requests to
            other devices.
        hashers (int): Hasher routines to use; 0 for the system-determined optimum.
        order (PullOrder): The order files are pulled in. Syncthing reads an unknown value as `random`.
        ignore_delete (bool): Ignore deletions announced by other devices (discouraged).
        scan_progress_interval_s (int): Seconds between scan progress updates; 0 takes the default (2), -1 disables
            them.
        puller_pause_s (int): Rate limit of the puller when it retries pulling files (a tweak, rarely changed).
        max_conflicts (int): Conflict copies to keep per file; -1 for no limit, 0 disables conflict copies.
        disable_sparse_files (bool): Write blocks of zeros instead of leaving files sparse.
        paused (bool): The folder is paused.
        marker_name (str): Name of the marker directory that must exist at the folder root.
        copy_ownership_from_parent (bool): On Unix, copy ownership from the parent directory (needs privileges such as
            CAP_CHOWN).
        mod_time_window_s (int): Modification time difference (seconds) still taken as equal when comparing files.
        max_concurrent_writes (int): 0 or less is stored as 2.
        disable_fsync (bool): Record file operations in the database without committing them to disk first (unsafe).
        block_pull_order (BlockPullOrder): The order blocks of a file are pulled in. Syncthing reads an unknown value as
            `standard`.
        copy_range_method (CopyRangeMethod): How data is copied within a filesystem. Syncthing reads an unknown value as
            `standard`.
        case_sensitive_fs (bool): Skip the extra safety checks for case-insensitive filesystems.
        junctions_as_dirs (bool): Treat NTFS directory junctions as ordinary directories.
        disable_temp_indexes (bool | Unset): 1.x only.
        weak_hash_threshold_pct (int | Unset): Use the rolling hash when at least this share of a file changed (1.x
            only).
        fs_watcher_timeout_s (float | Unset): Longest delay for a watched change (1.29.5 and later).
        sync_ownership (bool | Unset): Sync file and directory ownership. Sent by 1.29.5 and 2.1.3 only.
        send_ownership (bool | Unset): Scan and send file and directory ownership. Sent by 1.29.5 and 2.1.3 only.
        sync_xattrs (bool | Unset): Sync extended attributes. Sent by 1.29.5 and 2.1.3 only.
        send_xattrs (bool | Unset): Scan and send extended attributes. Sent by 1.29.5 and 2.1.3 only.
        xattr_filter (XattrFilter | Unset): Which extended attributes are synced (1.29.5 and later).
        group (str | Unset): A free-form group name (2.1 and later).
        puller_delay_s (float | Unset): 2.x only.
        block_indexing (bool | Unset): Keep an index of every block's hash, so blocks can be reused between files. 2.x
            only.
    """

    id: str
    label: str
    filesystem_type: FilesystemType
    path: str
    type: FolderType
    devices: list[FolderDeviceConfiguration]
    rescan_interval_s: int
    fs_watcher_enabled: bool
    fs_watcher_delay_s: float
    ignore_perms: bool
    auto_normalize: bool
    min_disk_free: Size
    versioning: VersioningConfiguration
    copiers: int
    puller_max_pending_kib: int
    hashers: int
    order: PullOrder
    ignore_delete: bool
    scan_progress_interval_s: int
    puller_pause_s: int
    max_conflicts: int
    disable_sparse_files: bool
    paused: bool
    marker_name: str
    copy_ownership_from_parent: bool
    mod_time_window_s: int
    max_concurrent_writes: int
    disable_fsync: bool
    block_pull_order: BlockPullOrder
    copy_range_method: CopyRangeMethod
    case_sensitive_fs: bool
    junctions_as_dirs: bool
    disable_temp_indexes: bool | Unset = UNSET
    weak_hash_threshold_pct: int | Unset = UNSET
    fs_watcher_timeout_s: float | Unset = UNSET
    sync_ownership: bool | Unset = UNSET
    send_ownership: bool | Unset = UNSET
    sync_xattrs: bool | Unset = UNSET
    send_xattrs: bool | Unset = UNSET
    xattr_filter: XattrFilter | Unset = UNSET
    group: str | Unset = UNSET
    puller_delay_s: float | Unset = UNSET
    block_indexing: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        filesystem_type: str = self.filesystem_type

        path = self.path

        type: str = self.type

        devices = []
        for devices_item_data in self.devices:
            devices_item = devices_item_data.to_dict()
            devices.append(devices_item)

        rescan_interval_s = self.rescan_interval_s

        fs_watcher_enabled = self.fs_watcher_enabled

        fs_watcher_delay_s = self.fs_watcher_delay_s

        ignore_perms = self.ignore_perms

        auto_normalize = self.auto_normalize

        min_disk_free = self.min_disk_free.to_dict()

        versioning = self.versioning.to_dict()

        copiers = self.copiers

        puller_max_pending_kib = self.puller_max_pending_kib

        hashers = self.hashers

        order: str = self.order

        ignore_delete = self.ignore_delete

        scan_progress_interval_s = self.scan_progress_interval_s

        puller_pause_s = self.puller_pause_s

        max_conflicts = self.max_conflicts

        disable_sparse_files = self.disable_sparse_files

        paused = self.paused

        marker_name = self.marker_name

        copy_ownership_from_parent = self.copy_ownership_from_parent

        mod_time_window_s = self.mod_time_window_s

        max_concurrent_writes = self.max_concurrent_writes

        disable_fsync = self.disable_fsync

        block_pull_order: str = self.block_pull_order

        copy_range_method: str = self.copy_range_method

        case_sensitive_fs = self.case_sensitive_fs

        junctions_as_dirs = self.junctions_as_dirs

        disable_temp_indexes = self.disable_temp_indexes

        weak_hash_threshold_pct = self.weak_hash_threshold_pct

        fs_watcher_timeout_s = self.fs_watcher_timeout_s

        sync_ownership = self.sync_ownership

        send_ownership = self.send_ownership

        sync_xattrs = self.sync_xattrs

        send_xattrs = self.send_xattrs

        xattr_filter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.xattr_filter, Unset):
            xattr_filter = self.xattr_filter.to_dict()

        group = self.group

        puller_delay_s = self.puller_delay_s

        block_indexing = self.block_indexing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "label": label,
                "filesystemType": filesystem_type,
                "path": path,
                "type": type,
                "devices": devices,
                "rescanIntervalS": rescan_interval_s,
                "fsWatcherEnabled": fs_watcher_enabled,
                "fsWatcherDelayS": fs_watcher_delay_s,
                "ignorePerms": ignore_perms,
                "autoNormalize": auto_normalize,
                "minDiskFree": min_disk_free,
                "versioning": versioning,
                "copiers": copiers,
                "pullerMaxPendingKiB": puller_max_pending_kib,
                "hashers": hashers,
                "order": order,
                "ignoreDelete": ignore_delete,
                "scanProgressIntervalS": scan_progress_interval_s,
                "pullerPauseS": puller_pause_s,
                "maxConflicts": max_conflicts,
                "disableSparseFiles": disable_sparse_files,
                "paused": paused,
                "markerName": marker_name,
                "copyOwnershipFromParent": copy_ownership_from_parent,
                "modTimeWindowS": mod_time_window_s,
                "maxConcurrentWrites": max_concurrent_writes,
                "disableFsync": disable_fsync,
                "blockPullOrder": block_pull_order,
                "copyRangeMethod": copy_range_method,
                "caseSensitiveFS": case_sensitive_fs,
                "junctionsAsDirs": junctions_as_dirs,
            }
        )
        if disable_temp_indexes is not UNSET:
            field_dict["disableTempIndexes"] = disable_temp_indexes
        if weak_hash_threshold_pct is not UNSET:
            field_dict["weakHashThresholdPct"] = weak_hash_threshold_pct
        if fs_watcher_timeout_s is not UNSET:
            field_dict["fsWatcherTimeoutS"] = fs_watcher_timeout_s
        if sync_ownership is not UNSET:
            field_dict["syncOwnership"] = sync_ownership
        if send_ownership is not UNSET:
            field_dict["sendOwnership"] = send_ownership
        if sync_xattrs is not UNSET:
            field_dict["syncXattrs"] = sync_xattrs
        if send_xattrs is not UNSET:
            field_dict["sendXattrs"] = send_xattrs
        if xattr_filter is not UNSET:
            field_dict["xattrFilter"] = xattr_filter
        if group is not UNSET:
            field_dict["group"] = group
        if puller_delay_s is not UNSET:
            field_dict["pullerDelayS"] = puller_delay_s
        if block_indexing is not UNSET:
            field_dict["blockIndexing"] = block_indexing

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (FolderConfiguration)", src_dict, None, src_dict)
        try:
            id = src_dict["id"]
            if not _type(id) is str:
                raise _invalid("a string", id, "id", src_dict)

            label = src_dict["label"]
            if not _type(label) is str:
                raise _invalid("a string", label, "label", src_dict)

            filesystem_type: FilesystemType = src_dict["filesystemType"]
            if not _type(filesystem_type) is str:
                raise _invalid("a string", filesystem_type, "filesystemType", src_dict)

            path = src_dict["path"]
            if not _type(path) is str:
                raise _invalid("a string", path, "path", src_dict)

            type: FolderType = src_dict["type"]
            if not _type(type) is str:
                raise _invalid("a string", type, "type", src_dict)

            devices = src_dict["devices"]
            if _type(devices) is not list:
                raise _invalid("a list", devices, "devices", src_dict)
            try:
                devices = [FolderDeviceConfiguration.from_dict(_item) for _item in devices]
            except _Invalid as _e:
                raise _e.within("devices", src_dict["devices"], src_dict) from None

            rescan_interval_s = src_dict["rescanIntervalS"]
            if not _type(rescan_interval_s) is int:
                raise _invalid("an integer", rescan_interval_s, "rescanIntervalS", src_dict)

            fs_watcher_enabled = src_dict["fsWatcherEnabled"]
            if not _type(fs_watcher_enabled) is bool:
                raise _invalid("a boolean", fs_watcher_enabled, "fsWatcherEnabled", src_dict)

            fs_watcher_delay_s = src_dict["fsWatcherDelayS"]
            if not (_type(fs_watcher_delay_s) is float or _type(fs_watcher_delay_s) is int):
                raise _invalid("a number", fs_watcher_delay_s, "fsWatcherDelayS", src_dict)

            ignore_perms = src_dict["ignorePerms"]
            if not _type(ignore_perms) is bool:
                raise _invalid("a boolean", ignore_perms, "ignorePerms", src_dict)

            auto_normalize = src_dict["autoNormalize"]
            if not _type(auto_normalize) is bool:
                raise _invalid("a boolean", auto_normalize, "autoNormalize", src_dict)

            try:
                min_disk_free = Size.from_dict(src_dict["minDiskFree"])
            except _Invalid as _e:
                raise _e.within("minDiskFree", None, src_dict) from None

            try:
                versioning = VersioningConfiguration.from_dict(src_dict["versioning"])
            except _Invalid as _e:
                raise _e.within("versioning", None, src_dict) from None

            copiers = src_dict["copiers"]
            if not _type(copiers) is int:
                raise _invalid("an integer", copiers, "copiers", src_dict)

            puller_max_pending_kib = src_dict["pullerMaxPendingKiB"]
            if not _type(puller_max_pending_kib) is int:
                raise _invalid("an integer", puller_max_pending_kib, "pullerMaxPendingKiB", src_dict)

            hashers = src_dict["hashers"]
            if not _type(hashers) is int:
                raise _invalid("an integer", hashers, "hashers", src_dict)

            order: PullOrder = src_dict["order"]
            if not _type(order) is str:
                raise _invalid("a string", order, "order", src_dict)

            ignore_delete = src_dict["ignoreDelete"]
            if not _type(ignore_delete) is bool:
                raise _invalid("a boolean", ignore_delete, "ignoreDelete", src_dict)

            scan_progress_interval_s = src_dict["scanProgressIntervalS"]
            if not _type(scan_progress_interval_s) is int:
                raise _invalid("an integer", scan_progress_interval_s, "scanProgressIntervalS", src_dict)

            puller_pause_s = src_dict["pullerPauseS"]
            if not _type(puller_pause_s) is int:
                raise _invalid("an integer", puller_pause_s, "pullerPauseS", src_dict)

            max_conflicts = src_dict["maxConflicts"]
            if not _type(max_conflicts) is int:
                raise _invalid("an integer", max_conflicts, "maxConflicts", src_dict)

            disable_sparse_files = src_dict["disableSparseFiles"]
            if not _type(disable_sparse_files) is bool:
                raise _invalid("a boolean", disable_sparse_files, "disableSparseFiles", src_dict)

            paused = src_dict["paused"]
            if not _type(paused) is bool:
                raise _invalid("a boolean", paused, "paused", src_dict)

            marker_name = src_dict["markerName"]
            if not _type(marker_name) is str:
                raise _invalid("a string", marker_name, "markerName", src_dict)

            copy_ownership_from_parent = src_dict["copyOwnershipFromParent"]
            if not _type(copy_ownership_from_parent) is bool:
                raise _invalid("a boolean", copy_ownership_from_parent, "copyOwnershipFromParent", src_dict)

            mod_time_window_s = src_dict["modTimeWindowS"]
            if not _type(mod_time_window_s) is int:
                raise _invalid("an integer", mod_time_window_s, "modTimeWindowS", src_dict)

            max_concurrent_writes = src_dict["maxConcurrentWrites"]
            if not _type(max_concurrent_writes) is int:
                raise _invalid("an integer", max_concurrent_writes, "maxConcurrentWrites", src_dict)

            disable_fsync = src_dict["disableFsync"]
            if not _type(disable_fsync) is bool:
                raise _invalid("a boolean", disable_fsync, "disableFsync", src_dict)

            block_pull_order: BlockPullOrder = src_dict["blockPullOrder"]
            if not _type(block_pull_order) is str:
                raise _invalid("a string", block_pull_order, "blockPullOrder", src_dict)

            copy_range_method: CopyRangeMethod = src_dict["copyRangeMethod"]
            if not _type(copy_range_method) is str:
                raise _invalid("a string", copy_range_method, "copyRangeMethod", src_dict)

            case_sensitive_fs = src_dict["caseSensitiveFS"]
            if not _type(case_sensitive_fs) is bool:
                raise _invalid("a boolean", case_sensitive_fs, "caseSensitiveFS", src_dict)

            junctions_as_dirs = src_dict["junctionsAsDirs"]
            if not _type(junctions_as_dirs) is bool:
                raise _invalid("a boolean", junctions_as_dirs, "junctionsAsDirs", src_dict)

            disable_temp_indexes = src_dict.get("disableTempIndexes", UNSET)
            if not _type(disable_temp_indexes) is bool and disable_temp_indexes is not UNSET:
                raise _invalid("a boolean", disable_temp_indexes, "disableTempIndexes", src_dict)

            weak_hash_threshold_pct = src_dict.get("weakHashThresholdPct", UNSET)
            if not _type(weak_hash_threshold_pct) is int and weak_hash_threshold_pct is not UNSET:
                raise _invalid("an integer", weak_hash_threshold_pct, "weakHashThresholdPct", src_dict)

            fs_watcher_timeout_s = src_dict.get("fsWatcherTimeoutS", UNSET)
            if (
                not (_type(fs_watcher_timeout_s) is float or _type(fs_watcher_timeout_s) is int)
                and fs_watcher_timeout_s is not UNSET
            ):
                raise _invalid("a number", fs_watcher_timeout_s, "fsWatcherTimeoutS", src_dict)

            sync_ownership = src_dict.get("syncOwnership", UNSET)
            if not _type(sync_ownership) is bool and sync_ownership is not UNSET:
                raise _invalid("a boolean", sync_ownership, "syncOwnership", src_dict)

            send_ownership = src_dict.get("sendOwnership", UNSET)
            if not _type(send_ownership) is bool and send_ownership is not UNSET:
                raise _invalid("a boolean", send_ownership, "sendOwnership", src_dict)

            sync_xattrs = src_dict.get("syncXattrs", UNSET)
            if not _type(sync_xattrs) is bool and sync_xattrs is not UNSET:
                raise _invalid("a boolean", sync_xattrs, "syncXattrs", src_dict)

            send_xattrs = src_dict.get("sendXattrs", UNSET)
            if not _type(send_xattrs) is bool and send_xattrs is not UNSET:
                raise _invalid("a boolean", send_xattrs, "sendXattrs", src_dict)

            xattr_filter = src_dict.get("xattrFilter", UNSET)
            if xattr_filter is not UNSET:
                try:
                    xattr_filter = XattrFilter.from_dict(xattr_filter)
                except _Invalid as _e:
                    raise _e.within("xattrFilter", None, src_dict) from None

            group = src_dict.get("group", UNSET)
            if not _type(group) is str and group is not UNSET:
                raise _invalid("a string", group, "group", src_dict)

            puller_delay_s = src_dict.get("pullerDelayS", UNSET)
            if not (_type(puller_delay_s) is float or _type(puller_delay_s) is int) and puller_delay_s is not UNSET:
                raise _invalid("a number", puller_delay_s, "pullerDelayS", src_dict)

            block_indexing = src_dict.get("blockIndexing", UNSET)
            if not _type(block_indexing) is bool and block_indexing is not UNSET:
                raise _invalid("a boolean", block_indexing, "blockIndexing", src_dict)

            folder_configuration = cls(
                id,
                label,
                filesystem_type,
                path,
                type,
                devices,
                rescan_interval_s,
                fs_watcher_enabled,
                fs_watcher_delay_s,
                ignore_perms,
                auto_normalize,
                min_disk_free,
                versioning,
                copiers,
                puller_max_pending_kib,
                hashers,
                order,
                ignore_delete,
                scan_progress_interval_s,
                puller_pause_s,
                max_conflicts,
                disable_sparse_files,
                paused,
                marker_name,
                copy_ownership_from_parent,
                mod_time_window_s,
                max_concurrent_writes,
                disable_fsync,
                block_pull_order,
                copy_range_method,
                case_sensitive_fs,
                junctions_as_dirs,
                disable_temp_indexes,
                weak_hash_threshold_pct,
                fs_watcher_timeout_s,
                sync_ownership,
                send_ownership,
                sync_xattrs,
                send_xattrs,
                xattr_filter,
                group,
                puller_delay_s,
                block_indexing,
            )
            if len(src_dict) != 43 - (
                disable_temp_indexes,
                weak_hash_threshold_pct,
                fs_watcher_timeout_s,
                sync_ownership,
                send_ownership,
                sync_xattrs,
                send_xattrs,
                xattr_filter,
                group,
                puller_delay_s,
                block_indexing,
            ).count(UNSET):
                folder_configuration.additional_properties = {
                    key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
                }

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return folder_configuration

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.folder_device_configuration import FolderDeviceConfiguration  # noqa: E402
from ..models.size import Size  # noqa: E402
from ..models.versioning_configuration import VersioningConfiguration  # noqa: E402
from ..models.xattr_filter import XattrFilter  # noqa: E402
