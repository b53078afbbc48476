"""Months and quarters in an agreement's time zone, and the period so far."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from itsm_desktop.domain.enums import MeasurementPeriod
from itsm_desktop.domain.measurement.periods import Period, PeriodGrid, periods_between

Q = MeasurementPeriod.QUARTER


def test_labels_parse_and_print_alike() -> None:
    for text in ("2026-11", "2026-Q4", "2026"):
        assert Period.parse(text).label == text
    assert Period.parse("2026-11") == Period(2026, 11)
    with pytest.raises(ValueError, match="2026-13"):
        Period.parse("2026-13")
    with pytest.raises(ValueError, match="not a period"):
        Period.parse("Nov 2026")


def test_next_previous_and_ranges_cross_years() -> None:
    assert Period(2026, 12).next == Period(2027, 1)
    assert Period(2027, 1, Q).previous == Period(2026, 4, Q)
    assert [p.label for p in periods_between(Period(2026, 3, Q), Period(2027, 2, Q))] == [
        "2026-Q3", "2026-Q4", "2027-Q1", "2027-Q2"]
    assert Period.containing(date(2026, 8, 15), Q) == Period(2026, 3, Q)


def test_bounds_are_local_midnights_in_the_agreements_zone() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    start, end = Period(2026, 10).span("Europe/Berlin")
    assert start == datetime(2026, 10, 1, tzinfo=berlin)
    assert end == datetime(2026, 11, 1, tzinfo=berlin)
    first, last = Period(2026, 10).bounds("Europe/Berlin")
    assert last - first == (31 * 24 + 1) * 3600  # the repeated hour counts
    a, b = Period(2026, 1, Q).bounds("America/New_York")
    assert datetime.fromtimestamp(a, UTC) == datetime(2026, 1, 1, 5, tzinfo=UTC)
    assert datetime.fromtimestamp(b, UTC) == datetime(2026, 4, 1, 4, tzinfo=UTC)


def test_a_moment_belongs_to_the_period_of_its_local_date() -> None:
    # 31 October 23:30 UTC is already 1 November in Berlin
    moment = datetime(2026, 10, 31, 23, 30, tzinfo=UTC)
    assert Period.at(moment, MeasurementPeriod.MONTH, "Europe/Berlin") == Period(2026, 11)
    assert Period.at(moment, MeasurementPeriod.MONTH, "America/New_York") == Period(2026, 10)


def test_the_period_so_far() -> None:
    november = Period(2026, 11)
    start, end = november.bounds("UTC")
    now = datetime(2026, 11, 10, 12, tzinfo=UTC)
    assert november.so_far("UTC", now) == (start, int(now.timestamp()))
    assert november.so_far("UTC", datetime(2027, 1, 1, tzinfo=UTC)) == (start, end)
    assert november.so_far("UTC", datetime(2026, 1, 1, tzinfo=UTC)) == (start, start)


def test_a_grid_finds_the_period_of_an_instant() -> None:
    months = periods_between(Period(2026, 1), Period(2026, 12))
    grid = PeriodGrid.of(months, "Europe/Berlin")
    march = Period(2026, 3).bounds("Europe/Berlin")
    assert grid.index_of(march[0]) == 2
    assert grid.index_of(march[1] - 1) == 2
    assert grid.index_of(grid.edges[0] - 1) == -1
    assert grid.index_of(grid.edges[-1]) == 12
