"""Business time: how many seconds of a calendar lie between two instants, and the reverse.

A :class:`BusinessClock` is a calendar compiled for a window of instants into its open
intervals with running totals (prefix sums), so that every question is a binary search — no
loop over minutes. :func:`clock_for` caches compiled clocks by calendar and whole UTC years.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import lru_cache

from .calendar import Calendar
from .intervals import Interval, clip, normalize
from .zones import DAY, Offsets, date_of_wall, instant, zone_named

_MAX_YEARS_AHEAD = 10  # a deadline further away than this is reported as never reached


def _year_of(at: int) -> int:
    return datetime.fromtimestamp(at, tz=UTC).year


def _year_start(year: int) -> int:
    return int(datetime(year, 1, 1, tzinfo=UTC).timestamp())


class BusinessClock:
    """A calendar's open intervals over the instants ``[start, end)``, with running totals."""

    def __init__(self, calendar: Calendar, start: int, end: int) -> None:
        self.calendar, self.start, self.end = calendar, start, end
        if calendar.is_clock:
            opened = [(start, end)]
        else:
            zone = zone_named(calendar.zone)
            margin = 2 * DAY  # no zone is more than a day and a bit away from UTC
            offsets = Offsets.of(zone, start - margin, end + margin)
            walls = calendar.wall_open(date_of_wall(start - margin), date_of_wall(end + margin))
            found = [piece for a, b in walls for piece in offsets.instants_showing(a, b)]
            opened = clip(normalize(found), start, end)
        self.starts = [a for a, _ in opened]
        self.ends = [b for _, b in opened]
        self.before: list[int] = []  # business seconds from ``start`` to each interval's start
        self.through: list[int] = []  # ... to each interval's end
        running = 0
        for a, b in opened:
            self.before.append(running)
            running += b - a
            self.through.append(running)

    def covers(self, at: int) -> bool:
        return self.start <= at <= self.end

    def cumulative(self, at: int) -> int:
        """Business seconds from the window's start up to the instant ``at``."""
        if not self.start <= at <= self.end:
            raise ValueError("The instant lies outside the compiled window.")
        i = bisect.bisect_right(self.starts, at) - 1
        if i < 0:
            return 0
        return self.before[i] + min(at, self.ends[i]) - self.starts[i]

    def seconds(self, start: int, end: int, paused: Iterable[Interval] = ()) -> int:
        """Business seconds in ``[start, end)`` outside the (possibly overlapping) ``paused``."""
        if end <= start:
            return 0
        cum = self.cumulative
        total = cum(end) - cum(start)
        for a, b in clip(normalize(paused), start, end):
            total -= cum(b) - cum(a)
        return total

    def reach(self, start: int, amount: int) -> int | None:
        """The earliest instant ``t >= start`` with ``amount`` business seconds in ``[start, t)``;
        ``None`` when the window ends first."""
        if amount <= 0:
            return start
        goal = self.cumulative(start) + amount
        i = bisect.bisect_left(self.through, goal)
        if i >= len(self.through):
            return None
        return self.starts[i] + goal - self.before[i]

    def reach_with_pauses(self, start: int, amount: int, paused: list[Interval]) -> int | None:
        """As :meth:`reach`, the clock standing still during the normal list ``paused``."""
        if amount <= 0:
            return start
        cursor, left = start, amount
        for a, b in paused:
            if b <= cursor:
                continue
            if a > cursor:
                candidate = self.reach(cursor, left)
                if candidate is None or candidate <= a:
                    return candidate
                left -= self.seconds(cursor, a)
            cursor = max(cursor, b)
            if cursor > self.end:
                return None
        return self.reach(cursor, left)

    def open_intervals(self, start: int, end: int) -> list[Interval]:
        """The open intervals within ``[start, end)``, as instants."""
        if not (self.covers(start) and self.covers(end)):
            raise ValueError("The instants lie outside the compiled window.")
        first = max(0, bisect.bisect_right(self.starts, start) - 1)
        last = bisect.bisect_left(self.starts, end)
        return clip(list(zip(self.starts[first:last], self.ends[first:last], strict=True)),
                    start, end)


@lru_cache(maxsize=32)
def _compiled(calendar: Calendar, first_year: int, last_year: int) -> BusinessClock:
    return BusinessClock(calendar, _year_start(first_year), _year_start(last_year + 1))


def clock_for(calendar: Calendar, start: int, end: int) -> BusinessClock:
    """A compiled clock of ``calendar`` covering the instants ``start`` to ``end`` (cached)."""
    return _compiled(calendar, _year_of(min(start, end)), _year_of(max(start, end)))


# --- the same questions, asked with datetimes ------------------------------------------------


def business_seconds(
    calendar: Calendar, start: datetime, end: datetime, paused: Iterable[tuple[datetime, datetime]] = ()
) -> int:
    """Seconds of ``calendar`` from ``start`` to ``end`` (aware), less the paused intervals."""
    a, b = instant(start), instant(end)
    pauses = [(instant(p), instant(q)) for p, q in paused]
    return clock_for(calendar, a, max(a, b)).seconds(a, b, pauses)


def deadline(
    calendar: Calendar, start: datetime, seconds: int, paused: Iterable[tuple[datetime, datetime]] = ()
) -> datetime | None:
    """The earliest moment by which ``seconds`` of ``calendar`` have passed since ``start``
    (paused intervals not counting); ``None`` if that never happens within ten years."""
    a = instant(start)
    pauses = normalize((instant(p), instant(q)) for p, q in paused)
    year = _year_of(a)
    for years in (1, 2, _MAX_YEARS_AHEAD):
        clock = _compiled(calendar, year, year + years)
        reached = clock.reach_with_pauses(a, seconds, pauses)
        if reached is not None:
            return datetime.fromtimestamp(reached, tz=start.tzinfo)
    return None


def open_intervals(calendar: Calendar, start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
    """The parts of ``[start, end)`` inside the calendar's hours, in ``start``'s time zone."""
    a, b = instant(start), instant(end)
    if b <= a:
        return []
    return [(datetime.fromtimestamp(p, tz=start.tzinfo), datetime.fromtimestamp(q, tz=start.tzinfo))
            for p, q in clock_for(calendar, a, b).open_intervals(a, b)]
