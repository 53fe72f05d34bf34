from syncthing_client import Syncthing


def set_prefs(
    st: Syncthing, *, device_name: str | None = None, download_limit: int | None = None, upload_limit: int | None = None
) -> None:
    """Change this device's name or its bandwidth limits (KiB/s, 0 for none); what is not given stays."""
    if device_name is not None:
        st.config.update_device(st.system.status().my_id, body={"name": device_name})
    limits = {"maxRecvKbps": download_limit, "maxSendKbps": upload_limit}
    changed = {name: value for name, value in limits.items() if value is not None}
    if changed:
        st.config.update_options(body=changed)
