from syncthing_client import Syncthing


def get_prefs(st: Syncthing) -> dict[str, object]:
    """BTSync's preferences, as Syncthing has them: the name is this device's entry in its own configuration,
    the rest are options. Limits are in KiB/s, 0 meaning none."""
    options = st.config.options()
    me = st.config.device(st.system.status().my_id)
    return {
        "device_name": me.name,
        "download_limit": options.max_recv_kbps,
        "upload_limit": options.max_send_kbps,
        "listening_addresses": options.listen_addresses,  # BTSync's listening_port, with the address
        "use_upnp": int(options.nat_enabled),
    }
