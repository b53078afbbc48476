"""Satisfaction, recovery tests, and calendars made from the catalog's service hours."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from itsm_desktop.domain.measurement import formulas
from itsm_desktop.domain.measurement.calendar import Calendar, CalendarError, DateException, shift
from itsm_desktop.domain.measurement.clock import business_seconds, deadline, open_intervals
from itsm_desktop.domain.measurement.periods import Period
from itsm_desktop.domain.measurement.status import Status
from itsm_desktop.domain.measurement.surveys import (
    RecoveryTest,
    SatisfactionScale,
    SurveyResponse,
    recovery,
    satisfaction,
)
from itsm_desktop.domain.values import DayHours, WeeklyHours

NY = ZoneInfo("America/New_York")
JUNE = Period(2026, 6)


def at(day: int, hour: int, minute: int = 0, month: int = 6) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=NY)


def test_satisfaction_share_and_mean_worked_by_hand() -> None:
    # scores 5, 4, 4, 2, 1 in June (and one in July): 3 of 5 satisfied = 60 %, mean 16 / 5 = 3.2
    scores = [5, 4, 4, 2, 1]
    responses = [SurveyResponse(f"S{n}", at(n + 1, 12), s) for n, s in enumerate(scores)]
    responses += [SurveyResponse("JULY", at(1, 12, month=7), 5), SurveyResponse("BAD", at(9, 9), 7)]
    result = satisfaction(responses, JUNE, zone="America/New_York", scale=SatisfactionScale(),
                          target_percent=80, warning_percent=85)
    assert (result.responses, result.satisfied) == (5, 3)
    assert result.percent_satisfied == 60.0
    assert result.mean_score == 3.2
    assert result.status is Status.BREACHED
    assert result.off_scale == ("BAD",)
    assert result.formula is formulas.SATISFACTION
    empty = satisfaction([], JUNE, zone="UTC", scale=SatisfactionScale(), target_percent=80)
    assert empty.status is Status.NOT_MEASURED and empty.mean_score is None


def test_recovery_tests_against_rto_and_rpo() -> None:
    tests = [RecoveryTest("R1", at(3, 10), recovery_seconds=3 * 3600, data_loss_seconds=1800),
             RecoveryTest("R2", at(17, 10), recovery_seconds=7 * 3600, data_loss_seconds=4000)]
    result = recovery(tests, JUNE, zone="America/New_York", rto_seconds=8 * 3600,
                      rpo_seconds=3600, warning_share=80)
    assert (result.tests, result.slowest_recovery, result.largest_data_loss) == (2, 7 * 3600, 4000)
    assert result.rto_status is Status.AT_RISK  # 7 h is beyond 80 % of 8 h
    assert result.rpo_status is Status.BREACHED and result.failed_rpo == ("R2",)
    none = recovery([], JUNE, zone="UTC", rto_seconds=3600, rpo_seconds=None)
    assert none.rto_status is Status.NOT_MEASURED and none.rpo_status is Status.NOT_MEASURED


def test_a_calendar_from_the_catalogs_weekly_hours() -> None:
    hours = WeeklyHours(days={"mon": DayHours("08:00", "12:00"), "sat": DayHours("10:00", "24:00")})
    calendar = Calendar.from_weekly_hours(hours, zone="America/New_York")
    # Monday 1 June 07:00 → Sunday 7 June 00:00: Monday 4 h + Saturday 14 h
    assert business_seconds(calendar, at(1, 7), at(7, 0)) == 18 * 3600
    always = Calendar.from_weekly_hours(WeeklyHours(always=True), zone="America/New_York")
    assert always.is_clock
    assert Calendar.from_weekly_hours(WeeklyHours.office(), zone="UTC").business_day == 10 * 3600


def test_several_shifts_a_day_exceptions_and_the_datetime_helpers() -> None:
    split = Calendar.weekly({d: [("08:00", "12:00"), ("13:00", "17:00")] for d in range(5)},
                            zone="America/New_York",
                            exceptions=[DateException.hours(date(2026, 6, 6), "09:00", "11:00", open=True),
                                        DateException(date(2026, 6, 5), 0, 86_400, False)])
    # Thursday 4 June 11:00 → Monday 8 June 09:00: Thu 1 + 4, Fri closed, Sat 2 (open
    # exception), Mon 1 = 8 hours
    assert business_seconds(split, at(4, 11), at(8, 9)) == 8 * 3600
    # a pause over the lunch break and into the afternoon takes only the afternoon's hour
    assert business_seconds(split, at(4, 11), at(4, 17), [(at(4, 11, 30), at(4, 14))]) == 3.5 * 3600
    assert deadline(split, at(4, 16), 2 * 3600) == at(6, 10)
    assert open_intervals(split, at(4, 11), at(4, 14)) == [(at(4, 11), at(4, 12)), (at(4, 13), at(4, 14))]
    assert deadline(Calendar.weekly({}, zone="UTC"), at(4, 16), 60) is None


def test_shifts_are_checked() -> None:
    assert shift("22:00", "06:00") == (22 * 3600, 30 * 3600)
    assert shift("00:00", "24:00") == (0, 86_400)
    with pytest.raises(CalendarError, match="25:00"):
        shift("25:00", "26:00")
    with pytest.raises(CalendarError, match="24:00"):
        shift("24:00", "06:00")
    with pytest.raises(CalendarError, match="'Mars/Olympus' is not a known time zone"):
        Calendar.weekly({0: [("08:00", "09:00")]}, zone="Mars/Olympus")
