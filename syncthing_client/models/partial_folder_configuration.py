from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partial_folder_device_configuration import PartialFolderDeviceConfiguration
    from ..models.partial_versioning_configuration import PartialVersioningConfiguration
    from ..models.size import Size
    from ..models.xattr_filter import XattrFilter


T = TypeVar("T", bound="PartialFolderConfiguration")


@_attrs_define
class PartialFolderConfiguration:
    """Any subset of the fields of `FolderConfiguration`: on POST and PUT the missing ones take their defaults, on PATCH
    they keep their values.

        Attributes:
            id (str | Unset): The folder ID, the same on every device sharing it.
            label (str | Unset): Display name.
            filesystem_type (str | Unset): `basic` (plain directories) or `fake` (testing).
            path (str | Unset): Where the folder lives on disk (`~` is the user's home).
            type_ (str | Unset): `sendreceive`, `sendonly`, `receiveonly`, `receiveencrypted`.
            devices (list[PartialFolderDeviceConfiguration] | Unset):
            rescan_interval_s (int | Unset): Seconds between full scans; 0 disables them.
            fs_watcher_enabled (bool | Unset): Watch the filesystem for changes.
            fs_watcher_delay_s (float | Unset): Seconds the watcher gathers changes before scanning them.
            ignore_perms (bool | Unset):
            auto_normalize (bool | Unset):
            min_disk_free (Size | Unset): A size or a share: `value` in `unit` (`%`, `B`, `kB`, `MB`, `GB`, `TB`; decimal).
            versioning (PartialVersioningConfiguration | Unset): Any subset of the fields of `VersioningConfiguration`: on
                POST and PUT the missing ones take their defaults, on PATCH they keep their values.
            copiers (int | Unset):
            puller_max_pending_ki_b (int | Unset):
            hashers (int | Unset):
            order (str | Unset): Pull order: `random`, `alphabetic`, `smallestFirst`, `largestFirst`, `oldestFirst`,
                `newestFirst`.
            ignore_delete (bool | Unset):
            scan_progress_interval_s (int | Unset):
            puller_pause_s (int | Unset):
            max_conflicts (int | Unset):
            disable_sparse_files (bool | Unset):
            disable_temp_indexes (bool | Unset): 1.x only.
            paused (bool | Unset): The folder is paused.
            weak_hash_threshold_pct (int | Unset): Use the rolling hash when at least this share of a file changed (1.x
                only).
            marker_name (str | Unset): Name of the marker directory that must exist at the folder root.
            copy_ownership_from_parent (bool | Unset):
            mod_time_window_s (int | Unset):
            max_concurrent_writes (int | Unset):
            disable_fsync (bool | Unset):
            block_pull_order (str | Unset): `standard`, `random` or `inOrder`.
            copy_range_method (str | Unset): How data is copied within a filesystem: `standard`, `ioctl`, `copy_file_range`,
                `sendfile`, `duplicate_extents`, `all`.
            case_sensitive_fs (bool | Unset):
            junctions_as_dirs (bool | Unset):
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

    id: str | Unset = UNSET
    label: str | Unset = UNSET
    filesystem_type: str | Unset = UNSET
    path: str | Unset = UNSET
    type_: str | Unset = UNSET
    devices: list[PartialFolderDeviceConfiguration] | Unset = UNSET
    rescan_interval_s: int | Unset = UNSET
    fs_watcher_enabled: bool | Unset = UNSET
    fs_watcher_delay_s: float | Unset = UNSET
    ignore_perms: bool | Unset = UNSET
    auto_normalize: bool | Unset = UNSET
    min_disk_free: Size | Unset = UNSET
    versioning: PartialVersioningConfiguration | Unset = UNSET
    copiers: int | Unset = UNSET
    puller_max_pending_ki_b: int | Unset = UNSET
    hashers: int | Unset = UNSET
    order: str | Unset = UNSET
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
    block_pull_order: str | Unset = UNSET
    copy_range_method: str | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.partial_folder_device_configuration import PartialFolderDeviceConfiguration  # noqa: PLC0415
        from ..models.partial_versioning_configuration import PartialVersioningConfiguration  # noqa: PLC0415
        from ..models.size import Size  # noqa: PLC0415
        from ..models.xattr_filter import XattrFilter  # noqa: PLC0415

        id = self.id

        label = self.label

        filesystem_type = self.filesystem_type

        path = self.path

        type_ = self.type_

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

        puller_max_pending_ki_b = self.puller_max_pending_ki_b

        hashers = self.hashers

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

        block_pull_order = self.block_pull_order

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
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        if puller_max_pending_ki_b is not UNSET:
            field_dict["pullerMaxPendingKiB"] = puller_max_pending_ki_b
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partial_folder_device_configuration import PartialFolderDeviceConfiguration  # noqa: PLC0415
        from ..models.partial_versioning_configuration import PartialVersioningConfiguration  # noqa: PLC0415
        from ..models.size import Size  # noqa: PLC0415
        from ..models.xattr_filter import XattrFilter  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        label = d.pop("label", UNSET)

        filesystem_type = d.pop("filesystemType", UNSET)

        path = d.pop("path", UNSET)

        type_ = d.pop("type", UNSET)

        _devices = d.pop("devices", UNSET)
        devices: list[PartialFolderDeviceConfiguration] | Unset = UNSET
        if _devices is not UNSET:
            devices = []
            for devices_item_data in _devices:
                devices_item = PartialFolderDeviceConfiguration.from_dict(devices_item_data)

                devices.append(devices_item)

        rescan_interval_s = d.pop("rescanIntervalS", UNSET)

        fs_watcher_enabled = d.pop("fsWatcherEnabled", UNSET)

        fs_watcher_delay_s = d.pop("fsWatcherDelayS", UNSET)

        ignore_perms = d.pop("ignorePerms", UNSET)

        auto_normalize = d.pop("autoNormalize", UNSET)

        _min_disk_free = d.pop("minDiskFree", UNSET)
        min_disk_free: Size | Unset
        if isinstance(_min_disk_free, Unset):
            min_disk_free = UNSET
        else:
            min_disk_free = Size.from_dict(_min_disk_free)

        _versioning = d.pop("versioning", UNSET)
        versioning: PartialVersioningConfiguration | Unset
        if isinstance(_versioning, Unset):
            versioning = UNSET
        else:
            versioning = PartialVersioningConfiguration.from_dict(_versioning)

        copiers = d.pop("copiers", UNSET)

        puller_max_pending_ki_b = d.pop("pullerMaxPendingKiB", UNSET)

        hashers = d.pop("hashers", UNSET)

        order = d.pop("order", UNSET)

        ignore_delete = d.pop("ignoreDelete", UNSET)

        scan_progress_interval_s = d.pop("scanProgressIntervalS", UNSET)

        puller_pause_s = d.pop("pullerPauseS", UNSET)

        max_conflicts = d.pop("maxConflicts", UNSET)

        disable_sparse_files = d.pop("disableSparseFiles", UNSET)

        disable_temp_indexes = d.pop("disableTempIndexes", UNSET)

        paused = d.pop("paused", UNSET)

        weak_hash_threshold_pct = d.pop("weakHashThresholdPct", UNSET)

        marker_name = d.pop("markerName", UNSET)

        copy_ownership_from_parent = d.pop("copyOwnershipFromParent", UNSET)

        mod_time_window_s = d.pop("modTimeWindowS", UNSET)

        max_concurrent_writes = d.pop("maxConcurrentWrites", UNSET)

        disable_fsync = d.pop("disableFsync", UNSET)

        block_pull_order = d.pop("blockPullOrder", UNSET)

        copy_range_method = d.pop("copyRangeMethod", UNSET)

        case_sensitive_fs = d.pop("caseSensitiveFS", UNSET)

        junctions_as_dirs = d.pop("junctionsAsDirs", UNSET)

        fs_watcher_timeout_s = d.pop("fsWatcherTimeoutS", UNSET)

        sync_ownership = d.pop("syncOwnership", UNSET)

        send_ownership = d.pop("sendOwnership", UNSET)

        sync_xattrs = d.pop("syncXattrs", UNSET)

        send_xattrs = d.pop("sendXattrs", UNSET)

        _xattr_filter = d.pop("xattrFilter", UNSET)
        xattr_filter: XattrFilter | Unset
        if isinstance(_xattr_filter, Unset):
            xattr_filter = UNSET
        else:
            xattr_filter = XattrFilter.from_dict(_xattr_filter)

        group = d.pop("group", UNSET)

        puller_delay_s = d.pop("pullerDelayS", UNSET)

        block_indexing = d.pop("blockIndexing", UNSET)

        partial_folder_configuration = cls(
            id=id,
            label=label,
            filesystem_type=filesystem_type,
            path=path,
            type_=type_,
            devices=devices,
            rescan_interval_s=rescan_interval_s,
            fs_watcher_enabled=fs_watcher_enabled,
            fs_watcher_delay_s=fs_watcher_delay_s,
            ignore_perms=ignore_perms,
            auto_normalize=auto_normalize,
            min_disk_free=min_disk_free,
            versioning=versioning,
            copiers=copiers,
            puller_max_pending_ki_b=puller_max_pending_ki_b,
            hashers=hashers,
            order=order,
            ignore_delete=ignore_delete,
            scan_progress_interval_s=scan_progress_interval_s,
            puller_pause_s=puller_pause_s,
            max_conflicts=max_conflicts,
            disable_sparse_files=disable_sparse_files,
            disable_temp_indexes=disable_temp_indexes,
            paused=paused,
            weak_hash_threshold_pct=weak_hash_threshold_pct,
            marker_name=marker_name,
            copy_ownership_from_parent=copy_ownership_from_parent,
            mod_time_window_s=mod_time_window_s,
            max_concurrent_writes=max_concurrent_writes,
            disable_fsync=disable_fsync,
            block_pull_order=block_pull_order,
            copy_range_method=copy_range_method,
            case_sensitive_fs=case_sensitive_fs,
            junctions_as_dirs=junctions_as_dirs,
            fs_watcher_timeout_s=fs_watcher_timeout_s,
            sync_ownership=sync_ownership,
            send_ownership=send_ownership,
            sync_xattrs=sync_xattrs,
            send_xattrs=send_xattrs,
            xattr_filter=xattr_filter,
            group=group,
            puller_delay_s=puller_delay_s,
            block_indexing=block_indexing,
        )

        partial_folder_configuration.additional_properties = d
        return partial_folder_configuration

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
