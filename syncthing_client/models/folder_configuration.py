from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
class FolderConfiguration:
    """A folder's settings.

    Attributes:
        id (str): The folder ID, the same on every device sharing it.
        label (str): Display name.
        filesystem_type (FilesystemType): `basic` (plain directories) or `fake` (testing). 1.x reads an unknown value as
            `basic`; from 1.29.6 and 2.0.0 an unknown one is kept and the folder fails to start.
        path (str): Where the folder lives on disk (`~` is the user's home).
        type_ (FolderType): What a folder does with changes: `sendreceive` (both ways), `sendonly`, `receiveonly`,
            `receiveencrypted` (holds data encrypted for an untrusted device). Syncthing reads an unknown value as
            `sendreceive`.
        devices (list[FolderDeviceConfiguration]):
        rescan_interval_s (int): Seconds between full scans; 0 disables them.
        fs_watcher_enabled (bool): Watch the filesystem for changes.
        fs_watcher_delay_s (float): Seconds the watcher gathers changes before scanning them.
        ignore_perms (bool):
        auto_normalize (bool):
        min_disk_free (Size): A size or a share: `value` in `unit` (`%`, `B`, `kB`, `MB`, `GB`, `TB`; decimal).
        versioning (VersioningConfiguration): How replaced and deleted files are archived.
        copiers (int):
        puller_max_pending_ki_b (int):
        hashers (int):
        order (PullOrder): The order files are pulled in. Syncthing reads an unknown value as `random`.
        ignore_delete (bool):
        scan_progress_interval_s (int):
        puller_pause_s (int):
        max_conflicts (int):
        disable_sparse_files (bool):
        paused (bool): The folder is paused.
        marker_name (str): Name of the marker directory that must exist at the folder root.
        copy_ownership_from_parent (bool):
        mod_time_window_s (int):
        max_concurrent_writes (int):
        disable_fsync (bool):
        block_pull_order (BlockPullOrder): The order blocks of a file are pulled in. Syncthing reads an unknown value as
            `standard`.
        copy_range_method (CopyRangeMethod): How data is copied within a filesystem. Syncthing reads an unknown value as
            `standard`.
        case_sensitive_fs (bool):
        junctions_as_dirs (bool):
        disable_temp_indexes (bool | Unset): 1.x only.
        weak_hash_threshold_pct (int | Unset): Use the rolling hash when at least this share of a file changed (1.x
            only).
        fs_watcher_timeout_s (float | Unset): Longest delay for a watched change (1.29.5 and later).
        sync_ownership (bool | Unset): Sent by 1.29.5 and 2.1.3 only.
        send_ownership (bool | Unset): Sent by 1.29.5 and 2.1.3 only.
        sync_xattrs (bool | Unset): Sent by 1.29.5 and 2.1.3 only.
        send_xattrs (bool | Unset): Sent by 1.29.5 and 2.1.3 only.
        xattr_filter (XattrFilter | Unset): Which extended attributes are synced (1.29.5 and later).
        group (str | Unset): A free-form group name (2.1 and later).
        puller_delay_s (float | Unset): 2.x only.
        block_indexing (bool | Unset): 2.x only.
    """

    id: str
    label: str
    filesystem_type: FilesystemType
    path: str
    type_: FolderType
    devices: list[FolderDeviceConfiguration]
    rescan_interval_s: int
    fs_watcher_enabled: bool
    fs_watcher_delay_s: float
    ignore_perms: bool
    auto_normalize: bool
    min_disk_free: Size
    versioning: VersioningConfiguration
    copiers: int
    puller_max_pending_ki_b: int
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        filesystem_type: str = self.filesystem_type

        path = self.path

        type_: str = self.type_

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

        puller_max_pending_ki_b = self.puller_max_pending_ki_b

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
                "type": type_,
                "devices": devices,
                "rescanIntervalS": rescan_interval_s,
                "fsWatcherEnabled": fs_watcher_enabled,
                "fsWatcherDelayS": fs_watcher_delay_s,
                "ignorePerms": ignore_perms,
                "autoNormalize": auto_normalize,
                "minDiskFree": min_disk_free,
                "versioning": versioning,
                "copiers": copiers,
                "pullerMaxPendingKiB": puller_max_pending_ki_b,
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        label = src_dict["label"]

        filesystem_type = src_dict["filesystemType"]

        path = src_dict["path"]

        type_ = src_dict["type"]

        _devices = src_dict["devices"]
        devices = [FolderDeviceConfiguration.from_dict(devices_item_data) for devices_item_data in _devices]

        rescan_interval_s = src_dict["rescanIntervalS"]

        fs_watcher_enabled = src_dict["fsWatcherEnabled"]

        fs_watcher_delay_s = src_dict["fsWatcherDelayS"]

        ignore_perms = src_dict["ignorePerms"]

        auto_normalize = src_dict["autoNormalize"]

        min_disk_free = Size.from_dict(src_dict["minDiskFree"])

        versioning = VersioningConfiguration.from_dict(src_dict["versioning"])

        copiers = src_dict["copiers"]

        puller_max_pending_ki_b = src_dict["pullerMaxPendingKiB"]

        hashers = src_dict["hashers"]

        order = src_dict["order"]

        ignore_delete = src_dict["ignoreDelete"]

        scan_progress_interval_s = src_dict["scanProgressIntervalS"]

        puller_pause_s = src_dict["pullerPauseS"]

        max_conflicts = src_dict["maxConflicts"]

        disable_sparse_files = src_dict["disableSparseFiles"]

        paused = src_dict["paused"]

        marker_name = src_dict["markerName"]

        copy_ownership_from_parent = src_dict["copyOwnershipFromParent"]

        mod_time_window_s = src_dict["modTimeWindowS"]

        max_concurrent_writes = src_dict["maxConcurrentWrites"]

        disable_fsync = src_dict["disableFsync"]

        block_pull_order = src_dict["blockPullOrder"]

        copy_range_method = src_dict["copyRangeMethod"]

        case_sensitive_fs = src_dict["caseSensitiveFS"]

        junctions_as_dirs = src_dict["junctionsAsDirs"]

        disable_temp_indexes = src_dict.get("disableTempIndexes", UNSET)

        weak_hash_threshold_pct = src_dict.get("weakHashThresholdPct", UNSET)

        fs_watcher_timeout_s = src_dict.get("fsWatcherTimeoutS", UNSET)

        sync_ownership = src_dict.get("syncOwnership", UNSET)

        send_ownership = src_dict.get("sendOwnership", UNSET)

        sync_xattrs = src_dict.get("syncXattrs", UNSET)

        send_xattrs = src_dict.get("sendXattrs", UNSET)

        _xattr_filter = src_dict.get("xattrFilter", UNSET)
        xattr_filter: XattrFilter | Unset
        if isinstance(_xattr_filter, Unset):
            xattr_filter = UNSET
        else:
            xattr_filter = XattrFilter.from_dict(_xattr_filter)

        group = src_dict.get("group", UNSET)

        puller_delay_s = src_dict.get("pullerDelayS", UNSET)

        block_indexing = src_dict.get("blockIndexing", UNSET)

        folder_configuration = cls(
            id,
            label,
            filesystem_type,
            path,
            type_,
            devices,
            rescan_interval_s,
            fs_watcher_enabled,
            fs_watcher_delay_s,
            ignore_perms,
            auto_normalize,
            min_disk_free,
            versioning,
            copiers,
            puller_max_pending_ki_b,
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
            folder_configuration.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return folder_configuration

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


from ..models.folder_device_configuration import FolderDeviceConfiguration  # noqa: E402
from ..models.size import Size  # noqa: E402
from ..models.versioning_configuration import VersioningConfiguration  # noqa: E402
from ..models.xattr_filter import XattrFilter  # noqa: E402
