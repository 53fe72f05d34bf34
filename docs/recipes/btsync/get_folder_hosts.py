from syncthing_client import Syncthing


def get_folder_hosts(st: Syncthing, folder_id: str) -> dict[str, list[str]]:
    """The addresses set for the devices a folder is shared with, as ``host:port``.

    Syncthing keeps addresses per device, not per folder; ``dynamic`` (found by discovery) is left out.
    """
    me = st.system.status().my_id
    hosts: dict[str, list[str]] = {}
    for entry in st.config.folder(folder_id).devices:
        if entry.device_id != me:
            addresses = st.config.device(entry.device_id).addresses
            hosts[entry.device_id] = [a.split("://", 1)[-1] for a in addresses if a != "dynamic"]
    return hosts
