from syncthing_client import Syncthing


def get_os(st: Syncthing) -> dict[str, str]:
    """The operating system and architecture Syncthing runs on (Go's names: linux, windows, darwin; amd64...)."""
    version = st.system.version()
    return {"os": version.os, "arch": version.arch}
