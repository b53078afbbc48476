"""Availability within agreed service hours, and MTTR, MTBF and MTBSI, from outages.

Follows :data:`.formulas.AVAILABILITY` and the mean times of ITIL V3 Service Design 4.4:

- agreed service time = service hours in the period, less planned maintenance announced at
  least the agreed notice ahead (that maintenance is reported apart, never as downtime);
- downtime = the union of the other outages (overlapping ones counted once) within agreed
  service time; an outage crossing a period boundary is split there;
- a service break = one uninterrupted stretch of downtime with some agreed service time in it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from itsm_desktop.domain.translatable import translatable

from . import formulas
from .calendar import CLOCK, Calendar
from .clock import clock_for
from .intervals import Interval, intersect, normalize, subtract, total
from .periods import Period
from .status import Status, downtime_budget, level_status
from .zones import instant


@dataclass(frozen=True)
class Outage:
    """A stretch of time a service was unavailable, or planned to be (maintenance)."""

    reference: str
    start: datetime
    end: datetime
    planned: bool = False
    announced_at: datetime | None = None

    def __post_init__(self) -> None:
        if instant(self.end) <= instant(self.start):
            raise ValueError(translatable("{reference}: the outage ends before it starts.", reference=self.reference))


@dataclass(frozen=True)
class Notice:
    """How far ahead planned maintenance must be announced: ``seconds`` of ``calendar``."""

    seconds: int
    calendar: Calendar = CLOCK


@dataclass(frozen=True)
class AvailabilityTerms:
    """What the agreement says: service hours, target and warning level (%), notice."""

    hours: Calendar
    target_percent: float
    warning_percent: float | None = None
    notice: Notice | None = None


@dataclass(frozen=True)
class OutagePart:
    """The part of one or more outages that counted in a period (instants), and why."""

    references: tuple[str, ...]
    start: int
    end: int
    counted_seconds: int  # within agreed service time (downtime) or service hours (maintenance)


@dataclass(frozen=True)
class AvailabilityResult:
    """Availability of one service in one period, up to ``observed_until``."""

    period: Period
    observed_until: int
    service_seconds: int  # service hours so far
    maintenance_seconds: int  # announced maintenance within service hours so far
    agreed_seconds: int  # agreed service time so far
    downtime_seconds: int
    breaks: int
    percent: float | None
    status: Status
    budget_seconds: float  # downtime still allowed in the whole period (negative: breached)
    downtime: tuple[OutagePart, ...]
    maintenance: tuple[OutagePart, ...]
    late_notice: tuple[str, ...]  # planned outages counted as downtime for want of notice
    formulas: tuple[formulas.Formula, ...] = (
        formulas.AVAILABILITY, formulas.SERVICE_BREAK, formulas.PLANNED_MAINTENANCE,
        formulas.MTTR, formulas.MTBF, formulas.MTBSI, formulas.ERROR_BUDGET)

    @property
    def mttr_seconds(self) -> float | None:
        """Downtime ÷ breaks (ITIL's MTRS); ``None`` without a break."""
        return self.downtime_seconds / self.breaks if self.breaks else None

    @property
    def mtbf_seconds(self) -> float | None:
        """(Agreed service time − downtime) ÷ breaks; ``None`` without a break."""
        return (self.agreed_seconds - self.downtime_seconds) / self.breaks if self.breaks else None

    @property
    def mtbsi_seconds(self) -> float | None:
        """Agreed service time ÷ breaks; ``None`` without a break."""
        return self.agreed_seconds / self.breaks if self.breaks else None


def announced_in_time(outage: Outage, notice: Notice | None) -> bool:
    """Whether a planned outage was announced at least ``notice`` before it started."""
    if not outage.planned or outage.announced_at is None:
        return False
    announced, start = instant(outage.announced_at), instant(outage.start)
    if announced > start:
        return False
    if notice is None:
        return True
    return clock_for(notice.calendar, announced, start).seconds(announced, start) >= notice.seconds


def availability(
    outages: Iterable[Outage], terms: AvailabilityTerms, period: Period, *, zone: str,
    as_of: datetime | None = None,
) -> AvailabilityResult:
    """Availability of one service in ``period`` (read in ``zone``), up to ``as_of`` if the
    period is not over."""
    start, end = period.bounds(zone)
    until = end if as_of is None else max(start, min(end, instant(as_of)))
    excused, counted, late = [], [], []
    for outage in outages:
        span = (instant(outage.start), instant(outage.end))
        if span[1] <= start or span[0] >= end:
            continue  # another period's
        if announced_in_time(outage, terms.notice):
            excused.append((span, outage.reference))  # from the whole period: known ahead
        elif span[0] < until:
            counted.append((span, outage.reference))
            if outage.planned:
                late.append(outage.reference)
    clock = clock_for(terms.hours, start, end)
    hours_all = clock.open_intervals(start, end)
    maintenance_all = intersect(normalize(s for s, _ in excused), hours_all)
    agreed_all = subtract(hours_all, maintenance_all)
    hours = clock.open_intervals(start, until)
    maintenance = intersect(normalize(s for s, _ in excused), hours)
    agreed = subtract(hours, maintenance)
    down_parts = _parts(counted, start, until, agreed)
    downtime = sum(p.counted_seconds for p in down_parts)
    breaks = sum(1 for p in down_parts if p.counted_seconds > 0)
    agreed_seconds = total(agreed)
    percent = (agreed_seconds - downtime) * 100 / agreed_seconds if agreed_seconds else None
    return AvailabilityResult(
        period=period, observed_until=until, service_seconds=total(hours),
        maintenance_seconds=total(maintenance), agreed_seconds=agreed_seconds,
        downtime_seconds=downtime, breaks=breaks, percent=percent,
        status=level_status(percent, terms.target_percent, terms.warning_percent),
        budget_seconds=downtime_budget(terms.target_percent, total(agreed_all), downtime),
        downtime=tuple(p for p in down_parts if p.counted_seconds > 0),
        maintenance=tuple(_parts(excused, start, until, hours)),
        late_notice=tuple(sorted(set(late))),
    )


def availability_by_period(
    outages: Sequence[Outage], terms: AvailabilityTerms, periods: Iterable[Period], *, zone: str,
    as_of: datetime | None = None,
) -> list[AvailabilityResult]:
    """:func:`availability` for each period, each looking only at the outages touching it."""
    out = []
    for period in periods:
        start, end = period.bounds(zone)
        touching = [o for o in outages if instant(o.start) < end and instant(o.end) > start]
        out.append(availability(touching, terms, period, zone=zone, as_of=as_of))
    return out


def _parts(spans: list[tuple[Interval, str]], start: int, until: int,
           counting: list[Interval]) -> list[OutagePart]:
    """Merge overlapping outages into parts clipped to ``[start, until)`` and count the seconds
    of each within ``counting``."""
    parts: list[OutagePart] = []
    for a, b in normalize(span for span, _ in spans):
        a, b = max(a, start), min(b, until)
        if a >= b:
            continue
        refs = tuple(sorted({ref for (p, q), ref in spans if p < b and q > a}))
        parts.append(OutagePart(refs, a, b, total(intersect([(a, b)], counting))))
    return parts
