"""The fast calendar arithmetic agrees with the minute-by-minute reference, everywhere.

Calendars with several shifts a day, shifts across midnight, holidays and exceptions, in
zones with daylight-saving changes (Berlin, New York, Lord Howe's half-hour change, and
Santiago, whose clocks skip and repeat midnight),
over spans that cross those changes, weekends and a new year.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from itsm_desktop.domain.measurement.calendar import Calendar
from itsm_desktop.domain.measurement.clock import clock_for
from itsm_desktop.domain.measurement.zones import first_instant_at, zone_named

from . import reference
from .strategies import ANCHORS, ZONES, calendars, pauses, spans

PROPERTY = settings(max_examples=120, deadline=None, database=None)


@PROPERTY
@given(calendars(), spans())
def test_business_time_between_two_instants_is_the_count_of_open_minutes(
        calendar: Calendar, span: tuple[int, int]) -> None:
    start, end = span
    counted = clock_for(calendar, start, end).seconds(start, end)
    assert counted == reference.minutes(calendar, start, end) * 60


@PROPERTY
@given(calendars(), spans(max_days=3), st.data())
def test_paused_minutes_do_not_count_even_when_pauses_overlap(
        calendar: Calendar, span: tuple[int, int], data: st.DataObject) -> None:
    start, end = span
    paused = data.draw(pauses(start, end))
    counted = clock_for(calendar, start, end).seconds(start, end, paused)
    assert counted == reference.minutes(calendar, start, end, paused) * 60


@PROPERTY
@given(calendars(), spans(max_days=0), st.integers(0, 1500), st.data())
def test_deadline_is_the_end_of_the_nth_counting_minute(
        calendar: Calendar, span: tuple[int, int], count: int, data: st.DataObject) -> None:
    start, _ = span
    paused = data.draw(pauses(start, start + count * 60))
    expected = reference.deadline(calendar, start, count, paused)
    clock = clock_for(calendar, start, start + 20 * 86_400)
    reached = clock.reach_with_pauses(start, count * 60, sorted(paused)) if paused else \
        clock.reach(start, count * 60)
    if expected is None:  # nothing open within the reference's horizon
        assert reached is None or reached - start >= 15 * 86_400
    else:
        assert reached == expected


@PROPERTY
@given(calendars(), spans())
def test_open_intervals_hold_exactly_the_open_minutes(calendar: Calendar, span: tuple[int, int]) -> None:
    start, end = span
    intervals = clock_for(calendar, start, end).open_intervals(start, end)
    inside = {at for a, b in intervals for at in range(a, b, 60)}
    assert inside == {at for at in range(start, end, 60) if reference.is_open(calendar, at)}
    assert all(a < b for a, b in intervals)
    assert all(b1 < a2 for (_, b1), (a2, _) in zip(intervals, intervals[1:], strict=False))


@settings(max_examples=80, deadline=None, database=None)
@given(st.sampled_from((*ZONES, "America/Havana")), st.sampled_from(ANCHORS),
       st.integers(-3, 3), st.integers(0, 1439))
def test_a_local_time_starts_at_the_first_instant_the_clock_shows_it(
        zone: str, anchor: date, days: int, minute: int) -> None:
    from datetime import timedelta

    day = anchor + timedelta(days=days)
    near = int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())
    expected = reference.first_minute_showing(zone, day, minute * 60, near)
    assert first_instant_at(zone_named(zone), day, minute * 60) == expected


def test_the_reference_itself_counts_a_known_week() -> None:
    # 08:00–18:00 on weekdays, Berlin, the week of the spring change: 50 hours either way
    office = Calendar.weekly({d: [("08:00", "18:00")] for d in range(5)}, zone="Europe/Berlin")
    start = int(datetime(2026, 3, 23, tzinfo=UTC).timestamp()) - 3600  # Monday 00:00 CET
    end = start + 7 * 86_400 - 3600  # next Monday 00:00 CEST
    assert reference.minutes(office, start, end) == 50 * 60
    assert clock_for(office, start, end).seconds(start, end) == 50 * 3600
