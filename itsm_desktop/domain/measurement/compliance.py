"""Response and resolution compliance per target and period, from a batch of records.

How records are counted (see :data:`.formulas.RECORD_COUNTING`): each record once, in the
period in which its outcome became known — the period of its response or resolution when it
met the target, the period in which the target time ran out when it missed it. A record
still within its target at a period's end is *open* at that end: listed there, counted later.
Records opened at or after ``as_of``, and what happened from ``as_of`` on, are not known yet.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from itsm_desktop.domain.enums import MeasurementPeriod, Metric, Priority

from . import formulas
from .calendar import Calendar
from .clock import BusinessClock, clock_for
from .periods import Period, PeriodGrid, periods_between
from .records import PRIORITY_CODES, IncidentBatch
from .status import Status, level_status, record_budget, warning_seconds
from .zones import instant, zone_named

TIME_METRICS = (Metric.RESPONSE_TIME, Metric.RESOLUTION_TIME)


@dataclass(frozen=True)
class TimeTarget:
    """A response or resolution target: ``limit`` seconds in the time base ``calendar``.

    ``services`` limits it to some services (``None``: all of the batch), ``priority`` to one
    priority. ``required_percent`` is the share of records that must meet the limit (100: every
    one); ``warning_share`` the percentage of the limit beyond which a record is a close call
    and the period *at risk* when too few records stayed below it.
    """

    key: Hashable
    metric: Metric
    limit: int
    calendar: Calendar
    priority: Priority | None = None
    services: frozenset[Hashable] | None = None
    warning_share: float | None = None
    required_percent: float = 100.0
    period: MeasurementPeriod = MeasurementPeriod.MONTH

    def __post_init__(self) -> None:
        if self.metric not in TIME_METRICS:
            raise ValueError("A time target measures response or resolution time.")
        if self.limit <= 0:
            raise ValueError("A time target needs a positive limit.")

    @property
    def formula(self) -> formulas.Formula:
        if self.metric is Metric.RESPONSE_TIME:
            return formulas.RESPONSE_COMPLIANCE
        return formulas.RESOLUTION_COMPLIANCE


@dataclass(frozen=True)
class ComplianceResult:
    """One target in one period: counts, achieved percentage, status, margin, and the rows.

    ``within_warning`` ≤ ``within_target`` ≤ ``counted``; ``breached`` = counted − within
    target; ``open_at_end`` records were still running within their target at the period's
    end (or at ``as_of`` for the current period) and are not counted here.
    """

    key: Hashable
    period: Period
    counted: int
    within_target: int
    within_warning: int
    open_at_end: int
    breaching_rows: tuple[int, ...]
    close_call_rows: tuple[int, ...]
    percent: float | None
    status: Status
    margin: int
    formula: formulas.Formula
    within_rows: tuple[int, ...] = ()  # only when asked for (``keep_rows``): the drill-down
    open_rows: tuple[int, ...] = ()

    @property
    def breached(self) -> int:
        return self.counted - self.within_target


def compliance_status(counted: int, within_target: int, within_warning: int,
                      required_percent: float, has_warning: bool) -> Status:
    """Breached when too few records met the limit; at risk when too few stayed below the
    warning share of it; met otherwise; not measured without records."""
    if counted == 0:
        return Status.NOT_MEASURED
    status = level_status(within_target * 100 / counted, required_percent)
    if status is Status.MET and has_warning:
        strict = level_status(within_warning * 100 / counted, required_percent)
        return Status.MET if strict is Status.MET else Status.AT_RISK
    return status


class _Tally:
    """Counters of one target over a grid of periods, with a bucket before and after it.

    ``kinds[3 * k + n]`` counts the records of bucket ``k`` that stayed within the warning
    share (n = 0), were close calls within the limit (1), or breached it (2).
    """

    def __init__(self, size: int, *, keep_rows: bool = False) -> None:
        self.kinds = [0] * (3 * (size + 2))
        self.open = [0] * (size + 2)
        self.close_calls: list[list[int]] = [[] for _ in range(size + 2)]
        self.breaching: list[list[int]] = [[] for _ in range(size + 2)]
        # every row, only for a drill-down: the bulk computation keeps no more than it needs
        self.within: list[list[int]] | None = [[] for _ in range(size + 2)] if keep_rows else None
        self.open_rows: list[list[int]] | None = [[] for _ in range(size + 2)] if keep_rows else None


def time_compliance(
    batch: IncidentBatch,
    targets: Iterable[TimeTarget],
    *,
    zone: str,
    first_day: date,
    as_of: datetime,
    keep_rows: bool = False,
) -> dict[Hashable, list[ComplianceResult]]:
    """Each target's results for every period (of its kind, in ``zone``) from the one holding
    ``first_day`` to the one holding the moment just before ``as_of``; with ``keep_rows``,
    the rows within the target and those still open at each period's end too."""
    out: dict[Hashable, list[ComplianceResult]] = {}
    cutoff = instant(as_of)
    last_moment = as_of - timedelta(seconds=1)
    if last_moment.astimezone(zone_named(zone)).date() < first_day:
        raise ValueError("The moment measured up to lies before the first day to measure.")
    groups = batch.rows_by_group()
    span = batch.span() if len(batch) else None
    grids: dict[MeasurementPeriod, PeriodGrid] = {}
    for target in targets:
        grid = grids.get(target.period)
        if grid is None:
            first = Period.containing(first_day, target.period)
            last = Period.at(last_moment, target.period, zone)
            grid = grids[target.period] = PeriodGrid.of(periods_between(first, last), zone)
        rows = _rows_of(batch, groups, target)
        low, high = grid.edges[0], max(grid.edges[-1], cutoff)
        if span is not None:
            low, high = min(low, span[0]), max(high, span[1])
        clock = clock_for(target.calendar, low, high)
        tally = _Tally(len(grid.periods), keep_rows=keep_rows)
        _count(batch, rows, target, clock, grid, cutoff, tally)
        out[target.key] = _results(target, grid, tally)
    return out


def _rows_of(batch: IncidentBatch, groups: dict[tuple[int, int], array],
             target: TimeTarget) -> list[array]:
    codes = None if target.services is None else {
        n for n, s in enumerate(batch.services) if s in target.services}
    wanted = None if target.priority is None else PRIORITY_CODES[target.priority]
    return [rows for (service, priority), rows in sorted(groups.items())
            if (codes is None or service in codes) and (wanted is None or priority == wanted)]


def _count(batch: IncidentBatch, row_lists: list[array], target: TimeTarget, clock: BusinessClock,
           grid: PeriodGrid, cutoff: int, tally: _Tally) -> None:
    """The hot loop: one pass over the target's rows, written for speed (hence its length):
    business time by binary search on the clock's intervals, sentinels instead of range
    checks, and one counter increment per record."""
    opened, resolved, pause_from = batch.opened, batch.resolved, batch.pause_from
    responded = batch.responded if target.metric is Metric.RESPONSE_TIME else None
    limit = target.limit
    warn = warning_seconds(limit, target.warning_share)
    warn = limit if warn is None else warn
    far = 2**62
    # bucket 0 is before the first period, bucket size + 1 after the last
    edges = [-far, *grid.edges]
    ends = [min(e, cutoff) for e in grid.edges] + [far]
    starts, stops = [-far, *clock.starts], [-far, *clock.ends]
    before = [0, *clock.before]
    cumulative = clock.cumulative
    plain = clock.calendar.is_clock
    right = bisect.bisect_right
    kinds, open_ = tally.kinds, tally.open
    close_calls, breaching = tally.close_calls, tally.breaching
    within_rows, open_rows = tally.within, tally.open_rows
    never = cutoff + 1  # the outcome of a running record is not known by the cutoff

    for rows in row_lists:
        for row in rows:
            o = opened[row]
            if o >= cutoff:
                continue
            stop = resolved[row]
            if responded is not None:
                first = responded[row]
                if first < stop:
                    stop = first
            end = stop if stop < cutoff else cutoff
            if plain:
                elapsed = end - o
            else:
                i = right(starts, o) - 1
                cap = stops[i]
                elapsed = -(before[i] + (o if o < cap else cap) - starts[i])
                i = right(starts, end) - 1
                cap = stops[i]
                elapsed += before[i] + (end if end < cap else cap) - starts[i]
            paused = pause_from[row] != pause_from[row + 1]
            if paused:
                for a, b in batch.pauses(row):
                    a, b = max(a, o), min(b, end)
                    if a < b:
                        elapsed -= cumulative(b) - cumulative(a)
            if elapsed <= limit:
                decided = never if end == cutoff else stop
            elif paused:
                decided = clock.reach_with_pauses(o, limit + 1, batch.pauses(row)) - 1  # type: ignore[operator]
            else:
                decided = o + limit if plain else clock.reach(o, limit + 1) - 1  # type: ignore[operator]
            k = right(edges, o) - 1
            while ends[k] <= decided:
                open_[k] += 1
                if open_rows is not None:
                    open_rows[k].append(row)
                k += 1
            if decided == never:
                continue
            # k is now the bucket of ``decided``: the first whose end lies beyond it
            if elapsed > limit:
                kinds[3 * k + 2] += 1
                breaching[k].append(row)
            elif elapsed > warn:
                kinds[3 * k + 1] += 1
                close_calls[k].append(row)
            else:
                kinds[3 * k] += 1
                if within_rows is not None:
                    within_rows[k].append(row)


def _results(target: TimeTarget, grid: PeriodGrid, tally: _Tally) -> list[ComplianceResult]:
    out = []
    for k, period in enumerate(grid.periods, start=1):
        warned, close, missed = tally.kinds[3 * k:3 * k + 3]
        counted, within = warned + close + missed, warned + close
        out.append(ComplianceResult(
            key=target.key, period=period, counted=counted, within_target=within,
            within_warning=warned, open_at_end=tally.open[k],
            breaching_rows=tuple(tally.breaching[k]), close_call_rows=tuple(tally.close_calls[k]),
            percent=within * 100 / counted if counted else None,
            status=compliance_status(counted, within, warned, target.required_percent,
                                     target.warning_share is not None),
            margin=record_budget(target.required_percent, counted, missed),
            formula=target.formula,
            within_rows=tuple(tally.within[k]) if tally.within is not None else (),
            open_rows=tuple(tally.open_rows[k]) if tally.open_rows is not None else (),
        ))
    return out
