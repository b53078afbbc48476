"""Availability agrees with a minute-by-minute count over a whole month.

Random outages — overlapping, crossing the month's ends, planned with and without enough
notice — against random support calendars around Berlin's spring change (March 2026): the
service time, maintenance, downtime and number of breaks equal a plain count of minutes.
"""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from itsm_desktop.domain.measurement.calendar import Calendar
from itsm_desktop.domain.measurement.outages import AvailabilityTerms, Notice, Outage, availability
from itsm_desktop.domain.measurement.periods import Period

from . import reference
from .strategies import calendars

MINUTE = 60
MARCH = Period(2026, 3)
START, END = MARCH.bounds("Europe/Berlin")
NOTICE = 3 * 86_400


@st.composite
def outages(draw: st.DrawFn) -> tuple[int, int, bool, int | None]:
    start = START + draw(st.integers(-2 * 1440, 33 * 1440)) * MINUTE
    end = start + draw(st.integers(1, 2 * 1440)) * MINUTE
    planned = draw(st.booleans())
    announced = draw(st.none() | st.integers(0, 6 * 1440).map(lambda m: start - m * MINUTE))
    return start, end, planned, announced


def _utc(at: int) -> datetime:
    return datetime.fromtimestamp(at, UTC)


@settings(max_examples=12, deadline=None, database=None)  # a month of minutes each
@given(calendars(), st.lists(outages(), max_size=6))
def test_availability_is_the_count_of_minutes(calendar: Calendar, drawn: list) -> None:
    records = [Outage(f"O{n}", _utc(a), _utc(b), planned, None if ann is None else _utc(ann))
               for n, (a, b, planned, ann) in enumerate(drawn)]
    terms = AvailabilityTerms(hours=calendar, target_percent=99.0, notice=Notice(NOTICE))
    result = availability(records, terms, MARCH, zone="Europe/Berlin")

    excused = [(a, b) for a, b, planned, ann in drawn
               if planned and ann is not None and ann <= a - NOTICE]
    counted = [(a, b) for a, b, planned, ann in drawn
               if not (planned and ann is not None and ann <= a - NOTICE)]

    def within(at: int, spans: list[tuple[int, int]]) -> bool:
        return any(a <= at < b for a, b in spans)

    service = maintenance = downtime = breaks = 0
    in_break = break_counted = False
    for at in range(START, END, MINUTE):
        is_open = reference.is_open(calendar, at)
        agreed = is_open and not within(at, excused)
        service += is_open
        maintenance += is_open and within(at, excused)
        down = within(at, counted)
        downtime += agreed and down
        # a break: a run of outage minutes (open or not) with at least one agreed minute in it
        if down:
            in_break, break_counted = True, break_counted or agreed
        elif in_break:
            breaks += break_counted
            in_break = break_counted = False
    breaks += in_break and break_counted
    assert result.service_seconds == service * MINUTE
    assert result.maintenance_seconds == maintenance * MINUTE
    assert result.agreed_seconds == (service - maintenance) * MINUTE
    assert result.downtime_seconds == downtime * MINUTE
    assert result.breaks == breaks
