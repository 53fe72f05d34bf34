import attrs

from syncthing_client import Syncthing
from syncthing_client.models import VersioningParams


def set_folder_prefs(st: Syncthing, folder_id: str, *, use_sync_trash: bool, trash_days: int = 30) -> None:
    """Keep deleted and replaced files in the folder's ``.stversions`` for ``trash_days`` days, or not.

    The trash is the only one of BTSync's folder preferences that is a folder's own in Syncthing; discovery and
    relays are device options (``set_prefs``), the hosts are device addresses (``set_folder_hosts``). The folder is
    written back whole: a PATCH of ``versioning`` alone would reset its ``cleanupIntervalS`` and keep old params.
    """
    folder = st.config.folder(folder_id)
    if use_sync_trash:
        versioning = attrs.evolve(
            folder.versioning, type="trashcan", params=VersioningParams.from_dict({"cleanoutDays": str(trash_days)})
        )
    else:
        versioning = attrs.evolve(folder.versioning, type="", params=VersioningParams())
    st.config.replace_folder(folder_id, body=attrs.evolve(folder, versioning=versioning))
