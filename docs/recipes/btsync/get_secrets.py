from syncthing_client import Syncthing

# BTSync's three secrets, as folder types the other device accepts the folder with.
ACCESS = {"read_write": "sendreceive", "read_only": "receiveonly", "encryption": "receiveencrypted"}


def get_secrets(st: Syncthing, folder_id: str) -> dict[str, str]:
    """What another device needs to join a folder: Syncthing has no secrets, each side names the other by its
    device ID. Hand out this device's ID and the folder's ID; the access is the folder type the other side picks."""
    return {"device_id": st.system.status().my_id, "folder_id": st.config.folder(folder_id).id, **ACCESS}


def grant(st: Syncthing, folder_id: str, device_id: str, password: str | None = None) -> None:
    """On this device: share the folder with ``device_id``; with ``password``, as BTSync's encryption secret does
    (the device gets the data encrypted and cannot read it)."""
    if password:
        st.tasks.share_encrypted(folder_id, device_id, password)
        return
    devices = [entry.to_dict() for entry in st.config.folder(folder_id).devices]
    # Every field of the new entry: a PATCH writes each entry over whatever the list held at its place.
    added = {"deviceID": device_id, "introducedBy": "", "encryptionPassword": ""}
    st.config.update_folder(folder_id, body={"devices": [*devices, added]})


def join(st: Syncthing, secrets: dict[str, str], access: str, path: str) -> None:
    """On the other device: add the offered folder at ``path`` with the type ``access`` maps to."""
    owner = secrets["device_id"]
    folder = {"id": secrets["folder_id"], "path": path, "type": ACCESS[access]}
    st.config.add_folder(body={**folder, "devices": [{"deviceID": owner}]})
    if access == "encryption":
        # The folder's encryption token comes with the owner's cluster config, which arrived before the folder
        # was added here: reconnect to get it again, or nothing syncs.
        st.config.update_device(owner, body={"paused": True})
        st.config.update_device(owner, body={"paused": False})
