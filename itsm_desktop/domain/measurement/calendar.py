"""Support calendars: the weekly hours, time zone, holidays and exceptions of a time base.

A calendar says which instants count. Local times are read in the calendar's zone with the
wall-clock rule of :mod:`.zones`; which wall times are open is decided in this order:

1. the weekly hours of the local weekday (a shift that ends at or before it starts runs past
   midnight into the next day, so ``22:00–06:00`` on Monday covers Tuesday morning);
2. less every holiday, from midnight to midnight (the part of Monday's night shift that falls
   on a holiday Tuesday is closed);
3. plus the extra open intervals of exceptions;
4. less the extra closed intervals of exceptions (closed wins where both are given).

*Clock time* is the calendar that is always open: every second counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

from itsm_desktop.domain.values import WEEKDAYS, WeeklyHours

from ..translatable import translatable
from .intervals import Interval, normalize, subtract
from .zones import DAY, wall_of_date, zone_named

_CLOCK_TEXT = re.compile(r"^(\d{1,2}):([0-5]\d)$")


class CalendarError(ValueError):
    """A calendar definition that cannot be used, with a (marked) sentence saying why."""


def seconds_of_day(text: str) -> int:
    """``"08:30"`` → 30600; ``"24:00"`` is the end of the day."""
    match = _CLOCK_TEXT.match(text.strip())
    hours, minutes = (int(match.group(1)), int(match.group(2))) if match else (-1, 0)
    if not (0 <= hours <= 23 or (hours == 24 and minutes == 0)):
        raise CalendarError(translatable("{time} is not a time of day written HH:MM, e.g. 08:00.", time=repr(text)))
    return hours * 3600 + minutes * 60


def shift(start: str, end: str) -> Interval:
    """A shift from two ``HH:MM`` times as seconds after midnight of the day it starts.

    An end at or before the start runs past midnight: ``("22:00", "06:00")`` → (79200, 108000);
    ``("00:00", "24:00")`` and ``("00:00", "00:00")`` are the whole day.
    """
    first, last = seconds_of_day(start), seconds_of_day(end)
    if first == DAY:
        raise CalendarError(translatable("A shift cannot start at 24:00; write 00:00."))
    if last <= first:
        last += DAY
    return first, last


@dataclass(frozen=True)
class DateException:
    """An extra open or closed interval on a local date (``start``/``end`` as for a shift)."""

    day: date
    start: int = 0
    end: int = DAY
    open: bool = False

    @classmethod
    def hours(cls, day: date, start: str, end: str, *, open: bool) -> DateException:
        """``DateException.hours(date(2026, 12, 24), "08:00", "12:00", open=True)``."""
        first, last = shift(start, end)
        return cls(day, first, last, open)

    def wall(self) -> Interval:
        base = wall_of_date(self.day)
        return base + self.start, base + self.end


@dataclass(frozen=True)
class Calendar:
    """A time base: weekly shifts (Monday first), zone, holidays and date exceptions.

    ``business_day`` is how many seconds one *business day* of a target stands for; by default
    the length of the longest day of the week's hours (10 hours for 08:00–18:00).
    """

    zone: str = "UTC"
    week: tuple[tuple[Interval, ...], ...] = ((),) * 7
    holidays: frozenset[date] = frozenset()
    exceptions: tuple[DateException, ...] = ()
    name: str = ""
    day_length: int | None = field(default=None, compare=True)

    def __post_init__(self) -> None:
        try:
            zone_named(self.zone)
        except ValueError as unknown:
            raise CalendarError(unknown.args[0] if unknown.args else str(unknown)) from None
        if len(self.week) != 7:
            raise CalendarError(translatable("A week has seven days of hours, Monday first."))
        for shifts in self.week:
            for start, end in shifts:
                if not (0 <= start < DAY and start < end <= start + DAY):
                    raise CalendarError(translatable("A shift starts within its day and lasts at most 24 hours."))
        for extra in self.exceptions:
            if not (0 <= extra.start < DAY and extra.start < extra.end <= extra.start + DAY):
                raise CalendarError(translatable("The exception on {day} has no valid hours.", day=extra.day))
        if self.day_length is not None and self.day_length <= 0:
            raise CalendarError(translatable("A business day must last some time."))

    # --- making calendars -------------------------------------------------------------------

    @classmethod
    def clock(cls) -> Calendar:
        """Clock time: every second counts (24×7, no holidays)."""
        return CLOCK

    @classmethod
    def weekly(
        cls,
        hours: Mapping[int, Sequence[tuple[str, str]]],
        *,
        zone: str,
        holidays: Iterable[date] = (),
        exceptions: Iterable[DateException] = (),
        name: str = "",
        day_length: int | None = None,
    ) -> Calendar:
        """From shifts per weekday (0 = Monday): ``{0: [("08:00", "12:00"), ("13:00", "17:00")]}``."""
        week = tuple(tuple(sorted(shift(a, b) for a, b in hours.get(d, ()))) for d in range(7))
        return cls(zone=zone, week=week, holidays=frozenset(holidays),
                   exceptions=tuple(exceptions), name=name, day_length=day_length)

    @classmethod
    def from_weekly_hours(
        cls,
        hours: WeeklyHours,
        *,
        zone: str,
        holidays: Iterable[date] = (),
        exceptions: Iterable[DateException] = (),
        name: str = "",
    ) -> Calendar:
        """From the service hours structure of the catalog (one span per weekday, or 24×7)."""
        if hours.always:
            spans = {d: [("00:00", "24:00")] for d in range(7)}
        else:
            spans = {WEEKDAYS.index(k): [(h.start, h.end)] for k, h in hours.days.items()
                     if k in WEEKDAYS}
        return cls.weekly(spans, zone=zone, holidays=holidays, exceptions=exceptions, name=name)

    # --- what it says -----------------------------------------------------------------------

    @cached_property
    def is_clock(self) -> bool:
        """Whether every second counts (always open, nothing closed), whatever the zone."""
        always = all(any(s == 0 and e >= DAY for s, e in day) for day in self.week)
        return always and not self.holidays and not any(not e.open for e in self.exceptions)

    @property
    def business_day(self) -> int:
        """Seconds a business day stands for (see the class description)."""
        if self.day_length is not None:
            return self.day_length
        longest = max((sum(e - s for s, e in normalize(day)) for day in self.week), default=0)
        return min(longest, DAY) or DAY

    def wall_open(self, first: date, last: date) -> list[Interval]:
        """The open wall-time intervals of the local dates ``first`` to ``last`` (inclusive).

        Shifts of the day before ``first`` that run into it are included; shifts that run past
        ``last`` are cut at its end, so the result lies within those dates.
        """
        span_start, span_end = wall_of_date(first), wall_of_date(last) + DAY
        base = []
        day = first - timedelta(days=1)
        while day <= last:
            midnight = wall_of_date(day)
            base += [(midnight + s, midnight + e) for s, e in self.week[day.weekday()]]
            day += timedelta(days=1)
        closed_days = [(wall_of_date(d), wall_of_date(d) + DAY) for d in self.holidays
                       if first - timedelta(days=1) <= d <= last]
        nearby = [e for e in self.exceptions if first - timedelta(days=1) <= e.day <= last]
        opened = subtract(normalize(base), normalize(closed_days))
        opened = normalize(opened + [e.wall() for e in nearby if e.open])
        opened = subtract(opened, normalize(e.wall() for e in nearby if not e.open))
        return subtract(opened, [(span_start - 2 * DAY, span_start), (span_end, span_end + 2 * DAY)])


CLOCK = Calendar(zone="UTC", week=(((0, DAY),),) * 7, name="clock time", day_length=DAY)
