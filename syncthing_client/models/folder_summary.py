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
from ..models.folder_state import FolderState
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


@_extras_in_repr
@_attrs_define
class FolderSummary:
    """
    Attributes:
        errors (int): Files that failed to sync.
        pull_errors (int): The same as `errors` (deprecated).
        invalid (str): Always empty (deprecated).
        global_files (int): Files in the cluster's latest version.
        global_directories (int): Directories in the cluster's latest version.
        global_symlinks (int): Symlinks in the cluster's latest version.
        global_deleted (int): Deleted items in the cluster's latest version.
        global_bytes (int): Bytes in the cluster's latest version.
        global_total_items (int): Items in total in the cluster's latest version.
        local_files (int): Files present locally, whatever their version.
        local_directories (int): Directories present locally, whatever their version.
        local_symlinks (int): Symlinks present locally, whatever their version.
        local_deleted (int): Deleted items present locally, whatever their version.
        local_bytes (int): Bytes present locally, whatever their version.
        local_total_items (int): Items in total present locally, whatever their version.
        need_files (int): Files needed to be up to date with the cluster's latest version.
        need_directories (int): Directories needed to be up to date with the cluster's latest version.
        need_symlinks (int): Symlinks needed to be up to date with the cluster's latest version.
        need_deletes (int): Deleted items needed to be up to date with the cluster's latest version.
        need_bytes (int): Bytes needed to be up to date with the cluster's latest version.
        need_total_items (int): Items in total needed to be up to date with the cluster's latest version.
        in_sync_files (int): Files locally the same as the cluster's latest version.
        in_sync_bytes (int): Bytes locally the same as the cluster's latest version.
        state (FolderState): What a folder is doing. `starting` is sent by 2.1.0 and later. `` (empty) only in a folder
            summary, for a
            folder that is not running (paused); `StateChanged` never sends it.
        state_changed (datetime.datetime): When the state last changed.
        version (int): The same as `sequence` (deprecated).
        sequence (int): The local index sequence.
        ignore_patterns (bool): The folder has ignore patterns.
        receive_only_changed_files (int | Unset): Locally changed in a receive-only folder (sent by 1.29.5 and 2.1.3
            only).
        receive_only_changed_directories (int | Unset): Directories changed locally in a receive-only folder, not sent
            to the cluster.
        receive_only_changed_symlinks (int | Unset): Symlinks changed locally in a receive-only folder, not sent to the
            cluster.
        receive_only_changed_deletes (int | Unset): Deleted items changed locally in a receive-only folder, not sent to
            the cluster.
        receive_only_changed_bytes (int | Unset): Bytes changed locally in a receive-only folder, not sent to the
            cluster.
        receive_only_total_items (int | Unset): Items in total changed locally in a receive-only folder, not sent to the
            cluster.
        error (str | Unset): Why the folder is in the `error` state (sent by 1.29.5 and 2.1.3 only).
        remote_sequence (FolderSummaryRemoteSequence | Unset): The last index sequence announced by each remote device
            (sent by 1.29.5 and 2.1.3 only); `null` for a paused folder (1.29.5 checked).
        watch_error (str | Unset): Why watching for changes failed (sent by 1.29.5 and 2.1.3 only).
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
    state: FolderState
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

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

        state: str = self.state

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
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (FolderSummary)", src_dict, None, src_dict)
        try:
            errors = src_dict["errors"]
            if not _type(errors) is int:
                raise _invalid("an integer", errors, "errors", src_dict)

            pull_errors = src_dict["pullErrors"]
            if not _type(pull_errors) is int:
                raise _invalid("an integer", pull_errors, "pullErrors", src_dict)

            invalid = src_dict["invalid"]
            if not _type(invalid) is str:
                raise _invalid("a string", invalid, "invalid", src_dict)

            global_files = src_dict["globalFiles"]
            if not _type(global_files) is int:
                raise _invalid("an integer", global_files, "globalFiles", src_dict)

            global_directories = src_dict["globalDirectories"]
            if not _type(global_directories) is int:
                raise _invalid("an integer", global_directories, "globalDirectories", src_dict)

            global_symlinks = src_dict["globalSymlinks"]
            if not _type(global_symlinks) is int:
                raise _invalid("an integer", global_symlinks, "globalSymlinks", src_dict)

            global_deleted = src_dict["globalDeleted"]
            if not _type(global_deleted) is int:
                raise _invalid("an integer", global_deleted, "globalDeleted", src_dict)

            global_bytes = src_dict["globalBytes"]
            if not _type(global_bytes) is int:
                raise _invalid("an integer", global_bytes, "globalBytes", src_dict)

            global_total_items = src_dict["globalTotalItems"]
            if not _type(global_total_items) is int:
                raise _invalid("an integer", global_total_items, "globalTotalItems", src_dict)

            local_files = src_dict["localFiles"]
            if not _type(local_files) is int:
                raise _invalid("an integer", local_files, "localFiles", src_dict)

            local_directories = src_dict["localDirectories"]
            if not _type(local_directories) is int:
                raise _invalid("an integer", local_directories, "localDirectories", src_dict)

            local_symlinks = src_dict["localSymlinks"]
            if not _type(local_symlinks) is int:
                raise _invalid("an integer", local_symlinks, "localSymlinks", src_dict)

            local_deleted = src_dict["localDeleted"]
            if not _type(local_deleted) is int:
                raise _invalid("an integer", local_deleted, "localDeleted", src_dict)

            local_bytes = src_dict["localBytes"]
            if not _type(local_bytes) is int:
                raise _invalid("an integer", local_bytes, "localBytes", src_dict)

            local_total_items = src_dict["localTotalItems"]
            if not _type(local_total_items) is int:
                raise _invalid("an integer", local_total_items, "localTotalItems", src_dict)

            need_files = src_dict["needFiles"]
            if not _type(need_files) is int:
                raise _invalid("an integer", need_files, "needFiles", src_dict)

            need_directories = src_dict["needDirectories"]
            if not _type(need_directories) is int:
                raise _invalid("an integer", need_directories, "needDirectories", src_dict)

            need_symlinks = src_dict["needSymlinks"]
            if not _type(need_symlinks) is int:
                raise _invalid("an integer", need_symlinks, "needSymlinks", src_dict)

            need_deletes = src_dict["needDeletes"]
            if not _type(need_deletes) is int:
                raise _invalid("an integer", need_deletes, "needDeletes", src_dict)

            need_bytes = src_dict["needBytes"]
            if not _type(need_bytes) is int:
                raise _invalid("an integer", need_bytes, "needBytes", src_dict)

            need_total_items = src_dict["needTotalItems"]
            if not _type(need_total_items) is int:
                raise _invalid("an integer", need_total_items, "needTotalItems", src_dict)

            in_sync_files = src_dict["inSyncFiles"]
            if not _type(in_sync_files) is int:
                raise _invalid("an integer", in_sync_files, "inSyncFiles", src_dict)

            in_sync_bytes = src_dict["inSyncBytes"]
            if not _type(in_sync_bytes) is int:
                raise _invalid("an integer", in_sync_bytes, "inSyncBytes", src_dict)

            state: FolderState = src_dict["state"]
            if not _type(state) is str:
                raise _invalid("a string", state, "state", src_dict)

            try:
                state_changed = _parse_timestamp(src_dict["stateChanged"])
            except (TypeError, ValueError):
                raise _invalid("a date-time", src_dict["stateChanged"], "stateChanged", src_dict) from None

            version = src_dict["version"]
            if not _type(version) is int:
                raise _invalid("an integer", version, "version", src_dict)

            sequence = src_dict["sequence"]
            if not _type(sequence) is int:
                raise _invalid("an integer", sequence, "sequence", src_dict)

            ignore_patterns = src_dict["ignorePatterns"]
            if not _type(ignore_patterns) is bool:
                raise _invalid("a boolean", ignore_patterns, "ignorePatterns", src_dict)

            receive_only_changed_files = src_dict.get("receiveOnlyChangedFiles", UNSET)
            if not _type(receive_only_changed_files) is int and receive_only_changed_files is not UNSET:
                raise _invalid("an integer", receive_only_changed_files, "receiveOnlyChangedFiles", src_dict)

            receive_only_changed_directories = src_dict.get("receiveOnlyChangedDirectories", UNSET)
            if not _type(receive_only_changed_directories) is int and receive_only_changed_directories is not UNSET:
                raise _invalid(
                    "an integer", receive_only_changed_directories, "receiveOnlyChangedDirectories", src_dict
                )

            receive_only_changed_symlinks = src_dict.get("receiveOnlyChangedSymlinks", UNSET)
            if not _type(receive_only_changed_symlinks) is int and receive_only_changed_symlinks is not UNSET:
                raise _invalid("an integer", receive_only_changed_symlinks, "receiveOnlyChangedSymlinks", src_dict)

            receive_only_changed_deletes = src_dict.get("receiveOnlyChangedDeletes", UNSET)
            if not _type(receive_only_changed_deletes) is int and receive_only_changed_deletes is not UNSET:
                raise _invalid("an integer", receive_only_changed_deletes, "receiveOnlyChangedDeletes", src_dict)

            receive_only_changed_bytes = src_dict.get("receiveOnlyChangedBytes", UNSET)
            if not _type(receive_only_changed_bytes) is int and receive_only_changed_bytes is not UNSET:
                raise _invalid("an integer", receive_only_changed_bytes, "receiveOnlyChangedBytes", src_dict)

            receive_only_total_items = src_dict.get("receiveOnlyTotalItems", UNSET)
            if not _type(receive_only_total_items) is int and receive_only_total_items is not UNSET:
                raise _invalid("an integer", receive_only_total_items, "receiveOnlyTotalItems", src_dict)

            error = src_dict.get("error", UNSET)
            if not _type(error) is str and error is not UNSET:
                raise _invalid("a string", error, "error", src_dict)

            remote_sequence = src_dict.get("remoteSequence", UNSET)
            if remote_sequence is None:
                remote_sequence = {}
            if remote_sequence is not UNSET:
                try:
                    remote_sequence = FolderSummaryRemoteSequence.from_dict(remote_sequence)
                except _Invalid as _e:
                    raise _e.within("remoteSequence", None, src_dict) from None

            watch_error = src_dict.get("watchError", UNSET)
            if not _type(watch_error) is str and watch_error is not UNSET:
                raise _invalid("a string", watch_error, "watchError", src_dict)

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

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return folder_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.folder_summary_remote_sequence import FolderSummaryRemoteSequence  # noqa: E402
