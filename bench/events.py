"""Typed decoding speed of the event stream, on a recorded batch of real events.

``data/events-1.29.5.json`` is what ``GET /rest/events`` answered on the receiving side of a real 1.29.5 pair
syncing 1,500 files (1000 events: ItemStarted, ItemFinished, LocalIndexUpdated, FolderSummary, FolderCompletion,
StateChanged, ConfigSaved). Measured, best of ``ROUNDS``:

- ``json.loads`` of the body alone (the floor any client pays), and
- ``json.loads`` plus ``EventCursor.accept`` (gap check and typed decoding of every event), as the stream does.

Run alone: ``.venv/bin/python -m bench.events``; ``rows()`` gives the printable lines and the target.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from bench import Target
from syncthing_client.events import EventCursor

BATCH = Path(__file__).resolve().parent / "data" / "events-1.29.5.json"
ROUNDS = 20
TARGET_EVENTS_PER_SECOND = 100_000


def _best_seconds(work: Callable[[], object], rounds: int = ROUNDS) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def measure() -> tuple[int, float, float]:
    """(events in the batch, seconds for json.loads alone, seconds for json.loads + typed decoding)."""
    body = BATCH.read_bytes()
    count = len(json.loads(body))
    loads_only = _best_seconds(lambda: json.loads(body))
    typed = _best_seconds(lambda: EventCursor().accept(json.loads(body)))
    return count, loads_only, typed


def rows() -> tuple[list[str], list[Target]]:
    count, loads_only, typed = measure()
    rate = count / typed
    target = Target("typed events decoded per second", rate, TARGET_EVENTS_PER_SECOND, "/s", at_least=True)
    return [
        f"Event decoding — {count} recorded real events, best of {ROUNDS}",
        f"  json.loads alone              {count / loads_only:>12,.0f} events/s",
        f"  json.loads + typed decoding   {rate:>12,.0f} events/s   {typed / loads_only:.1f} x json.loads",
        target.line(),
    ], [target]


if __name__ == "__main__":
    print("\n".join(rows()[0]))
