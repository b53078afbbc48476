"""A plain minute-by-minute reading of the calendar rules, to check the fast engine against.

Deliberately naive: every minute is converted to the local wall clock and tested against the
weekly hours, holidays and exceptions exactly as the calendar's description words them. Valid
for instants on whole minutes and calendars whose times are whole minutes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from itsm_desktop.domain.measurement.calendar import Calendar

MINUTE = 60
DAY = 86_400


def _covers(spans: Iterable[tuple[int, int]], seconds: int) -> bool:
    return any(start <= seconds < end for start, end in spans)


def is_open(calendar: Calendar, at: int) -> bool:
    """Whether the minute starting at instant ``at`` counts in ``calendar``."""
    wall = datetime.fromtimestamp(at, ZoneInfo(calendar.zone)).replace(tzinfo=None)
    today = wall.date()
    yesterday = today - timedelta(days=1)
    seconds = wall.hour * 3600 + wall.minute * 60 + wall.second
    weekly = _covers(calendar.week[today.weekday()], seconds) or _covers(
        calendar.week[yesterday.weekday()], seconds + DAY)
    if today in calendar.holidays:
        weekly = False

    def exception(opening: bool) -> bool:
        return any(
            (e.day == today and e.start <= seconds < e.end)
            or (e.day == yesterday and e.start <= seconds + DAY < e.end)
            for e in calendar.exceptions if e.open == opening
        )

    return (weekly or exception(True)) and not exception(False)


def _paused(at: int, paused: Iterable[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in paused)


def minutes(calendar: Calendar, start: int, end: int, paused: Iterable[tuple[int, int]] = ()) -> int:
    """Counting minutes in ``[start, end)`` that are open and not paused."""
    paused = list(paused)
    return sum(1 for at in range(start, end, MINUTE)
               if is_open(calendar, at) and not _paused(at, paused))


def deadline(calendar: Calendar, start: int, count: int, paused: Iterable[tuple[int, int]] = (),
             horizon: int = 15 * DAY) -> int | None:
    """The end of the ``count``-th counting minute from ``start`` (``start`` itself for 0)."""
    if count == 0:
        return start
    paused = list(paused)
    seen = 0
    for at in range(start, start + horizon, MINUTE):
        if is_open(calendar, at) and not _paused(at, paused):
            seen += 1
            if seen == count:
                return at + MINUTE
    return None


def first_minute_showing(zone: str, day: date, seconds: int, near: int) -> int:
    """The first whole minute from ``near`` − 3 days whose wall clock shows ``day`` at
    ``seconds`` or later."""
    tz = ZoneInfo(zone)
    goal = datetime.combine(day, datetime.min.time()) + timedelta(seconds=seconds)
    at = near - 3 * DAY
    while datetime.fromtimestamp(at, tz).replace(tzinfo=None) < goal:
        at += MINUTE
    return at
