"""One client process of the fleet benchmark (``bench.fleet`` starts it): follow and poll every server, then report.

``python -P bench/fleet_client.py ours|aiosyncthing`` reads a JSON job on stdin (``seconds``, ``folder``, and
``servers``: ``url`` and ``api_key`` of each) and runs it on one event loop, with one client per server:

- a follower per server reads its event stream (long polls) until the end;
- every second, each server is asked ``GET /rest/system/status`` then ``GET /rest/db/completion?folder=…``, all
  servers at once, on a fixed schedule so that both clients make the same number of calls.

Each client does this the way its users would: ``AsyncSyncthing`` (default transport) with ``events.stream()``,
``system.status()`` and ``db.completion()``; aiosyncthing with ``events.listen()``, ``system.status()`` and, as it
has no ``db.completion``, its own low-level ``API.request`` that its facade holds.

It prints one JSON object: CPU seconds of the whole process and of the work alone (``resource.getrusage``, user +
system), peak resident memory in MB, the polling calls made, the events received, and the calls or follower restarts
that failed. Peak memory is ``VmHWM`` from ``/proc/self/status``, not ``ru_maxrss``: Linux carries the parent's
resident size at the fork over into the child's ``ru_maxrss``, so every client started by a large ``make bench``
process read the same figure, the parent's. It runs as a script with ``-P`` so that nothing but the client under
test (and the standard library) is imported: the ``bench`` package's imports would count in its memory.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Flavour:
    """What one client library needs to do the fleet's work, each step as its users would write it."""

    open: Callable[[str, str], Any]  # (url, api key) -> client; called inside the running loop
    events: Callable[[Any], AsyncIterator[Any]]
    status: Callable[[Any], Awaitable[Any]]
    completion: Callable[[Any, str], Awaitable[Any]]
    close: Callable[[Any], Awaitable[None]]


def ours() -> Flavour:
    from syncthing_client import AsyncSyncthing

    return Flavour(
        open=AsyncSyncthing,
        events=lambda client: client.events.stream(),
        status=lambda client: client.system.status(),
        completion=lambda client, folder: client.db.completion(folder=folder),
        close=lambda client: client.aclose(),
    )


def aiosyncthing() -> Flavour:
    from aiosyncthing import Syncthing

    async def stop_and_close(client: Syncthing) -> None:
        client.events.stop()
        await client.close()

    return Flavour(
        open=lambda url, api_key: Syncthing(api_key, url=url),
        events=lambda client: client.events.listen(),
        status=lambda client: client.system.status(),
        # aiosyncthing has no db.completion: its facade's low-level API is how its users reach other endpoints.
        completion=lambda client, folder: client._api.request("rest/db/completion", params={"folder": folder}),
        close=stop_and_close,
    )


FLAVOURS = {"ours": ours, "aiosyncthing": aiosyncthing}


def peak_resident_mb() -> float:
    """The most memory this process has had resident, from the kernel's high-water mark of its address space."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024  # kB
    raise RuntimeError("/proc/self/status has no VmHWM line")


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def run(flavour: Flavour, job: dict[str, Any]) -> Counter[str]:
    counts: Counter[str] = Counter()
    stopping = asyncio.Event()
    clients = [flavour.open(server["url"], server["api_key"]) for server in job["servers"]]

    async def follow(client: Any) -> None:
        while not stopping.is_set():  # aiosyncthing's listen() ends quietly when cancelled: the flag says whether
            try:
                async for _event in flavour.events(client):
                    counts["events"] += 1
            except Exception:  # a stream that failed is counted and followed again, as a long-running app would
                counts["failed"] += 1
                await asyncio.sleep(1)

    async def poll(client: Any) -> None:
        try:
            await flavour.status(client)
            await flavour.completion(client, job["folder"])
            counts["calls"] += 2
        except Exception:  # counted, not fatal: a loaded machine may make a call time out
            counts["failed"] += 1

    followers = [asyncio.create_task(follow(client)) for client in clients]
    loop = asyncio.get_running_loop()
    started = loop.time()
    try:
        for second in range(job["seconds"]):
            await asyncio.gather(*(poll(client) for client in clients))
            await asyncio.sleep(max(0.0, started + second + 1 - loop.time()))
    finally:
        stopping.set()
        for task in followers:
            task.cancel()
        await asyncio.gather(*followers, return_exceptions=True)
        for client in clients:
            await flavour.close(client)
    return counts


def main() -> None:
    flavour = FLAVOURS[sys.argv[1]]()
    job = json.load(sys.stdin)
    before = cpu_seconds()
    counts = asyncio.run(run(flavour, job))
    work = cpu_seconds() - before
    print(
        json.dumps(
            {
                "cpu_seconds": cpu_seconds(),
                "work_cpu_seconds": work,
                "peak_rss_mb": peak_resident_mb(),
                "calls": counts["calls"],
                "events": counts["events"],
                "failed": counts["failed"],
            }
        )
    )


if __name__ == "__main__":
    main()
