"""Timestamps with the nanoseconds Syncthing sends, so a time read from an answer can be sent back unchanged.

Syncthing writes times as Go's RFC 3339 with nanoseconds (``2026-12-03T18:36:04.123456789Z``, or with a local
offset, trailing zeros of the fraction trimmed). ``datetime`` keeps microseconds, and several endpoints answer
what happened strictly *after* a time the client passes back (``GET /rest/system/log?since=``): a time cut to
microseconds is earlier than the line it was read from, so that line comes back on every poll.

``parse`` is what every generated model calls for a ``format: date-time`` field. With at most six fraction digits
it returns the plain ``datetime`` ``fromisoformat`` gives; with more it returns a ``Timestamp``, a ``datetime``
that also keeps the nanoseconds past the microsecond (``nanosecond``, 0..999) and writes them back in
``isoformat()`` (nine fraction digits), hence in ``to_dict()``, in ``str()`` and in query parameters. Digits past the
ninth (Go never writes them) are dropped.

Equality, ordering and hashing count those nanoseconds and agree with plain datetimes: a ``Timestamp`` with
``nanosecond == 0`` equals (and hashes as) the plain datetime of the same instant, one with ``nanosecond > 0`` is
later than it. ``astimezone()`` and ``replace()`` (unless given ``microsecond``) keep the nanoseconds; other
arithmetic, like ``datetime``'s, is to the microsecond (``ts + timedelta(...)`` has ``nanosecond == 0``).

Hand-written and stdlib-only: the generated code imports it, never the other way round.
"""

from __future__ import annotations

import datetime
from typing import Any, Self

__all__ = ["Timestamp", "parse"]

_fromisoformat = datetime.datetime.fromisoformat
_reduce = datetime.datetime.__reduce__
_datetime_new = datetime.datetime.__new__
_DIGITS = frozenset("0123456789")


class Timestamp(datetime.datetime):
    """A ``datetime`` that also keeps ``nanosecond`` (0..999), the nanoseconds past its ``microsecond``."""

    __slots__ = ("_nanos",)
    _nanos: int

    def __new__(cls, *args: Any, nanosecond: int = 0, **kwargs: Any) -> Self:
        if not 0 <= nanosecond <= 999:
            raise ValueError(f"nanosecond must be in 0..999, not {nanosecond!r}")
        self = super().__new__(cls, *args, **kwargs)
        self._nanos = nanosecond
        return self

    @property
    def nanosecond(self) -> int:
        """Nanoseconds past ``microsecond``, 0..999."""
        return self._nanos

    def isoformat(self, sep: str = "T", timespec: str = "auto") -> str:
        """``datetime.isoformat()``, with nine fraction digits when ``nanosecond`` is not 0 and ``timespec`` is auto."""
        if not self._nanos or timespec != "auto":
            return super().isoformat(sep, timespec)
        text = super().isoformat(sep, "microseconds")
        # The year always has four digits and sep is one character, so the six fraction digits end at 26.
        return f"{text[:26]}{self._nanos:03d}{text[26:]}"

    def __str__(self) -> str:
        return self.isoformat(" ")

    def __repr__(self) -> str:
        return f"{super().__repr__()[:-1]}, nanosecond={self._nanos})"

    # Ordering: as datetime, then by nanoseconds (a plain datetime has 0). datetime's own comparisons decide the
    # rest, including the TypeError between naive and aware datetimes.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, datetime.datetime):
            return super().__eq__(other)
        return super().__eq__(other) and self._nanos == _nanos_of(other)

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self) -> int:
        if not self._nanos:
            return super().__hash__()
        return hash((super().__hash__(), self._nanos))

    def __lt__(self, other: datetime.datetime) -> bool:  # type: ignore[override]  # as datetime's own
        if isinstance(other, datetime.datetime) and super().__eq__(other):
            return self._nanos < _nanos_of(other)
        return super().__lt__(other)

    def __le__(self, other: datetime.datetime) -> bool:  # type: ignore[override]  # as datetime's own
        if isinstance(other, datetime.datetime) and super().__eq__(other):
            return self._nanos <= _nanos_of(other)
        return super().__le__(other)

    def __gt__(self, other: datetime.datetime) -> bool:  # type: ignore[override]  # as datetime's own
        if isinstance(other, datetime.datetime) and super().__eq__(other):
            return self._nanos > _nanos_of(other)
        return super().__gt__(other)

    def __ge__(self, other: datetime.datetime) -> bool:  # type: ignore[override]  # as datetime's own
        if isinstance(other, datetime.datetime) and super().__eq__(other):
            return self._nanos >= _nanos_of(other)
        return super().__ge__(other)

    # datetime's pickle state has no room for the nanoseconds: they travel as the state of __setstate__.
    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        return (type(self), _reduce(self)[1], self._nanos)

    def __reduce__(self) -> tuple[Any, ...]:
        return self.__reduce_ex__(2)

    def __setstate__(self, nanos: int) -> None:
        self._nanos = nanos

    def astimezone(self, tz: datetime.tzinfo | None = None) -> Self:
        result = super().astimezone(tz)
        result._nanos = self._nanos
        return result

    def replace(self, *args: Any, **kwargs: Any) -> Self:
        """``datetime.replace()``; keeps ``nanosecond`` unless ``microsecond`` is given (then 0, or ``nanosecond=``)."""
        nanosecond = kwargs.pop("nanosecond", None)
        result = super().replace(*args, **kwargs)
        if nanosecond is None:
            nanosecond = 0 if len(args) >= 7 or "microsecond" in kwargs else self._nanos
        elif not 0 <= nanosecond <= 999:
            raise ValueError(f"nanosecond must be in 0..999, not {nanosecond!r}")
        result._nanos = nanosecond
        return result


def _nanos_of(value: datetime.datetime) -> int:
    return value._nanos if isinstance(value, Timestamp) else 0


def _sub_microsecond_table() -> dict[str, int]:
    """Characters 26..28 of an RFC 3339 time with a 7-, 8- or 9-digit fraction → its nanoseconds past the microsecond.

    "YYYY-MM-DDTHH:MM:SS.ffffff" is 26 characters, so what follows is the rest of the fraction and the start of the
    offset: "789", "78Z", "78+", "7Z", "7+0", "7-1", ... Only keys where a digit is followed by an offset (or is one of
    three) are listed: fewer fraction digits put a colon or the end of the text in these places instead.
    """
    table: dict[str, int] = {}
    for nanos in range(1000):
        digits = f"{nanos:03d}"
        table[digits] = nanos
        if digits[2] == "0":
            for mark in "Z+-":
                table[digits[:2] + mark] = nanos
        if digits[1:] == "00":
            table[digits[0] + "Z"] = nanos
            for sign in "+-":
                for hour_digit in "0123456789":
                    table[digits[0] + sign + hour_digit] = nanos
    return table


_SUB_MICROSECOND = _sub_microsecond_table()


def parse(text: str) -> datetime.datetime:
    """``datetime.datetime.fromisoformat(text)``, as a ``Timestamp`` when ``text`` has sub-microsecond digits."""
    value = _fromisoformat(text)  # validates; keeps six fraction digits
    # One-character slices are cached strings: these checks allocate nothing.
    if text[26:27] in _DIGITS and text[19:20] == ".":  # a seventh fraction digit, or an offset after a short one
        nanos = _SUB_MICROSECOND.get(text[26:29])
        if nanos is None:
            nanos = _nanos_slowly(text)
    elif text[10:11] == "T" and text[19:20] != ",":
        return value  # the common case: no more than six fraction digits
    else:
        nanos = _nanos_slowly(text)  # a space for T, a comma for the point, a basic-format time...
    if not nanos:
        return value
    timestamp = _datetime_new(Timestamp, *_reduce(value)[1])
    timestamp._nanos = nanos
    return timestamp


def _nanos_slowly(text: str) -> int:
    """The nanoseconds past the microsecond of any text ``fromisoformat`` took: 0 unless its fraction is long."""
    marks = [index for index in (text.find("."), text.find(",")) if index >= 0]
    if not marks:
        return 0
    mark = min(marks)
    if any(sign in text[10:mark] for sign in "+-Z"):
        return 0  # the only fraction is the offset's
    end = mark + 1
    while end < len(text) and text[end] in _DIGITS:
        end += 1
    fraction = text[mark + 1 : end]
    return int(fraction[6:9].ljust(3, "0")) if len(fraction) > 6 else 0
