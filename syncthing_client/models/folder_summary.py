from __future__ import annotations

import datetime
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._timestamps import parse as _parse_timestamp
from ..types import UNSET, Unset

T = TypeVar("T", bound="FolderSummary")

_KNOWN_KEYS = frozenset(
    (
        "errors",
        "pullErrors",
        "invalid",
        "globalFiles",
        "globalDirectories",
        "globalSymlinks",
        "globalDeleted",
        "globalBytes",
        "globalTotalItems",
        "localFiles",
        "localDirectories",
        "localSymlinks",
        "localDeleted",
        "localBytes",
        "localTotalItems",
        "needFiles",
        "needDirectories",
        "needSymlinks",
        "needDeletes",
        "needBytes",
        "needTotalItems",
        "inSyncFiles",
        "inSyncBytes",
        "state",
        "stateChanged",
        "version",
        "sequence",
        "ignorePatterns",
        "receiveOnlyChangedFiles",
        "receiveOnlyChangedDirectories",
        "receiveOnlyChangedSymlinks",
        "receiveOnlyChangedDeletes",
        "receiveOnlyChangedBytes",
        "receiveOnlyTotalItems",
        "error",
        "remoteSequence",
        "watchError",
    )
)


@_attrs_define
class FolderSummary:
    """
    Attributes:
        errors (int): Files that failed to sync.
        pull_errors (int): The same as `errors` (deprecated).
        invalid (str): Always empty (deprecated).
        global_files (int):
        global_directories (int):
        global_symlinks (int):
        global_deleted (int):
        global_bytes (int):
        global_total_items (int):
        local_files (int):
        local_directories (int):
        local_symlinks (int):
        local_deleted (int):
        local_bytes (int):
        local_total_items (int):
        need_files (int):
        need_directories (int):
        need_symlinks (int):
        need_deletes (int):
        need_bytes (int):
        need_total_items (int):
        in_sync_files (int):
        in_sync_bytes (int):
        state (str): `idle`, `scanning`, `scan-waiting`, `syncing`, `sync-waiting`, `sync-preparing`, `cleaning`,
            `error`, …
        state_changed (datetime.datetime):
        version (int): The same as `sequence` (deprecated).
        sequence (int): The local index sequence.
        ignore_patterns (bool): The folder has ignore patterns.
        receive_only_changed_files (int | Unset): Locally changed in a receive-only folder (not sent by 1.19.2).
        receive_only_changed_directories (int | Unset):
        receive_only_changed_symlinks (int | Unset):
        receive_only_changed_deletes (int | Unset):
        receive_only_changed_bytes (int | Unset):
        receive_only_total_items (int | Unset):
        error (str | Unset): Why the folder is in the `error` state (not sent by 1.19.2).
        remote_sequence (FolderSummaryRemoteSequence | Unset): The last index sequence announced by each remote device
            (not sent by 1.19.2).
        watch_error (str | Unset): Why watching for changes failed (not sent by 1.19.2).
    """

    errors: int
    pull_errors: int
    invalid: str
    global_files: int
    global_directories: int
    global_symlinks: int
    global_deleted: int
    global_bytes: int
    global_total_items: int
    local_files: int
    local_directories: int
    local_symlinks: int
    local_deleted: int
    local_bytes: int
    local_total_items: int
    need_files: int
    need_directories: int
    need_symlinks: int
    need_deletes: int
    need_bytes: int
    need_total_items: int
    in_sync_files: int
    in_sync_bytes: int
    state: str
    state_changed: datetime.datetime
    version: int
    sequence: int
    ignore_patterns: bool
    receive_only_changed_files: int | Unset = UNSET
    receive_only_changed_directories: int | Unset = UNSET
    receive_only_changed_symlinks: int | Unset = UNSET
    receive_only_changed_deletes: int | Unset = UNSET
    receive_only_changed_bytes: int | Unset = UNSET
    receive_only_total_items: int | Unset = UNSET
    error: str | Unset = UNSET
    remote_sequence: FolderSummaryRemoteSequence | Unset = UNSET
    watch_error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = self.errors

        pull_errors = self.pull_errors

        invalid = self.invalid

        global_files = self.global_files

        global_directories = self.global_directories

        global_symlinks = self.global_symlinks

        global_deleted = self.global_deleted

        global_bytes = self.global_bytes

        global_total_items = self.global_total_items

        local_files = self.local_files

        local_directories = self.local_directories

        local_symlinks = self.local_symlinks

        local_deleted = self.local_deleted

        local_bytes = self.local_bytes

        local_total_items = self.local_total_items

        need_files = self.need_files

        need_directories = self.need_directories

        need_symlinks = self.need_symlinks

        need_deletes = self.need_deletes

        need_bytes = self.need_bytes

        need_total_items = self.need_total_items

        in_sync_files = self.in_sync_files

        in_sync_bytes = self.in_sync_bytes

        state = self.state

        state_changed = self.state_changed.isoformat()

        version = self.version

        sequence = self.sequence

        ignore_patterns = self.ignore_patterns

        receive_only_changed_files = self.receive_only_changed_files

        receive_only_changed_directories = self.receive_only_changed_directories

        receive_only_changed_symlinks = self.receive_only_changed_symlinks

        receive_only_changed_deletes = self.receive_only_changed_deletes

        receive_only_changed_bytes = self.receive_only_changed_bytes

        receive_only_total_items = self.receive_only_total_items

        error = self.error

        remote_sequence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remote_sequence, Unset):
            remote_sequence = self.remote_sequence.to_dict()

        watch_error = self.watch_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
                "pullErrors": pull_errors,
                "invalid": invalid,
                "globalFiles": global_files,
                "globalDirectories": global_directories,
                "globalSymlinks": global_symlinks,
                "globalDeleted": global_deleted,
                "globalBytes": global_bytes,
                "globalTotalItems": global_total_items,
                "localFiles": local_files,
                "localDirectories": local_directories,
                "localSymlinks": local_symlinks,
                "localDeleted": local_deleted,
                "localBytes": local_bytes,
                "localTotalItems": local_total_items,
                "needFiles": need_files,
                "needDirectories": need_directories,
                "needSymlinks": need_symlinks,
                "needDeletes": need_deletes,
                "needBytes": need_bytes,
                "needTotalItems": need_total_items,
                "inSyncFiles": in_sync_files,
                "inSyncBytes": in_sync_bytes,
                "state": state,
                "stateChanged": state_changed,
                "version": version,
                "sequence": sequence,
                "ignorePatterns": ignore_patterns,
            }
        )
        if receive_only_changed_files is not UNSET:
            field_dict["receiveOnlyChangedFiles"] = receive_only_changed_files
        if receive_only_changed_directories is not UNSET:
            field_dict["receiveOnlyChangedDirectories"] = receive_only_changed_directories
        if receive_only_changed_symlinks is not UNSET:
            field_dict["receiveOnlyChangedSymlinks"] = receive_only_changed_symlinks
        if receive_only_changed_deletes is not UNSET:
            field_dict["receiveOnlyChangedDeletes"] = receive_only_changed_deletes
        if receive_only_changed_bytes is not UNSET:
            field_dict["receiveOnlyChangedBytes"] = receive_only_changed_bytes
        if receive_only_total_items is not UNSET:
            field_dict["receiveOnlyTotalItems"] = receive_only_total_items
        if error is not UNSET:
            field_dict["error"] = error
        if remote_sequence is not UNSET:
            field_dict["remoteSequence"] = remote_sequence
        if watch_error is not UNSET:
            field_dict["watchError"] = watch_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        errors = src_dict["errors"]

        pull_errors = src_dict["pullErrors"]

        invalid = src_dict["invalid"]

        global_files = src_dict["globalFiles"]

        global_directories = src_dict["globalDirectories"]

        global_symlinks = src_dict["globalSymlinks"]

        global_deleted = src_dict["globalDeleted"]

        global_bytes = src_dict["globalBytes"]

        global_total_items = src_dict["globalTotalItems"]

        local_files = src_dict["localFiles"]

        local_directories = src_dict["localDirectories"]

        local_symlinks = src_dict["localSymlinks"]

        local_deleted = src_dict["localDeleted"]

        local_bytes = src_dict["localBytes"]

        local_total_items = src_dict["localTotalItems"]

        need_files = src_dict["needFiles"]

        need_directories = src_dict["needDirectories"]

        need_symlinks = src_dict["needSymlinks"]

        need_deletes = src_dict["needDeletes"]

        need_bytes = src_dict["needBytes"]

        need_total_items = src_dict["needTotalItems"]

        in_sync_files = src_dict["inSyncFiles"]

        in_sync_bytes = src_dict["inSyncBytes"]

        state = src_dict["state"]

        state_changed = _parse_timestamp(src_dict["stateChanged"])

        version = src_dict["version"]

        sequence = src_dict["sequence"]

        ignore_patterns = src_dict["ignorePatterns"]

        receive_only_changed_files = src_dict.get("receiveOnlyChangedFiles", UNSET)

        receive_only_changed_directories = src_dict.get("receiveOnlyChangedDirectories", UNSET)

        receive_only_changed_symlinks = src_dict.get("receiveOnlyChangedSymlinks", UNSET)

        receive_only_changed_deletes = src_dict.get("receiveOnlyChangedDeletes", UNSET)

        receive_only_changed_bytes = src_dict.get("receiveOnlyChangedBytes", UNSET)

        receive_only_total_items = src_dict.get("receiveOnlyTotalItems", UNSET)

        error = src_dict.get("error", UNSET)

        _remote_sequence = src_dict.get("remoteSequence", UNSET)
        remote_sequence: FolderSummaryRemoteSequence | Unset
        if isinstance(_remote_sequence, Unset):
            remote_sequence = UNSET
        else:
            remote_sequence = FolderSummaryRemoteSequence.from_dict(_remote_sequence)

        watch_error = src_dict.get("watchError", UNSET)

        folder_summary = cls(
            errors,
            pull_errors,
            invalid,
            global_files,
            global_directories,
            global_symlinks,
            global_deleted,
            global_bytes,
            global_total_items,
            local_files,
            local_directories,
            local_symlinks,
            local_deleted,
            local_bytes,
            local_total_items,
            need_files,
            need_directories,
            need_symlinks,
            need_deletes,
            need_bytes,
            need_total_items,
            in_sync_files,
            in_sync_bytes,
            state,
            state_changed,
            version,
            sequence,
            ignore_patterns,
            receive_only_changed_files,
            receive_only_changed_directories,
            receive_only_changed_symlinks,
            receive_only_changed_deletes,
            receive_only_changed_bytes,
            receive_only_total_items,
            error,
            remote_sequence,
            watch_error,
        )

        if len(src_dict) != 37 - (
            receive_only_changed_files,
            receive_only_changed_directories,
            receive_only_changed_symlinks,
            receive_only_changed_deletes,
            receive_only_changed_bytes,
            receive_only_total_items,
            error,
            remote_sequence,
            watch_error,
        ).count(UNSET):
            folder_summary.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}
        return folder_summary

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


from ..models.folder_summary_remote_sequence import FolderSummaryRemoteSequence  # noqa: E402
