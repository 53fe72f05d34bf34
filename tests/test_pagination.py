"""Pagination: the page state machine against a port of Syncthing's own paging, mocked answers through the facade,
and real servers (1.19.2 and 1.29.5) holding thousands of locally changed or needed files."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Sequence

import pytest

from syncthing_client.pagination import PageSizeError, Paging, aiterate, iterate

# --- A port of Syncthing's paging (lib/model/queue.go Jobs, lib/model/model.go NeedFolderFiles and pager) ----------


def _jobs(progress: list[str], queued: list[str], page: int, perpage: int) -> tuple[list[str], list[str], int]:
    to_skip = (page - 1) * perpage
    plen, qlen = len(progress), len(queued)
    if plen + qlen <= to_skip:
        return [], [], plen + qlen
    if plen >= to_skip + perpage:
        return progress[to_skip : to_skip + perpage], [], to_skip
    if plen > to_skip:
        pnames, skip = progress[to_skip:plen], 0
    else:
        pnames, skip = [], to_skip - plen
    count = min(qlen - skip, perpage - len(pnames))
    return pnames, queued[skip : skip + count], to_skip


def syncthing_need(
    progress: list[str],
    queued: list[str],
    needed: list[str],
    page: int,
    perpage: int,
    gone: frozenset[str] = frozenset(),
) -> list[tuple[str, list[str]]]:
    """What Syncthing answers for one page of /rest/db/need, as (section, names); a gone job is an empty name."""
    to_skip, get = (page - 1) * perpage, perpage
    pnames, qnames, skipped = _jobs(progress, queued, page, perpage)
    seen = {n for n in pnames + qnames if n not in gone}
    prog = ["" if n in gone else n for n in pnames]
    que = ["" if n in gone else n for n in qnames]
    get -= len(seen)
    if get == 0:
        return [("progress", prog), ("queued", que), ("rest", [])]
    to_skip -= skipped
    rest: list[str] = []
    for name in needed:
        if to_skip > 0:
            to_skip -= 1
            continue
        if name not in seen:
            rest.append(name)
            get -= 1
        if get <= 0:
            break
    return [("progress", prog), ("queued", que), ("rest", rest)]


def syncthing_plain(items: Sequence[str], page: int, perpage: int) -> list[tuple[str, list[str]]]:
    start = (page - 1) * perpage
    return [("files", list(items[start : start + perpage]))]


SEED = 5


def _name(item: str) -> str:
    return item


# --- The state machine ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("perpage", [0, -1, 1.5, "10", True, None])
def test_bad_perpage_is_refused(perpage: object) -> None:
    with pytest.raises(PageSizeError, match="perpage"):
        Paging(perpage)  # type: ignore[arg-type]
    assert issubclass(PageSizeError, ValueError)


@pytest.mark.parametrize(
    ("total", "perpage", "requests"), [(0, 10, 1), (7, 10, 1), (10, 10, 2), (25, 10, 3), (30, 10, 4)]
)
def test_short_page_ends_full_page_costs_one_more(total: int, perpage: int, requests: int) -> None:
    items = [f"f{i}" for i in range(total)]
    asked: list[tuple[int, int]] = []

    def fetch(page: int, size: int) -> list[tuple[str, list[str]]]:
        asked.append((page, size))
        return syncthing_plain(items, page, size)

    assert [item for _, item in iterate(Paging[str](perpage), fetch)] == items
    assert asked == [(page, perpage) for page in range(1, requests + 1)]


def test_lazy_next_page_only_when_reached() -> None:
    items = [f"f{i}" for i in range(25)]
    asked: list[int] = []

    def fetch(page: int, size: int) -> list[tuple[str, list[str]]]:
        asked.append(page)
        return syncthing_plain(items, page, size)

    iterator = iterate(Paging[str](10), fetch)
    assert asked == []
    for _ in range(10):
        next(iterator)
    assert asked == [1]
    next(iterator)
    assert asked == [1, 2]


def test_null_section_and_oversized_page() -> None:
    paging = Paging[str](5)
    assert paging.feed([("errors", None)]) == []
    assert paging.done
    paging = Paging[str](2)  # a server ignoring paging sends everything: that is all there is
    assert len(paging.feed([("files", ["a", "b", "c"])])) == 3
    assert paging.done
    with pytest.raises(RuntimeError):
        paging.feed([("files", [])])


def _need_all(
    progress: list[str], queued: list[str], needed: list[str], perpage: int, gone: frozenset[str] = frozenset()
):
    asked: list[int] = []

    def fetch(page: int, size: int) -> list[tuple[str, list[str]]]:
        asked.append(page)
        assert page < 1000, "paging does not end"
        return syncthing_need(progress, queued, needed, page, size, gone)

    return list(iterate(Paging[str](perpage, key=_name), fetch)), asked


def _expected(progress: list[str], queued: list[str], needed: list[str], gone: frozenset[str] = frozenset()):
    jobs = set(progress) | set(queued)
    return (
        [("progress", n) for n in progress if n not in gone]
        + [("queued", n) for n in queued if n not in gone]
        + [("rest", n) for n in needed if n not in jobs or n in gone]
    )


def test_need_section_boundary_example() -> None:
    # Syncthing itself repeats "b" here: page 1 is [a (queued), b], page 2 starts its rest at position 1 → [b, c].
    needed = ["a", "b", "c", "d"]
    assert syncthing_need([], ["a"], needed, 1, 2) == [("progress", []), ("queued", ["a"]), ("rest", ["b"])]
    assert syncthing_need([], ["a"], needed, 2, 2) == [("progress", []), ("queued", []), ("rest", ["b", "c"])]
    got, asked = _need_all([], ["a"], needed, 2)
    assert got == [("queued", "a"), ("rest", "b"), ("rest", "c"), ("rest", "d")]
    assert asked == [1, 2, 3]


def test_need_sections_across_pages_match_one_answer() -> None:
    """Against the port of Syncthing's paging: every file once, jobs first, whatever the page size and queue."""
    rng = random.Random(SEED)
    for _ in range(3000):
        needed = [f"n{i}" for i in range(rng.randrange(0, 30))]
        jobs = rng.sample(needed, rng.randrange(0, len(needed) + 1)) if needed else []
        jobs += [f"x{i}" for i in range(rng.randrange(0, 3))]  # queued but no longer needed
        split = rng.randrange(0, len(jobs) + 1)
        progress, queued = jobs[:split], jobs[split:]
        gone = frozenset(rng.sample(jobs, rng.randrange(0, min(2, len(jobs)) + 1))) if jobs else frozenset()
        gone = frozenset(n for n in gone if n.startswith("x"))  # a job that left the global list is no longer needed
        perpage = rng.randrange(1, 12)
        got, asked = _need_all(progress, queued, needed, perpage, gone)
        unpaged = syncthing_need(progress, queued, needed, 1, 1 << 16, gone)
        if not gone:
            assert got == _expected(progress, queued, needed), (progress, queued, needed, perpage)
            assert [n for _, n in got] == [n for _, names in unpaged for n in names]
        else:  # a slot freed by a vanished job takes a rest file early: same files, each once, other order
            assert sorted(got) == sorted(_expected(progress, queued, needed, gone)), (progress, queued, needed, perpage)
        assert asked == list(range(1, len(asked) + 1))


def test_async_loop_shares_the_machine() -> None:
    needed = [f"n{i}" for i in range(23)]
    progress, queued = ["n3"], ["n10", "n7", "n20"]
    asked: list[int] = []

    async def fetch(page: int, size: int) -> list[tuple[str, list[str]]]:
        asked.append(page)
        await asyncio.sleep(0)
        return syncthing_need(progress, queued, needed, page, size)

    async def collect() -> list[tuple[str, str]]:
        return [entry async for entry in aiterate(Paging[str](4, key=_name), fetch)]

    got = asyncio.run(collect())
    assert got == _expected(progress, queued, needed)
    assert asked == list(range(1, len(asked) + 1))
