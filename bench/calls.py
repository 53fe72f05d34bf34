"""One call at a time and 200 at once: our clients against the raw baselines and their peers, on one live Syncthing.

Every client calls ``GET /rest/system/version`` and decodes it. Clients take turns inside each round, in an order
rotated every round (``bench.in_turn``); the figures are medians over rounds, printed as ratios to the raw baselines
measured in the same run (``bench.raw``): ``http.client`` kept alive + ``json.loads`` for sync clients, one
``aiohttp.ClientSession`` + ``json.loads`` for async ones. Two scenarios: one call at a time, and 200 calls at once
(``asyncio.gather`` for async clients; a sync client makes them one after another, which is what a sync caller
gets). One batch of 200 at once is short enough for a scheduling hiccup or a pass of the cyclic garbage collector
to dominate it, so each round times ``CONCURRENT_BATCHES`` batches back to back and counts their mean.

The rounds are spread over fresh processes (``bench.in_fresh_processes`` says why).

Our clients run on their default transports (HTTP/1.1 of their own, on sockets sync and on asyncio async) and on
httpx's own, the async one on aiohttp as well, so the transport lever shows in every run; raw ``httpx.Client`` and
``httpx.AsyncClient`` run too, for the history.

Peers (benchmark-only dependencies, never runtime ones): aiosyncthing 0.7.1 (aiohttp) and python-syncthing as
``syncthing2`` 2.4.5 on PyPI (requests, a new connection per call).
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from aiosyncthing import Syncthing as AioSyncthing
from syncthing import Syncthing as PythonSyncthing

from bench import PROCESSES, Server, Target, in_fresh_processes, in_turn
from bench.raw import RawAiohttp, RawHttpConnection
from syncthing_client import AsyncSyncthing, Syncthing
from tools.sandbox import Sandbox

ROUNDS = 21
SEQUENTIAL_CALLS = 200
CONCURRENT_CALLS = 200
CONCURRENT_BATCHES = 3
VERSION_PATH = "/rest/system/version"
SYNC_BASELINE = "raw http.client"
ASYNC_BASELINE = "raw aiohttp"
OURS_SYNC = "syncthing-client (sync)"
OURS_ASYNC = "syncthing-client (async)"


@dataclass
class Contender:
    """One client under test: ``call`` makes one request and decodes it (sync), or ``acall`` does (async)."""

    name: str
    call: Callable[[], Any] | None = None
    acall: Callable[[], Awaitable[Any]] | None = None
    sequential: list[float] = field(default_factory=list)  # seconds per call, one entry per round
    concurrent: list[float] = field(default_factory=list)  # wall seconds for CONCURRENT_CALLS, one mean per round


@dataclass
class Share:
    """What one process measured: per client, its ``sequential`` and ``concurrent`` series; per raw baseline, how
    often it reconnected after the server closed a kept-alive connection."""

    series: dict[str, tuple[list[float], list[float]]]
    reconnects: dict[str, int]


def sync_contenders(sandbox: Server) -> tuple[list[Contender], RawHttpConnection, Callable[[], None]]:
    headers = {"X-API-Key": sandbox.api_key}
    ours = Syncthing(sandbox.url, sandbox.api_key)
    ours_on_httpx = Syncthing(sandbox.url, sandbox.api_key, backend="httpx")
    raw_httpx = httpx.Client(base_url=sandbox.url, headers=headers)
    python_syncthing = PythonSyncthing(sandbox.api_key, host="127.0.0.1", port=sandbox.gui_port)
    raw = RawHttpConnection(sandbox.gui_port, headers)

    def close() -> None:
        ours.close()
        ours_on_httpx.close()
        raw_httpx.close()
        raw.close()

    return (
        [
            Contender(OURS_SYNC, call=ours.system.version),
            Contender("syncthing-client (sync, httpx transport)", call=ours_on_httpx.system.version),
            Contender(SYNC_BASELINE, call=lambda: raw.get_json(VERSION_PATH)),
            Contender("raw httpx.Client", call=lambda: raw_httpx.get(VERSION_PATH).json()),
            Contender("python-syncthing (syncthing2 2.4.5)", call=python_syncthing.system.version),
        ],
        raw,
        close,
    )


async def async_contenders(sandbox: Server) -> tuple[list[Contender], RawAiohttp, Callable[[], Awaitable[None]]]:
    headers = {"X-API-Key": sandbox.api_key}
    ours = AsyncSyncthing(sandbox.url, sandbox.api_key)
    ours_on_aiohttp = AsyncSyncthing(sandbox.url, sandbox.api_key, backend="aiohttp")
    ours_on_httpx = AsyncSyncthing(sandbox.url, sandbox.api_key, backend="httpx")
    raw_httpx = httpx.AsyncClient(base_url=sandbox.url, headers=headers)
    raw = RawAiohttp(sandbox.url, headers)
    peer = AioSyncthing(sandbox.api_key, url=sandbox.url)

    async def close() -> None:
        await ours.aclose()
        await ours_on_aiohttp.aclose()
        await ours_on_httpx.aclose()
        await raw_httpx.aclose()
        await raw.close()
        await peer.close()

    async def httpx_call() -> Any:
        return (await raw_httpx.get(VERSION_PATH)).json()

    return (
        [
            Contender(OURS_ASYNC, acall=ours.system.version),
            Contender("syncthing-client (async, aiohttp transport)", acall=ours_on_aiohttp.system.version),
            Contender("syncthing-client (async, httpx transport)", acall=ours_on_httpx.system.version),
            Contender(ASYNC_BASELINE, acall=lambda: raw.get_json(VERSION_PATH)),
            Contender("raw httpx.AsyncClient", acall=httpx_call),
            Contender("aiosyncthing 0.7.1", acall=peer.system.version),
        ],
        raw,
        close,
    )


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
        sync_base, async_base = medians[SYNC_BASELINE], medians[ASYNC_BASELINE]
        lines += ["", f"{title} — median of {ROUNDS} interleaved rounds in {PROCESSES} processes"]
        lines.append(f"  {'client':<44} {unit:>9} {'÷ ' + SYNC_BASELINE:>18} {'÷ ' + ASYNC_BASELINE:>14}")
        for name in sorted(medians, key=medians.__getitem__):
            value = medians[name]
            lines.append(f"  {name:<44} {value * scale:>9.1f} {value / sync_base:>18.2f} {value / async_base:>14.2f}")
    return lines


def call_targets(contenders: list[Contender]) -> list[Target]:
    """The issue's targets for one and 200 concurrent calls, with the ratios measured in this run."""
    sequential = {c.name: statistics.median(c.sequential) for c in contenders}
    concurrent = {c.name: statistics.median(c.concurrent) for c in contenders}
    return [
        Target("async, one call ÷ raw aiohttp", sequential[OURS_ASYNC] / sequential[ASYNC_BASELINE], 1.05),
        Target(
            f"async, {CONCURRENT_CALLS} at once ÷ raw aiohttp",
            concurrent[OURS_ASYNC] / concurrent[ASYNC_BASELINE],
            1.05,
        ),
        Target("sync, one call ÷ raw http.client", sequential[OURS_SYNC] / sequential[SYNC_BASELINE], 1.10),
    ]


def measure_share(server: Server, round_numbers: list[int]) -> Share:
    """One process's share of the rounds: every client warmed up (connections, first-call caches), then timed
    round by round."""
    loop = asyncio.new_event_loop()
    sync, raw_sync, close_sync = sync_contenders(server)
    async_, raw_async, close_async = loop.run_until_complete(async_contenders(server))
    contenders = sync + async_

    def measure(contender: Contender) -> None:
        if contender.call:
            measure_sync(contender)
        else:
            loop.run_until_complete(measure_async(contender))

    try:
        for contender in contenders:
            measure(contender)
            contender.sequential.clear()
            contender.concurrent.clear()
        for round_number in round_numbers:
            for contender in in_turn(contenders, round_number):
                measure(contender)
    finally:
        close_sync()
        loop.run_until_complete(close_async())
        loop.close()
    return Share(
        {contender.name: (contender.sequential, contender.concurrent) for contender in contenders},
        {SYNC_BASELINE: raw_sync.reconnects, ASYNC_BASELINE: raw_async.reconnects},
    )


def rows(sandbox: Sandbox) -> tuple[list[str], list[Target]]:
    """Time every client over ``ROUNDS`` rounds, spread over ``PROCESSES`` fresh interpreters run one at a time."""
    shares = in_fresh_processes(measure_share, sandbox, ROUNDS)
    contenders = [Contender(name) for name in shares[0].series]
    for contender in contenders:
        for share in shares:
            sequential, concurrent = share.series[contender.name]
            contender.sequential += sequential
            contender.concurrent += concurrent
    per_process = [
        statistics.median(share.series[OURS_ASYNC][0]) / statistics.median(share.series[ASYNC_BASELINE][0])
        for share in shares
    ]
    reconnects = ", ".join(f"{name} {sum(share.reconnects[name] for share in shares)}" for name in shares[0].reconnects)
    lines = report(contenders)[1:]  # without the blank line before the first table
    lines += [
        "",
        f"one async call ÷ raw aiohttp, in each process alone: {', '.join(f'{r:.2f}' for r in per_process)}",
        f"calls retried after the server closed a kept-alive connection: {reconnects}",
    ]
    return lines, call_targets(contenders)
