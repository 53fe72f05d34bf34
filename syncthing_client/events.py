"""The event stream: typed, resumable, and never silently lossy, sync and async.

Owns three things:

- decoding: each raw event becomes the generated model named by its ``type`` (``ItemFinished`` →
  ``models.ItemFinishedEvent``); an unknown type, or one whose payload no longer fits its model, becomes the generic
  ``models.Event`` with its raw ``data``, never an exception for the whole batch (the spec's rule for its
  ``AnyEvent`` union, decoded by ``_check.tagged`` as the generated ``events.poll()`` decodes it);
- ``EventCursor``, the state machine with no I/O: what to ask next (``since``, filter, ``limit`` only for a
  no-wait read of the newest event), and what an answer means — events, a ``Gap`` when IDs jump (the server keeps
  1000 events per subscription), a ``Restarted`` when the server's start time changed or a resumed ``since`` is
  ahead of the newest event the server has;
- ``StreamPosition``: where a caller stands (last event ID handled, and the server start time it belongs to), a
  frozen value to save and resume from;
- ``EventStream`` / ``AsyncEventStream``: thin loops that send the generated ``events_poll`` / ``events_disk``
  operations with a read timeout longer than the server-side ``timeout``, reconnect with capped exponential backoff
  when the server goes away, and give up with ``StreamGaveUpError`` only after a deadline. What they share (handing
  items out one by one, the position) is in ``_Stream``; they differ only by ``await``.

What the stream cannot decode never ends it, and never hides:

- an event whose payload does not fit its typed model is the generic ``models.Event`` (above);
- an event that does not even fit ``models.Event`` (not an object, no integer ``id``, a ``time`` that is not a
  date-time...) is an ``Undecodable`` item in its place: its ``error`` is the ``ResponseValidationError`` the rest of
  the client raises (operation, ``field`` within the batch such as ``[3].time``, a masked excerpt of that event
  alone), its ``id`` the event's ID when that could be read. The cursor moves past every event whose ID it can read,
  bad or not, so the events after a bad one still arrive and none is handed out twice;
- an answer that is not a list of events (not JSON, an HTML page from a login proxy, ``null``, an object, truncated)
  is an ``Undecodable`` item with ``id`` None and the error for the whole answer; so is an undecodable answer to
  ``/rest/system/status``, which the stream reads to notice restarts.

With ``on_error="yield"`` (the default, like ``on_gap``) the ``Undecodable`` item is handed out; with
``on_error="raise"`` its ``error`` is raised from ``next()`` / ``anext()`` instead, and the stream stays usable:
iterating it again goes on from there (``on_gap="raise"`` likewise, with ``EventsMissedError``). Either way the
position moves past an undecodable event whose ID was read. After an answer that moved the cursor nowhere (a bad
answer, a batch with no readable ID, or events already read) the stream waits before asking again, with the capped
exponential backoff of reconnections, reset by the next good answer; it never spins on the same answer, and never
gives up on one (``reconnect_deadline`` is for a server that cannot be reached).

Reached as ``st.events.stream(...)`` and ``ast.events.stream(...)``.
"""

from __future__ import annotations

import datetime
import json
import time
from collections.abc import AsyncGenerator, Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Literal, Protocol, Self

import httpx

from . import models
from ._check import Decoders, Invalid, invalid, model_decoders, tagged
from ._send import AsyncSender, SyncSender, decode
from ._timestamps import parse as parse_timestamp
from .api import OPERATIONS
from .api.events import AsyncEventsApi, EventsApi, events_disk, events_poll
from .api.system import AsyncSystemApi, SystemApi
from .errors import (
    APIConnectionError,
    ConfigurationError,
    ResponseValidationError,
    SyncthingError,
    body_excerpt,
    validation_error,
)
from .models.event_type import EVENT_TYPE_VALUES

__all__ = [
    "AsyncEventStream",
    "EventCursor",
    "EventLike",
    "EventStream",
    "EventsMissedError",
    "Gap",
    "Restarted",
    "StreamGaveUpError",
    "StreamItem",
    "StreamPosition",
    "Undecodable",
    "decode_event",
]

DEFAULT_POLL_SECONDS = 60
# The read timeout must outlast the server's long poll; the margin covers a slow answer after it ends.
READ_MARGIN_SECONDS = 15.0
FIRST_BACKOFF_SECONDS, MAX_BACKOFF_SECONDS = 0.1, 5.0


class EventLike(Protocol):
    """What every decoded event has, typed or generic."""

    @property
    def id(self) -> int: ...
    @property
    def global_id(self) -> int: ...
    @property
    def time(self) -> datetime.datetime: ...
    @property
    def type(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Gap:
    """Events ``first_missed``…``last_missed`` of this subscription were dropped before they could be read.

    The server keeps the newest 1000 events per subscription; a reader that falls behind loses older ones. State the
    lost events would have reported (folder summaries, completion) should be read again.
    """

    first_missed: int
    last_missed: int

    @property
    def count(self) -> int:
        return self.last_missed - self.first_missed + 1


@dataclass(frozen=True, slots=True)
class Restarted:
    """The server restarted (new start time); event IDs start again from 1 and the stream reads from there.

    Events after ``last_id`` of the previous run that were not read before it went away are lost.
    """

    last_id: int
    start_time: datetime.datetime


@dataclass(frozen=True, slots=True)
class Undecodable:
    """Something the server sent in place of events that the stream could not decode (see the module's rule).

    ``error`` says what and where (``field`` ``[3].id`` is the ``id`` of the batch's fourth event; "" the whole
    answer) with a masked excerpt; ``id`` is the ID of the event it stands for, when it could be read (the stream's
    position moves past it), else None.
    """

    error: ResponseValidationError
    id: int | None = None


StreamItem = EventLike | Gap | Restarted | Undecodable
# Builds the error for one bad event of a batch: (the raw event, field, reason).
EventError = Callable[[Any, str, str], ResponseValidationError]


@dataclass(frozen=True, slots=True)
class StreamPosition:
    """Where a reader of a stream stands: resume from it with ``stream(resume=position)`` and the same ``types``.

    ``last_id`` is the ID of the last event handled (0: none yet); ``start_time`` is the start time of the server run
    those IDs belong to (``None``: not known, as with a bare ``since``). A resumed stream whose server has another start
    time yields ``Restarted`` first, however many events the new run already has. Picklable; ``to_dict`` /
    ``from_dict`` give and take plain JSON values.
    """

    last_id: int
    start_time: datetime.datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        start = None if self.start_time is None else self.start_time.isoformat()
        return {"last_id": self.last_id, "start_time": start}

    @classmethod
    def from_dict(cls, src: dict[str, Any]) -> Self:
        start = src.get("start_time")
        # Read as the models read the server's start time, nanoseconds kept: it is compared with the next one.
        return cls(int(src["last_id"]), None if start is None else parse_timestamp(start))


class EventsMissedError(SyncthingError):
    """Raised instead of yielding a ``Gap`` when the stream was opened with ``on_gap="raise"``."""

    def __init__(self, gap: Gap) -> None:
        self.gap = gap
        super().__init__(f"events {gap.first_missed}..{gap.last_missed} were dropped by the server before being read")


class StreamGaveUpError(APIConnectionError):
    """The server stayed unreachable for longer than the stream's ``reconnect_deadline``."""


# Event type → its model's name: the spec names the schema of type ``<Type>`` ``<Type>Event`` (tests/test_spec.py).
# A model loads when its first event arrives.
_MODEL_NAMES: dict[str, str] = {
    name: f"{name}Event" for name in sorted(EVENT_TYPE_VALUES) if f"{name}Event" in models.__all__
}
_DECODERS: Decoders[EventLike] = model_decoders(tuple(_MODEL_NAMES.items()))
_decode_generic: Callable[[Any], EventLike] = models.Event.from_dict


def _type_of_model(model: type) -> str | None:
    """The event type whose typed model is ``model``, if it is one."""
    name = model.__name__.removesuffix("Event")
    return name if _MODEL_NAMES.get(name) == model.__name__ and getattr(models, model.__name__) is model else None


def decode_event(raw: dict[str, Any]) -> EventLike:
    """The typed model for ``raw``; the generic ``Event`` for an unknown type or a payload its model rejects.

    Raises:
        ValueError: (``_check.Invalid``, naming the field) ``raw`` does not fit even the generic ``Event``.
    """
    return tagged(raw, "type", _DECODERS, _decode_generic)


def _event_types(types: Iterable[models.EventType | type[EventLike]]) -> tuple[models.EventType, ...]:
    """The names of ``types`` (names or event model classes) for the ``events`` filter, in the order given.

    Raises:
        ConfigurationError: a name that is no event type (Syncthing would silently subscribe to nothing for it), or a
            class that is no typed event model.
    """
    if isinstance(types, str):
        raise ConfigurationError(f"types takes a list of event types, not the string {types!r}")
    names: list[models.EventType] = []
    for item in types:
        name = _type_of_model(item) if isinstance(item, type) else item
        if name not in EVENT_TYPE_VALUES:
            known = ", ".join(sorted(EVENT_TYPE_VALUES))
            what = item.__name__ if isinstance(item, type) else repr(item)
            raise ConfigurationError(
                f"{what} is not an event type: Syncthing would send no event for it; known: {known}"
            )
        names.append(name)
    return tuple(names)


@dataclass
class EventCursor:
    """Where a subscription stands, and what each answer means. No I/O: the loops feed it answers.

    The loops call ``observe_start`` first, then alternate ``next_query`` and ``accept``, and call ``observe_start``
    again after an empty poll or a lost connection.

    Args:
        since: the last event ID already handled (0: everything the server still holds).
        types: event types to subscribe to; each distinct filter is its own subscription on the server.
        skip_history: start after the newest event instead of at ``since``.
        start_time: the server start time ``since`` belongs to, if known (from a saved ``StreamPosition``).
    """

    since: int = 0
    types: tuple[models.EventType, ...] | None = None
    skip_history: bool = False
    start_time: datetime.datetime | None = None
    # The next query is a no-wait read of the newest event: to skip history, or to check that ``since`` exists.
    _probe: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        self._probe = self.skip_history or self.since > 0

    @property
    def events_filter(self) -> list[models.EventType] | None:
        return list(self.types) if self.types else None

    def next_query(self, poll_seconds: int) -> dict[str, Any]:
        """The query of the next poll: first a one-event, no-wait read of the newest event when there is a probe."""
        if self._probe:
            return {"since": 0, "limit": 1, "timeout": 0, "events": self.events_filter}
        return {"since": self.since, "timeout": poll_seconds, "events": self.events_filter}

    def accept(self, batch: Sequence[Any], event_error: EventError | None = None) -> list[StreamItem]:
        """What ``batch`` (the raw answer to the last query, a list) holds for the caller, in order; advances the
        cursor past every event whose ID it can read.

        The answer to the probe: skipping history, the stream starts after the newest event; resuming, a ``since``
        ahead of the newest event means the server restarted (IDs start again from 1): ``Restarted``, then the new
        run from its first event. A probe answer whose ID cannot be read is ``Undecodable``, and the probe is asked
        again.

        An event that does not fit ``models.Event`` is an ``Undecodable`` whose error ``event_error`` builds (the
        stream gives one that names the request and masks the key; by default, one naming ``events_poll``).
        """
        describe = event_error or _plain_event_error
        if self._probe:
            newest = _event_id(batch[-1]) if batch else 0
            if newest is None:
                return [_undecodable(describe, batch[-1], len(batch) - 1, None, _id_error(batch[-1]))]
            self._probe = False
            if self.skip_history:
                self.since = newest
            elif self.since > newest:
                assert self.start_time is not None, "observe_start() comes before the first poll"
                return [self._restart(self.start_time)]
            return []
        items: list[StreamItem] = []
        expected = self.since + 1
        for index, raw in enumerate(batch):
            event_id = raw.get("id") if type(raw) is dict else None
            if type(event_id) is not int:
                items.append(_undecodable(describe, raw, index, None, _id_error(raw)))
                expected += 1  # it stands for an ID: the next event's is no gap for it
                continue
            if event_id <= self.since:
                continue  # already handed out (the server answered an overlapping range)
            if event_id > expected and self.since > 0:
                items.append(Gap(expected, event_id - 1))
            try:
                items.append(decode_event(raw))
            except Invalid as error:
                items.append(_undecodable(describe, raw, index, event_id, error))
            self.since = event_id
            expected = event_id + 1
        return items

    def observe_start(self, start_time: datetime.datetime) -> list[StreamItem]:
        """Note the server's start time: another one than known is ``Restarted``, and a read from the first event."""
        previous, self.start_time = self.start_time, start_time
        if previous is None or previous == start_time:
            return []
        return [self._restart(start_time)]

    def _restart(self, start_time: datetime.datetime) -> Restarted:
        item = Restarted(self.since, start_time)
        self.since, self._probe = 0, False
        return item


def _event_id(raw: Any) -> int | None:
    event_id = raw.get("id") if type(raw) is dict else None
    return event_id if type(event_id) is int else None


def _id_error(raw: Any) -> Invalid:
    if type(raw) is not dict:
        return invalid("an object (Event)", raw, None, raw)
    return invalid("an integer", raw.get("id"), "id", raw)


def _undecodable(describe: EventError, raw: Any, index: int, event_id: int | None, error: Invalid) -> Undecodable:
    where = error.where
    field = f"[{index}]" + ("" if not where else where if where.startswith("[") else f".{where}")
    return Undecodable(describe(raw, field, f"expected {error.expected}, got {error.got}"), event_id)


def _event_bytes(raw: Any) -> bytes:
    try:
        return json.dumps(raw).encode()
    except (RecursionError, ValueError):
        return b"(an event nested too deep to show)"


def _plain_event_error(raw: Any, field: str, reason: str) -> ResponseValidationError:
    """The error for a bad event when the cursor is used without a stream: no request to name."""
    excerpt = body_excerpt(_event_bytes(raw))
    return ResponseValidationError(
        "events_poll", reason, status_code=200, content_type="application/json", excerpt=excerpt, field=field
    )


def _batch_of(client: Any, response: httpx.Response) -> list[Any]:
    """The answer to a poll as a list of raw events, for ``decode()`` (which makes a failure a
    ``ResponseValidationError``); the events themselves are the cursor's to check."""
    batch = response.json()
    if type(batch) is not list:
        raise invalid("a list of events", batch, None, batch)
    return batch


class _Backoff:
    """Capped exponential delays, and whether the reconnection deadline has passed."""

    def __init__(self, deadline_seconds: float) -> None:
        self._deadline_seconds = deadline_seconds
        self._started: float | None = None
        self._delay = FIRST_BACKOFF_SECONDS

    def next_delay(self, error: APIConnectionError) -> float:
        now = time.monotonic()
        if self._started is None:
            self._started = now
        if now - self._started > self._deadline_seconds:
            raise StreamGaveUpError(
                f"Syncthing unreachable for more than {self._deadline_seconds:g} s: {error}",
                method=error.method,
                url=error.url,
            ) from error
        delay, self._delay = self._delay, min(self._delay * 2, MAX_BACKOFF_SECONDS)
        return delay

    def pause(self) -> float:
        """The next delay after an answer the stream could not use: the server is there, so no deadline."""
        self._started = None
        delay, self._delay = self._delay, min(self._delay * 2, MAX_BACKOFF_SECONDS)
        return delay

    def reset(self) -> None:
        self._started, self._delay = None, FIRST_BACKOFF_SECONDS


@dataclass
class _StreamSettings:
    disk: bool
    poll_seconds: int
    reconnect_deadline: float
    on_gap: Literal["yield", "raise"]
    on_error: Literal["yield", "raise"] = "yield"

    @property
    def operation_id(self) -> str:
        return "events_disk" if self.disk else "events_poll"

    def request_args(self, query: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
        module = events_disk if self.disk else events_poll
        if self.disk:
            query = {key: value for key, value in query.items() if key != "events"}
        arguments = {key: value for key, value in query.items() if value is not None}
        request_args = module._get_kwargs(**arguments)
        request_args["timeout"] = httpx.Timeout(30.0, read=self.poll_seconds + READ_MARGIN_SECONDS)
        return OPERATIONS[self.operation_id], request_args


class _Stream:
    """What both loops share: the cursor, the settings, and handing items out one by one with the position each leaves
    the caller at (the cursor moves a whole batch at a time)."""

    def __init__(self, cursor: EventCursor, settings: _StreamSettings) -> None:
        self.cursor = cursor
        self._settings = settings
        self._last_id: int | None = None  # None: nothing handed out yet, the caller stands where the cursor does

    @property
    def position(self) -> StreamPosition:
        """Where the caller stands after the last item handed out (or raised); resume with ``stream(resume=...)``."""
        last_id = self.cursor.since if self._last_id is None else self._last_id
        return StreamPosition(last_id, self.cursor.start_time)

    def _hand_out(self, items: Iterable[StreamItem]) -> Iterator[StreamItem]:
        """``items`` one by one, each moving the position (``_deliver`` raises what the caller asked raised)."""
        for item in items:
            if isinstance(item, Gap):
                self._last_id = item.last_missed  # reported, so a resumed stream does not report it again
            elif isinstance(item, Undecodable):
                if item.id is not None:
                    self._last_id = item.id
            else:
                self._last_id = 0 if isinstance(item, Restarted) else item.id
            yield item

    def _read(self, response: httpx.Response) -> tuple[list[StreamItem], Literal["events", "empty", "bad"]]:
        """The items of an answer to a poll, and what it was: events (the cursor moved), empty, or bad (nothing
        usable or nothing new, such as events already read: wait before asking again)."""
        operation = self._settings.operation_id
        try:
            batch = decode(_batch_of, None, response, operation)
        except ResponseValidationError as error:
            return [Undecodable(error)], "bad"
        if not batch:
            return self.cursor.accept(batch), "empty"

        def event_error(raw: Any, field: str, reason: str) -> ResponseValidationError:
            return validation_error(operation, response, reason, field, _event_bytes(raw))

        since = self.cursor.since
        items = self.cursor.accept(batch, event_error)
        return items, "bad" if self.cursor.since == since else "events"

    def _deliver(self, item: StreamItem) -> StreamItem:
        """``item``; with ``on_error="raise"`` the error of an ``Undecodable`` raised instead, with ``on_gap="raise"``
        an ``EventsMissedError`` for a ``Gap``. Raised here, outside the generator, the stream goes on after them."""
        if type(item) is Undecodable and self._settings.on_error == "raise":
            raise item.error
        if isinstance(item, Gap) and self._settings.on_gap == "raise":
            raise EventsMissedError(item)
        return item


class EventStream(_Stream):
    """Iterates over events (and ``Gap`` / ``Restarted`` items) until closed; see ``EventsNamespace.stream``."""

    def __init__(self, sender: SyncSender, cursor: EventCursor, settings: _StreamSettings) -> None:
        super().__init__(cursor, settings)
        self._sender = sender.with_max_retries(0)  # the stream reconnects with its own backoff and deadline
        self._iterator = self._run()

    def _server_start(self) -> datetime.datetime:
        return SystemApi(self._sender).status().start_time

    def _run(self) -> Generator[StreamItem, None, None]:
        backoff = _Backoff(self._settings.reconnect_deadline)
        start_time = None
        while start_time is None:  # the first start time; unreachable, the stream fails at once
            try:
                start_time = self._server_start()
            except ResponseValidationError as error:
                yield from self._hand_out([Undecodable(error)])
                time.sleep(backoff.pause())
        yield from self._hand_out(self.cursor.observe_start(start_time))
        while True:
            query = self.cursor.next_query(self._settings.poll_seconds)
            try:
                response = self._sender.send(*self._settings.request_args(query))
            except APIConnectionError as error:
                time.sleep(backoff.next_delay(error))
            else:
                items, outcome = self._read(response)
                yield from self._hand_out(items)
                if outcome == "bad":
                    time.sleep(backoff.pause())
                    continue
                backoff.reset()
                if outcome == "events":
                    continue
            # An empty poll or a lost connection: the moments to notice a restart.
            try:
                start_time = self._server_start()
            except APIConnectionError:
                continue
            except ResponseValidationError as error:
                yield from self._hand_out([Undecodable(error)])
                time.sleep(backoff.pause())
                continue
            yield from self._hand_out(self.cursor.observe_start(start_time))

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> StreamItem:
        return self._deliver(next(self._iterator))

    def close(self) -> None:
        """Stop the stream; no request is in flight between items, so nothing is left open."""
        self._iterator.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()


class AsyncEventStream(_Stream):
    """The async twin of ``EventStream``: ``async for item in stream``; ``await stream.aclose()`` ends it."""

    def __init__(self, sender: AsyncSender, cursor: EventCursor, settings: _StreamSettings) -> None:
        super().__init__(cursor, settings)
        self._sender = sender.with_max_retries(0)  # the stream reconnects with its own backoff and deadline
        self._iterator = self._run()

    async def _server_start(self) -> datetime.datetime:
        return (await AsyncSystemApi(self._sender).status()).start_time

    async def _run(self) -> AsyncGenerator[StreamItem, None]:
        import asyncio  # here, not at the top: a sync client never needs it

        backoff = _Backoff(self._settings.reconnect_deadline)
        start_time = None
        while start_time is None:  # the first start time; unreachable, the stream fails at once
            try:
                start_time = await self._server_start()
            except ResponseValidationError as error:
                for item in self._hand_out([Undecodable(error)]):
                    yield item
                await asyncio.sleep(backoff.pause())
        for item in self._hand_out(self.cursor.observe_start(start_time)):
            yield item
        while True:
            query = self.cursor.next_query(self._settings.poll_seconds)
            try:
                response = await self._sender.send(*self._settings.request_args(query))
            except APIConnectionError as error:
                await asyncio.sleep(backoff.next_delay(error))
            else:
                items, outcome = self._read(response)
                for item in self._hand_out(items):
                    yield item
                if outcome == "bad":
                    await asyncio.sleep(backoff.pause())
                    continue
                backoff.reset()
                if outcome == "events":
                    continue
            try:
                start_time = await self._server_start()
            except APIConnectionError:
                continue
            except ResponseValidationError as error:
                for item in self._hand_out([Undecodable(error)]):
                    yield item
                await asyncio.sleep(backoff.pause())
                continue
            for item in self._hand_out(self.cursor.observe_start(start_time)):
                yield item

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> StreamItem:
        return self._deliver(await anext(self._iterator))

    async def aclose(self) -> None:
        """Stop the stream, cancelling a poll in flight."""
        await self._iterator.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_: type[BaseException] | BaseException | TracebackType | None) -> None:
        await self.aclose()


def _settings(
    disk: bool,
    poll_seconds: int,
    reconnect_deadline: float,
    on_gap: Literal["yield", "raise"],
    on_error: Literal["yield", "raise"],
) -> _StreamSettings:
    if poll_seconds < 0:
        raise ConfigurationError(f"poll_seconds must be 0 or more, not {poll_seconds}")
    if on_error not in ("yield", "raise"):
        raise ConfigurationError(f"on_error must be 'yield' or 'raise', not {on_error!r}")
    return _StreamSettings(disk, poll_seconds, reconnect_deadline, on_gap, on_error)


def _cursor(
    types: Iterable[models.EventType | type[EventLike]] | None,
    since: int,
    resume: StreamPosition | None,
    skip_history: bool,
) -> EventCursor:
    filter_ = _event_types(types) if types else None
    if resume is None:
        return EventCursor(since, filter_, skip_history)
    if since:
        raise ConfigurationError("pass since= or resume=, not both")
    return EventCursor(resume.last_id, filter_, skip_history, resume.start_time)


class EventsNamespace(EventsApi):
    """The generated ``events`` operations, plus ``stream()``."""

    __slots__ = ()

    def stream(
        self,
        *,
        types: Iterable[models.EventType | type[EventLike]] | None = None,
        since: int = 0,
        resume: StreamPosition | None = None,
        skip_history: bool = False,
        disk: bool = False,
        poll_seconds: int = DEFAULT_POLL_SECONDS,
        reconnect_deadline: float = 60.0,
        on_gap: Literal["yield", "raise"] = "yield",
        on_error: Literal["yield", "raise"] = "yield",
    ) -> EventStream:
        """Iterate over events as they happen, typed; ``Gap`` and ``Restarted`` items report loss and restarts.

        Args:
            types: only these event types, by name or model (``["ItemFinished", models.FolderCompletionEvent]``);
                a name that is no event type raises ``ConfigurationError``.
            since: resume after this event ID (the ``id`` of the last event handled); if the server has no event
                that far (it restarted), the stream yields ``Restarted`` and reads the new run from its start.
            resume: resume from a saved ``stream.position`` (with the same ``types``); unlike ``since`` it also
                notices a restart whose new run already has more events than the saved ID.
            skip_history: start after the newest event, ignoring what the server still holds.
            disk: read ``/rest/events/disk`` (LocalChangeDetected, RemoteChangeDetected) instead.
            poll_seconds: the server-side long-poll timeout; empty polls are invisible.
            reconnect_deadline: seconds to keep reconnecting to an unreachable server before raising
                ``StreamGaveUpError``.
            on_gap: ``"yield"`` a ``Gap`` item, or ``"raise"`` ``EventsMissedError``.
            on_error: what the stream cannot decode (see ``syncthing_client.events``): ``"yield"`` an
                ``Undecodable`` item, or ``"raise"`` its ``ResponseValidationError``; either way the stream goes on.
        """
        cursor = _cursor(types, since, resume, skip_history)
        return EventStream(self._sender, cursor, _settings(disk, poll_seconds, reconnect_deadline, on_gap, on_error))


class AsyncEventsNamespace(AsyncEventsApi):
    """The generated ``events`` operations, plus ``stream()`` (async)."""

    __slots__ = ()

    def stream(
        self,
        *,
        types: Iterable[models.EventType | type[EventLike]] | None = None,
        since: int = 0,
        resume: StreamPosition | None = None,
        skip_history: bool = False,
        disk: bool = False,
        poll_seconds: int = DEFAULT_POLL_SECONDS,
        reconnect_deadline: float = 60.0,
        on_gap: Literal["yield", "raise"] = "yield",
        on_error: Literal["yield", "raise"] = "yield",
    ) -> AsyncEventStream:
        """Iterate over events as they happen (``async for``); the arguments are those of ``Syncthing``'s."""
        cursor = _cursor(types, since, resume, skip_history)
        return AsyncEventStream(
            self._sender, cursor, _settings(disk, poll_seconds, reconnect_deadline, on_gap, on_error)
        )
