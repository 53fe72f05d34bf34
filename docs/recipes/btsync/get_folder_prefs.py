from syncthing_client import Syncthing


def get_folder_prefs(st: Syncthing, folder_id: str) -> dict[str, int]:
    """BTSync's folder preferences, as Syncthing has them.

    Only the trash is a folder's own setting (versioning ``trashcan``); discovery and relays are the device's
    options and apply to every folder. ``use_hosts`` says whether some device sharing the folder has an address
    set rather than found by discovery (``dynamic``).
    """
    folder = st.config.folder(folder_id)
    options = st.config.options()
    devices = {device.device_id: device for device in st.config.devices()}
    sharing = [devices[entry.device_id] for entry in folder.devices if entry.device_id in devices]
    return {
        "search_lan": int(options.local_announce_enabled),
        "use_dht": int(options.global_announce_enabled),
        "use_tracker": int(options.global_announce_enabled),
        "use_relay_server": int(options.relays_enabled),
        "use_hosts": int(any(address != "dynamic" for device in sharing for address in device.addresses)),
        "use_sync_trash": int(folder.versioning.type == "trashcan"),
    }
