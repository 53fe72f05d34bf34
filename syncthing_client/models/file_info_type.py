from typing import Final, Literal, get_args

FileInfoType = Literal[
    "FILE_INFO_TYPE_DIRECTORY",
    "FILE_INFO_TYPE_FILE",
    "FILE_INFO_TYPE_SYMLINK",
    "FILE_INFO_TYPE_SYMLINK_DIRECTORY",
    "FILE_INFO_TYPE_SYMLINK_FILE",
]
"""The kind of an index entry. Today's releases create `FILE`, `DIRECTORY` and `SYMLINK`; the `SYMLINK_FILE` and `SYMLINK_DIRECTORY` kinds come only from entries made by very old releases.

A value a newer Syncthing adds is kept as the plain value it is."""

FILE_INFO_TYPE_VALUES: Final[frozenset[FileInfoType]] = frozenset(get_args(FileInfoType))
