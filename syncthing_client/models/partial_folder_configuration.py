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

T = TypeVar("T", bound="PartialFolderConfiguration")

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
        "disableTempIndexes",
        "paused",
        "weakHashThresholdPct",
        "markerName",
        "copyOwnershipFromParent",
        "modTimeWindowS",
        "maxConcurrentWrites",
        "disableFsync",
        "blockPullOrder",
        "copyRangeMethod",
        "caseSensitiveFS",
        "junctionsAsDirs",
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
class PartialFolderConfiguration:
    """Any subset of the fields of `FolderConfiguration`: on POST the missing ones take their defaults, on PATCH they keep
    their values. Replacing (PUT) takes the whole object.

        Attributes:
            id (str | Unset): The folder ID, the same on every device sharing it.
            label (str | Unset): Display name.
            filesystem_type (FilesystemType | Unset): `basic` (plain directories) or `fake` (testing). 1.x reads an unknown
                value as `basic`; from 1.29.6 and 2.0.0 an unknown one is kept and the folder fails to start.
            path (str | Unset): Where the folder lives on disk (`~` is the user's home).
            type (FolderType | Unset): What a folder does with changes: `sendreceive` (both ways), `sendonly`,
                `receiveonly`, `receiveencrypted` (holds data encrypted for an untrusted device). Syncthing reads an unknown
                value as `sendreceive`.
            devices (list[PartialFolderDeviceConfiguration] | Unset): Each item: A device a folder is shared with, in a
                folder body that may leave fields out.
            rescan_interval_s (int | Unset): Seconds between full scans; 0 disables them. A negative value is stored as 0.
            fs_watcher_enabled (bool | Unset): Watch the filesystem for changes.
            fs_watcher_delay_s (float | Unset): Seconds the watcher gathers changes before scanning them. 0 or less is
                stored as 10.
            ignore_perms (bool | Unset): Announce files without permission bits; other devices create them with their
                default permissions.
            auto_normalize (bool | Unset): Correct UTF-8 normalization errors in file names automatically.
            min_disk_free (Size | Unset): A size or a share: `value` in `unit` (`%`, `B`, `kB`, `MB`, `GB`, `TB`; decimal).
            versioning (PartialVersioningConfiguration | Unset): The fields of `VersioningConfiguration` to set. On POST the
                missing ones take their defaults. On PATCH `type`, `fsPath` and `fsType` left out keep their values and `params`
                is merged key by key (a key cannot be removed: use PUT), but `cleanupIntervalS` must be given (1.19.2 and 1.29.5
                checked).
            copiers (int | Unset): Copier routines to use; 0 for the system-determined optimum.
            puller_max_pending_kib (int | Unset): Outstanding requested data (KiB) at which the puller stops sending
                requests to other devices.
            hashers (int | Unset): Hasher routines to use; 0 for the system-determined optimum.
            order (PullOrder | Unset): The order files are pulled in. Syncthing reads an unknown value as `random`.
            ignore_delete (bool | Unset): Ignore deletions announced by other devices (discouraged).
            scan_progress_interval_s (int | Unset): Seconds between scan progress updates; 0 takes the default (2), -1
                disables them.
            puller_pause_s (int | Unset): Rate limit of the puller when it retries pulling files (a tweak, rarely changed).
            max_conflicts (int | Unset): Conflict copies to keep per file; -1 for no limit, 0 disables conflict copies.
            disable_sparse_files (bool | Unset): Write blocks of zeros instead of leaving files sparse.
            disable_temp_indexes (bool | Unset): 1.x only.
            paused (bool | Unset): The folder is paused.
            weak_hash_threshold_pct (int | Unset): Use the rolling hash when at least this share of a file changed (1.x
                only).
            marker_name (str | Unset): Name of the marker directory that must exist at the folder root.
            copy_ownership_from_parent (bool | Unset): On Unix, copy ownership from the parent directory (needs privileges
                such as CAP_CHOWN).
            mod_time_window_s (int | Unset): Modification time difference (seconds) still taken as equal when comparing
                files.
            max_concurrent_writes (int | Unset): 0 or less is stored as 2.
            disable_fsync (bool | Unset): Record file operations in the database without committing them to disk first
                (unsafe).
            block_pull_order (BlockPullOrder | Unset): The order blocks of a file are pulled in. Syncthing reads an unknown
                value as `standard`.
            copy_range_method (CopyRangeMethod | Unset): How data is copied within a filesystem. Syncthing reads an unknown
                value as `standard`.
            case_sensitive_fs (bool | Unset): Skip the extra safety checks for case-insensitive filesystems.
            junctions_as_dirs (bool | Unset): Treat NTFS directory junctions as ordinary directories.
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

    id: str | Unset = UNSET
    label: str | Unset = UNSET
    filesystem_type: FilesystemType | Unset = UNSET
    path: str | Unset = UNSET
    type: FolderType | Unset = UNSET
    devices: list[PartialFolderDeviceConfiguration] | Unset = UNSET
    rescan_interval_s: int | Unset = UNSET
    fs_watcher_enabled: bool | Unset = UNSET
    fs_watcher_delay_s: float | Unset = UNSET
    ignore_perms: bool | Unset = UNSET
    auto_normalize: bool | Unset = UNSET
    min_disk_free: Size | Unset = UNSET
    versioning: PartialVersioningConfiguration | Unset = UNSET
    copiers: int | Unset = UNSET
    puller_max_pending_kib: int | Unset = UNSET
    hashers: int | Unset = UNSET
    order: PullOrder | Unset = UNSET
    ignore_delete: bool | Unset = UNSET
    scan_progress_interval_s: int | Unset = UNSET
    puller_pause_s: int | Unset = UNSET
    max_conflicts: int | Unset = UNSET
    disable_sparse_files: bool | Unset = UNSET
    disable_temp_indexes: bool | Unset = UNSET
    paused: bool | Unset = UNSET
    weak_hash_threshold_pct: int | Unset = UNSET
    marker_name: str | Unset = UNSET
    copy_ownership_from_parent: bool | Unset = UNSET
    mod_time_window_s: int | Unset = UNSET
    max_concurrent_writes: int | Unset = UNSET
    disable_fsync: bool | Unset = UNSET
    block_pull_order: BlockPullOrder | Unset = UNSET
    copy_range_method: CopyRangeMethod | Unset = UNSET
    case_sensitive_fs: bool | Unset = UNSET
    junctions_as_dirs: bool | Unset = UNSET
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

        filesystem_type: str | Unset = UNSET
        if not isinstance(self.filesystem_type, Unset):
            filesystem_type = self.filesystem_type

        path = self.path

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        devices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.devices, Unset):
            devices = []
            for devices_item_data in self.devices:
                devices_item = devices_item_data.to_dict()
                devices.append(devices_item)

        rescan_interval_s = self.rescan_interval_s

        fs_watcher_enabled = self.fs_watcher_enabled

        fs_watcher_delay_s = self.fs_watcher_delay_s

        ignore_perms = self.ignore_perms

        auto_normalize = self.auto_normalize

        min_disk_free: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_disk_free, Unset):
            min_disk_free = self.min_disk_free.to_dict()

        versioning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.versioning, Unset):
            versioning = self.versioning.to_dict()

        copiers = self.copiers

        puller_max_pending_kib = self.puller_max_pending_kib

        hashers = self.hashers

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order

        ignore_delete = self.ignore_delete

        scan_progress_interval_s = self.scan_progress_interval_s

        puller_pause_s = self.puller_pause_s

        max_conflicts = self.max_conflicts

        disable_sparse_files = self.disable_sparse_files

        disable_temp_indexes = self.disable_temp_indexes

        paused = self.paused

        weak_hash_threshold_pct = self.weak_hash_threshold_pct

        marker_name = self.marker_name

        copy_ownership_from_parent = self.copy_ownership_from_parent

        mod_time_window_s = self.mod_time_window_s

        max_concurrent_writes = self.max_concurrent_writes

        disable_fsync = self.disable_fsync

        block_pull_order: str | Unset = UNSET
        if not isinstance(self.block_pull_order, Unset):
            block_pull_order = self.block_pull_order

        copy_range_method: str | Unset = UNSET
        if not isinstance(self.copy_range_method, Unset):
            copy_range_method = self.copy_range_method

        case_sensitive_fs = self.case_sensitive_fs

        junctions_as_dirs = self.junctions_as_dirs

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
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if filesystem_type is not UNSET:
            field_dict["filesystemType"] = filesystem_type
        if path is not UNSET:
            field_dict["path"] = path
        if type is not UNSET:
            field_dict["type"] = type
        if devices is not UNSET:
            field_dict["devices"] = devices
        if rescan_interval_s is not UNSET:
            field_dict["rescanIntervalS"] = rescan_interval_s
        if fs_watcher_enabled is not UNSET:
            field_dict["fsWatcherEnabled"] = fs_watcher_enabled
        if fs_watcher_delay_s is not UNSET:
            field_dict["fsWatcherDelayS"] = fs_watcher_delay_s
        if ignore_perms is not UNSET:
            field_dict["ignorePerms"] = ignore_perms
        if auto_normalize is not UNSET:
            field_dict["autoNormalize"] = auto_normalize
        if min_disk_free is not UNSET:
            field_dict["minDiskFree"] = min_disk_free
        if versioning is not UNSET:
            field_dict["versioning"] = versioning
        if copiers is not UNSET:
            field_dict["copiers"] = copiers
        if puller_max_pending_kib is not UNSET:
            field_dict["pullerMaxPendingKiB"] = puller_max_pending_kib
        if hashers is not UNSET:
            field_dict["hashers"] = hashers
        if order is not UNSET:
            field_dict["order"] = order
        if ignore_delete is not UNSET:
            field_dict["ignoreDelete"] = ignore_delete
        if scan_progress_interval_s is not UNSET:
            field_dict["scanProgressIntervalS"] = scan_progress_interval_s
        if puller_pause_s is not UNSET:
            field_dict["pullerPauseS"] = puller_pause_s
        if max_conflicts is not UNSET:
            field_dict["maxConflicts"] = max_conflicts
        if disable_sparse_files is not UNSET:
            field_dict["disableSparseFiles"] = disable_sparse_files
        if disable_temp_indexes is not UNSET:
            field_dict["disableTempIndexes"] = disable_temp_indexes
        if paused is not UNSET:
            field_dict["paused"] = paused
        if weak_hash_threshold_pct is not UNSET:
            field_dict["weakHashThresholdPct"] = weak_hash_threshold_pct
        if marker_name is not UNSET:
            field_dict["markerName"] = marker_name
        if copy_ownership_from_parent is not UNSET:
            field_dict["copyOwnershipFromParent"] = copy_ownership_from_parent
        if mod_time_window_s is not UNSET:
            field_dict["modTimeWindowS"] = mod_time_window_s
        if max_concurrent_writes is not UNSET:
            field_dict["maxConcurrentWrites"] = max_concurrent_writes
        if disable_fsync is not UNSET:
            field_dict["disableFsync"] = disable_fsync
        if block_pull_order is not UNSET:
            field_dict["blockPullOrder"] = block_pull_order
        if copy_range_method is not UNSET:
            field_dict["copyRangeMethod"] = copy_range_method
        if case_sensitive_fs is not UNSET:
            field_dict["caseSensitiveFS"] = case_sensitive_fs
        if junctions_as_dirs is not UNSET:
            field_dict["junctionsAsDirs"] = junctions_as_dirs
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
            raise _invalid("an object (PartialFolderConfiguration)", src_dict, None, src_dict)
        try:
            id = src_dict.get("id", UNSET)
            if not _type(id) is str and id is not UNSET:
                raise _invalid("a string", id, "id", src_dict)

            label = src_dict.get("label", UNSET)
            if not _type(label) is str and label is not UNSET:
                raise _invalid("a string", label, "label", src_dict)

            filesystem_type: FilesystemType | Unset = src_dict.get("filesystemType", UNSET)
            if not _type(filesystem_type) is str and filesystem_type is not UNSET:
                raise _invalid("a string", filesystem_type, "filesystemType", src_dict)

            path = src_dict.get("path", UNSET)
            if not _type(path) is str and path is not UNSET:
                raise _invalid("a string", path, "path", src_dict)

            type: FolderType | Unset = src_dict.get("type", UNSET)
            if not _type(type) is str and type is not UNSET:
                raise _invalid("a string", type, "type", src_dict)

            devices = src_dict.get("devices", UNSET)
            if devices is not UNSET:
                if _type(devices) is not list:
                    raise _invalid("a list", devices, "devices", src_dict)
                try:
                    devices = [PartialFolderDeviceConfiguration.from_dict(_item) for _item in devices]
                except _Invalid as _e:
                    raise _e.within("devices", devices, src_dict) from None

            rescan_interval_s = src_dict.get("rescanIntervalS", UNSET)
            if not _type(rescan_interval_s) is int and rescan_interval_s is not UNSET:
                raise _invalid("an integer", rescan_interval_s, "rescanIntervalS", src_dict)

            fs_watcher_enabled = src_dict.get("fsWatcherEnabled", UNSET)
            if not _type(fs_watcher_enabled) is bool and fs_watcher_enabled is not UNSET:
                raise _invalid("a boolean", fs_watcher_enabled, "fsWatcherEnabled", src_dict)

            fs_watcher_delay_s = src_dict.get("fsWatcherDelayS", UNSET)
            if (
                not (_type(fs_watcher_delay_s) is float or _type(fs_watcher_delay_s) is int)
                and fs_watcher_delay_s is not UNSET
            ):
                raise _invalid("a number", fs_watcher_delay_s, "fsWatcherDelayS", src_dict)

            ignore_perms = src_dict.get("ignorePerms", UNSET)
            if not _type(ignore_perms) is bool and ignore_perms is not UNSET:
                raise _invalid("a boolean", ignore_perms, "ignorePerms", src_dict)

            auto_normalize = src_dict.get("autoNormalize", UNSET)
            if not _type(auto_normalize) is bool and auto_normalize is not UNSET:
                raise _invalid("a boolean", auto_normalize, "autoNormalize", src_dict)

            min_disk_free = src_dict.get("minDiskFree", UNSET)
            if min_disk_free is not UNSET:
                try:
                    min_disk_free = Size.from_dict(min_disk_free)
                except _Invalid as _e:
                    raise _e.within("minDiskFree", None, src_dict) from None

            versioning = src_dict.get("versioning", UNSET)
            if versioning is not UNSET:
                try:
                    versioning = PartialVersioningConfiguration.from_dict(versioning)
                except _Invalid as _e:
                    raise _e.within("versioning", None, src_dict) from None

            copiers = src_dict.get("copiers", UNSET)
            if not _type(copiers) is int and copiers is not UNSET:
                raise _invalid("an integer", copiers, "copiers", src_dict)

            puller_max_pending_kib = src_dict.get("pullerMaxPendingKiB", UNSET)
            if not _type(puller_max_pending_kib) is int and puller_max_pending_kib is not UNSET:
                raise _invalid("an integer", puller_max_pending_kib, "pullerMaxPendingKiB", src_dict)

            hashers = src_dict.get("hashers", UNSET)
            if not _type(hashers) is int and hashers is not UNSET:
                raise _invalid("an integer", hashers, "hashers", src_dict)

            order: PullOrder | Unset = src_dict.get("order", UNSET)
            if not _type(order) is str and order is not UNSET:
                raise _invalid("a string", order, "order", src_dict)

            ignore_delete = src_dict.get("ignoreDelete", UNSET)
            if not _type(ignore_delete) is bool and ignore_delete is not UNSET:
                raise _invalid("a boolean", ignore_delete, "ignoreDelete", src_dict)

            scan_progress_interval_s = src_dict.get("scanProgressIntervalS", UNSET)
            if not _type(scan_progress_interval_s) is int and scan_progress_interval_s is not UNSET:
                raise _invalid("an integer", scan_progress_interval_s, "scanProgressIntervalS", src_dict)

            puller_pause_s = src_dict.get("pullerPauseS", UNSET)
            if not _type(puller_pause_s) is int and puller_pause_s is not UNSET:
                raise _invalid("an integer", puller_pause_s, "pullerPauseS", src_dict)

            max_conflicts = src_dict.get("maxConflicts", UNSET)
            if not _type(max_conflicts) is int and max_conflicts is not UNSET:
                raise _invalid("an integer", max_conflicts, "maxConflicts", src_dict)

            disable_sparse_files = src_dict.get("disableSparseFiles", UNSET)
            if not _type(disable_sparse_files) is bool and disable_sparse_files is not UNSET:
                raise _invalid("a boolean", disable_sparse_files, "disableSparseFiles", src_dict)

            disable_temp_indexes = src_dict.get("disableTempIndexes", UNSET)
            if not _type(disable_temp_indexes) is bool and disable_temp_indexes is not UNSET:
                raise _invalid("a boolean", disable_temp_indexes, "disableTempIndexes", src_dict)

            paused = src_dict.get("paused", UNSET)
            if not _type(paused) is bool and paused is not UNSET:
                raise _invalid("a boolean", paused, "paused", src_dict)

            weak_hash_threshold_pct = src_dict.get("weakHashThresholdPct", UNSET)
            if not _type(weak_hash_threshold_pct) is int and weak_hash_threshold_pct is not UNSET:
                raise _invalid("an integer", weak_hash_threshold_pct, "weakHashThresholdPct", src_dict)

            marker_name = src_dict.get("markerName", UNSET)
            if not _type(marker_name) is str and marker_name is not UNSET:
                raise _invalid("a string", marker_name, "markerName", src_dict)

            copy_ownership_from_parent = src_dict.get("copyOwnershipFromParent", UNSET)
            if not _type(copy_ownership_from_parent) is bool and copy_ownership_from_parent is not UNSET:
                raise _invalid("a boolean", copy_ownership_from_parent, "copyOwnershipFromParent", src_dict)

            mod_time_window_s = src_dict.get("modTimeWindowS", UNSET)
            if not _type(mod_time_window_s) is int and mod_time_window_s is not UNSET:
                raise _invalid("an integer", mod_time_window_s, "modTimeWindowS", src_dict)

            max_concurrent_writes = src_dict.get("maxConcurrentWrites", UNSET)
            if not _type(max_concurrent_writes) is int and max_concurrent_writes is not UNSET:
                raise _invalid("an integer", max_concurrent_writes, "maxConcurrentWrites", src_dict)

            disable_fsync = src_dict.get("disableFsync", UNSET)
            if not _type(disable_fsync) is bool and disable_fsync is not UNSET:
                raise _invalid("a boolean", disable_fsync, "disableFsync", src_dict)

            block_pull_order: BlockPullOrder | Unset = src_dict.get("blockPullOrder", UNSET)
            if not _type(block_pull_order) is str and block_pull_order is not UNSET:
                raise _invalid("a string", block_pull_order, "blockPullOrder", src_dict)

            copy_range_method: CopyRangeMethod | Unset = src_dict.get("copyRangeMethod", UNSET)
            if not _type(copy_range_method) is str and copy_range_method is not UNSET:
                raise _invalid("a string", copy_range_method, "copyRangeMethod", src_dict)

            case_sensitive_fs = src_dict.get("caseSensitiveFS", UNSET)
            if not _type(case_sensitive_fs) is bool and case_sensitive_fs is not UNSET:
                raise _invalid("a boolean", case_sensitive_fs, "caseSensitiveFS", src_dict)

            junctions_as_dirs = src_dict.get("junctionsAsDirs", UNSET)
            if not _type(junctions_as_dirs) is bool and junctions_as_dirs is not UNSET:
                raise _invalid("a boolean", junctions_as_dirs, "junctionsAsDirs", src_dict)

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

            partial_folder_configuration = cls(
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
                disable_temp_indexes,
                paused,
                weak_hash_threshold_pct,
                marker_name,
                copy_ownership_from_parent,
                mod_time_window_s,
                max_concurrent_writes,
                disable_fsync,
                block_pull_order,
                copy_range_method,
                case_sensitive_fs,
                junctions_as_dirs,
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
                disable_temp_indexes,
                paused,
                weak_hash_threshold_pct,
                marker_name,
                copy_ownership_from_parent,
                mod_time_window_s,
                max_concurrent_writes,
                disable_fsync,
                block_pull_order,
                copy_range_method,
                case_sensitive_fs,
                junctions_as_dirs,
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
                partial_folder_configuration.additional_properties = {
                    key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
                }

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return partial_folder_configuration

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.partial_folder_device_configuration import PartialFolderDeviceConfiguration  # noqa: E402
from ..models.partial_versioning_configuration import PartialVersioningConfiguration  # noqa: E402
from ..models.size import Size  # noqa: E402
from ..models.xattr_filter import XattrFilter  # noqa: E402
