from __future__ import annotations

import datetime
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.folder_summary_remote_sequence import FolderSummaryRemoteSequence


T = TypeVar("T", bound="FolderSummary")


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
        from ..models.folder_summary_remote_sequence import FolderSummaryRemoteSequence  # noqa: PLC0415

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
        from ..models.folder_summary_remote_sequence import FolderSummaryRemoteSequence  # noqa: PLC0415

        d = dict(src_dict)
        errors = d.pop("errors")

        pull_errors = d.pop("pullErrors")

        invalid = d.pop("invalid")

        global_files = d.pop("globalFiles")

        global_directories = d.pop("globalDirectories")

        global_symlinks = d.pop("globalSymlinks")

        global_deleted = d.pop("globalDeleted")

        global_bytes = d.pop("globalBytes")

        global_total_items = d.pop("globalTotalItems")

        local_files = d.pop("localFiles")

        local_directories = d.pop("localDirectories")

        local_symlinks = d.pop("localSymlinks")

        local_deleted = d.pop("localDeleted")

        local_bytes = d.pop("localBytes")

        local_total_items = d.pop("localTotalItems")

        need_files = d.pop("needFiles")

        need_directories = d.pop("needDirectories")

        need_symlinks = d.pop("needSymlinks")

        need_deletes = d.pop("needDeletes")

        need_bytes = d.pop("needBytes")

        need_total_items = d.pop("needTotalItems")

        in_sync_files = d.pop("inSyncFiles")

        in_sync_bytes = d.pop("inSyncBytes")

        state = d.pop("state")

        state_changed = datetime.datetime.fromisoformat(d.pop("stateChanged"))

        version = d.pop("version")

        sequence = d.pop("sequence")

        ignore_patterns = d.pop("ignorePatterns")

        receive_only_changed_files = d.pop("receiveOnlyChangedFiles", UNSET)

        receive_only_changed_directories = d.pop("receiveOnlyChangedDirectories", UNSET)

        receive_only_changed_symlinks = d.pop("receiveOnlyChangedSymlinks", UNSET)

        receive_only_changed_deletes = d.pop("receiveOnlyChangedDeletes", UNSET)

        receive_only_changed_bytes = d.pop("receiveOnlyChangedBytes", UNSET)

        receive_only_total_items = d.pop("receiveOnlyTotalItems", UNSET)

        error = d.pop("error", UNSET)

        _remote_sequence = d.pop("remoteSequence", UNSET)
        remote_sequence: FolderSummaryRemoteSequence | Unset
        if isinstance(_remote_sequence, Unset):
            remote_sequence = UNSET
        else:
            remote_sequence = FolderSummaryRemoteSequence.from_dict(_remote_sequence)

        watch_error = d.pop("watchError", UNSET)

        folder_summary = cls(
            errors=errors,
            pull_errors=pull_errors,
            invalid=invalid,
            global_files=global_files,
            global_directories=global_directories,
            global_symlinks=global_symlinks,
            global_deleted=global_deleted,
            global_bytes=global_bytes,
            global_total_items=global_total_items,
            local_files=local_files,
            local_directories=local_directories,
            local_symlinks=local_symlinks,
            local_deleted=local_deleted,
            local_bytes=local_bytes,
            local_total_items=local_total_items,
            need_files=need_files,
            need_directories=need_directories,
            need_symlinks=need_symlinks,
            need_deletes=need_deletes,
            need_bytes=need_bytes,
            need_total_items=need_total_items,
            in_sync_files=in_sync_files,
            in_sync_bytes=in_sync_bytes,
            state=state,
            state_changed=state_changed,
            version=version,
            sequence=sequence,
            ignore_patterns=ignore_patterns,
            receive_only_changed_files=receive_only_changed_files,
            receive_only_changed_directories=receive_only_changed_directories,
            receive_only_changed_symlinks=receive_only_changed_symlinks,
            receive_only_changed_deletes=receive_only_changed_deletes,
            receive_only_changed_bytes=receive_only_changed_bytes,
            receive_only_total_items=receive_only_total_items,
            error=error,
            remote_sequence=remote_sequence,
            watch_error=watch_error,
        )

        folder_summary.additional_properties = d
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
