"""The full configuration of 2,000 folders and 500 devices, typed, end to end, against aiosyncthing's dicts.

A throwaway 1.29.5 gets that configuration through ``PUT /rest/config`` (the folders paused, so nothing is scanned
and nothing leaves the machine); then, interleaved over ``ROUNDS`` rounds spread over fresh processes (see
``bench.in_fresh_processes``), each contender fetches and decodes the same body from the same server:

- ``st.config.full()`` / ``await ast.config.full()`` (typed ``Configuration``),
- aiosyncthing's ``await config.config()`` (untyped dicts): the targets are our two ratios to it,
- raw aiohttp ``GET /rest/config`` + ``json.loads`` (``bench.raw``), the floor any client pays.

Run alone: ``.venv/bin/python -m bench.big_config``; ``rows()`` gives the printable lines and the targets.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import statistics
import time
from collections.abc import Callable
from typing import Any

import httpx
from aiosyncthing import Syncthing as AioSyncthing

from bench import PROCESSES, Server, Target, in_fresh_processes, in_turn
from bench.raw import RawAiohttp
from syncthing_client import AsyncSyncthing, Syncthing
from tools.sandbox import Sandbox

FOLDERS, DEVICES, ROUNDS = 2_000, 500, 21
TARGET_RATIO = 1.10
OURS_SYNC = "syncthing-client (sync)"
OURS_ASYNC = "syncthing-client (async)"
PEER = "aiosyncthing config.config()"
_LUHN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _luhn_char(group: str) -> str:
    factor, total, n = 1, 0, len(_LUHN_ALPHABET)
    for char in group:
        addend = factor * _LUHN_ALPHABET.index(char)
        factor = 1 if factor == 2 else 2
        total += addend // n + addend % n
    return _LUHN_ALPHABET[(n - total % n) % n]


def device_id(seed: int) -> str:
    """A valid Syncthing device ID (base32 of a SHA-256 with Luhn check characters), made from ``seed``."""
    raw = base64.b32encode(hashlib.sha256(str(seed).encode()).digest()).decode().rstrip("=")
    groups = [raw[i : i + 13] for i in range(0, 52, 13)]
    checked = "".join(group + _luhn_char(group) for group in groups)
    return "-".join(checked[i : i + 7] for i in range(0, 56, 7))


def install_big_config(sandbox: Sandbox) -> int:
    """Give ``sandbox`` the big configuration; the size of its JSON in bytes."""
    config: dict[str, Any] = sandbox.get("/rest/config")
    devices = [device_id(index) for index in range(DEVICES)]
    config["devices"] += [{"deviceID": ident, "addresses": ["tcp://127.0.0.1:1"], "paused": True} for ident in devices]
    config["folders"] = [
        {
            "id": f"folder-{index:04d}",
            "label": f"Folder {index}",
            "path": str(sandbox.root / "never-created" / f"f{index}"),
            "paused": True,
            "devices": [{"deviceID": devices[index % DEVICES]}],
        }
        for index in range(FOLDERS)
    ]
    sandbox.request("PUT", "/rest/config", json=config, timeout=120).raise_for_status()
    return len(sandbox.request("GET", "/rest/config", timeout=60).content)


def measure_share(server: Server, round_numbers: list[int]) -> tuple[dict[str, list[float]], int]:
    """One process's share of the rounds: seconds per fetch and decode, per contender, one entry per round; and how
    often the raw baseline reconnected after the server closed its kept-alive connection."""
    timeout = httpx.Timeout(60.0)
    ours = Syncthing(server.url, server.api_key, timeout=timeout)
    loop = asyncio.new_event_loop()
    ours_async = AsyncSyncthing(server.url, server.api_key, timeout=timeout)

    async def open_aiohttp_clients() -> tuple[AioSyncthing, RawAiohttp]:
        # aiohttp sessions belong to the loop they are made in: make them in the one that runs them.
        return AioSyncthing(server.api_key, url=server.url, timeout=60), RawAiohttp(
            server.url, {"X-API-Key": server.api_key}
        )

    peer, raw = loop.run_until_complete(open_aiohttp_clients())
    contenders: dict[str, Callable[[], Any]] = {
        OURS_SYNC: ours.config.full,
        OURS_ASYNC: lambda: loop.run_until_complete(ours_async.config.full()),
        PEER: lambda: loop.run_until_complete(peer.config.config()),
        "raw aiohttp + json.loads": lambda: loop.run_until_complete(raw.get_json("/rest/config")),
    }
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    try:
        for call in contenders.values():
            call()  # warm-up
        for round_number in round_numbers:
            for name in in_turn(list(contenders), round_number):
                started = time.perf_counter()
                contenders[name]()
                samples[name].append(time.perf_counter() - started)
    finally:
        ours.close()
        loop.run_until_complete(ours_async.aclose())
        loop.run_until_complete(peer.close())
        loop.run_until_complete(raw.close())
        loop.close()
    return samples, raw.reconnects


def rows(sandbox: Sandbox | None = None) -> tuple[list[str], list[Target]]:
    if sandbox is None:
        with Sandbox.start("1.29.5") as own:
            return rows(own)
    size = install_big_config(sandbox)
    shares = in_fresh_processes(measure_share, sandbox, ROUNDS)
    medians = {
        name: statistics.median(sample for samples, _ in shares for sample in samples[name]) for name in shares[0][0]
    }
    targets = [
        Target(f"full config, typed {flavour} ÷ aiosyncthing", medians[ours] / medians[PEER], TARGET_RATIO)
        for flavour, ours in (("sync", OURS_SYNC), ("async", OURS_ASYNC))
    ]
    title = f"Full config, {FOLDERS} folders and {DEVICES} devices ({size / 1e6:.1f} MB)"
    lines = [f"{title}, median of {ROUNDS} rounds in {PROCESSES} processes"]
    lines += [f"  {name:<36} {seconds * 1e3:>8.1f} ms" for name, seconds in medians.items()]
    lines.append(f"  raw aiohttp calls retried after the server closed the connection: {sum(n for _, n in shares)}")
    return [*lines, *(target.line() for target in targets)], targets


if __name__ == "__main__":
    print("\n".join(rows()[0]))
