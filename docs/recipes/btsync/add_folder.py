from pathlib import Path

from syncthing_client import Syncthing


def add_folder(
    st: Syncthing,
    directory: Path,
    folder_id: str | None = None,
    *,
    devices: tuple[str, ...] = (),
    selective: bool = False,
) -> str:
    """Add ``directory`` as a folder shared with ``devices`` (device IDs); returns the folder's ID.

    Without ``folder_id`` one is made up, as BTSync makes up a secret. ``selective=True`` ignores every file
    until ``set_file_prefs`` asks for it: the folder starts paused so that nothing syncs before its patterns exist.
    """
    folder_id = folder_id or st.svc.random_string(length=10).random
    shared = [{"deviceID": device} for device in devices]
    st.config.add_folder(body={"id": folder_id, "path": str(directory), "devices": shared, "paused": selective})
    if selective:
        st.tasks.add_ignores(folder_id, "*")
        st.config.update_folder(folder_id, body={"paused": False})
    return folder_id
