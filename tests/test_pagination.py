"""Pagination: the page state machine against a port of Syncthing's own paging, mocked answers through the facade,
and real servers (1.19.2 and 1.29.5) holding thousands of locally changed or needed files."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable, Iterator, Sequence
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from bench.pagination import peak_growth
from syncthing_client import AsyncSyncthing, NotFoundError, Syncthing
from syncthing_client.pagination import NeedEntry, PageSizeError, Paging, PagingError, aiterate, iterate
from tests.conftest import Recorder
from tests.fakes import VERSION_1_29_5, FakeServer, Received, json_answer
from tests.harness import TRANSPORTS, outcomes
from tools.conformance import response_schema, violations
from tools.sandbox import VERSIONS, Sandbox, folder_idle, pair, share_folder, wait_for

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

    def fetch(page: int, size: int) -> tuple[int, list[tuple[str, list[str]]]]:
        asked.append((page, size))
        return page, syncthing_plain(items, page, size)

    assert [item for _, item in iterate(Paging[str](perpage), fetch)] == items
    assert asked == [(page, perpage) for page in range(1, requests + 1)]


def test_lazy_next_page_only_when_reached() -> None:
    items = [f"f{i}" for i in range(25)]
    asked: list[int] = []

    def fetch(page: int, size: int) -> tuple[int, list[tuple[str, list[str]]]]:
        asked.append(page)
        return page, syncthing_plain(items, page, size)

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

    def fetch(page: int, size: int) -> tuple[int, list[tuple[str, list[str]]]]:
        asked.append(page)
        assert page < 1000, "paging does not end"
        return page, syncthing_need(progress, queued, needed, page, size, gone)

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

    async def fetch(page: int, size: int) -> tuple[int, list[tuple[str, list[str]]]]:
        asked.append(page)
        await asyncio.sleep(0)
        return page, syncthing_need(progress, queued, needed, page, size)

    async def collect() -> list[tuple[str, str]]:
        return [entry async for entry in aiterate(Paging[str](4, key=_name), fetch)]

    got = asyncio.run(collect())
    assert got == _expected(progress, queued, needed)
    assert asked == list(range(1, len(asked) + 1))


# --- Through the facade, on a mocked server --------------------------------------------------------------------------


def file_entry(name: str) -> dict[str, Any]:
    """One file as 1.29.5 lists it in /rest/db/need, /rest/db/remoteneed and /rest/db/localchanged."""
    return {
        "blocksHash": None,
        "deleted": False,
        "ignored": False,
        "inodeChange": "2026-11-22T14:50:46.390800841Z",
        "invalid": False,
        "localFlags": 0,
        "modified": "2026-11-22T14:50:46.390800841Z",
        "modifiedBy": "7YNMYTT",
        "mustRescan": False,
        "name": name,
        "noPermissions": False,
        "numBlocks": 1,
        "permissions": "0644",
        "platform": {"Unix": None, "Windows": None, "Linux": None, "Darwin": None, "FreeBSD": None, "NetBSD": None},
        "sequence": 7,
        "size": 1,
        "type": "FILE_INFO_TYPE_FILE",
        "version": ["7YNMYTT:1795359046"],
    }


class FakeNeed:
    """A mocked server answering /rest/db/need as Syncthing pages it, and 404 for any folder but `f`."""

    def __init__(self, progress: list[str], queued: list[str], needed: list[str]) -> None:
        self.progress, self.queued, self.needed = progress, queued, needed
        self.asked: list[tuple[int, int]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/rest/system/version":
            return httpx.Response(200, json={"version": "v1.29.5"})
        assert request.url.path == "/rest/db/need"
        if request.url.params["folder"] != "f":
            return httpx.Response(404, text="no such folder\n")
        page, perpage = int(request.url.params["page"]), int(request.url.params["perpage"])
        self.asked.append((page, perpage))
        sections = syncthing_need(self.progress, self.queued, self.needed, page, perpage)
        body: dict[str, Any] = {name: [file_entry(n) for n in names] for name, names in sections}
        return httpx.Response(200, json={**body, "page": page, "perpage": perpage})


NEEDED = [f"d/{i:03d}" for i in range(40)]
PROGRESS, QUEUED = ["d/017"], ["d/005", "d/030", "d/002", "d/039"]
EXPECTED = _expected(PROGRESS, QUEUED, NEEDED)


def test_need_through_the_facade_sync() -> None:
    fake = FakeNeed(PROGRESS, QUEUED, NEEDED)
    with Syncthing("http://st.invalid", "k", http_client=httpx.Client(transport=httpx.MockTransport(fake))) as st:
        entries = st.db.iter_need("f", perpage=8)
        assert fake.asked == []  # nothing sent before the loop starts
        got = list(entries)
        assert all(isinstance(e, NeedEntry) for e in got)
        assert [(e.section, e.file.name) for e in got] == EXPECTED
        with pytest.raises(PageSizeError):
            st.db.iter_need("f", perpage=0)  # refused when called, before any request
        with pytest.raises(NotFoundError, match="no such folder"):
            next(st.db.iter_need("nope"))
    # page 1: 5 jobs + 3 of rest; then rest from position 3 (Syncthing repeats 003 and 005), short at page 6
    assert fake.asked == [(page, 8) for page in range(1, 7)]


def test_need_through_the_facade_async() -> None:
    fake = FakeNeed(PROGRESS, QUEUED, NEEDED)

    async def scenario() -> list[tuple[str, str]]:
        http = httpx.AsyncClient(transport=httpx.MockTransport(fake))
        async with AsyncSyncthing("http://st.invalid", "k", http_client=http) as ast:
            with pytest.raises(PageSizeError):
                ast.db.iter_need("f", perpage=-3)
            with pytest.raises(NotFoundError):
                await anext(ast.db.iter_need("nope"))
            return [(section, file.name) async for section, file in ast.db.iter_need("f", perpage=8)]

    assert asyncio.run(scenario()) == EXPECTED


def test_memory_stays_bounded_by_the_page() -> None:
    """20,000 replayed files (bench/pagination.py): pages of 1,000 stay far below one answer holding them all."""
    count, paged_mb, _ = peak_growth(20_000, 1_000)
    whole_count, whole_mb, _ = peak_growth(20_000, None)
    assert count == whole_count == 20_000
    assert paged_mb < 30
    assert paged_mb * 4 < whole_mb


# --- Against real servers ------------------------------------------------------------------------------------------

CHANGED = 5000
HELD = 300


def _version_id(version: str) -> str:
    return f"st{version}"


@pytest.fixture(scope="module", params=VERSIONS, ids=_version_id)
def receive_only(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    """A server with receive-only folder `ro` holding CHANGED locally added files."""
    with Sandbox.start(request.param) as sandbox:
        path = sandbox.root / "folders" / "ro"
        path.mkdir(parents=True)
        for i in range(CHANGED):
            (path / f"f{i:05d}.txt").write_bytes(b"x")
        sandbox.post(
            "/rest/config/folders",
            {"id": "ro", "label": "ro", "path": str(path), "type": "receiveonly", "fsWatcherEnabled": False},
        )

        def scanned() -> bool:
            status = sandbox.get("/rest/db/status", folder="ro")
            return status["state"] == "idle" and status["receiveOnlyChangedFiles"] == CHANGED

        wait_for("5,000 local changes", scanned, 60)
        yield sandbox


@pytest.fixture(scope="module", params=VERSIONS, ids=_version_id)
def held(request: pytest.FixtureRequest) -> Iterator[tuple[Sandbox, Sandbox]]:
    """Paired servers sharing `held`: `a` has HELD files that `b`, kept by minDiskFree 100 %, needs and cannot pull."""
    with Sandbox.start(request.param) as a, Sandbox.start(request.param) as b:
        pair(a, b)
        path, _ = share_folder(
            a, b, "held", options={"fsWatcherEnabled": False}, b_options={"minDiskFree": {"value": 100, "unit": "%"}}
        )
        for i in range(HELD):
            (path / f"h{i:04d}.txt").write_bytes(b"x" * (i % 5 + 1))
        a.post("/rest/db/scan?folder=held")

        def stuck() -> bool:
            status = b.get("/rest/db/status", folder="held")
            errors = b.get("/rest/folder/errors", folder="held")["errors"] or []
            return folder_idle(b, "held") and status["needFiles"] == HELD and len(errors) == HELD

        wait_for(f"{HELD} files needed and failing on b", stuck, 60)
        yield a, b


def _pages(recorder: Recorder, path: str) -> list[int]:
    return [int(r.request.url.params["page"]) for r in recorder.answers if r.request.url.path == path]


def _conforms(recorder: Recorder, path: str, operation_id: str) -> None:
    schema = response_schema(operation_id, "200")
    for answer in recorder.answers:
        if answer.request.url.path == path:
            assert violations(answer.json(), schema) == []


def test_localchanged_5000_files_in_pages_of_100(receive_only: Sandbox) -> None:
    with Recorder(receive_only) as recorder:
        names = [f.name for f in recorder.client.db.iter_localchanged("ro", perpage=100)]
        assert _pages(recorder, "/rest/db/localchanged") == list(range(1, 52))  # 50 full pages, then one empty
        assert recorder.last_json()["files"] == []
        _conforms(recorder, "/rest/db/localchanged", "db_localchanged")
        whole = recorder.client.db.localchanged(folder="ro")
    assert len(names) == len(set(names)) == CHANGED
    assert set(names) == {f"f{i:05d}.txt" for i in range(CHANGED)}
    assert names == [f.name for f in whole.files or []]

    async def collect() -> list[str]:
        async with AsyncSyncthing(receive_only.url, receive_only.api_key) as ast:
            return [f.name async for f in ast.db.iter_localchanged("ro", perpage=700)]

    assert asyncio.run(collect()) == names


def test_bad_input_fails_first(receive_only: Sandbox) -> None:
    with Recorder(receive_only) as recorder:
        with pytest.raises(PageSizeError):
            recorder.client.db.iter_localchanged("ro", perpage=0)
        with pytest.raises(PageSizeError):
            recorder.client.folder.iter_errors("ro", perpage=-1)
        assert recorder.answers == []  # Syncthing would have taken perpage 0 as 65536
        for iterator in (
            recorder.client.db.iter_localchanged("nope"),
            recorder.client.db.iter_need("nope"),
            recorder.client.db.iter_remoteneed("nope", receive_only.device_id),
            recorder.client.folder.iter_errors("nope"),
        ):
            with pytest.raises(NotFoundError, match="no such folder"):
                next(iterator)
        assert len(recorder.answers) == 4


def test_need_and_remoteneed_pages_match_one_answer(held: tuple[Sandbox, Sandbox]) -> None:
    a, b = held
    with Recorder(b) as recorder:
        need = list(recorder.client.db.iter_need("held", perpage=7))
        assert _pages(recorder, "/rest/db/need") == list(range(1, 44))  # 300 = 42 pages of 7, then 6
        _conforms(recorder, "/rest/db/need", "db_need")
        whole = recorder.client.db.need(folder="held")
        recorder.check("db_need")
    names = [entry.file.name for entry in need]
    assert len(names) == len(set(names)) == HELD
    assert {entry.section for entry in need} <= {"progress", "queued", "rest"}
    assert sorted(names) == sorted(
        f.name for section in (whole.progress, whole.queued, whole.rest) for f in section or []
    )

    with Recorder(a) as recorder:
        remote = [f.name for f in recorder.client.db.iter_remoteneed("held", b.device_id, perpage=7)]
        _conforms(recorder, "/rest/db/remoteneed", "db_remoteneed")
        whole_remote = recorder.client.db.remoteneed(folder="held", device=b.device_id)
        recorder.check("db_remoteneed")
    assert len(remote) == len(set(remote)) == HELD
    assert remote == [f.name for f in whole_remote.files or []]
    assert set(remote) == set(names)

    async def collect() -> tuple[list[str], list[str]]:
        async with AsyncSyncthing(b.url, b.api_key) as ast_b, AsyncSyncthing(a.url, a.api_key) as ast_a:
            need = [entry.file.name async for entry in ast_b.db.iter_need("held", perpage=100)]
            remote = [f.name async for f in ast_a.db.iter_remoteneed("held", b.device_id, perpage=100)]
            return need, remote

    async_need, async_remote = asyncio.run(collect())
    assert sorted(async_need) == sorted(names)
    assert async_remote == remote


def test_folder_errors_one_per_needed_file_across_pages(held: tuple[Sandbox, Sandbox]) -> None:
    _, b = held
    with Recorder(b) as recorder:
        errors = list(recorder.client.folder.iter_errors("held", perpage=100))
        assert _pages(recorder, "/rest/folder/errors") == [1, 2, 3, 4]  # three full pages, then `errors: null`
        assert recorder.last_json()["errors"] is None
        _conforms(recorder, "/rest/folder/errors", "folder_errors")
    paths = [e.path for e in errors]
    assert len(paths) == len(set(paths)) == HELD
    assert set(paths) == {f"h{i:04d}.txt" for i in range(HELD)}
    assert all("insufficient space" in e.error for e in errors)

    async def collect() -> list[str]:
        async with AsyncSyncthing(b.url, b.api_key) as ast:
            return [e.path async for e in ast.folder.iter_errors("held", perpage=7)]

    assert sorted(asyncio.run(collect())) == sorted(paths)


# --- A server that does not page ------------------------------------------------------------------------------------


def test_an_answer_for_another_page_stops_the_paging() -> None:
    paging = Paging[str](2)
    assert paging.feed([("files", ["a", "b"])], answered_page=1) == [("files", "a"), ("files", "b")]
    with pytest.raises(PagingError, match="asked for page 2, the server answered page 1"):
        paging.feed([("files", ["a", "b"])], answered_page=1)


def test_a_repeated_full_page_stops_the_paging() -> None:
    paging = Paging[str](2)
    paging.feed([("files", ["a", "b"])], answered_page=1)
    with pytest.raises(PagingError, match="page 2 repeats page 1"):
        paging.feed([("files", ["a", "b"])], answered_page=2)


def _fake_need_or_errors(ignore_page: bool, need_section: str = "rest") -> Callable[[Received], bytes]:
    """Answers every page with the same full page of 2: echoing page 1 (ignoring ``page``), or the page asked for;
    ``need``'s files in ``need_section``."""

    def answer(request: Received) -> bytes:
        if request.target == "/rest/system/version":
            return json_answer(VERSION_1_29_5)
        page = 1 if ignore_page else int(parse_qs(urlsplit(request.target).query)["page"][0])
        if request.target.startswith("/rest/folder/errors"):
            errors = [{"path": "a", "error": "x"}, {"path": "b", "error": "y"}]
            return json_answer({"folder": "f", "errors": errors, "page": page, "perpage": 2})
        files = [FILE | {"name": "a"}, FILE | {"name": "b"}]
        sections: dict[str, Any] = {"progress": [], "queued": [], "rest": []} | {need_section: files}
        return json_answer(sections | {"page": page, "perpage": 2})

    return answer


FILE = {
    "name": "a",
    "type": "FILE_INFO_TYPE_FILE",
    "size": 1,
    "deleted": False,
    "invalid": False,
    "ignored": False,
    "mustRescan": False,
    "noPermissions": False,
    "modified": "2026-12-03T18:36:04.123456789Z",
    "modifiedBy": "AAAAAAA",
    "sequence": 1,
    "version": [],
    "localFlags": 0,
}


@pytest.mark.parametrize("flavour", TRANSPORTS)
@pytest.mark.parametrize(
    ("ignore_page", "iterate_over", "need_section"),
    [
        (True, "need", "rest"),
        (True, "errors", ""),
        (False, "errors", ""),
        (False, "need", "rest"),
        (False, "need", "queued"),
    ],
    ids=[
        "need-ignoring-page",
        "errors-ignoring-page",
        "errors-repeating-a-page",
        "need-repeating-a-page",
        "need-repeating-a-page-of-jobs",
    ],
)
def test_a_server_that_does_not_page_ends_in_paging_error(
    flavour: str, ignore_page: bool, iterate_over: str, need_section: str
) -> None:
    def walk(client: Any) -> list[Callable[[], Any]]:
        pages = (
            client.db.iter_need("f", perpage=2) if iterate_over == "need" else client.folder.iter_errors("f", perpage=2)
        )
        if flavour.startswith("sync"):
            return [lambda: list(pages)]

        async def collect() -> list[Any]:
            return [item async for item in pages]

        return [collect]

    with FakeServer(_fake_need_or_errors(ignore_page, need_section or "rest")) as server:
        [outcome] = outcomes(flavour, server.url, "key", walk)
        asked = [request.target for request in server.received if request.target != "/rest/system/version"]
    assert type(outcome) is PagingError
    assert len(asked) == 2  # page 1, then page 2 shows it: no 301 requests and counting
