from __future__ import annotations

import datetime
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._timestamps import parse as _parse_timestamp
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


@_attrs_define
class FileInfo:
    """A file's entry in an index, as the REST API shows it.

    Attributes:
        name (str): Path relative to the folder root.
        type_ (str): `FILE_INFO_TYPE_FILE`, `FILE_INFO_TYPE_DIRECTORY`, `FILE_INFO_TYPE_SYMLINK`, …
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
        inode_change (datetime.datetime | Unset): Inode change time (sent by 1.29.5; not by 1.19.2 or 2.x).
        blocks_hash (None | str | Unset): Hash of the block list, base64 (not sent by 1.19.2).
        previous_blocks_hash (None | str | Unset): The block-list hash before the last change, base64 (2.x).
    """

    name: str
    type_: str
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

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
                "type": type_,
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        type_ = src_dict["type"]

        size = src_dict["size"]

        deleted = src_dict["deleted"]

        invalid = src_dict["invalid"]

        ignored = src_dict["ignored"]

        must_rescan = src_dict["mustRescan"]

        no_permissions = src_dict["noPermissions"]

        modified = _parse_timestamp(src_dict["modified"])

        modified_by = src_dict["modifiedBy"]

        sequence = src_dict["sequence"]

        version = cast(list[str], src_dict["version"])

        local_flags = src_dict["localFlags"]

        permissions = src_dict.get("permissions", UNSET)

        def _parse_num_blocks(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_blocks = _parse_num_blocks(src_dict.get("numBlocks", UNSET))

        _platform = src_dict.get("platform", UNSET)
        platform: PlatformData | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = PlatformData.from_dict(_platform)

        _inode_change = src_dict.get("inodeChange", UNSET)
        inode_change: datetime.datetime | Unset
        if isinstance(_inode_change, Unset):
            inode_change = UNSET
        else:
            inode_change = _parse_timestamp(_inode_change)

        def _parse_blocks_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        blocks_hash = _parse_blocks_hash(src_dict.get("blocksHash", UNSET))

        def _parse_previous_blocks_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_blocks_hash = _parse_previous_blocks_hash(src_dict.get("previousBlocksHash", UNSET))

        file_info = cls(
            name,
            type_,
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
        return file_info

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


from ..models.platform_data import PlatformData  # noqa: E402
