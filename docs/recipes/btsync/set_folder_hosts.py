from syncthing_client import Syncthing


def set_folder_hosts(st: Syncthing, device_id: str, hosts: list[str]) -> None:
    """Replace the addresses Syncthing dials ``device_id`` at with ``hosts`` (``host:port``, TCP).

    Where BTSync set hosts per folder, Syncthing sets them per device, for every folder shared with it. An empty
    list brings back ``dynamic``: the device is found by discovery again.
    """
    addresses = [f"tcp://{host}" for host in hosts] or ["dynamic"]
    st.config.update_device(device_id, body={"addresses": addresses})
