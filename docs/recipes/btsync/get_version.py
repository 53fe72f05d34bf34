from syncthing_client import Syncthing


def get_version(st: Syncthing) -> dict[str, str]:
    """Syncthing's release, e.g. ``v1.29.5``, and the long form with build details."""
    version = st.system.version()
    return {"version": version.version, "long_version": version.long_version}
