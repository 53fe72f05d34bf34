from syncthing_client import Syncthing


def remove_folder(st: Syncthing, folder_id: str) -> None:
    """Stop syncing a folder; its directory and files stay on disk, as with BTSync.

    Syncthing answers a removal of an unknown ID with success: asking for the folder first raises
    ``FolderNotFoundError`` instead, BTSync's error 1.
    """
    st.config.folder(folder_id)
    st.config.delete_folder(folder_id)
