"""Response and resolution compliance agree with a plain reading of the counting rule.

For random records (opened, responded, resolved, paused) in random support calendars around
daylight-saving changes, every period's counts, open records and breaching rows equal what a
minute-by-minute reference makes of the rule: a record counts once, in the period in which its
outcome became known; one still within its target at a period's end is open there.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from itsm_desktop.domain.enums import Metric, Priority
from itsm_desktop.domain.measurement.calendar import Calendar
from itsm_desktop.domain.measurement.compliance import TimeTarget, time_compliance
from itsm_desktop.domain.measurement.periods import Period
from itsm_desktop.domain.measurement.records import IncidentBatch

from . import reference
from .strategies import calendars, pauses

MINUTE = 60
# the last days of March 2026 into April: Berlin's spring change, a month end, a weekend
BASE = int(datetime(2026, 3, 27, tzinfo=UTC).timestamp())
EDGE = int(datetime(2026, 3, 31, 22, tzinfo=UTC).timestamp())  # 1 April 00:00 in Berlin
NEAR_EDGE = st.sampled_from([EDGE - MINUTE, EDGE, EDGE + MINUTE])


@st.composite
def records(draw: st.DrawFn) -> dict:
    opened = draw(NEAR_EDGE | st.integers(0, 7 * 1440).map(lambda m: BASE + m * MINUTE))
    responded = draw(st.none() | st.integers(0, 3 * 1440).map(lambda m: opened + m * MINUTE))
    resolved = draw(st.none() | st.integers(0, 4 * 1440).map(lambda m: opened + m * MINUTE))
    paused = draw(pauses(opened, resolved or opened + 1440 * MINUTE)) if draw(st.booleans()) else []
    return {"opened": opened, "responded": responded, "resolved": resolved, "paused": paused,
            "priority": draw(st.sampled_from([Priority.P1, Priority.P2]))}


def _decided(calendar: Calendar, record: dict, metric: Metric, limit_minutes: int,
             as_of: int) -> tuple[int | None, bool]:
    """(the instant the outcome became known, met?) — ``None`` while still open at ``as_of``."""
    stops = [t for t in (record["resolved"],) if t is not None]
    if metric is Metric.RESPONSE_TIME and record["responded"] is not None:
        stops.append(record["responded"])
    stop = min(stops) if stops else None
    o, paused = record["opened"], record["paused"]
    if stop is not None and stop < as_of and \
            reference.minutes(calendar, o, stop, paused) <= limit_minutes:
        return stop, True
    # the first counting minute beyond the limit: the target ran out as it began
    over = reference.deadline(calendar, o, limit_minutes + 1, paused, horizon=12 * 86_400)
    if over is not None and over - MINUTE < min(as_of, stop if stop is not None else as_of):
        return over - MINUTE, False
    return None, False


@settings(max_examples=60, deadline=None, database=None)
@given(calendars(), st.lists(records(), min_size=1, max_size=8),
       st.sampled_from([Metric.RESPONSE_TIME, Metric.RESOLUTION_TIME]),
       st.integers(1, 900), NEAR_EDGE | st.integers(0, 10 * 1440).map(lambda m: BASE + m * MINUTE),
       st.none() | st.integers(10, 90))
def test_counts_per_period_follow_the_counting_rule(
        calendar: Calendar, rows: list[dict], metric: Metric, limit_minutes: int,
        as_of: int, warning: int | None) -> None:
    batch = IncidentBatch()
    for row in rows:
        batch.add(service="MAIL", priority=row["priority"], opened=row["opened"],
                  responded=row["responded"], resolved=row["resolved"], paused=row["paused"])
    target = TimeTarget(key="t", metric=metric, limit=limit_minutes * MINUTE, calendar=calendar,
                        priority=Priority.P1, warning_share=warning)
    results = time_compliance(batch, [target], zone="Europe/Berlin", first_day=date(2026, 3, 1),
                              as_of=datetime.fromtimestamp(as_of, UTC))["t"]
    assert [r.period for r in results] == [Period(2026, 3), Period(2026, 4)][:len(results)]
    for result in results:
        start, end = result.period.bounds("Europe/Berlin")
        period_end = min(end, as_of)
        counted = breaching = within_warning = still_open = 0
        breaching_rows = []
        for n, row in enumerate(rows):
            if row["priority"] is not Priority.P1 or row["opened"] >= as_of:
                continue
            decided, met = _decided(calendar, row, metric, limit_minutes, as_of)
            if decided is not None and start <= decided < end:
                counted += 1
                if not met:
                    breaching += 1
                    breaching_rows.append(n)
                elif warning is None or reference.minutes(
                        calendar, row["opened"], decided, row["paused"]) * MINUTE \
                        <= int(limit_minutes * MINUTE * warning / 100 + 1e-9):
                    within_warning += 1
            if row["opened"] < period_end and (decided is None or decided >= period_end):
                still_open += 1
        assert result.counted == counted
        assert result.breached == breaching
        assert sorted(result.breaching_rows) == breaching_rows
        assert result.open_at_end == still_open
        assert result.within_warning == within_warning
        assert result.percent == (None if not counted else (counted - breaching) * 100 / counted)
