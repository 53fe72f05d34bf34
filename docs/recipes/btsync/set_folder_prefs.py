from syncthing_client import Syncthing


def set_folder_prefs(st: Syncthing, folder_id: str, *, use_sync_trash: bool, trash_days: int = 30) -> None:
    """Keep deleted and replaced files in the folder's ``.stversions`` for ``trash_days`` days, or not.

    The trash is the only one of BTSync's folder preferences that is a folder's own in Syncthing; discovery and
    relays are device options (``set_prefs``), the hosts are device addresses (``set_folder_hosts``).
    """
    if use_sync_trash:
        versioning = {"type": "trashcan", "params": {"cleanoutDays": str(trash_days)}}
    else:
        versioning = {"type": "", "params": {}}
    st.config.update_folder(folder_id, body={"versioning": versioning})
