"""Availability, MTTR, MTBF and MTBSI by worked examples of ITIL V3 Service Design 4.4.

    Availability = (agreed service time − downtime) ÷ agreed service time × 100
    MTTR (MTRS)  = downtime ÷ number of service breaks
    MTBF         = (agreed service time − downtime) ÷ number of service breaks
    MTBSI        = agreed service time ÷ number of service breaks

Each example is worked by hand in its comments; the engine must give the same figures.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from itsm_desktop.domain.measurement import formulas
from itsm_desktop.domain.measurement.calendar import CLOCK, Calendar
from itsm_desktop.domain.measurement.outages import (
    AvailabilityTerms,
    Notice,
    Outage,
    availability,
    availability_by_period,
)
from itsm_desktop.domain.measurement.periods import Period
from itsm_desktop.domain.measurement.status import Status

UTC = ZoneInfo("UTC")
BERLIN = ZoneInfo("Europe/Berlin")
MIN = 60
FIVE_DAYS = Notice(5 * 86_400)


def at(day: int, hour: int, minute: int = 0, month: int = 6, tz: ZoneInfo = UTC) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=tz)


def june_outages() -> list[Outage]:
    return [
        # 1. straddles 31 May / 1 June: 60 of its 120 minutes fall in June
        Outage("OUT-1", at(31, 23, month=5), at(1, 1)),
        # 2. thirty minutes
        Outage("OUT-2", at(3, 10), at(3, 10, 30)),
        # 3. two overlapping reports of one failure: 08:00–09:15 = 75 minutes, one break
        Outage("OUT-3a", at(10, 8), at(10, 9)),
        Outage("OUT-3b", at(10, 8, 30), at(10, 9, 15)),
        # 4. planned, announced ten days ahead (notice 5 days): maintenance, 120 minutes
        Outage("MNT-1", at(20, 2), at(20, 4), planned=True, announced_at=at(10, 9)),
        # 5. planned but announced the day before: downtime, 45 minutes
        Outage("MNT-2", at(25, 1), at(25, 1, 45), planned=True, announced_at=at(24, 12)),
    ]


def test_a_24x7_month_worked_by_hand() -> None:
    # June has 30 × 24 × 60 = 43,200 minutes of 24×7 service hours.
    # Agreed service time = 43,200 − 120 (announced maintenance) = 43,080 minutes.
    # Downtime = 60 + 30 + 75 + 45 = 210 minutes in 4 breaks.
    # Availability = (43,080 − 210) ÷ 43,080 × 100 = 99.51253...%
    # MTTR = 210 ÷ 4 = 52.5 min; MTBF = 42,870 ÷ 4 = 10,717.5 min; MTBSI = 43,080 ÷ 4 = 10,770 min
    terms = AvailabilityTerms(hours=CLOCK, target_percent=99.5, warning_percent=99.7,
                              notice=FIVE_DAYS)
    result = availability(june_outages(), terms, Period(2026, 6), zone="UTC")
    assert result.service_seconds == 43_200 * MIN
    assert result.maintenance_seconds == 120 * MIN
    assert result.agreed_seconds == 43_080 * MIN
    assert result.downtime_seconds == 210 * MIN
    assert result.breaks == 4
    assert result.percent == pytest.approx((43_080 - 210) / 43_080 * 100)
    assert result.mttr_seconds == 52.5 * MIN
    assert result.mtbf_seconds == 10_717.5 * MIN
    assert result.mtbsi_seconds == 10_770 * MIN
    assert result.mtbsi_seconds == result.mtbf_seconds + result.mttr_seconds
    # 99.513 % is above the 99.5 % target but below the 99.7 % warning level
    assert result.status is Status.AT_RISK
    # budget: 43,080 × 0.5 % = 215.4 minutes allowed, 210 used: 5.4 minutes left
    assert result.budget_seconds == pytest.approx(5.4 * MIN)
    assert result.late_notice == ("MNT-2",)
    assert [p.references for p in result.maintenance] == [("MNT-1",)]
    assert [p.references for p in result.downtime] == [
        ("OUT-1",), ("OUT-2",), ("OUT-3a", "OUT-3b"), ("MNT-2",)]
    assert set(result.formulas) >= {formulas.AVAILABILITY, formulas.MTTR, formulas.MTBF}


def test_announced_maintenance_is_never_downtime() -> None:
    terms = AvailabilityTerms(hours=CLOCK, target_percent=99.9, notice=FIVE_DAYS)
    planned = Outage("MNT", at(20, 0), at(20, 12), planned=True, announced_at=at(1, 0))
    result = availability([planned], terms, Period(2026, 6), zone="UTC")
    assert (result.downtime_seconds, result.breaks, result.percent) == (0, 0, 100.0)
    assert result.maintenance_seconds == 12 * 3600
    assert result.status is Status.MET
    assert result.mttr_seconds is None and result.mtbf_seconds is None
    # the same work announced four days ahead is downtime: 720 minutes of 42,480
    late = Outage("MNT", at(20, 0), at(20, 12), planned=True, announced_at=at(16, 0))
    result = availability([late], terms, Period(2026, 6), zone="UTC")
    assert result.downtime_seconds == 12 * 3600
    assert result.status is Status.BREACHED


def test_notice_in_business_days_counts_support_hours_only() -> None:
    office = Calendar.weekly({d: [("08:00", "18:00")] for d in range(5)}, zone="Europe/Berlin")
    notice = Notice(2 * office.business_day, office)  # two business days = 20 support hours
    # announced Friday 12 June 09:00, work on Tuesday 16 June 09:00: Friday 9 h + Monday 10 h
    # + Tuesday 1 h = 20 hours of notice, exactly enough
    work = Outage("MNT", at(16, 9, tz=BERLIN), at(16, 10, tz=BERLIN), planned=True,
                  announced_at=at(12, 9, tz=BERLIN))
    terms = AvailabilityTerms(hours=office, target_percent=99, notice=notice)
    assert availability([work], terms, Period(2026, 6), zone="Europe/Berlin").downtime_seconds == 0
    later = Outage("MNT", work.start, work.end, planned=True, announced_at=at(12, 9, 1, tz=BERLIN))
    assert availability([later], terms, Period(2026, 6),
                        zone="Europe/Berlin").downtime_seconds == 3600


def test_only_outage_time_within_service_hours_counts() -> None:
    # weekdays 08:00–18:00 in Berlin; June 2026 has 22 weekdays = 220 hours of service;
    # Thursday 4 June is made a holiday: 210 hours.
    office = Calendar.weekly({d: [("08:00", "18:00")] for d in range(5)}, zone="Europe/Berlin",
                             holidays=[datetime(2026, 6, 4).date()])
    outages = [
        Outage("NIGHT", at(5, 17, tz=BERLIN), at(8, 9, tz=BERLIN)),  # Fri 17:00 – Mon 09:00: 2 h
        Outage("HOLIDAY", at(4, 10, tz=BERLIN), at(4, 12, tz=BERLIN)),  # on the holiday: none
        Outage("SUNDAY", at(14, 10, tz=BERLIN), at(14, 20, tz=BERLIN)),  # on a Sunday: none
    ]
    terms = AvailabilityTerms(hours=office, target_percent=99.0)
    result = availability(outages, terms, Period(2026, 6), zone="Europe/Berlin")
    assert result.service_seconds == 210 * 3600
    assert result.downtime_seconds == 2 * 3600
    assert result.breaks == 1  # the weekend outage is one break; the others are none
    assert result.percent == pytest.approx(208 / 210 * 100)
    assert result.mtbf_seconds == 208 * 3600


def test_an_outage_across_a_period_boundary_is_split_and_never_counted_twice() -> None:
    across = Outage("X", at(31, 23, month=5), at(1, 1))
    overlapping = Outage("Y", at(31, 23, 30, month=5), at(1, 0, 30))
    terms = AvailabilityTerms(hours=CLOCK, target_percent=99.9)
    may, june = availability_by_period([across, overlapping], terms,
                                       [Period(2026, 5), Period(2026, 6)], zone="UTC")
    assert may.downtime_seconds == june.downtime_seconds == 3600
    assert may.breaks == june.breaks == 1
    assert may.downtime[0].end == june.downtime[0].start


def test_the_month_so_far_and_its_budget_of_downtime() -> None:
    # 99.9 % of a 30-day 24×7 month allows 43.2 minutes; 10 used by 10 June leaves 33.2
    terms = AvailabilityTerms(hours=CLOCK, target_percent=99.9)
    outage = Outage("X", at(5, 12), at(5, 12, 10))
    result = availability([outage], terms, Period(2026, 6), zone="UTC", as_of=at(10, 0))
    assert result.agreed_seconds == 9 * 86_400
    assert result.percent == pytest.approx((9 * 1440 - 10) / (9 * 1440) * 100)
    assert result.budget_seconds == pytest.approx(33.2 * MIN)
    # maintenance announced for later in the month shrinks the month's agreed time, and with it
    # the budget (by 0.1 % of 60 minutes); an unplanned outage after "now" is not known yet
    later = [outage, Outage("MNT", at(20, 0), at(20, 1), planned=True, announced_at=at(1, 0)),
             Outage("FUTURE", at(25, 0), at(25, 5))]
    result = availability(later, terms, Period(2026, 6), zone="UTC", as_of=at(10, 0))
    assert result.budget_seconds == pytest.approx(33.2 * MIN - 0.06 * MIN)
    assert result.downtime_seconds == 10 * MIN and result.maintenance == ()


def test_daylight_saving_months_have_their_real_length() -> None:
    # March 2026 in Berlin: 31 days less the skipped hour; October: 31 days and the repeated one
    terms = AvailabilityTerms(hours=Calendar.weekly({d: [("00:00", "24:00")] for d in range(7)},
                                                    zone="Europe/Berlin"), target_percent=99)
    march = availability([], terms, Period(2026, 3), zone="Europe/Berlin")
    october = availability([], terms, Period(2026, 10), zone="Europe/Berlin")
    assert march.service_seconds == (31 * 24 - 1) * 3600
    assert october.service_seconds == (31 * 24 + 1) * 3600
    assert march.percent == 100.0 and march.breaks == 0


def test_no_service_hours_in_a_period_is_not_measured() -> None:
    closed = Calendar.weekly({}, zone="UTC")
    result = availability([Outage("X", at(1, 0), at(2, 0))], AvailabilityTerms(closed, 99.0),
                          Period(2026, 6), zone="UTC")
    assert result.percent is None and result.status is Status.NOT_MEASURED


def test_an_outage_ending_before_it_starts_is_refused_with_its_reference() -> None:
    with pytest.raises(ValueError, match="OUT-9"):
        Outage("OUT-9", at(2, 0), at(2, 0) - timedelta(minutes=1))
