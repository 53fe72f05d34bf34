from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageReportFolderUsesV3")

_KNOWN_KEYS = frozenset(
    (
        "scanProgressDisabled",
        "conflictsDisabled",
        "conflictsUnlimited",
        "conflictsOther",
        "disableSparseFiles",
        "disableTempIndexes",
        "alwaysWeakHash",
        "customWeakHashThreshold",
        "fsWatcherEnabled",
        "pullOrder",
        "filesystemType",
        "fsWatcherDelays",
        "customMarkerName",
        "copyOwnershipFromParent",
        "modTimeWindowS",
        "maxConcurrentWrites",
        "disableFsync",
        "blockPullOrder",
        "copyRangeMethod",
        "caseSensitiveFS",
        "receiveencrypted",
        "sendXattrs",
        "syncXattrs",
        "sendOwnership",
        "syncOwnership",
        "noBlockIndexing",
    )
)


@_attrs_define
class UsageReportFolderUsesV3:
    """
    Attributes:
        scan_progress_disabled (int | Unset):
        conflicts_disabled (int | Unset):
        conflicts_unlimited (int | Unset):
        conflicts_other (int | Unset):
        disable_sparse_files (int | Unset):
        disable_temp_indexes (int | Unset): Sent by 1.19.2 and 1.29.5 only.
        always_weak_hash (int | Unset): Sent by 1.19.2 and 1.29.5 only.
        custom_weak_hash_threshold (int | Unset): Sent by 1.19.2 and 1.29.5 only.
        fs_watcher_enabled (int | Unset):
        pull_order (UsageReportFolderUsesV3PullOrder | Unset):
        filesystem_type (UsageReportFolderUsesV3FilesystemType | Unset):
        fs_watcher_delays (list[int] | Unset):
        custom_marker_name (int | Unset):
        copy_ownership_from_parent (int | Unset):
        mod_time_window_s (list[int] | Unset):
        max_concurrent_writes (list[int] | Unset):
        disable_fsync (int | Unset):
        block_pull_order (UsageReportFolderUsesV3BlockPullOrder | Unset):
        copy_range_method (UsageReportFolderUsesV3CopyRangeMethod | Unset):
        case_sensitive_fs (int | Unset):
        receiveencrypted (int | Unset):
        send_xattrs (int | Unset): Sent by 1.29.5 and 2.1.3 only.
        sync_xattrs (int | Unset): Sent by 1.29.5 and 2.1.3 only.
        send_ownership (int | Unset): Sent by 1.29.5 and 2.1.3 only.
        sync_ownership (int | Unset): Sent by 1.29.5 and 2.1.3 only.
        no_block_indexing (int | Unset): Sent by 2.1.3 only.
    """

    scan_progress_disabled: int | Unset = UNSET
    conflicts_disabled: int | Unset = UNSET
    conflicts_unlimited: int | Unset = UNSET
    conflicts_other: int | Unset = UNSET
    disable_sparse_files: int | Unset = UNSET
    disable_temp_indexes: int | Unset = UNSET
    always_weak_hash: int | Unset = UNSET
    custom_weak_hash_threshold: int | Unset = UNSET
    fs_watcher_enabled: int | Unset = UNSET
    pull_order: UsageReportFolderUsesV3PullOrder | Unset = UNSET
    filesystem_type: UsageReportFolderUsesV3FilesystemType | Unset = UNSET
    fs_watcher_delays: list[int] | Unset = UNSET
    custom_marker_name: int | Unset = UNSET
    copy_ownership_from_parent: int | Unset = UNSET
    mod_time_window_s: list[int] | Unset = UNSET
    max_concurrent_writes: list[int] | Unset = UNSET
    disable_fsync: int | Unset = UNSET
    block_pull_order: UsageReportFolderUsesV3BlockPullOrder | Unset = UNSET
    copy_range_method: UsageReportFolderUsesV3CopyRangeMethod | Unset = UNSET
    case_sensitive_fs: int | Unset = UNSET
    receiveencrypted: int | Unset = UNSET
    send_xattrs: int | Unset = UNSET
    sync_xattrs: int | Unset = UNSET
    send_ownership: int | Unset = UNSET
    sync_ownership: int | Unset = UNSET
    no_block_indexing: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scan_progress_disabled = self.scan_progress_disabled

        conflicts_disabled = self.conflicts_disabled

        conflicts_unlimited = self.conflicts_unlimited

        conflicts_other = self.conflicts_other

        disable_sparse_files = self.disable_sparse_files

        disable_temp_indexes = self.disable_temp_indexes

        always_weak_hash = self.always_weak_hash

        custom_weak_hash_threshold = self.custom_weak_hash_threshold

        fs_watcher_enabled = self.fs_watcher_enabled

        pull_order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pull_order, Unset):
            pull_order = self.pull_order.to_dict()

        filesystem_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filesystem_type, Unset):
            filesystem_type = self.filesystem_type.to_dict()

        fs_watcher_delays: list[int] | Unset = UNSET
        if not isinstance(self.fs_watcher_delays, Unset):
            fs_watcher_delays = self.fs_watcher_delays

        custom_marker_name = self.custom_marker_name

        copy_ownership_from_parent = self.copy_ownership_from_parent

        mod_time_window_s: list[int] | Unset = UNSET
        if not isinstance(self.mod_time_window_s, Unset):
            mod_time_window_s = self.mod_time_window_s

        max_concurrent_writes: list[int] | Unset = UNSET
        if not isinstance(self.max_concurrent_writes, Unset):
            max_concurrent_writes = self.max_concurrent_writes

        disable_fsync = self.disable_fsync

        block_pull_order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.block_pull_order, Unset):
            block_pull_order = self.block_pull_order.to_dict()

        copy_range_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.copy_range_method, Unset):
            copy_range_method = self.copy_range_method.to_dict()

        case_sensitive_fs = self.case_sensitive_fs

        receiveencrypted = self.receiveencrypted

        send_xattrs = self.send_xattrs

        sync_xattrs = self.sync_xattrs

        send_ownership = self.send_ownership

        sync_ownership = self.sync_ownership

        no_block_indexing = self.no_block_indexing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scan_progress_disabled is not UNSET:
            field_dict["scanProgressDisabled"] = scan_progress_disabled
        if conflicts_disabled is not UNSET:
            field_dict["conflictsDisabled"] = conflicts_disabled
        if conflicts_unlimited is not UNSET:
            field_dict["conflictsUnlimited"] = conflicts_unlimited
        if conflicts_other is not UNSET:
            field_dict["conflictsOther"] = conflicts_other
        if disable_sparse_files is not UNSET:
            field_dict["disableSparseFiles"] = disable_sparse_files
        if disable_temp_indexes is not UNSET:
            field_dict["disableTempIndexes"] = disable_temp_indexes
        if always_weak_hash is not UNSET:
            field_dict["alwaysWeakHash"] = always_weak_hash
        if custom_weak_hash_threshold is not UNSET:
            field_dict["customWeakHashThreshold"] = custom_weak_hash_threshold
        if fs_watcher_enabled is not UNSET:
            field_dict["fsWatcherEnabled"] = fs_watcher_enabled
        if pull_order is not UNSET:
            field_dict["pullOrder"] = pull_order
        if filesystem_type is not UNSET:
            field_dict["filesystemType"] = filesystem_type
        if fs_watcher_delays is not UNSET:
            field_dict["fsWatcherDelays"] = fs_watcher_delays
        if custom_marker_name is not UNSET:
            field_dict["customMarkerName"] = custom_marker_name
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
        if receiveencrypted is not UNSET:
            field_dict["receiveencrypted"] = receiveencrypted
        if send_xattrs is not UNSET:
            field_dict["sendXattrs"] = send_xattrs
        if sync_xattrs is not UNSET:
            field_dict["syncXattrs"] = sync_xattrs
        if send_ownership is not UNSET:
            field_dict["sendOwnership"] = send_ownership
        if sync_ownership is not UNSET:
            field_dict["syncOwnership"] = sync_ownership
        if no_block_indexing is not UNSET:
            field_dict["noBlockIndexing"] = no_block_indexing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        scan_progress_disabled = src_dict.get("scanProgressDisabled", UNSET)

        conflicts_disabled = src_dict.get("conflictsDisabled", UNSET)

        conflicts_unlimited = src_dict.get("conflictsUnlimited", UNSET)

        conflicts_other = src_dict.get("conflictsOther", UNSET)

        disable_sparse_files = src_dict.get("disableSparseFiles", UNSET)

        disable_temp_indexes = src_dict.get("disableTempIndexes", UNSET)

        always_weak_hash = src_dict.get("alwaysWeakHash", UNSET)

        custom_weak_hash_threshold = src_dict.get("customWeakHashThreshold", UNSET)

        fs_watcher_enabled = src_dict.get("fsWatcherEnabled", UNSET)

        _pull_order = src_dict.get("pullOrder", UNSET)
        pull_order: UsageReportFolderUsesV3PullOrder | Unset
        if isinstance(_pull_order, Unset):
            pull_order = UNSET
        else:
            pull_order = UsageReportFolderUsesV3PullOrder.from_dict(_pull_order)

        _filesystem_type = src_dict.get("filesystemType", UNSET)
        filesystem_type: UsageReportFolderUsesV3FilesystemType | Unset
        if isinstance(_filesystem_type, Unset):
            filesystem_type = UNSET
        else:
            filesystem_type = UsageReportFolderUsesV3FilesystemType.from_dict(_filesystem_type)

        fs_watcher_delays = cast(list[int], src_dict.get("fsWatcherDelays", UNSET))

        custom_marker_name = src_dict.get("customMarkerName", UNSET)

        copy_ownership_from_parent = src_dict.get("copyOwnershipFromParent", UNSET)

        mod_time_window_s = cast(list[int], src_dict.get("modTimeWindowS", UNSET))

        max_concurrent_writes = cast(list[int], src_dict.get("maxConcurrentWrites", UNSET))

        disable_fsync = src_dict.get("disableFsync", UNSET)

        _block_pull_order = src_dict.get("blockPullOrder", UNSET)
        block_pull_order: UsageReportFolderUsesV3BlockPullOrder | Unset
        if isinstance(_block_pull_order, Unset):
            block_pull_order = UNSET
        else:
            block_pull_order = UsageReportFolderUsesV3BlockPullOrder.from_dict(_block_pull_order)

        _copy_range_method = src_dict.get("copyRangeMethod", UNSET)
        copy_range_method: UsageReportFolderUsesV3CopyRangeMethod | Unset
        if isinstance(_copy_range_method, Unset):
            copy_range_method = UNSET
        else:
            copy_range_method = UsageReportFolderUsesV3CopyRangeMethod.from_dict(_copy_range_method)

        case_sensitive_fs = src_dict.get("caseSensitiveFS", UNSET)

        receiveencrypted = src_dict.get("receiveencrypted", UNSET)

        send_xattrs = src_dict.get("sendXattrs", UNSET)

        sync_xattrs = src_dict.get("syncXattrs", UNSET)

        send_ownership = src_dict.get("sendOwnership", UNSET)

        sync_ownership = src_dict.get("syncOwnership", UNSET)

        no_block_indexing = src_dict.get("noBlockIndexing", UNSET)

        usage_report_folder_uses_v3 = cls(
            scan_progress_disabled,
            conflicts_disabled,
            conflicts_unlimited,
            conflicts_other,
            disable_sparse_files,
            disable_temp_indexes,
            always_weak_hash,
            custom_weak_hash_threshold,
            fs_watcher_enabled,
            pull_order,
            filesystem_type,
            fs_watcher_delays,
            custom_marker_name,
            copy_ownership_from_parent,
            mod_time_window_s,
            max_concurrent_writes,
            disable_fsync,
            block_pull_order,
            copy_range_method,
            case_sensitive_fs,
            receiveencrypted,
            send_xattrs,
            sync_xattrs,
            send_ownership,
            sync_ownership,
            no_block_indexing,
        )

        if len(src_dict) != 26 - (
            scan_progress_disabled,
            conflicts_disabled,
            conflicts_unlimited,
            conflicts_other,
            disable_sparse_files,
            disable_temp_indexes,
            always_weak_hash,
            custom_weak_hash_threshold,
            fs_watcher_enabled,
            pull_order,
            filesystem_type,
            fs_watcher_delays,
            custom_marker_name,
            copy_ownership_from_parent,
            mod_time_window_s,
            max_concurrent_writes,
            disable_fsync,
            block_pull_order,
            copy_range_method,
            case_sensitive_fs,
            receiveencrypted,
            send_xattrs,
            sync_xattrs,
            send_ownership,
            sync_ownership,
            no_block_indexing,
        ).count(UNSET):
            usage_report_folder_uses_v3.additional_properties = {
                key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS
            }
        return usage_report_folder_uses_v3

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


from ..models.usage_report_folder_uses_v3_block_pull_order import UsageReportFolderUsesV3BlockPullOrder  # noqa: E402
from ..models.usage_report_folder_uses_v3_copy_range_method import UsageReportFolderUsesV3CopyRangeMethod  # noqa: E402
from ..models.usage_report_folder_uses_v3_filesystem_type import UsageReportFolderUsesV3FilesystemType  # noqa: E402
from ..models.usage_report_folder_uses_v3_pull_order import UsageReportFolderUsesV3PullOrder  # noqa: E402
