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


@_extras_in_repr
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

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
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (UsageReportFolderUsesV3)", src_dict, None, src_dict)
        try:
            scan_progress_disabled = src_dict.get("scanProgressDisabled", UNSET)
            if not _type(scan_progress_disabled) is int and scan_progress_disabled is not UNSET:
                raise _invalid("an integer", scan_progress_disabled, "scanProgressDisabled", src_dict)

            conflicts_disabled = src_dict.get("conflictsDisabled", UNSET)
            if not _type(conflicts_disabled) is int and conflicts_disabled is not UNSET:
                raise _invalid("an integer", conflicts_disabled, "conflictsDisabled", src_dict)

            conflicts_unlimited = src_dict.get("conflictsUnlimited", UNSET)
            if not _type(conflicts_unlimited) is int and conflicts_unlimited is not UNSET:
                raise _invalid("an integer", conflicts_unlimited, "conflictsUnlimited", src_dict)

            conflicts_other = src_dict.get("conflictsOther", UNSET)
            if not _type(conflicts_other) is int and conflicts_other is not UNSET:
                raise _invalid("an integer", conflicts_other, "conflictsOther", src_dict)

            disable_sparse_files = src_dict.get("disableSparseFiles", UNSET)
            if not _type(disable_sparse_files) is int and disable_sparse_files is not UNSET:
                raise _invalid("an integer", disable_sparse_files, "disableSparseFiles", src_dict)

            disable_temp_indexes = src_dict.get("disableTempIndexes", UNSET)
            if not _type(disable_temp_indexes) is int and disable_temp_indexes is not UNSET:
                raise _invalid("an integer", disable_temp_indexes, "disableTempIndexes", src_dict)

            always_weak_hash = src_dict.get("alwaysWeakHash", UNSET)
            if not _type(always_weak_hash) is int and always_weak_hash is not UNSET:
                raise _invalid("an integer", always_weak_hash, "alwaysWeakHash", src_dict)

            custom_weak_hash_threshold = src_dict.get("customWeakHashThreshold", UNSET)
            if not _type(custom_weak_hash_threshold) is int and custom_weak_hash_threshold is not UNSET:
                raise _invalid("an integer", custom_weak_hash_threshold, "customWeakHashThreshold", src_dict)

            fs_watcher_enabled = src_dict.get("fsWatcherEnabled", UNSET)
            if not _type(fs_watcher_enabled) is int and fs_watcher_enabled is not UNSET:
                raise _invalid("an integer", fs_watcher_enabled, "fsWatcherEnabled", src_dict)

            pull_order = src_dict.get("pullOrder", UNSET)
            if pull_order is not UNSET:
                try:
                    pull_order = UsageReportFolderUsesV3PullOrder.from_dict(pull_order)
                except _Invalid as _e:
                    raise _e.within("pullOrder", None, src_dict) from None

            filesystem_type = src_dict.get("filesystemType", UNSET)
            if filesystem_type is not UNSET:
                try:
                    filesystem_type = UsageReportFolderUsesV3FilesystemType.from_dict(filesystem_type)
                except _Invalid as _e:
                    raise _e.within("filesystemType", None, src_dict) from None

            fs_watcher_delays = src_dict.get("fsWatcherDelays", UNSET)
            if fs_watcher_delays is not UNSET:
                if _type(fs_watcher_delays) is not list or not _only_int(map(_type, fs_watcher_delays)):
                    raise _bad_item("an integer", _int_types, fs_watcher_delays, "fsWatcherDelays", src_dict)

            custom_marker_name = src_dict.get("customMarkerName", UNSET)
            if not _type(custom_marker_name) is int and custom_marker_name is not UNSET:
                raise _invalid("an integer", custom_marker_name, "customMarkerName", src_dict)

            copy_ownership_from_parent = src_dict.get("copyOwnershipFromParent", UNSET)
            if not _type(copy_ownership_from_parent) is int and copy_ownership_from_parent is not UNSET:
                raise _invalid("an integer", copy_ownership_from_parent, "copyOwnershipFromParent", src_dict)

            mod_time_window_s = src_dict.get("modTimeWindowS", UNSET)
            if mod_time_window_s is not UNSET:
                if _type(mod_time_window_s) is not list or not _only_int(map(_type, mod_time_window_s)):
                    raise _bad_item("an integer", _int_types, mod_time_window_s, "modTimeWindowS", src_dict)

            max_concurrent_writes = src_dict.get("maxConcurrentWrites", UNSET)
            if max_concurrent_writes is not UNSET:
                if _type(max_concurrent_writes) is not list or not _only_int(map(_type, max_concurrent_writes)):
                    raise _bad_item("an integer", _int_types, max_concurrent_writes, "maxConcurrentWrites", src_dict)

            disable_fsync = src_dict.get("disableFsync", UNSET)
            if not _type(disable_fsync) is int and disable_fsync is not UNSET:
                raise _invalid("an integer", disable_fsync, "disableFsync", src_dict)

            block_pull_order = src_dict.get("blockPullOrder", UNSET)
            if block_pull_order is not UNSET:
                try:
                    block_pull_order = UsageReportFolderUsesV3BlockPullOrder.from_dict(block_pull_order)
                except _Invalid as _e:
                    raise _e.within("blockPullOrder", None, src_dict) from None

            copy_range_method = src_dict.get("copyRangeMethod", UNSET)
            if copy_range_method is not UNSET:
                try:
                    copy_range_method = UsageReportFolderUsesV3CopyRangeMethod.from_dict(copy_range_method)
                except _Invalid as _e:
                    raise _e.within("copyRangeMethod", None, src_dict) from None

            case_sensitive_fs = src_dict.get("caseSensitiveFS", UNSET)
            if not _type(case_sensitive_fs) is int and case_sensitive_fs is not UNSET:
                raise _invalid("an integer", case_sensitive_fs, "caseSensitiveFS", src_dict)

            receiveencrypted = src_dict.get("receiveencrypted", UNSET)
            if not _type(receiveencrypted) is int and receiveencrypted is not UNSET:
                raise _invalid("an integer", receiveencrypted, "receiveencrypted", src_dict)

            send_xattrs = src_dict.get("sendXattrs", UNSET)
            if not _type(send_xattrs) is int and send_xattrs is not UNSET:
                raise _invalid("an integer", send_xattrs, "sendXattrs", src_dict)

            sync_xattrs = src_dict.get("syncXattrs", UNSET)
            if not _type(sync_xattrs) is int and sync_xattrs is not UNSET:
                raise _invalid("an integer", sync_xattrs, "syncXattrs", src_dict)

            send_ownership = src_dict.get("sendOwnership", UNSET)
            if not _type(send_ownership) is int and send_ownership is not UNSET:
                raise _invalid("an integer", send_ownership, "sendOwnership", src_dict)

            sync_ownership = src_dict.get("syncOwnership", UNSET)
            if not _type(sync_ownership) is int and sync_ownership is not UNSET:
                raise _invalid("an integer", sync_ownership, "syncOwnership", src_dict)

            no_block_indexing = src_dict.get("noBlockIndexing", UNSET)
            if not _type(no_block_indexing) is int and no_block_indexing is not UNSET:
                raise _invalid("an integer", no_block_indexing, "noBlockIndexing", src_dict)

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

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return usage_report_folder_uses_v3

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.usage_report_folder_uses_v3_block_pull_order import UsageReportFolderUsesV3BlockPullOrder  # noqa: E402
from ..models.usage_report_folder_uses_v3_copy_range_method import UsageReportFolderUsesV3CopyRangeMethod  # noqa: E402
from ..models.usage_report_folder_uses_v3_filesystem_type import UsageReportFolderUsesV3FilesystemType  # noqa: E402
from ..models.usage_report_folder_uses_v3_pull_order import UsageReportFolderUsesV3PullOrder  # noqa: E402
