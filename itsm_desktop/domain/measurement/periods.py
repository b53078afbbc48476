"""Measurement periods — months, quarters, years — in an agreement's time zone.

A period is the set of instants whose local date (in the agreement's zone) lies within it; it
starts at the first instant the local clock shows midnight of its first day (see
:mod:`.zones` for days on which midnight is skipped). A period's figures "so far" cover its
start up to an instant within it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property, lru_cache
from zoneinfo import ZoneInfo

from itsm_desktop.domain.enums import MeasurementPeriod
from itsm_desktop.domain.translatable import Message, translatable

from .zones import first_instant_at, instant, local_date, zone_named

_MONTHS_IN = {MeasurementPeriod.MONTH: 1, MeasurementPeriod.QUARTER: 3, MeasurementPeriod.YEAR: 12}
_LABEL = re.compile(r"^(\d{4})(?:-(\d{2})|-Q([1-4]))?$")


_NO_SUCH_PERIOD = {
    MeasurementPeriod.MONTH: translatable("There is no month number {index} in a year."),
    MeasurementPeriod.QUARTER: translatable("There is no quarter number {index} in a year."),
    MeasurementPeriod.YEAR: translatable("There is no year number {index} in a year."),
}


@dataclass(frozen=True, order=True)
class Period:
    """One month (``index`` 1–12), quarter (1–4) or year (1) of a calendar year."""

    year: int
    index: int
    kind: MeasurementPeriod = MeasurementPeriod.MONTH

    def __post_init__(self) -> None:
        if not 1 <= self.index <= 12 // _MONTHS_IN[self.kind]:
            raise ValueError(Message(_NO_SUCH_PERIOD[self.kind], {"index": self.index}))

    @classmethod
    def parse(cls, text: str) -> Period:
        """``2026-11`` (a month), ``2026-Q4`` (a quarter) or ``2026`` (a year)."""
        match = _LABEL.match(text.strip())
        problem = translatable("{given} is not a period: write {month}, {quarter} or {year}.", given=repr(text),
                               month="2026-11", quarter="2026-Q4", year="2026")
        if not match:
            raise ValueError(problem)
        year, month, quarter = match.groups()
        try:
            if month:
                return cls(int(year), int(month), MeasurementPeriod.MONTH)
            if quarter:
                return cls(int(year), int(quarter), MeasurementPeriod.QUARTER)
            return cls(int(year), 1, MeasurementPeriod.YEAR)
        except ValueError:
            raise ValueError(problem) from None

    @classmethod
    def containing(cls, day: date, kind: MeasurementPeriod) -> Period:
        """The period of ``kind`` that ``day`` lies in."""
        return cls(day.year, (day.month - 1) // _MONTHS_IN[kind] + 1, kind)

    @classmethod
    def at(cls, moment: datetime, kind: MeasurementPeriod, zone: str) -> Period:
        """The period of ``kind`` an aware moment lies in, read in ``zone``."""
        return cls.containing(local_date(zone_named(zone), instant(moment)), kind)

    @cached_property  # asked for per cell of a page: worked out once per period
    def label(self) -> str:
        if self.kind is MeasurementPeriod.MONTH:
            return f"{self.year}-{self.index:02d}"
        if self.kind is MeasurementPeriod.QUARTER:
            return f"{self.year}-Q{self.index}"
        return str(self.year)

    @property
    def first_day(self) -> date:
        return date(self.year, (self.index - 1) * _MONTHS_IN[self.kind] + 1, 1)

    @property
    def next(self) -> Period:
        last = 12 // _MONTHS_IN[self.kind]
        if self.index == last:
            return Period(self.year + 1, 1, self.kind)
        return Period(self.year, self.index + 1, self.kind)

    @property
    def previous(self) -> Period:
        if self.index == 1:
            return Period(self.year - 1, 12 // _MONTHS_IN[self.kind], self.kind)
        return Period(self.year, self.index - 1, self.kind)

    def bounds(self, zone: str) -> tuple[int, int]:
        """The instants ``[start, end)`` of the period in ``zone``."""
        return _bounds(self, zone)

    def span(self, zone: str) -> tuple[datetime, datetime]:
        """:meth:`bounds` as aware datetimes in ``zone``."""
        tz: ZoneInfo = zone_named(zone)
        start, end = self.bounds(zone)
        return datetime.fromtimestamp(start, tz=tz), datetime.fromtimestamp(end, tz=tz)

    def so_far(self, zone: str, now: datetime) -> tuple[int, int]:
        """The instants of the period up to ``now``: all of it once it is over; empty before."""
        start, end = self.bounds(zone)
        cut = min(max(instant(now), start), end)
        return start, cut


def periods_between(first: Period, last: Period) -> list[Period]:
    """``first`` to ``last`` inclusive (same kind)."""
    if first.kind is not last.kind:
        raise ValueError(translatable("Both ends of a range of periods must be of the same kind."))
    out, current = [], first
    while current <= last:
        out.append(current)
        current = current.next
    return out


@dataclass(frozen=True)
class PeriodGrid:
    """Consecutive periods and their boundaries as instants, to find a period by binary search."""

    periods: tuple[Period, ...]
    edges: tuple[int, ...]  # len(periods) + 1 instants

    @classmethod
    def of(cls, periods: list[Period], zone: str) -> PeriodGrid:
        if not periods:
            raise ValueError(translatable("At least one period is needed."))
        edges = [p.bounds(zone)[0] for p in periods] + [periods[-1].bounds(zone)[1]]
        return cls(tuple(periods), tuple(edges))

    def index_of(self, at: int) -> int:
        """The position of the period containing ``at``; -1 before the first, len after the last."""
        return bisect.bisect_right(self.edges, at) - 1 if at >= self.edges[0] else -1


@lru_cache(maxsize=4096)
def _bounds(period: Period, zone: str) -> tuple[int, int]:
    """A period's instants in a zone, worked out once: each takes the zone's offsets around
    two midnights, and a page or a computation asks for the same few periods thousands of times."""
    tz = zone_named(zone)
    return first_instant_at(tz, period.first_day), first_instant_at(tz, period.next.first_day)
