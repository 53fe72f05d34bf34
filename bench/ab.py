"""A paired A/B of two revisions of the package against one live Syncthing 1.29.5: is B faster than A, and by how much.

Usage (from the project root)::

    .venv/bin/python bench/ab.py [--a REV] [--b REV] [--rounds N]

``REV`` is a git revision (``main``, ``HEAD~1``, a commit) or ``.`` for the working tree as it is, uncommitted
edits included; the defaults are ``--a main --b .``. The ``syncthing_client`` package of each git revision is
exported (``git archive``) into a temporary directory, so the two sides never share an import.

One throwaway Syncthing 1.29.5 (``tools/sandbox.py``) serves every measurement; it is given the full configuration
of ``bench/big_config.py`` (2,000 folders, 500 devices) first. Each round runs A and B, each in a fresh interpreter
whose ``PYTHONPATH`` holds only its side's package, one after the other, never at once; the order alternates every
round, so drift in a shared, noisy machine falls on both sides alike. A fresh interpreter per side and round also
draws the hash seed and memory layout anew, a bias that stays for a process's whole life.

Inside one interpreter the package is measured interleaved with the baselines the issue names, in sub-rounds whose
order rotates, and each figure is the median over the sub-rounds:

- one async call: ``await st.system.version()`` (default stdlib backend: HTTP/1.1 on asyncio) against raw aiohttp (one
  ``aiohttp.ClientSession``, ``session.get(url, headers=...)``, ``await resp.read()``, ``json.loads``);
- 200 at once: the same, ``asyncio.gather`` of 200, wall time of a batch;
- one sync call: ``st.system.version()`` (default stdlib backend: HTTP/1.1 on sockets) against raw
  ``http.client.HTTPConnection`` kept alive + ``json.loads``;
- the full configuration, typed, sync and async, against aiosyncthing's untyped ``config.config()``.

Printed per figure: the paired ratio B/A (median of the per-round ratios, with their quartiles and range); the
ratio of each side to its baseline measured in the same interpreter (median over rounds, with quartiles); and B/A
over base, the per-round ratio of those two (B over its baseline, divided by A over its own), which cancels what
the machine's speed did to each whole process and is the steadier of the two paired figures on a shared machine.
A paired ratio below 1 means B is faster. ``--json PATH`` also writes every round's figures; ``--figures
async_one,async_200`` measures only those (names as in ``FIGURES``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parent.parent
VERSION_PATH = "/rest/system/version"
CONFIG_PATH = "/rest/config"
SEQUENTIAL_CALLS = 200
CONCURRENT_CALLS = 200
SUB_ROUNDS = 5
CONFIG_CALLS = 2  # per sub-round and contender: a 4 MB configuration takes tens of milliseconds
# figure → (what it is, our contender, its baseline, unit scale, unit)
FIGURES = {
    "async_one": ("async, one call", "ours async", "raw aiohttp", 1e6, "µs"),
    "async_200": (f"async, {CONCURRENT_CALLS} at once", "ours async", "raw aiohttp", 1e3, "ms"),
    "sync_one": ("sync, one call", "ours sync", "raw http.client", 1e6, "µs"),
    "config_sync": ("full config, typed sync", "ours sync", "aiosyncthing", 1e3, "ms"),
    "config_async": ("full config, typed async", "ours async", "aiosyncthing", 1e3, "ms"),
}


# --- the child: one side, one round -------------------------------------------------------------------------------


def _rotated(items: list[Any], shift: int) -> list[Any]:
    shift %= len(items)
    return [*items[shift:], *items[:shift]]


def _per_call(call: Callable[[], Any], count: int) -> float:
    started = time.perf_counter()
    for _ in range(count):
        call()
    return (time.perf_counter() - started) / count


def measure(url: str, api_key: str, port: int) -> dict[str, dict[str, float]]:
    """One side's figures: per figure, ours and its baseline, each a median over ``SUB_ROUNDS`` sub-rounds."""
    import aiohttp
    import httpx
    from aiosyncthing import Syncthing as AioSyncthing

    from syncthing_client import AsyncSyncthing, Syncthing

    loop = asyncio.new_event_loop()
    headers = {"X-API-Key": api_key}
    timeout = httpx.Timeout(60.0)
    ours = Syncthing(url, api_key, timeout=timeout)
    ours_async = AsyncSyncthing(url, api_key, timeout=timeout)
    stdlib = http.client.HTTPConnection("127.0.0.1", port)

    async def open_async() -> tuple[aiohttp.ClientSession, AioSyncthing]:
        return aiohttp.ClientSession(), AioSyncthing(api_key, url=url, timeout=60)

    session, peer = loop.run_until_complete(open_async())
    version_url = url + VERSION_PATH

    def stdlib_call() -> Any:
        stdlib.request("GET", VERSION_PATH, headers=headers)
        return json.loads(stdlib.getresponse().read())

    async def aiohttp_call() -> Any:
        async with session.get(version_url, headers=headers) as response:
            return json.loads(await response.read())

    def sequential(acall: Callable[[], Awaitable[Any]]) -> float:
        async def run() -> float:
            started = time.perf_counter()
            for _ in range(SEQUENTIAL_CALLS):
                await acall()
            return (time.perf_counter() - started) / SEQUENTIAL_CALLS

        return loop.run_until_complete(run())

    def concurrent(acall: Callable[[], Awaitable[Any]]) -> float:
        async def run() -> float:
            started = time.perf_counter()
            await asyncio.gather(*(acall() for _ in range(CONCURRENT_CALLS)))
            return time.perf_counter() - started

        return loop.run_until_complete(run())

    def config_of(call: Callable[[], Any]) -> Callable[[], float]:
        return lambda: _per_call(call, CONFIG_CALLS)

    # figure → contender → how to take one sample (seconds)
    plans: dict[str, dict[str, Callable[[], float]]] = {
        "async_one": {
            "ours async": lambda: sequential(ours_async.system.version),
            "raw aiohttp": lambda: sequential(aiohttp_call),
        },
        "async_200": {
            "ours async": lambda: concurrent(ours_async.system.version),
            "raw aiohttp": lambda: concurrent(aiohttp_call),
        },
        "sync_one": {
            "ours sync": lambda: _per_call(ours.system.version, SEQUENTIAL_CALLS),
            "raw http.client": lambda: _per_call(stdlib_call, SEQUENTIAL_CALLS),
        },
        "config_sync": {
            "ours sync": config_of(ours.config.full),
            "aiosyncthing": config_of(lambda: loop.run_until_complete(peer.config.config())),
        },
        "config_async": {
            "ours async": config_of(lambda: loop.run_until_complete(ours_async.config.full())),
            "aiosyncthing": config_of(lambda: loop.run_until_complete(peer.config.config())),
        },
    }
    chosen = os.environ.get("AB_FIGURES")
    if chosen:
        plans = {figure: plans[figure] for figure in chosen.split(",")}
    for contenders in plans.values():  # warm-up: connections, first-call caches, the server's version
        for sample in contenders.values():
            sample()
    samples: dict[str, dict[str, list[float]]] = {
        figure: {name: [] for name in contenders} for figure, contenders in plans.items()
    }
    for sub_round in range(SUB_ROUNDS):
        for figure, contenders in plans.items():
            for name in _rotated(list(contenders), sub_round):
                samples[figure][name].append(contenders[name]())

    async def close_async() -> None:
        await ours_async.aclose()
        await session.close()
        await peer.close()

    loop.run_until_complete(close_async())
    loop.close()
    ours.close()
    stdlib.close()
    return {
        figure: {name: statistics.median(values) for name, values in by_name.items()}
        for figure, by_name in samples.items()
    }


def child_main() -> None:
    url, api_key, port = os.environ["AB_URL"], os.environ["AB_API_KEY"], int(os.environ["AB_PORT"])
    import syncthing_client

    figures = measure(url, api_key, port)
    print(json.dumps({"package": syncthing_client.__file__, "figures": figures}))


# --- the parent: sides, server, rounds, report ----------------------------------------------------------------------


@contextlib.contextmanager
def side_path(revision: str) -> Iterator[Path]:
    """A directory holding the ``syncthing_client`` package of ``revision`` (``.``: the working tree itself)."""
    if revision == ".":
        yield PROJECT
        return
    commit = subprocess.run(
        ["git", "-C", str(PROJECT), "rev-parse", "--verify", f"{revision}^{{commit}}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    with tempfile.TemporaryDirectory(prefix=f"ab-{commit[:10]}-") as directory:
        archive = subprocess.run(
            ["git", "-C", str(PROJECT), "archive", commit, "syncthing_client"], check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", directory], input=archive, check=True)
        yield Path(directory)


def run_side(path: Path, url: str, api_key: str, port: int, figures: list[str]) -> dict[str, dict[str, float]]:
    environment = {
        **os.environ,
        "PYTHONPATH": str(path),
        "AB_FIGURES": ",".join(figures),
        "AB_URL": url,
        "AB_API_KEY": api_key,
        "AB_PORT": str(port),
        # The sides' own defaults, whatever the caller's shell says.
        "SYNCTHING_SYNC_BACKEND": "",
        "SYNCTHING_ASYNC_BACKEND": "",
    }
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child"],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"the side at {path} failed:\n{done.stderr}")
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    expected = path / "syncthing_client" / "__init__.py"
    if Path(answer["package"]).resolve() != expected.resolve():
        raise SystemExit(f"the side at {path} imported {answer['package']}, not {expected}")
    measured: dict[str, dict[str, float]] = answer["figures"]
    return measured


def _quartiles(values: list[float]) -> tuple[float, float]:
    if len(values) < 2:
        return values[0], values[0]
    low, _, high = statistics.quantiles(values, n=4, method="inclusive")
    return low, high


def report(a: str, b: str, rounds: list[dict[str, dict[str, dict[str, float]]]], figures: list[str]) -> list[str]:
    lines = [
        f"A = {a}, B = {b}: {len(rounds)} rounds, each side in a fresh process per round, order alternating; "
        f"within a process, medians of {SUB_ROUNDS} interleaved sub-rounds",
        "",
        f"  {'figure':<26} {'A':>9} {'B':>9}   {'B/A median [quartiles] (range)':<36} "
        f"{'A/base':>7} {'B/base median [quartiles]':<27} {'B/A over base [quartiles]':<27} baseline",
    ]
    for figure in figures:
        title, ours, baseline, scale, unit = FIGURES[figure]
        a_values = [r["A"][figure][ours] for r in rounds]
        b_values = [r["B"][figure][ours] for r in rounds]
        paired = [bv / av for av, bv in zip(a_values, b_values, strict=True)]
        a_base = [r["A"][figure][ours] / r["A"][figure][baseline] for r in rounds]
        b_base = [r["B"][figure][ours] / r["B"][figure][baseline] for r in rounds]
        # Each side over its own baseline, then B over A: what the machine's speed did to a whole process cancels.
        over_base = [bv / av for av, bv in zip(a_base, b_base, strict=True)]
        low, high = _quartiles(paired)
        b_low, b_high = _quartiles(b_base)
        o_low, o_high = _quartiles(over_base)
        lines.append(
            f"  {title:<26} {statistics.median(a_values) * scale:>6.1f} {unit:<2} "
            f"{statistics.median(b_values) * scale:>6.1f} {unit:<2}  "
            f" {statistics.median(paired):.3f} [{low:.3f}-{high:.3f}] ({min(paired):.3f}-{max(paired):.3f})    "
            f"{statistics.median(a_base):>7.3f} {statistics.median(b_base):.3f} [{b_low:.3f}-{b_high:.3f}]"
            f"{'':<7} {statistics.median(over_base):.3f} [{o_low:.3f}-{o_high:.3f}]{'':<7} {baseline}"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description="Paired A/B of two revisions against one live Syncthing 1.29.5.")
    parser.add_argument("--a", default="main", help="git revision of side A, or '.' for the working tree")
    parser.add_argument("--b", default=".", help="git revision of side B, or '.' for the working tree")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--json", type=Path, help="also write every round's figures (seconds) to this file")
    parser.add_argument(
        "--figures", default=",".join(FIGURES), help=f"comma-separated, of {list(FIGURES)} (default: all)"
    )
    arguments = parser.parse_args()
    figures = arguments.figures.split(",")
    if unknown := set(figures) - set(FIGURES):
        parser.error(f"no such figure: {', '.join(sorted(unknown))}")
    sys.path.insert(0, str(PROJECT))
    from bench.big_config import install_big_config
    from tools.sandbox import Sandbox

    with (
        side_path(arguments.a) as a_path,
        side_path(arguments.b) as b_path,
        Sandbox.start("1.29.5") as sandbox,
    ):
        size = install_big_config(sandbox)
        print(f"Syncthing 1.29.5 at {sandbox.url}, full configuration {size / 1e6:.1f} MB", flush=True)
        rounds = []
        for number in range(arguments.rounds):
            sides = [("A", a_path), ("B", b_path)]
            taken = {
                name: run_side(path, sandbox.url, sandbox.api_key, sandbox.gui_port, figures)
                for name, path in _rotated(sides, number)
            }
            rounds.append(taken)
            _, ours, *_ = FIGURES[figures[0]]
            first = taken["B"][figures[0]][ours] / taken["A"][figures[0]][ours]
            print(f"round {number + 1}/{arguments.rounds}: {figures[0]} B/A {first:.3f}", flush=True)
        print("\n".join(report(arguments.a, arguments.b, rounds, figures)))
        if arguments.json is not None:
            arguments.json.write_text(json.dumps({"a": arguments.a, "b": arguments.b, "rounds": rounds}, indent=1))


if __name__ == "__main__":
    if sys.argv[1:] == ["--child"]:
        sys.path.pop(0)  # this script's directory: its side's package is the only one on PYTHONPATH
        child_main()
    else:
        main()
