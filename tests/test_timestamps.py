"""Timestamps keep the nanoseconds Syncthing sends, so one read from an answer goes back exactly as it came.

Offline: ``_timestamps.parse`` / ``Timestamp`` on their own, and through generated models and query parameters.
The real-server check (``GET /rest/system/log?since=``) is in tests/test_system.py.
"""

from __future__ import annotations

import copy
import datetime
import pickle

import pytest

from syncthing_client._timestamps import Timestamp, parse
from syncthing_client.api.system import system_log
from syncthing_client.events import decode_event
from syncthing_client.models import LogLine, LogLines

UTC = datetime.UTC
PLUS_0545 = datetime.timezone(datetime.timedelta(hours=5, minutes=45))
MINUS_0700 = datetime.timezone(datetime.timedelta(hours=-7))

# text as Syncthing (Go, RFC 3339 nano) writes it → (the microsecond-precise datetime, nanoseconds past it)
CASES = {
    "2026-12-03T18:36:04Z": (datetime.datetime(2026, 12, 3, 18, 36, 4, tzinfo=UTC), 0),
    "2026-12-03T18:36:04.123Z": (datetime.datetime(2026, 12, 3, 18, 36, 4, 123000, tzinfo=UTC), 0),
    "2026-12-03T18:36:04.123456Z": (datetime.datetime(2026, 12, 3, 18, 36, 4, 123456, tzinfo=UTC), 0),
    "2026-12-03T18:36:04.1234567Z": (datetime.datetime(2026, 12, 3, 18, 36, 4, 123456, tzinfo=UTC), 700),
    "2026-12-03T18:36:04.12345678Z": (datetime.datetime(2026, 12, 3, 18, 36, 4, 123456, tzinfo=UTC), 780),
    "2026-12-03T18:36:04.123456789Z": (datetime.datetime(2026, 12, 3, 18, 36, 4, 123456, tzinfo=UTC), 789),
    "2026-12-03T18:36:04.000000001Z": (datetime.datetime(2026, 12, 3, 18, 36, 4, tzinfo=UTC), 1),
    "2026-12-03T18:36:04+05:45": (datetime.datetime(2026, 12, 3, 18, 36, 4, tzinfo=PLUS_0545), 0),
    "2026-12-03T18:36:04.12+05:45": (datetime.datetime(2026, 12, 3, 18, 36, 4, 120000, tzinfo=PLUS_0545), 0),
    "2026-12-03T18:36:04.12345+05:45": (datetime.datetime(2026, 12, 3, 18, 36, 4, 123450, tzinfo=PLUS_0545), 0),
    "2026-12-03T18:36:04.1234567+05:45": (datetime.datetime(2026, 12, 3, 18, 36, 4, 123456, tzinfo=PLUS_0545), 700),
    "2026-12-03T18:36:04.12345678-07:00": (datetime.datetime(2026, 12, 3, 18, 36, 4, 123456, tzinfo=MINUS_0700), 780),
    "2026-12-03T18:36:04.123456789-07:00": (datetime.datetime(2026, 12, 3, 18, 36, 4, 123456, tzinfo=MINUS_0700), 789),
    "0001-01-01T00:00:00Z": (datetime.datetime(1, 1, 1, tzinfo=UTC), 0),  # Go's zero time
}


def _nanos(value: datetime.datetime) -> int:
    return value.nanosecond if isinstance(value, Timestamp) else 0


def _fraction(text: str) -> str:
    """The fraction digits of an RFC 3339 time ("" without a fraction)."""
    fraction = text.partition(".")[2]
    return fraction[: len(fraction) - len(fraction.lstrip("0123456789"))]


@pytest.mark.parametrize("text", CASES)
def test_parse_keeps_every_digit(text: str) -> None:
    value = parse(text)
    microseconds, nanos = CASES[text]
    assert datetime.datetime(*value.timetuple()[:6], value.microsecond, tzinfo=value.tzinfo) == microseconds
    assert value.utcoffset() == microseconds.utcoffset()
    assert _nanos(value) == nanos
    # a plain datetime whenever the text has no more than microseconds, so nothing changes for those
    assert (type(value) is Timestamp) == (nanos != 0)
    assert value == microseconds if not nanos else value > microseconds


@pytest.mark.parametrize("text", CASES)
def test_isoformat_round_trip(text: str) -> None:
    value = parse(text)
    written = value.isoformat()
    again = parse(written)
    assert again == value and _nanos(again) == _nanos(value) and again.utcoffset() == value.utcoffset()
    assert again.isoformat() == written
    # the server's digits, padded to nine when there are nanoseconds (six or none otherwise, as datetime writes)
    assert _fraction(written).rstrip("0") == _fraction(text).rstrip("0")
    assert len(_fraction(written)) == (9 if _nanos(value) else 6 if value.microsecond else 0)


def test_isoformat_of_a_nanosecond_timestamp() -> None:
    value = parse("2026-12-03T18:36:04.123456789-07:00")
    assert value.isoformat() == "2026-12-03T18:36:04.123456789-07:00"
    assert value.isoformat(" ") == "2026-12-03 18:36:04.123456789-07:00"
    assert str(value) == "2026-12-03 18:36:04.123456789-07:00"
    assert value.isoformat(timespec="milliseconds") == "2026-12-03T18:36:04.123-07:00"
    assert parse("2026-12-03T18:36:04.000000001Z").isoformat() == "2026-12-03T18:36:04.000000001+00:00"
    assert parse("2026-12-03T18:36:04.1234567Z").isoformat() == "2026-12-03T18:36:04.123456700+00:00"
    assert repr(value).endswith(", nanosecond=789)")


def test_digits_past_the_ninth_and_unusual_spellings() -> None:
    assert parse("2026-12-03T18:36:04.1234567891Z").isoformat() == "2026-12-03T18:36:04.123456789+00:00"
    assert parse("2026-12-03T18:36:04,123456789Z").isoformat() == "2026-12-03T18:36:04.123456789+00:00"
    assert parse("2026-12-03 18:36:04.123456789Z").isoformat() == "2026-12-03T18:36:04.123456789+00:00"
    assert parse("20261203T183604.123456789Z").isoformat() == "2026-12-03T18:36:04.123456789+00:00"
    assert parse("2026-12-03T18:36:04.12345678").isoformat() == "2026-12-03T18:36:04.123456780"  # naive
    assert type(parse("2026-12-03T18:36:04.123456000Z")) is datetime.datetime  # nothing past the microsecond
    with pytest.raises(ValueError):
        parse("2026-12-03T18:36:04.12345678Q")


def test_equality_ordering_and_hash_agree_with_plain_datetimes() -> None:
    plain = datetime.datetime(2026, 12, 3, 18, 36, 4, 123456, tzinfo=UTC)
    later = parse("2026-12-03T18:36:04.123456789Z")
    zero = Timestamp(2026, 12, 3, 18, 36, 4, 123456, tzinfo=UTC)
    assert zero == plain and plain == zero and (zero != plain) is False and (plain != zero) is False
    assert hash(zero) == hash(plain)
    assert later != plain and plain != later and (later == plain) is False and (plain == later) is False
    assert plain < later and later > plain and plain <= later and later >= plain
    assert not (later < plain) and not (plain > later) and not (later <= plain) and not (plain >= later)
    assert sorted([later, plain]) == [plain, later] and max(plain, later) is later
    # the same instant in another offset is equal, and hashes the same
    elsewhere = later.astimezone(MINUS_0700)
    assert elsewhere == later and hash(elsewhere) == hash(later)
    assert elsewhere.isoformat() == "2026-12-03T11:36:04.123456789-07:00"
    # a microsecond later is still later, whatever the nanoseconds
    next_microsecond = datetime.datetime(2026, 12, 3, 18, 36, 4, 123457, tzinfo=UTC)
    assert later < next_microsecond and next_microsecond > later
    a, b = parse("2026-12-03T18:36:04.123456001Z"), parse("2026-12-03T18:36:04.123456002Z")
    assert a < b and a <= b and b > a and b >= a and a != b and a <= a and a >= a
    assert len({plain, zero, later, parse(later.isoformat()), a, b}) == 4
    assert later != "2026-12-03T18:36:04.123456789Z"
    with pytest.raises(TypeError):
        assert later < datetime.datetime(2026, 12, 3)  # naive against aware, as datetime itself


def test_pickle_and_copies_keep_the_nanoseconds() -> None:
    value = parse("2026-12-03T18:36:04.123456789+05:45")
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        again = pickle.loads(pickle.dumps(value, protocol))
        assert type(again) is Timestamp and again == value and again.nanosecond == 789
        assert again.isoformat() == value.isoformat()
    for copied in (copy.copy(value), copy.deepcopy(value), copy.deepcopy({"when": [value]})["when"][0]):
        assert type(copied) is Timestamp and copied.isoformat() == value.isoformat()


def test_replace_and_arithmetic() -> None:
    value = parse("2026-12-03T18:36:04.123456789Z")
    assert isinstance(value, Timestamp)
    assert value.replace(tzinfo=None).isoformat() == "2026-12-03T18:36:04.123456789"
    assert value.replace(second=5).isoformat() == "2026-12-03T18:36:05.123456789+00:00"
    assert value.replace(microsecond=0).isoformat() == "2026-12-03T18:36:04+00:00"  # a new microsecond: no nanos
    assert value.replace(nanosecond=1).isoformat() == "2026-12-03T18:36:04.123456001+00:00"
    # arithmetic is datetime's, to the microsecond
    assert (value + datetime.timedelta(seconds=1)).isoformat() == "2026-12-03T18:36:05.123456+00:00"
    midnight = datetime.datetime(2026, 12, 3, tzinfo=UTC)
    when: datetime.datetime = value  # as models type it
    assert when - midnight == datetime.timedelta(hours=18, minutes=36, seconds=4, microseconds=123456)
    with pytest.raises(ValueError):
        Timestamp(2026, 1, 1, nanosecond=1000)


def test_models_round_trip_through_to_dict() -> None:
    raw = {"when": "2026-12-03T18:36:04.123456789+01:00", "message": "Ready to synchronize", "level": 2}
    line = LogLine.from_dict(raw)
    assert line.to_dict() == raw | {"when": "2026-12-03T18:36:04.123456789+01:00"}
    assert LogLine.from_dict(line.to_dict()) == line
    lines = LogLines.from_dict({"messages": [raw, raw | {"when": "2026-12-03T18:36:04.5Z"}]})
    assert [entry["when"] for entry in lines.to_dict()["messages"]] == [
        "2026-12-03T18:36:04.123456789+01:00",
        "2026-12-03T18:36:04.500000+00:00",
    ]
    event = decode_event(
        {"id": 7, "globalID": 9, "time": "2026-11-22T15:27:12.786880118Z", "type": "ConfigSaved", "data": {}}
    )
    assert event.time.isoformat() == "2026-11-22T15:27:12.786880118+00:00"


def test_since_sends_the_nanoseconds_and_still_takes_plain_datetimes() -> None:
    line = LogLine.from_dict({"when": "2026-12-03T18:36:04.123456789Z", "message": "x", "level": 2})
    assert system_log._get_kwargs(since=line.when)["params"] == {"since": "2026-12-03T18:36:04.123456789+00:00"}
    plain = datetime.datetime(2026, 12, 3, 18, 36, 4, 123456, tzinfo=UTC)
    assert system_log._get_kwargs(since=plain)["params"] == {"since": "2026-12-03T18:36:04.123456+00:00"}
