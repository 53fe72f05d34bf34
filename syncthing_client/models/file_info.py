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
from ..models.file_info_type import FileInfoType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileInfo")

_KNOWN_KEYS = frozenset(
    (
        "name",
        "type",
        "size",
        "deleted",
        "invalid",
        "ignored",
        "mustRescan",
        "noPermissions",
        "modified",
        "modifiedBy",
        "sequence",
        "version",
        "localFlags",
        "permissions",
        "numBlocks",
        "platform",
        "inodeChange",
        "blocksHash",
        "previousBlocksHash",
    )
)


@_extras_in_repr
@_attrs_define
class FileInfo:
    """A file's entry in an index, as the REST API shows it.

    Attributes:
        name (str): Path relative to the folder root.
        type (FileInfoType): The kind of an index entry. Today's releases create `FILE`, `DIRECTORY` and `SYMLINK`; the
            `SYMLINK_FILE` and `SYMLINK_DIRECTORY` kinds come only from entries made by very old releases.
        size (int):
        deleted (bool):
        invalid (bool): Not to be synced (e.g. ignored, or a receive-only local change).
        ignored (bool):
        must_rescan (bool):
        no_permissions (bool): The entry carries no permission bits.
        modified (datetime.datetime):
        modified_by (str): Short ID of the device that made the change.
        sequence (int):
        version (list[str]): The version vector, as `<short device ID>:<counter>` items.
        local_flags (int): Bit flags: 1 unsupported, 2 ignored, 4 must rescan, 8 receive-only changed, …
        permissions (str | Unset): Octal permission bits (`0644`); absent on 2.x when `noPermissions`.
        num_blocks (int | None | Unset): Number of blocks; `null` in 1.19.2's lists.
        platform (PlatformData | Unset): Ownership and extended attributes per platform, where the folder syncs them
            (not sent by 1.19.2).
        inode_change (datetime.datetime | Unset): Inode change time (sent by 1.29.5 only; not by 1.19.2 or 2.1.3).
        blocks_hash (None | str | Unset): Hash of the block list, base64 (sent by 1.29.5 and 2.1.3 only).
        previous_blocks_hash (None | str | Unset): The block-list hash before the last change, base64 (2.x).
    """

    name: str
    type: FileInfoType
    size: int
    deleted: bool
    invalid: bool
    ignored: bool
    must_rescan: bool
    no_permissions: bool
    modified: datetime.datetime
    modified_by: str
    sequence: int
    version: list[str]
    local_flags: int
    permissions: str | Unset = UNSET
    num_blocks: int | None | Unset = UNSET
    platform: PlatformData | Unset = UNSET
    inode_change: datetime.datetime | Unset = UNSET
    blocks_hash: None | str | Unset = UNSET
    previous_blocks_hash: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type: str = self.type

        size = self.size

        deleted = self.deleted

        invalid = self.invalid

        ignored = self.ignored

        must_rescan = self.must_rescan

        no_permissions = self.no_permissions

        modified = self.modified.isoformat()

        modified_by = self.modified_by

        sequence = self.sequence

        version = self.version

        local_flags = self.local_flags

        permissions = self.permissions

        num_blocks: int | None | Unset
        if isinstance(self.num_blocks, Unset):
            num_blocks = UNSET
        else:
            num_blocks = self.num_blocks

        platform: dict[str, Any] | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform.to_dict()

        inode_change: str | Unset = UNSET
        if not isinstance(self.inode_change, Unset):
            inode_change = self.inode_change.isoformat()

        blocks_hash: None | str | Unset
        if isinstance(self.blocks_hash, Unset):
            blocks_hash = UNSET
        else:
            blocks_hash = self.blocks_hash

        previous_blocks_hash: None | str | Unset
        if isinstance(self.previous_blocks_hash, Unset):
            previous_blocks_hash = UNSET
        else:
            previous_blocks_hash = self.previous_blocks_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type,
                "size": size,
                "deleted": deleted,
                "invalid": invalid,
                "ignored": ignored,
                "mustRescan": must_rescan,
                "noPermissions": no_permissions,
                "modified": modified,
                "modifiedBy": modified_by,
                "sequence": sequence,
                "version": version,
                "localFlags": local_flags,
            }
        )
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if num_blocks is not UNSET:
            field_dict["numBlocks"] = num_blocks
        if platform is not UNSET:
            field_dict["platform"] = platform
        if inode_change is not UNSET:
            field_dict["inodeChange"] = inode_change
        if blocks_hash is not UNSET:
            field_dict["blocksHash"] = blocks_hash
        if previous_blocks_hash is not UNSET:
            field_dict["previousBlocksHash"] = previous_blocks_hash

        return field_dict

    @classmethod
    def from_dict(cls: _type[T], src_dict: Mapping[str, Any]) -> T:
        if _type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _invalid("an object (FileInfo)", src_dict, None, src_dict)
        try:
            name = src_dict["name"]
            if not _type(name) is str:
                raise _invalid("a string", name, "name", src_dict)

            type: FileInfoType = src_dict["type"]
            if not _type(type) is str:
                raise _invalid("a string", type, "type", src_dict)

            size = src_dict["size"]
            if not _type(size) is int:
                raise _invalid("an integer", size, "size", src_dict)

            deleted = src_dict["deleted"]
            if not _type(deleted) is bool:
                raise _invalid("a boolean", deleted, "deleted", src_dict)

            invalid = src_dict["invalid"]
            if not _type(invalid) is bool:
                raise _invalid("a boolean", invalid, "invalid", src_dict)

            ignored = src_dict["ignored"]
            if not _type(ignored) is bool:
                raise _invalid("a boolean", ignored, "ignored", src_dict)

            must_rescan = src_dict["mustRescan"]
            if not _type(must_rescan) is bool:
                raise _invalid("a boolean", must_rescan, "mustRescan", src_dict)

            no_permissions = src_dict["noPermissions"]
            if not _type(no_permissions) is bool:
                raise _invalid("a boolean", no_permissions, "noPermissions", src_dict)

            try:
                modified = _parse_timestamp(src_dict["modified"])
            except (TypeError, ValueError):
                raise _invalid("a date-time", src_dict["modified"], "modified", src_dict) from None

            modified_by = src_dict["modifiedBy"]
            if not _type(modified_by) is str:
                raise _invalid("a string", modified_by, "modifiedBy", src_dict)

            sequence = src_dict["sequence"]
            if not _type(sequence) is int:
                raise _invalid("an integer", sequence, "sequence", src_dict)

            version = src_dict["version"]
            if _type(version) is not list or not _only_str(map(_type, version)):
                raise _bad_item("a string", _str_types, version, "version", src_dict)

            local_flags = src_dict["localFlags"]
            if not _type(local_flags) is int:
                raise _invalid("an integer", local_flags, "localFlags", src_dict)

            permissions = src_dict.get("permissions", UNSET)
            if not _type(permissions) is str and permissions is not UNSET:
                raise _invalid("a string", permissions, "permissions", src_dict)

            num_blocks = src_dict.get("numBlocks", UNSET)
            if num_blocks is not UNSET:
                if not (_type(num_blocks) is int) and num_blocks is not None:
                    raise _invalid("an integer or null", num_blocks, "numBlocks", src_dict)

            platform = src_dict.get("platform", UNSET)
            if platform is not UNSET:
                try:
                    platform = PlatformData.from_dict(platform)
                except _Invalid as _e:
                    raise _e.within("platform", None, src_dict) from None

            inode_change = src_dict.get("inodeChange", UNSET)
            if inode_change is not UNSET:
                try:
                    inode_change = _parse_timestamp(inode_change)
                except (TypeError, ValueError):
                    raise _invalid("a date-time", inode_change, "inodeChange", src_dict) from None

            blocks_hash = src_dict.get("blocksHash", UNSET)
            if blocks_hash is not UNSET:
                if not (_type(blocks_hash) is str) and blocks_hash is not None:
                    raise _invalid("a string or null", blocks_hash, "blocksHash", src_dict)

            previous_blocks_hash = src_dict.get("previousBlocksHash", UNSET)
            if previous_blocks_hash is not UNSET:
                if not (_type(previous_blocks_hash) is str) and previous_blocks_hash is not None:
                    raise _invalid("a string or null", previous_blocks_hash, "previousBlocksHash", src_dict)

            file_info = cls(
                name,
                type,
                size,
                deleted,
                invalid,
                ignored,
                must_rescan,
                no_permissions,
                modified,
                modified_by,
                sequence,
                version,
                local_flags,
                permissions,
                num_blocks,
                platform,
                inode_change,
                blocks_hash,
                previous_blocks_hash,
            )
            if len(src_dict) != 19 - (
                permissions,
                num_blocks,
                platform,
                inode_change,
                blocks_hash,
                previous_blocks_hash,
            ).count(UNSET):
                file_info.additional_properties = {key: src_dict[key] for key in src_dict.keys() - _KNOWN_KEYS}

        except KeyError as _missing_key:
            raise _missing(_missing_key, src_dict) from None
        return file_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.platform_data import PlatformData  # noqa: E402
