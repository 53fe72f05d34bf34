from syncthing_client import Syncthing


def get_speed(st: Syncthing, interval: float = 1.0) -> dict[str, float]:
    """Bytes per second received (download) and sent (upload), over ``interval`` seconds.

    Syncthing serves byte counters, not speeds: the rate is the difference between two samples over the time
    measured between them. ``st.tasks.transfer_rates()`` also has them per device.
    """
    rates = st.tasks.transfer_rates(interval)
    return {"download": rates.in_bps, "upload": rates.out_bps}
