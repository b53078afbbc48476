"""Daylight-saving changes, worked by hand: the wall clock decides what counts.

Berlin 2026: on Sunday 29 March the clock jumps from 02:00 to 03:00; on Sunday 25 October it
turns back from 03:00 to 02:00, so 02:00–03:00 happens twice.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from itsm_desktop.domain.measurement.calendar import Calendar
from itsm_desktop.domain.measurement.clock import business_seconds, deadline, open_intervals
from itsm_desktop.domain.measurement.periods import Period
from itsm_desktop.domain.measurement.zones import first_instant_at

BERLIN = ZoneInfo("Europe/Berlin")
UTC = ZoneInfo("UTC")
HOUR = 3600


def every_day(*shifts: tuple[str, str]) -> Calendar:
    return Calendar.weekly({d: list(shifts) for d in range(7)}, zone="Europe/Berlin")


def local(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN)


def test_a_night_shift_is_an_hour_shorter_in_spring_and_longer_in_autumn() -> None:
    night = every_day(("22:00", "06:00"))
    assert business_seconds(night, local(3, 28, 12), local(3, 29, 12)) == 7 * HOUR
    assert business_seconds(night, local(10, 24, 12), local(10, 25, 12)) == 9 * HOUR
    assert business_seconds(night, local(6, 1, 12), local(6, 2, 12)) == 8 * HOUR


def test_a_shift_starting_in_the_skipped_hour_opens_when_the_clock_jumps() -> None:
    early = every_day(("02:30", "06:00"))
    # 02:30 never happens on 29 March: the shift opens at 03:00 CEST (01:00 UTC), 3 hours
    (opened,) = open_intervals(early, local(3, 29, 0), local(3, 29, 12))
    assert opened[0] == datetime(2026, 3, 29, 1, tzinfo=UTC)
    assert business_seconds(early, local(3, 29, 0), local(3, 29, 12)) == 3 * HOUR


def test_a_repeated_local_time_counts_both_times() -> None:
    # 01:00–02:30 on 25 October: 01:00–02:30 summer time, then 02:00–02:30 again in winter time
    early = every_day(("01:00", "02:30"))
    spans = open_intervals(early, local(10, 25, 0), local(10, 25, 12))
    assert [(a.astimezone(UTC).hour, a.astimezone(UTC).minute, b.astimezone(UTC).hour,
             b.astimezone(UTC).minute) for a, b in spans] == [(23, 0, 0, 30), (1, 0, 1, 30)]
    assert business_seconds(early, local(10, 25, 0), local(10, 25, 12)) == 2 * HOUR


def test_a_deadline_across_the_change_counts_real_hours() -> None:
    # 24×7 in Berlin: 4 hours from Sunday 01:00 CET is 06:00 CEST, the clock having jumped
    always = every_day(("00:00", "24:00"))
    assert deadline(always, local(3, 29, 1), 4 * HOUR) == local(3, 29, 6)
    assert deadline(always, local(10, 25, 1), 4 * HOUR) == local(10, 25, 4)


def test_a_day_whose_midnight_is_skipped_starts_when_the_clock_jumps() -> None:
    # Havana moves its clocks from 00:00 to 01:00 on Sunday 8 March 2026: that day starts at
    # 01:00 CDT (05:00 UTC), the first instant whose clock shows the date at all
    havana = ZoneInfo("America/Havana")
    assert first_instant_at(havana, date(2026, 3, 8)) == int(datetime(2026, 3, 8, 5, tzinfo=UTC).timestamp())
    assert first_instant_at(havana, date(2026, 3, 7)) == int(datetime(2026, 3, 7, 5, tzinfo=UTC).timestamp())
    start, _ = Period(2026, 3).bounds("America/Havana")
    assert start == int(datetime(2026, 3, 1, 5, tzinfo=UTC).timestamp())  # 00:00 CST
