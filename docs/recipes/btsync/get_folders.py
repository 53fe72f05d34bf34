from syncthing_client import Syncthing


def get_folders(st: Syncthing, folder_id: str | None = None) -> list[dict[str, object]]:
    """Every folder, or the one named, in the shape of BTSync's get_folders."""
    folders = [st.config.folder(folder_id)] if folder_id else st.config.folders()
    answer: list[dict[str, object]] = []
    for folder in folders:
        status = st.db.status(folder.id)  # counts of this device's copy; rather expensive on big folders
        answer.append(
            {
                "dir": folder.path,
                "id": folder.id,  # where BTSync has the folder's secret
                "type": folder.type,  # sendreceive, sendonly, receiveonly or receiveencrypted
                "size": status.local_bytes,
                "files": status.local_files,
                "error": status.errors + status.pull_errors,
                "indexing": status.state in ("scanning", "scan-waiting"),
            }
        )
    return answer
