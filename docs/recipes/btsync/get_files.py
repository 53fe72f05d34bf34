from syncthing_client import Syncthing


def get_files(st: Syncthing, folder_id: str, path: str = "") -> list[dict[str, object]]:
    """The files and directories directly inside ``path`` of a folder, in the shape of BTSync's get_files.

    ``download`` tells whether the file is wanted here: always in a folder without ``*`` among its ignore
    patterns, else only if ``set_file_prefs`` asked for it (a ``!/<path>`` exception).
    """
    patterns = st.db.ignores(folder_id).ignore
    selective = "*" in patterns
    entries = st.db.browse(folder_id, prefix=path, levels=0) if path else st.db.browse(folder_id, levels=0)
    answer: list[dict[str, object]] = []
    for entry in entries:
        relative = f"{path.strip('/')}/{entry.name}".lstrip("/")
        item: dict[str, object] = {"name": entry.name}
        if entry.type == "FILE_INFO_TYPE_DIRECTORY":
            item["type"] = "folder"
        else:
            here = st.db.file(folder_id, file=relative)
            item |= {
                "type": "file",
                "size": entry.size,
                "have": here.local.version == here.global_.version and not here.local.deleted,
                "download": not selective or f"!/{relative}" in patterns,
            }
        answer.append(item)
    return answer
