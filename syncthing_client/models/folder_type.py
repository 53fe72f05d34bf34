from typing import Final, Literal

FolderType = Literal["receiveencrypted", "receiveonly", "sendonly", "sendreceive"]
"""What a folder does with changes: `sendreceive` (both ways), `sendonly`, `receiveonly`, `receiveencrypted` (holds data encrypted for an untrusted device). Syncthing reads an unknown value as `sendreceive`.

A value a newer Syncthing adds is kept as the plain value it is."""

FOLDER_TYPE_VALUES: Final[frozenset[FolderType]] = frozenset(
    {
        "receiveencrypted",
        "receiveonly",
        "sendonly",
        "sendreceive",
    }
)
