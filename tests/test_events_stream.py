"""The event stream: the I/O-free cursor, then the real thing on 1.19.2 and 1.29.5 (sync and async).

Real proofs: 2,000 files synced with no gap; a gap forced by outrunning the server's 1000-event buffer, with the
right range; a restart reported and survived; a resumed stream that neither repeats nor misses an event.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import pickle
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from syncthing_client import AsyncSyncthing, Syncthing
from syncthing_client._timestamps import parse as parse_timestamp
from syncthing_client.errors import APIConnectionError, ConfigurationError, ResponseValidationError
from syncthing_client.events import (
    AsyncEventStream,
    EventCursor,
    EventsMissedError,
    EventStream,
    Gap,
    Restarted,
    StreamGaveUpError,
    StreamItem,
    StreamPosition,
    Undecodable,
    _Backoff,
    _Stream,
    _StreamSettings,
    decode_event,
)
from syncthing_client.models import (
    Event,
    FolderCompletionEvent,
    ItemFinishedEvent,
    LocalIndexUpdatedEvent,
    StateChangedEvent,
)
from tests.conftest import client_for
from tests.fakes import VERSION_1_29_5, FakeServer, Received, http_answer, json_answer
from tests.harness import TRANSPORTS, outcomes
from tools.sandbox import VERSIONS, Sandbox, folder_idle, pair, share_folder, wait_for


def raw(event_id: int, event_type: str = "StateChanged", **data: Any) -> dict[str, Any]:
    payload = data or {"folder": "f", "from": "idle", "to": "scanning"}
    return {
        "id": event_id,
        "globalID": event_id + 100,
        "time": "2026-11-22T15:27:12.786880118Z",
        "type": event_type,
        "data": payload,
    }


FIRST_RUN, SECOND_RUN = (
    datetime.datetime(2026, 11, 22, 10, tzinfo=datetime.UTC),
    datetime.datetime(2026, 11, 22, 11, tzinfo=datetime.UTC),
)


def resumed(since: int, newest: int | None = None, **options: Any) -> EventCursor:
    """A cursor resuming after `since` on a server whose newest event is `newest` (default `since`), past its checks."""
    cursor = EventCursor(since=since, **options)
    assert cursor.observe_start(FIRST_RUN) == []
    assert cursor.next_query(60) == {"since": 0, "limit": 1, "timeout": 0, "events": cursor.events_filter}
    assert cursor.accept([raw(since if newest is None else newest)]) == []
    return cursor


# --- the cursor, no I/O ----------------------------------------------------------------------------------------


def test_consecutive_events_are_typed_and_advance_the_cursor() -> None:
    cursor = EventCursor()
    items = cursor.accept(
        [raw(1), raw(2, "ItemFinished", folder="f", item="a", type="file", action="update", error=None)]
    )
    assert [type(item) for item in items] == [StateChangedEvent, ItemFinishedEvent]
    assert items[1].data.error is None and items[1].global_id == 102 and items[1].time.year == 2026
    assert cursor.since == 2
    assert cursor.next_query(60) == {"since": 2, "timeout": 60, "events": None}


def test_a_jump_in_ids_is_a_gap_with_the_missed_range() -> None:
    cursor = resumed(since=4, newest=15)
    items = cursor.accept([raw(10), raw(11), raw(15)])
    assert items[0] == Gap(5, 9) and items[0].count == 5
    assert items[3] == Gap(12, 14)
    assert [item.id for item in items if not isinstance(item, Gap)] == [10, 11, 15]


def test_history_read_from_zero_is_no_gap_and_repeats_are_dropped() -> None:
    cursor = EventCursor()
    assert [item.id for item in cursor.accept([raw(7), raw(8)])] == [7, 8]  # type: ignore[union-attr]
    assert [item.id for item in cursor.accept([raw(8), raw(9)])] == [9]  # type: ignore[union-attr]


def test_unknown_or_drifted_events_arrive_generic_without_failing_the_batch() -> None:
    cursor = EventCursor()
    future, drifted, good = raw(1, "SomethingNew", x=1), raw(2, "ItemFinished", unexpected=True), raw(3)
    items = cursor.accept([future, drifted, good])
    assert [type(item) for item in items] == [Event, Event, StateChangedEvent]
    assert items[0].data == {"x": 1} and items[0].type == "SomethingNew"  # type: ignore[union-attr]
    completion = {"folder": "f", "device": "d", "completion": 100, "globalBytes": 5, "needBytes": 0, "needDeletes": 0}
    assert isinstance(decode_event(raw(4, "FolderCompletion", **completion, needItems=0)), FolderCompletionEvent)
    assert isinstance(decode_event(raw(5, "FolderCompletion", **completion)), Event)  # needItems: always sent


def test_skip_history_primes_with_one_event_and_yields_nothing_old() -> None:
    cursor = EventCursor(types=("ItemFinished", "FolderCompletion"), skip_history=True)
    assert cursor.next_query(60) == {
        "since": 0,
        "limit": 1,
        "timeout": 0,
        "events": ["ItemFinished", "FolderCompletion"],
    }
    assert cursor.accept([raw(41)]) == []
    assert cursor.next_query(30) == {"since": 41, "timeout": 30, "events": ["ItemFinished", "FolderCompletion"]}


def test_a_new_start_time_is_a_restart_that_starts_over_from_the_first_event() -> None:
    cursor = EventCursor(since=500)
    assert cursor.observe_start(FIRST_RUN) == []
    assert cursor.observe_start(FIRST_RUN) == []
    assert cursor.observe_start(SECOND_RUN) == [Restarted(500, SECOND_RUN)]
    assert cursor.next_query(60) == {"since": 0, "timeout": 60, "events": None}
    assert [item.id for item in cursor.accept([raw(1), raw(2)])] == [1, 2]  # type: ignore[union-attr]


def test_a_resumed_since_ahead_of_the_newest_event_is_a_restart_on_the_first_poll() -> None:
    cursor = EventCursor(since=1001, types=("StateChanged",))
    assert cursor.observe_start(SECOND_RUN) == []  # a bare since: no start time to compare with
    # the newest event of the same subscription, without waiting
    assert cursor.next_query(60) == {"since": 0, "limit": 1, "timeout": 0, "events": ["StateChanged"]}
    assert cursor.accept([raw(5)]) == [Restarted(1001, SECOND_RUN)]
    assert cursor.next_query(60) == {"since": 0, "timeout": 60, "events": ["StateChanged"]}
    assert [item.id for item in cursor.accept([raw(1), raw(2)])] == [1, 2]  # type: ignore[union-attr]
    fresh_subscription = EventCursor(since=3, types=("StateChanged",))
    fresh_subscription.observe_start(SECOND_RUN)
    assert fresh_subscription.accept([]) == [Restarted(3, SECOND_RUN)]  # a filter is new after a restart: no event


def test_a_resumed_since_the_server_still_has_reads_on_from_there() -> None:
    for newest in (7, 9):
        cursor = resumed(since=7, newest=newest)
        assert cursor.next_query(30) == {"since": 7, "timeout": 30, "events": None}
        assert [item.id for item in cursor.accept([raw(8)])] == [8]  # type: ignore[union-attr]
    assert EventCursor().next_query(30) == {"since": 0, "timeout": 30, "events": None}  # from 0: nothing to check


def test_a_saved_position_notices_a_restart_even_when_the_new_run_has_more_events() -> None:
    cursor = EventCursor(since=3, start_time=FIRST_RUN)
    assert cursor.observe_start(SECOND_RUN) == [Restarted(3, SECOND_RUN)]
    assert cursor.next_query(60) == {"since": 0, "timeout": 60, "events": None}  # no probe: it is known already
    assert [item.id for item in cursor.accept([raw(1), raw(2)])] == [1, 2]  # type: ignore[union-attr]
    same_run = EventCursor(since=3, start_time=FIRST_RUN)
    assert same_run.observe_start(FIRST_RUN) == []
    assert same_run.accept([raw(40)]) == []
    assert same_run.next_query(60) == {"since": 3, "timeout": 60, "events": None}


def test_the_position_follows_each_item_handed_out_and_survives_pickle_and_json() -> None:
    stream = _Stream(resumed(since=4, newest=9), _StreamSettings(False, 60, 1, "yield"))
    assert stream.position == StreamPosition(4, FIRST_RUN)
    positions = []
    for item in stream._hand_out(stream.cursor.accept([raw(5), raw(9)])):
        positions.append((item, stream.position.last_id))
    assert [(type(item), last_id) for item, last_id in positions] == [
        (StateChangedEvent, 5),
        (Gap, 8),
        (StateChangedEvent, 9),
    ]
    assert list(stream._hand_out(stream.cursor.observe_start(SECOND_RUN))) == [Restarted(9, SECOND_RUN)]
    position = stream.position
    assert position == StreamPosition(0, SECOND_RUN)
    assert pickle.loads(pickle.dumps(position)) == position
    assert StreamPosition.from_dict(json.loads(json.dumps(position.to_dict()))) == position
    assert StreamPosition.from_dict({"last_id": 12, "start_time": None}) == StreamPosition(12)
    skipping = _Stream(EventCursor(skip_history=True), _StreamSettings(False, 60, 1, "yield"))
    skipping.cursor.observe_start(FIRST_RUN)
    assert skipping.cursor.accept([raw(41)]) == []
    assert skipping.position == StreamPosition(41, FIRST_RUN)  # before any item: after the history it skipped


def test_gaps_can_raise_instead_and_the_position_moves_past_them() -> None:
    settings = _StreamSettings(disk=False, poll_seconds=60, reconnect_deadline=1, on_gap="raise")
    stream = _Stream(resumed(since=1, newest=5), settings)
    with pytest.raises(EventsMissedError) as caught:
        for item in stream._hand_out(stream.cursor.accept([raw(5)])):
            stream._deliver(item)
    assert caught.value.gap == Gap(2, 4)
    assert stream.position == StreamPosition(4, FIRST_RUN)  # resuming there reads event 5, with no second report


def test_since_and_resume_are_one_or_the_other() -> None:
    with Syncthing("http://127.0.0.1:1", "key") as st, pytest.raises(ConfigurationError, match="not both"):
        st.events.stream(since=3, resume=StreamPosition(3))
    with Syncthing("http://127.0.0.1:1", "key") as st:
        assert st.events.stream(resume=StreamPosition(3, FIRST_RUN)).position == StreamPosition(3, FIRST_RUN)


def test_disk_streams_send_no_filter_and_a_long_enough_read_timeout() -> None:
    operation, request_args = _StreamSettings(True, 60, 1, "yield").request_args(
        {"since": 3, "timeout": 60, "events": "X"}
    )
    assert operation.id == "events_disk"
    assert request_args["params"] == {"since": 3, "timeout": 60}
    assert request_args["timeout"].read > 60


def test_backoff_doubles_to_a_cap_then_gives_up_after_the_deadline() -> None:
    error = APIConnectionError("refused", method="GET", url="http://127.0.0.1:1/rest/events")
    backoff = _Backoff(deadline_seconds=3600)
    delays = [backoff.next_delay(error) for _ in range(10)]
    assert delays[:3] == [0.1, 0.2, 0.4] and max(delays) == 5.0
    quick = _Backoff(deadline_seconds=0.01)
    quick.next_delay(error)
    time.sleep(0.02)
    with pytest.raises(StreamGaveUpError, match="unreachable for more than"):
        quick.next_delay(error)


# --- real servers ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module", params=VERSIONS, ids=lambda version: f"st{version}")
def synced_pair(request: pytest.FixtureRequest) -> Iterator[tuple[Sandbox, Sandbox]]:
    with Sandbox.start(request.param) as a, Sandbox.start(request.param) as b:
        pair(a, b)
        yield a, b


def test_two_thousand_files_arrive_typed_and_without_a_gap(synced_pair: tuple[Sandbox, Sandbox]) -> None:
    a, b = synced_pair
    path_a, _ = share_folder(a, b, "bulk")
    wanted = {f"d{index // 100}/f{index}.txt" for index in range(2000)}
    types = ("ItemFinished", "LocalIndexUpdated", "FolderCompletion")
    seen: list[Any] = []
    with client_for(b) as st:
        stream = st.events.stream(types=types, skip_history=True, poll_seconds=5)
        next_query = stream.cursor.next_query(5)
        st.events.poll(since=0, limit=1, timeout=0, events=next_query["events"])  # the subscription exists from now

        def read() -> None:
            finished: set[str] = set()
            for item in stream:
                seen.append(item)
                if isinstance(item, ItemFinishedEvent) and item.data.folder == "bulk":
                    finished.add(item.data.item)
                done = isinstance(item, FolderCompletionEvent) and item.data.completion == 100
                if wanted <= finished and done:
                    return

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        for index in range(2000):
            folder = path_a / f"d{index // 100}"
            folder.mkdir(exist_ok=True)
            (folder / f"f{index}.txt").write_text(str(index))
        a.post("/rest/db/scan?folder=bulk")
        reader.join(timeout=120)
        stream.close()
    assert not reader.is_alive()
    assert not [item for item in seen if isinstance(item, Gap | Restarted)]
    assert {type(item) for item in seen} == {ItemFinishedEvent, LocalIndexUpdatedEvent, FolderCompletionEvent}
    ids = [item.id for item in seen]
    assert ids == list(range(ids[0], ids[0] + len(ids)))


def scan_many(sandbox: Sandbox, folder: str, times: int) -> None:
    for _ in range(times):
        sandbox.post(f"/rest/db/scan?folder={folder}")


@pytest.fixture(params=VERSIONS, ids=lambda version: f"st{version}")
def with_folder(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    with Sandbox.start(request.param) as sandbox:
        path = sandbox.root / "folders" / "busy"
        path.mkdir(parents=True)
        sandbox.post("/rest/config/folders", {"id": "busy", "path": str(path), "fsWatcherEnabled": False})
        wait_for("the folder to be idle", lambda: folder_idle(sandbox, "busy") or None)
        yield sandbox


def test_a_slow_reader_gets_a_gap_with_the_right_range(with_folder: Sandbox) -> None:
    with client_for(with_folder) as st:
        st.events.poll(since=0, limit=1, timeout=0, events="StateChanged")  # a fresh subscription: nothing old
        stream = st.events.stream(types=["StateChanged"], poll_seconds=5)
        scan_many(with_folder, "busy", 1)
        item = next(stream)
        while item.id < stream.cursor.since:  # type: ignore[union-attr]  # hand out the rest of the batch
            item = next(stream)
        assert isinstance(item, StateChangedEvent)
        read_up_to = item.id
        scan_many(with_folder, "busy", 500)  # 3 state changes each: more than the 1000 the server keeps
        gap = next(stream)
        after = next(stream)
        stream.close()
    assert isinstance(gap, Gap), gap
    assert gap.first_missed == read_up_to + 1
    assert isinstance(after, StateChangedEvent) and after.id == gap.last_missed + 1
    assert gap.count >= 300


def test_a_restart_is_reported_and_the_stream_goes_on(with_folder: Sandbox) -> None:
    with client_for(with_folder) as st:
        stream = st.events.stream(poll_seconds=2, reconnect_deadline=60)
        assert next(stream).type == "Starting"  # type: ignore[union-attr]
        with client_for(with_folder) as other:
            other.system.restart()
        items = []
        for item in stream:
            items.append(item)
            if any(isinstance(seen, Restarted) for seen in items) and getattr(item, "type", "") == "StartupComplete":
                break
        stream.close()
    restarted = next(item for item in items if isinstance(item, Restarted))
    after = items[items.index(restarted) + 1 :]
    assert restarted.last_id > 0 and restarted.start_time is not None
    assert after[0].id == 1 and after[0].type == "Starting"  # type: ignore[union-attr]


def test_resuming_from_the_last_id_repeats_and_misses_nothing(with_folder: Sandbox) -> None:
    with client_for(with_folder) as st:
        first = st.events.stream(types=["StateChanged"], poll_seconds=2)
        st.events.poll(since=0, limit=1, timeout=0, events="StateChanged")
        scan_many(with_folder, "busy", 3)
        before = [next(first) for _ in range(6)]
        first.close()
        last_id = before[-1].id  # type: ignore[union-attr]
        scan_many(with_folder, "busy", 3)
        resumed = st.events.stream(types=["StateChanged"], since=last_id, poll_seconds=2)
        after = [next(resumed) for _ in range(6)]
        resumed.close()
    ids = [item.id for item in before + after]  # type: ignore[union-attr]
    assert ids == list(range(ids[0], ids[0] + 12))


def test_async_stream_resumes_and_closes_a_poll_in_flight(with_folder: Sandbox) -> None:
    async def scenario() -> tuple[list[int], float]:
        async with AsyncSyncthing(with_folder.url, with_folder.api_key) as ast:
            await ast.events.poll(since=0, limit=1, timeout=0, events="StateChanged")
            stream = ast.events.stream(types=["StateChanged"], poll_seconds=60)
            await asyncio.to_thread(scan_many, with_folder, "busy", 2)
            ids = [(await anext(stream)).id for _ in range(4)]  # type: ignore[union-attr]
            waiting = asyncio.ensure_future(anext(stream))  # nothing more will come: a 60 s poll is in flight
            await asyncio.sleep(0.5)
            started = time.monotonic()
            waiting.cancel()
            await stream.aclose()
            return ids, time.monotonic() - started

    ids, closing = asyncio.run(scenario())
    assert ids == list(range(ids[0], ids[0] + 4))
    assert closing < 2


def test_sync_streams_are_context_managers(syncthing: Sandbox) -> None:
    with Syncthing(syncthing.url, syncthing.api_key) as st, st.events.stream(poll_seconds=1) as stream:
        assert next(stream).id >= 1  # type: ignore[union-attr]
    with pytest.raises(StopIteration):
        next(stream)


# --- resuming across a restart: the first item says so, the new run follows from its first event ----------------


def newest_id(st: Syncthing, events: str | None = None) -> int:
    """The newest event ID of a subscription (0: none), without waiting."""
    answer = (
        st.events.poll(since=0, limit=1, timeout=0, events=events)
        if events
        else st.events.poll(since=0, limit=1, timeout=0)
    )
    return answer[-1].id if answer else 0


def is_type(name: str) -> Callable[[StreamItem], bool]:
    return lambda item: getattr(item, "type", None) == name


def is_idle(item: StreamItem) -> bool:
    return isinstance(item, StateChangedEvent) and item.data.to == "idle"


def read_until(stream: EventStream, last: Callable[[StreamItem], bool], most: int = 300) -> list[StreamItem]:
    items = []
    for item in stream:
        items.append(item)
        if last(item) or len(items) == most:
            break
    return items


async def aread_until(
    stream: AsyncEventStream, last: Callable[[StreamItem], bool], most: int = 300
) -> list[StreamItem]:
    items = []
    async for item in stream:
        items.append(item)
        if last(item) or len(items) == most:
            break
    return items


def saved(position: StreamPosition) -> StreamPosition:
    """The position as an application would keep it between runs: in a JSON file."""
    return StreamPosition.from_dict(json.loads(json.dumps(position.to_dict())))


def assert_restarted_then_the_new_run(items: list[StreamItem], last_id: int, start_time: datetime.datetime) -> None:
    assert items[0] == Restarted(last_id, start_time)
    assert items[1].type == "Starting"  # type: ignore[union-attr]
    ids = [item.id for item in items[1:]]  # type: ignore[union-attr]
    assert ids == list(range(1, len(ids) + 1))  # every event of the new run, from its first: no silent loss


@pytest.mark.timeout(120)
@pytest.mark.parametrize("resume_with", ["since", "position"])
def test_a_stream_resumed_after_a_restart_says_so_first(with_folder: Sandbox, resume_with: str) -> None:
    with client_for(with_folder) as st:
        first = st.events.stream(poll_seconds=1)
        if resume_with == "since":
            scan_many(with_folder, "busy", 20)  # IDs past those the new run will have: only then can a bare ID tell
        read_to = newest_id(st) if resume_with == "since" else 1
        before = read_until(first, lambda item: getattr(item, "id", 0) >= read_to)
        first.close()
        last_id, position = before[-1].id, saved(first.position)  # type: ignore[union-attr]
        with_folder.restart()
        if resume_with == "since":
            assert newest_id(st) < last_id
            resumed = st.events.stream(since=last_id, poll_seconds=1)
        else:
            assert newest_id(st) > last_id  # a bare since would go on at event 2 of the new run, silently
            resumed = st.events.stream(resume=position, poll_seconds=1)
        after = read_until(resumed, is_type("StartupComplete"))
        resumed.close()
        start_time = st.system.status().start_time
    assert position.last_id == last_id and position.start_time != start_time
    assert_restarted_then_the_new_run(after, last_id, start_time)
    assert resumed.position == StreamPosition(after[-1].id, start_time)  # type: ignore[union-attr]


@pytest.mark.timeout(120)
@pytest.mark.parametrize("resume_with", ["since", "position"])
def test_an_async_stream_resumed_after_a_restart_says_so_first(with_folder: Sandbox, resume_with: str) -> None:
    async def scenario() -> tuple[int, list[StreamItem], datetime.datetime]:
        async with AsyncSyncthing(with_folder.url, with_folder.api_key) as ast:
            first = ast.events.stream(poll_seconds=1)
            if resume_with == "since":
                await asyncio.to_thread(scan_many, with_folder, "busy", 20)
            read_to = (await ast.events.poll(since=0, limit=1, timeout=0))[-1].id if resume_with == "since" else 1
            before = await aread_until(first, lambda item: getattr(item, "id", 0) >= read_to)
            await first.aclose()
            last_id, position = before[-1].id, saved(first.position)  # type: ignore[union-attr]
            await asyncio.to_thread(with_folder.restart)
            if resume_with == "since":
                resumed = ast.events.stream(since=last_id, poll_seconds=1)
            else:
                resumed = ast.events.stream(resume=position, poll_seconds=1)
            after = await aread_until(resumed, is_type("StartupComplete"))
            await resumed.aclose()
            return last_id, after, (await ast.system.status()).start_time

    last_id, after, start_time = asyncio.run(scenario())
    assert last_id == 1 or last_id > 20
    assert_restarted_then_the_new_run(after, last_id, start_time)


@pytest.mark.timeout(120)
def test_a_filtered_stream_resumed_by_id_after_a_restart_says_so_first(with_folder: Sandbox) -> None:
    with client_for(with_folder) as st:
        newest_id(st, "StateChanged")  # the subscription exists from now
        first = st.events.stream(types=["StateChanged"], poll_seconds=1)
        scan_many(with_folder, "busy", 1)
        before = read_until(first, is_idle)
        first.close()
        last_id = before[-1].id  # type: ignore[union-attr]
        with_folder.restart()
        wait_for("the folder to be idle", lambda: folder_idle(with_folder, "busy") or None)
        # Unfiltered IDs of the new run are past last_id: the check has to read the same subscription.
        assert newest_id(st) > last_id
        resumed = st.events.stream(types=["StateChanged"], since=last_id, poll_seconds=1)
        restarted = next(resumed)
        scan_many(with_folder, "busy", 1)
        after = read_until(resumed, is_idle)
        resumed.close()
        start_time = st.system.status().start_time
    assert [item.id for item in before] == list(range(1, len(before) + 1))  # type: ignore[union-attr]
    assert restarted == Restarted(last_id, start_time)
    assert all(isinstance(item, StateChangedEvent) for item in after)
    assert [item.id for item in after] == list(range(1, len(after) + 1))  # type: ignore[union-attr]


@pytest.mark.timeout(120)
def test_an_async_filtered_stream_resumed_by_id_after_a_restart_says_so_first(with_folder: Sandbox) -> None:
    async def scenario() -> tuple[int, StreamItem, list[StreamItem], datetime.datetime]:
        async with AsyncSyncthing(with_folder.url, with_folder.api_key) as ast:
            await ast.events.poll(since=0, limit=1, timeout=0, events="StateChanged")
            first = ast.events.stream(types=["StateChanged"], poll_seconds=1)
            await asyncio.to_thread(scan_many, with_folder, "busy", 1)
            last_id = (await aread_until(first, is_idle))[-1].id  # type: ignore[union-attr]
            await first.aclose()
            await asyncio.to_thread(with_folder.restart)
            await asyncio.to_thread(wait_for, "the folder to be idle", lambda: folder_idle(with_folder, "busy") or None)
            resumed = ast.events.stream(types=["StateChanged"], since=last_id, poll_seconds=1)
            restarted = await anext(resumed)
            await asyncio.to_thread(scan_many, with_folder, "busy", 1)
            after = await aread_until(resumed, is_idle)
            await resumed.aclose()
            return last_id, restarted, after, (await ast.system.status()).start_time

    last_id, restarted, after, start_time = asyncio.run(scenario())
    assert last_id >= 1 and restarted == Restarted(last_id, start_time)
    assert all(isinstance(item, StateChangedEvent) for item in after)
    assert [item.id for item in after] == list(range(1, len(after) + 1))  # type: ignore[union-attr]


def test_a_saved_position_keeps_the_start_time_to_the_nanosecond() -> None:
    """Syncthing's startTime has nanoseconds, which the models keep; a position saved as JSON must compare equal to
    the start time read next, or every resume would be taken for a restart."""
    read = parse_timestamp("2026-12-03T18:36:04.123456789+01:00")
    again = StreamPosition.from_dict(json.loads(json.dumps(StreamPosition(7, read).to_dict())))
    assert again == StreamPosition(7, read)
    assert EventCursor(since=7, start_time=again.start_time).observe_start(read) == []


# --- what the stream cannot decode, on a fake server ------------------------------------------------------------

FAKE_STATUS = {
    "alloc": 1,
    "connectionServiceStatus": {},
    "cpuPercent": 0.5,
    "goroutines": 10,
    "guiAddressOverridden": False,
    "guiAddressUsed": "127.0.0.1:8384",
    "lastDialStatus": {},
    "myID": "AAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA",
    "pathSeparator": "/",
    "startTime": "2026-11-22T10:00:00Z",
    "sys": 1,
    "tilde": "/root",
    "uptime": 5,
    "urVersionMax": 3,
}

HTML = http_answer(200, "<html><body>Please log in</body></html>", "text/html")
BAD_BATCHES: dict[str, bytes] = {
    "HTML login page": HTML,
    "null": json_answer(None),
    "an object": json_answer({"events": []}),
    "truncated": http_answer(200, '[{"id": 1, "globalID": 1', "application/json"),
}


def events_server(answers: list[bytes]) -> tuple[FakeServer, list[float]]:
    """A fake Syncthing whose /rest/events answers are `answers` in turn, then `[]`; the times of those polls."""
    polls: list[float] = []

    def answer(request: Received) -> bytes:
        if request.target.startswith("/rest/system/status"):
            return json_answer(FAKE_STATUS)
        if request.target.startswith("/rest/system/version"):
            return json_answer(VERSION_1_29_5)
        polls.append(time.monotonic())
        return answers.pop(0) if answers else json_answer([])

    return FakeServer(answer), polls


def read_stream(flavour: str, url: str, count: int, **options: Any) -> list[Any]:
    """The first `count` items (or raised errors, with on_error="raise") of a stream on a fresh client."""
    if flavour == "sync":
        got: list[Any] = []
        with Syncthing(url, "key") as st, st.events.stream(poll_seconds=1, **options) as stream:
            while len(got) < count:
                try:
                    got.append(next(stream))
                except ResponseValidationError as error:
                    got.append(error)
        return got

    async def scenario() -> list[Any]:
        got: list[Any] = []
        async with AsyncSyncthing(url, "key") as ast, ast.events.stream(poll_seconds=1, **options) as stream:
            while len(got) < count:
                try:
                    got.append(await anext(stream))
                except ResponseValidationError as error:
                    got.append(error)
        return got

    return asyncio.run(scenario())


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("case", list(BAD_BATCHES))
def test_a_batch_that_is_not_a_list_is_undecodable_and_the_stream_goes_on(flavour: str, case: str) -> None:
    server, polls = events_server([BAD_BATCHES[case], BAD_BATCHES[case], json_answer([raw(1), raw(2)])])
    with server:
        first, second, one, two = read_stream(flavour, server.url, 4)
    for bad in (first, second):
        assert type(bad) is Undecodable and bad.id is None
        assert type(bad.error) is ResponseValidationError
        assert bad.error.operation == "events_poll" and bad.error.field == ""
    assert [type(one), type(two)] == [StateChangedEvent, StateChangedEvent] and (one.id, two.id) == (1, 2)
    # backoff: the second poll waited, and the third longer (0.1 s, then 0.2 s), no spinning
    assert polls[1] - polls[0] >= 0.09 and polls[2] - polls[1] >= 0.19


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_bad_events_are_undecodable_in_place_and_the_cursor_moves_past_them(flavour: str) -> None:
    no_time = {k: v for k, v in raw(3).items() if k != "time"}
    batch = [raw(1), "not an event", {**raw(0), "id": "2"}, no_time, raw(4)]
    server, polls = events_server([json_answer(batch), json_answer([raw(5)])])
    with server:
        items = read_stream(flavour, server.url, 6)
    assert [type(item) for item in items] == [
        StateChangedEvent,
        Undecodable,
        Undecodable,
        Undecodable,
        StateChangedEvent,
        StateChangedEvent,
    ]
    assert [item.id for item in items] == [1, None, None, 3, 4, 5]
    assert [item.error.field for item in items[1:4]] == ["[1]", "[2].id", "[3].time"]
    assert "not an event" in items[1].error.excerpt and '"id": 3' in items[3].error.excerpt
    assert len(polls) >= 2  # the second batch came after the first: the cursor moved past event 4


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_on_error_raise_raises_and_the_stream_goes_on(flavour: str) -> None:
    server, _ = events_server([HTML, json_answer([raw(1), {"id": 2}, raw(3)])])
    with server:
        items = read_stream(flavour, server.url, 4, on_error="raise")
    assert [type(item) for item in items] == [
        ResponseValidationError,
        StateChangedEvent,
        ResponseValidationError,
        StateChangedEvent,
    ]
    assert items[2].field == "[1].globalID"


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_on_gap_raise_raises_and_the_stream_goes_on(flavour: str) -> None:
    server, _ = events_server([json_answer([raw(1)]), json_answer([raw(5), raw(6)])])
    got: list[Any] = []

    def take(item: Any) -> None:
        got.append(item if isinstance(item, EventsMissedError) else item.id)

    with server:
        if flavour == "sync":
            with Syncthing(server.url, "key") as st, st.events.stream(poll_seconds=1, on_gap="raise") as stream:
                while len(got) < 4:
                    try:
                        take(next(stream))
                    except EventsMissedError as error:
                        take(error)
        else:

            async def scenario() -> None:
                async with (
                    AsyncSyncthing(server.url, "key") as ast,
                    ast.events.stream(poll_seconds=1, on_gap="raise") as stream,
                ):
                    while len(got) < 4:
                        try:
                            take(await anext(stream))
                        except EventsMissedError as error:
                            take(error)

            asyncio.run(scenario())
    assert got[0] == 1 and got[2:] == [5, 6]
    assert isinstance(got[1], EventsMissedError) and got[1].gap == Gap(2, 4)


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_batch_of_events_already_read_does_not_spin(flavour: str) -> None:
    # Syncthing answers only events after `since`; a server that sends old ones again moves the cursor nowhere.
    old = json_answer([raw(1), raw(2)])
    server, polls = events_server([old, old, old, json_answer([raw(3)])])
    with server:
        items = read_stream(flavour, server.url, 3)
    assert [item.id for item in items] == [1, 2, 3]
    assert polls[2] - polls[1] >= 0.09 and polls[3] - polls[2] >= 0.19  # waited, and longer: no spinning


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_batch_with_no_readable_id_does_not_spin(flavour: str) -> None:
    server, polls = events_server([json_answer([{"x": 1}]), json_answer([{"x": 1}]), json_answer([raw(1)])])
    with server:
        items = read_stream(flavour, server.url, 3)
    assert [type(item) for item in items] == [Undecodable, Undecodable, StateChangedEvent]
    assert polls[1] - polls[0] >= 0.09


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_an_undecodable_status_is_undecodable_and_the_stream_goes_on(flavour: str) -> None:
    statuses = [HTML]

    def answer(request: Received) -> bytes:
        if request.target.startswith("/rest/system/status"):
            return statuses.pop(0) if statuses else json_answer(FAKE_STATUS)
        if request.target.startswith("/rest/system/version"):
            return json_answer(VERSION_1_29_5)
        return json_answer([raw(1)])

    with FakeServer(answer) as server:
        bad, event = read_stream(flavour, server.url, 2)
    assert type(bad) is Undecodable and bad.error.operation == "system_status"
    assert type(event) is StateChangedEvent


def test_the_cursor_alone_makes_undecodable_items_and_moves_past_readable_ids() -> None:
    cursor = EventCursor()
    items = cursor.accept([raw(1), [], {**raw(2), "time": 5}, raw(3)])
    assert [type(item) for item in items] == [StateChangedEvent, Undecodable, Undecodable, StateChangedEvent]
    assert cursor.since == 3
    probing = EventCursor(skip_history=True)
    [bad] = probing.accept([{"id": None}])
    assert type(bad) is Undecodable and bad.error.field == "[0].id"
    assert probing.next_query(60)["limit"] == 1  # the probe is asked again
    assert probing.accept([raw(7)]) == [] and probing.since == 7


@pytest.mark.parametrize("flavour", TRANSPORTS)
def test_poll_types_events_by_the_spec_union_and_keeps_unknown_ones(flavour: str) -> None:
    """``events.poll()`` decodes by the spec's discriminated union and its default, the stream's rule; the
    ``events`` filter goes out as one comma-separated value, whether given as a list or a string."""
    targets: list[str] = []

    def answer(request: Received) -> bytes:
        targets.append(request.target)
        if request.target == "/rest/system/version":
            return json_answer(VERSION_1_29_5)
        if "events=" in request.target:
            return json_answer([raw(1), raw(2, "SomethingNew", x=1), raw(3, "ItemFinished", unexpected=True)])
        return json_answer([raw(4), 5])

    with FakeServer(answer) as server:
        typed, joined, bad = outcomes(
            flavour,
            server.url,
            "key",
            lambda client: [
                lambda: client.events.poll(since=0, timeout=0, events=["StateChanged", "ItemFinished"]),
                lambda: client.events.poll(since=0, timeout=0, events="StateChanged,ItemFinished"),
                lambda: client.events.poll(since=0, timeout=0),
            ],
        )
    assert [type(event) for event in typed] == [StateChangedEvent, Event, Event]
    assert typed[1].type == "SomethingNew" and typed[1].data == {"x": 1}
    assert typed[2].data == {"unexpected": True}  # drifted: kept, untyped
    assert [type(event) for event in joined] == [StateChangedEvent, Event, Event]
    assert isinstance(bad, ResponseValidationError) and bad.field == "[1]", repr(bad)
    polls = [target for target in targets if target.startswith("/rest/events")]
    assert [target.partition("events=")[2] for target in polls] == ["StateChanged%2CItemFinished"] * 2 + [""]


def test_stream_types_take_names_and_models_and_refuse_what_is_no_event_type() -> None:
    with Syncthing("http://127.0.0.1:1", "key") as st:
        stream = st.events.stream(types=["ItemFinished", FolderCompletionEvent])
        assert stream.cursor.types == ("ItemFinished", "FolderCompletion")
        for wrong, named in [(["ItemFinshed"], "'ItemFinshed'"), ([Event], "Event"), ("ItemFinished", "string")]:
            with pytest.raises(ConfigurationError, match=named):
                st.events.stream(types=wrong)  # type: ignore[list-item,arg-type]
