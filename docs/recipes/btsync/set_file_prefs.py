from syncthing_client import Syncthing


def set_file_prefs(st: Syncthing, folder_id: str, path: str, download: bool) -> None:
    """Ask for one file of a selective folder (made with ``add_folder(selective=True)``), or stop asking.

    Selective sync is ignore patterns in Syncthing: the folder ignores ``*``, and each wanted file is an exception,
    ``!/<path>``, which must come before the ``*`` (the first matching line decides).
    """
    exception = f"!/{path.lstrip('/')}"
    if download:
        st.tasks.add_ignores(folder_id, exception, first=True)
    else:
        st.tasks.remove_ignores(folder_id, exception)
