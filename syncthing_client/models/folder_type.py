from typing import Final, Literal, get_args

FolderType = Literal["receiveencrypted", "receiveonly", "sendonly", "sendreceive"]
"""What a folder does with changes: `sendreceive` (both ways), `sendonly`, `receiveonly`, `receiveencrypted` (holds data encrypted for an untrusted device). Syncthing reads an unknown value as `sendreceive`.

A value a newer Syncthing adds is kept as the plain value it is."""

FOLDER_TYPE_VALUES: Final[frozenset[FolderType]] = frozenset(get_args(FolderType))
