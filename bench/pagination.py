"""Memory of paginated iteration: 100,000 locally changed files, page by page vs in one answer.

A ``httpx.MockTransport`` plays a Syncthing 1.29.5 that holds ``TOTAL`` locally changed files (each entry shaped like
a real ``/rest/db/localchanged`` answer, numbered names), cutting pages exactly as Syncthing does. Deterministic: no
server, no disk. Peak memory growth is measured with ``tracemalloc`` (Python allocations: the response bodies, the
decoded JSON and the typed models) for

- ``st.db.iter_localchanged(folder, perpage=PERPAGE)``, counting the files as they come, and
- ``st.db.localchanged(folder, perpage=...)``, as many as one answer may hold (all of them, or the 65,536 the
  client asks for at most), then counting.

Run alone: ``.venv/bin/python -m bench.pagination``; ``rows()`` gives the printable lines and the target.
"""

from __future__ import annotations

import gc
import json
import time
import tracemalloc

import httpx

from bench import Target
from syncthing_client import Syncthing

TOTAL = 100_000
PERPAGE = 1_000
# The most one answer may hold: the client refuses a larger perpage (Syncthing reserves memory for it up front).
LARGEST_PAGE = 65_536
TARGET_MB = 30
FOLDER = "ro"

# One entry of a real 1.29.5 answer, as a %-template numbering the file.
_ENTRY = (
    json.dumps(
        {
            "blocksHash": "NJHF0Ygw8zLwTBaTcVE+PD33vYOBHAjZr+o1hbiZl6Q=",
            "deleted": False,
            "ignored": False,
            "inodeChange": "2026-11-22T14:50:46.390800841Z",
            "invalid": True,
            "localFlags": 8,
            "modified": "2026-11-22T14:50:46.390800841Z",
            "modifiedBy": "7YNMYTT",
            "mustRescan": False,
            "name": "dir/file-NUMBER.txt",
            "noPermissions": False,
            "numBlocks": 0,
            "permissions": "0644",
            "platform": {"Unix": None, "Windows": None, "Linux": None, "Darwin": None, "FreeBSD": None, "NetBSD": None},
            "sequence": 0,
            "size": 1,
            "type": "FILE_INFO_TYPE_FILE",
            "version": ["7YNMYTT:1795359046"],
        },
        separators=(",", ":"),
    )
    .replace("NUMBER", "%(i)06d")
    .replace('"sequence":0', '"sequence":%(i)d')
)


def replay(total: int) -> httpx.MockTransport:
    """A transport answering ``/rest/db/localchanged`` for ``total`` files, paged as Syncthing pages."""

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/rest/system/version":
            return httpx.Response(200, json={"version": "v1.29.5", "os": "linux", "arch": "amd64"})
        assert request.url.path == "/rest/db/localchanged", request.url
        page = int(request.url.params.get("page", "1"))
        perpage = int(request.url.params.get("perpage", str(1 << 16)))
        first = (page - 1) * perpage
        entries = ",".join(_ENTRY % {"i": i} for i in range(first, min(first + perpage, total)))
        body = f'{{"files":[{entries}],"page":{page},"perpage":{perpage}}}'.encode()
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    return httpx.MockTransport(handle)


def peak_growth(total: int, perpage: int | None) -> tuple[int, float, float]:
    """(files seen, peak memory growth in MB, seconds) of going through ``total`` replayed files with
    ``st.db.iter_localchanged(perpage=perpage)``, or with one ``st.db.localchanged`` answer holding all of them
    (``perpage=None``)."""

    def paged(st: Syncthing) -> int:
        return sum(1 for _ in st.db.iter_localchanged(FOLDER, perpage=perpage or total))

    def at_once(st: Syncthing) -> int:
        return len(st.db.localchanged(folder=FOLDER, perpage=min(total, LARGEST_PAGE)).files)

    run = at_once if perpage is None else paged
    with httpx.Client(transport=replay(total)) as http, Syncthing("http://st.invalid", "key", http_client=http) as st:
        gc.collect()
        tracemalloc.start()
        try:
            base = tracemalloc.get_traced_memory()[0]
            started = time.perf_counter()
            count = run(st)
            seconds = time.perf_counter() - started
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    return count, (peak - base) / 1e6, seconds


def rows(total: int = TOTAL, perpage: int = PERPAGE) -> tuple[list[str], list[Target]]:
    """Printable lines: peak memory growth and time, page by page vs everything in one answer; the target."""
    paged = peak_growth(total, perpage)
    whole = peak_growth(total, None)
    lines = [
        f"pagination: {total:,} locally changed files replayed (mock transport), peak memory growth (tracemalloc)",
        f"  {'how':<50} {'files':>8} {'peak MB':>9} {'seconds':>8}",
    ]
    for name, (count, mb, seconds) in (
        (f"st.db.iter_localchanged(perpage={perpage:,})", paged),
        (f"st.db.localchanged(perpage={min(total, LARGEST_PAGE):,}), one answer", whole),
    ):
        lines.append(f"  {name:<50} {count:>8,} {mb:>9.1f} {seconds:>8.1f}")
    count, mb, _ = paged
    # Memory only counts if every entry came through.
    growth = mb if count == total else float("inf")
    target = Target(f"memory growth iterating {total:,} entries", growth, TARGET_MB, " MB")
    return [*lines, target.line()], [target]


if __name__ == "__main__":
    print("\n".join(rows()[0]))
