"""One call at a time and 200 at once: our clients against their peers and raw HTTP, on one live Syncthing.

Every client calls ``GET /rest/system/version`` and decodes it. Clients take turns inside each round, in an order
rotated every round (``bench.in_turn``); the figures are medians over rounds, printed as ratios to raw
``httpx.Client`` measured in the same run, and to aiosyncthing, the fastest peer. Two scenarios: one call at a time,
and 200 calls at once (``asyncio.gather`` for async clients; a sync client makes them one after another, which is
what a sync caller gets). One batch of 200 at once lasts 20 to 40 ms: no longer than a scheduling hiccup or a full
pass of the cyclic garbage collector over the whole process (32 to 55 ms, 15 to 39 times in a run, on whichever
client happens to be running). So each round times three batches back to back and counts their mean.

The rounds are spread over fresh processes (``bench.in_fresh_processes`` says why).

Our clients run twice: on their default transports (http.client sync, aiohttp async) and on httpx's own, so the
transport lever shows in every run.

Peers (benchmark-only dependencies, never runtime ones): aiosyncthing 0.7.1 (aiohttp) and python-syncthing as
``syncthing2`` 2.4.5 on PyPI (requests, a new connection per call).
"""

from __future__ import annotations

import asyncio
import http.client
import json
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import httpx
from aiosyncthing import Syncthing as AioSyncthing
from syncthing import Syncthing as PythonSyncthing

from bench import PROCESSES, Server, Target, in_fresh_processes, in_turn
from syncthing_client import AsyncSyncthing, Syncthing
from tools.sandbox import Sandbox

ROUNDS = 21
SEQUENTIAL_CALLS = 200
CONCURRENT_CALLS = 200
CONCURRENT_BATCHES = 3
VERSION_PATH = "/rest/system/version"
BASELINE = "raw httpx.Client"
PEER = "aiosyncthing 0.7.1"


@dataclass
class Contender:
    """One client under test: ``call`` makes one request and decodes it (sync), or ``acall`` does (async)."""

    name: str
    call: Callable[[], Any] | None = None
    acall: Callable[[], Awaitable[Any]] | None = None
    sequential: list[float] = field(default_factory=list)  # seconds per call, one entry per round
    concurrent: list[float] = field(default_factory=list)  # wall seconds for CONCURRENT_CALLS, one mean per round


def sync_contenders(sandbox: Server) -> tuple[list[Contender], Callable[[], None]]:
    headers = {"X-API-Key": sandbox.api_key}
    ours = Syncthing(sandbox.url, sandbox.api_key)
    ours_on_httpx = Syncthing(sandbox.url, sandbox.api_key, backend="httpx")
    raw = httpx.Client(base_url=sandbox.url, headers=headers)
    python_syncthing = PythonSyncthing(sandbox.api_key, host="127.0.0.1", port=sandbox.gui_port)

    stdlib = http.client.HTTPConnection("127.0.0.1", sandbox.gui_port)

    def stdlib_call() -> Any:
        try:
            stdlib.request("GET", VERSION_PATH, headers=headers)
            answer = stdlib.getresponse()
        except ConnectionError:  # the server closed the kept-alive connection (seen on a loaded machine): reconnect
            stdlib.close()
            stdlib.request("GET", VERSION_PATH, headers=headers)
            answer = stdlib.getresponse()
        return json.loads(answer.read())

    def close() -> None:
        ours.close()
        ours_on_httpx.close()
        raw.close()
        stdlib.close()

    return [
        Contender("syncthing-client (sync)", call=ours.system.version),
        Contender("syncthing-client (sync, httpx transport)", call=ours_on_httpx.system.version),
        Contender(BASELINE, call=lambda: raw.get(VERSION_PATH).json()),
        Contender("raw http.client", call=stdlib_call),
        Contender("python-syncthing (syncthing2 2.4.5)", call=python_syncthing.system.version),
    ], close


async def async_contenders(sandbox: Server) -> tuple[list[Contender], Callable[[], Awaitable[None]]]:
    headers = {"X-API-Key": sandbox.api_key}
    ours = AsyncSyncthing(sandbox.url, sandbox.api_key, backend="aiohttp")
    ours_on_httpx = AsyncSyncthing(sandbox.url, sandbox.api_key, backend="httpx")
    raw = httpx.AsyncClient(base_url=sandbox.url, headers=headers)
    session = aiohttp.ClientSession(base_url=sandbox.url, headers=headers)
    peer = AioSyncthing(sandbox.api_key, url=sandbox.url)

    async def aiohttp_call() -> Any:
        async with session.get(VERSION_PATH) as response:
            return json.loads(await response.read())

    async def close() -> None:
        await ours.aclose()
        await ours_on_httpx.aclose()
        await raw.aclose()
        await session.close()
        await peer.close()

    async def httpx_call() -> Any:
        return (await raw.get(VERSION_PATH)).json()

    return [
        Contender("syncthing-client (async)", acall=ours.system.version),
        Contender("syncthing-client (async, httpx transport)", acall=ours_on_httpx.system.version),
        Contender("raw httpx.AsyncClient", acall=httpx_call),
        Contender("raw aiohttp", acall=aiohttp_call),
        Contender(PEER, acall=peer.system.version),
    ], close


async def measure_async(contender: Contender) -> None:
    assert contender.acall is not None
    start = time.perf_counter()
    for _ in range(SEQUENTIAL_CALLS):
        await contender.acall()
    contender.sequential.append((time.perf_counter() - start) / SEQUENTIAL_CALLS)
    start = time.perf_counter()
    for _ in range(CONCURRENT_BATCHES):
        await asyncio.gather(*(contender.acall() for _ in range(CONCURRENT_CALLS)))
    contender.concurrent.append((time.perf_counter() - start) / CONCURRENT_BATCHES)


def measure_sync(contender: Contender) -> None:
    assert contender.call is not None
    start = time.perf_counter()
    for _ in range(SEQUENTIAL_CALLS):
        contender.call()
    contender.sequential.append((time.perf_counter() - start) / SEQUENTIAL_CALLS)
    start = time.perf_counter()
    for _ in range(CONCURRENT_CALLS * CONCURRENT_BATCHES):
        contender.call()
    contender.concurrent.append((time.perf_counter() - start) / CONCURRENT_BATCHES)


def report(contenders: list[Contender]) -> list[str]:
    lines = []
    for title, unit, scale, series in (
        (f"one call at a time: {VERSION_PATH}", "µs/call", 1e6, "sequential"),
        (
            f"{CONCURRENT_CALLS} calls at once (sync: one after another), {CONCURRENT_BATCHES} batches a round",
            "ms",
            1e3,
            "concurrent",
        ),
    ):
        medians = {c.name: statistics.median(getattr(c, series)) for c in contenders}
        base, peer = medians[BASELINE], medians[PEER]
        lines += ["", f"{title} — median of {ROUNDS} interleaved rounds in {PROCESSES} processes"]
        lines.append(f"  {'client':<44} {unit:>9} {'÷ ' + BASELINE:>20} {'÷ aiosyncthing':>15}")
        for name in sorted(medians, key=medians.__getitem__):
            value = medians[name]
            lines.append(f"  {name:<44} {value * scale:>9.1f} {value / base:>20.2f} {value / peer:>15.2f}")
    return lines


def call_targets(contenders: list[Contender]) -> list[Target]:
    """The issue's targets for one and 200 concurrent calls, with the ratios measured in this run."""
    sequential = {c.name: statistics.median(c.sequential) for c in contenders}
    concurrent = {c.name: statistics.median(c.concurrent) for c in contenders}
    ours_sync, ours_async = sequential["syncthing-client (sync)"], sequential["syncthing-client (async)"]
    return [
        Target("async, one call ÷ aiosyncthing", ours_async / sequential[PEER], 1.15),
        Target("async, 200 concurrent ÷ aiosyncthing", concurrent["syncthing-client (async)"] / concurrent[PEER], 1.5),
        Target("sync, one call ÷ raw httpx.Client", ours_sync / sequential[BASELINE], 0.7),
        Target("sync, one call ÷ python-syncthing", ours_sync / sequential["python-syncthing (syncthing2 2.4.5)"], 1.0),
    ]


def measure_share(server: Server, round_numbers: list[int]) -> dict[str, tuple[list[float], list[float]]]:
    """One process's share of the rounds: every client warmed up (connections, first-call caches), then timed
    round by round. Per client: seconds per call and per batch of 200 at once, one entry per round."""
    loop = asyncio.new_event_loop()
    sync, close_sync = sync_contenders(server)
    async_, close_async = loop.run_until_complete(async_contenders(server))
    contenders = sync + async_

    def measure(contender: Contender) -> None:
        if contender.call:
            measure_sync(contender)
        else:
            loop.run_until_complete(measure_async(contender))

    for contender in contenders:
        measure(contender)
        contender.sequential.clear()
        contender.concurrent.clear()
    for round_number in round_numbers:
        for contender in in_turn(contenders, round_number):
            measure(contender)
    close_sync()
    loop.run_until_complete(close_async())
    loop.close()
    return {contender.name: (contender.sequential, contender.concurrent) for contender in contenders}


def rows(sandbox: Sandbox) -> tuple[list[str], list[Target]]:
    """Time every client over ``ROUNDS`` rounds, spread over ``PROCESSES`` fresh interpreters run one at a time."""
    results = in_fresh_processes(measure_share, sandbox, ROUNDS)
    contenders = [Contender(name) for name in results[0]]
    for contender in contenders:
        for result in results:
            sequential, concurrent = result[contender.name]
            contender.sequential += sequential
            contender.concurrent += concurrent
    per_process = [
        statistics.median(result["syncthing-client (async)"][0]) / statistics.median(result[PEER][0])
        for result in results
    ]
    lines = report(contenders)[1:]  # without the blank line before the first table
    lines += ["", f"one async call ÷ aiosyncthing, in each process alone: {', '.join(f'{r:.2f}' for r in per_process)}"]
    return lines, call_targets(contenders)
