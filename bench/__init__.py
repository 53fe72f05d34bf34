"""Benchmarks: `make bench` (python -m bench). Not tests: figures are printed as ratios, never asserted."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import TypeVar

from tools.sandbox import Sandbox

PROCESSES = 7
_Share = TypeVar("_Share")
_Item = TypeVar("_Item")


@dataclass(frozen=True)
class Target:
    """One target of the performance issue and what this run measured of it.

    ``at_least``: met when the measurement reaches ``limit`` (a rate); otherwise when it stays at or under it.
    """

    what: str
    measured: float
    limit: float
    unit: str = ""
    at_least: bool = False

    @property
    def met(self) -> bool:
        return self.measured >= self.limit if self.at_least else self.measured <= self.limit

    def line(self) -> str:
        bound = "≥" if self.at_least else "≤"
        measured = f"{self.measured:,.0f}" if self.measured >= 1000 else f"{self.measured:.2f}"
        figures = f"{measured}{self.unit} ({bound} {self.limit:,g}{self.unit})"
        return f"  {self.what:<50} {figures:>30}  {'met' if self.met else 'NOT met'}"


def in_turn(contenders: Sequence[_Item], round_number: int) -> list[_Item]:
    """The order contenders take turns in during a round: rotated by one each round, so that each holds every place
    in the order equally often and drift in a shared, noisy machine falls on all of them alike."""
    shift = round_number % len(contenders)
    return [*contenders[shift:], *contenders[:shift]]


@dataclass(frozen=True)
class Server:
    """Where the clients call: what a worker process needs of the parent's ``Sandbox``."""

    url: str
    api_key: str
    gui_port: int


def in_fresh_processes(
    measure_share: Callable[[Server, list[int]], _Share], sandbox: Sandbox, rounds: int
) -> list[_Share]:
    """``measure_share(server, round_numbers)`` for ``rounds`` rounds split over ``PROCESSES`` fresh interpreters,
    run one after another so that they never compete; one result per process.

    A process keeps its hash seed and memory layout for its whole life, and with them a bias between one client and
    another: the same code, alternating with aiosyncthing in one process after another against one server, measured
    1.04 to 1.14 for one async call, and the 7-round shares of three processes within one run 0.98 to 1.19. Pooling
    the rounds of several processes averages that bias out instead of drawing it once; seven processes make `make bench`
    about half a minute longer than one.
    """
    server = Server(sandbox.url, sandbox.api_key, sandbox.gui_port)
    shares = [list(range(first, rounds, PROCESSES)) for first in range(PROCESSES)]
    fresh = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=fresh, max_tasks_per_child=1) as pool:
        return list(pool.map(measure_share, [server] * PROCESSES, shares))
