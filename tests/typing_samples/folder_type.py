"""User code for tests/test_consumers.py: mypy --strict must accept it all except each line marked `# rejected: <code>`,
which it must reject with that error code (a misspelt folder type is caught before Syncthing reads it as sendreceive).
"""

from syncthing_client.models import FolderConfiguration


def sends_and_receives(folder: FolderConfiguration) -> bool:
    return folder.type == "sendreceive"


def make_send_only(folder: FolderConfiguration) -> None:
    folder.type = "sendonly"


def is_send_only_misspelt(folder: FolderConfiguration) -> bool:
    return folder.type == "sendonyl"  # rejected: comparison-overlap


def make_send_only_misspelt(folder: FolderConfiguration) -> None:
    folder.type = "sendonyl"  # rejected: assignment
