import time

from syncthing_client import APIConnectionError, Syncthing


def shutdown(st: Syncthing, timeout: float = 10.0) -> bool:
    """Stop Syncthing gracefully; returns whether it stopped answering within ``timeout`` seconds."""
    st.system.shutdown()
    quick = st.with_options(max_retries=0, timeout=1.0)  # fail at once, without retrying, once it is gone
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            quick.system.ping()
        except APIConnectionError:
            return True
        time.sleep(0.1)
    return False
