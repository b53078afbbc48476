"""Response and resolution compliance, worked by hand on a month of office-hours records."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from itsm_desktop.domain.enums import MeasurementPeriod, Metric, Priority, TargetUnit
from itsm_desktop.domain.measurement import formulas
from itsm_desktop.domain.measurement.calendar import CLOCK, Calendar
from itsm_desktop.domain.measurement.compliance import ComplianceResult, TimeTarget, time_compliance
from itsm_desktop.domain.measurement.limits import limit_seconds
from itsm_desktop.domain.measurement.periods import Period
from itsm_desktop.domain.measurement.records import IncidentBatch, IncidentRecord, RecordError
from itsm_desktop.domain.measurement.status import Status
from itsm_desktop.domain.measurement.zones import NaiveTimeError

BERLIN = ZoneInfo("Europe/Berlin")
OFFICE = Calendar.weekly({d: [("08:00", "18:00")] for d in range(5)}, zone="Europe/Berlin")
P3 = Priority.P3


def at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN)


RECORDS = [
    # Fri 16:00 → Mon 10:00: 2 h + 2 h = 4 h, exactly the target (beyond the 80 % warning)
    IncidentRecord("INC-1", "MAIL", P3, at(6, 5, 16), resolved=at(6, 8, 10)),
    # Mon 09:00 → 11:00: 2 h
    IncidentRecord("INC-2", "MAIL", P3, at(6, 8, 9), resolved=at(6, 8, 11)),
    # Tue 17:00 → Wed 14:00: 1 h + 6 h = 7 h; the 4 hours ran out on Wednesday at 11:00
    IncidentRecord("INC-3", "MAIL", P3, at(6, 9, 17), resolved=at(6, 10, 14)),
    # Tue 30 June 16:00, resolved 1 July 09:00: open at the end of June, 3 h, counted in July
    IncidentRecord("INC-4", "MAIL", P3, at(6, 30, 16), resolved=at(7, 1, 9)),
    # Mon 29 June 09:00, paused 10:00 → Tue 12:00 waiting for the customer, resolved Tue 14:00:
    # 1 h + 2 h = 3 h, within the warning share (3 h 12 min)
    IncidentRecord("INC-5", "MAIL", P3, at(6, 29, 9), resolved=at(6, 30, 14),
                   paused=((at(6, 29, 10), at(6, 30, 12)),)),
    # another service and another priority: not this target's
    IncidentRecord("INC-6", "ERP", P3, at(6, 9, 17), resolved=at(6, 20, 14)),
    IncidentRecord("INC-7", "MAIL", Priority.P1, at(6, 9, 17), resolved=at(6, 20, 14)),
]


def resolution_target(**changes: object) -> TimeTarget:
    values: dict = dict(key="P3", metric=Metric.RESOLUTION_TIME,
                        limit=limit_seconds(4, TargetUnit.BUSINESS_HOURS, OFFICE), calendar=OFFICE,
                        priority=P3, services=frozenset({"MAIL"}), warning_share=80)
    values.update(changes)
    return TimeTarget(**values)  # type: ignore[arg-type]


def measure(target: TimeTarget, as_of: datetime) -> dict[Period, ComplianceResult]:
    batch = IncidentBatch.of(RECORDS)
    results = time_compliance(batch, [target], zone="Europe/Berlin", first_day=date(2026, 6, 1),
                              as_of=as_of)[target.key]
    return {r.period: r for r in results}


def test_june_and_july_worked_by_hand() -> None:
    results = measure(resolution_target(), at(8, 1, 0))
    june, july = results[Period(2026, 6)], results[Period(2026, 7)]
    assert (june.counted, june.within_target, june.within_warning) == (4, 3, 2)
    assert june.breaching_rows == (2,)  # INC-3
    assert june.close_call_rows == (0,)  # INC-1
    assert june.open_at_end == 1  # INC-4
    assert june.percent == 75.0
    assert june.status is Status.BREACHED  # every record must meet it
    assert june.margin == -1
    assert june.formula is formulas.RESOLUTION_COMPLIANCE
    assert (july.counted, july.within_target, july.open_at_end) == (1, 1, 0)
    assert july.status is Status.MET


def test_a_required_share_below_100_percent() -> None:
    # 3 of 4 within the limit meets 75 %; only 2 of 4 within the warning share: at risk
    june = measure(resolution_target(required_percent=75), at(8, 1, 0))[Period(2026, 6)]
    assert june.status is Status.AT_RISK
    assert june.margin == 0
    june = measure(resolution_target(required_percent=70, warning_share=None),
                   at(8, 1, 0))[Period(2026, 6)]
    assert june.status is Status.MET


def test_the_month_so_far_counts_a_breach_as_soon_as_the_time_ran_out() -> None:
    # on 10 June at 12:00 INC-3 is still open but its four hours ran out at 11:00
    results = measure(resolution_target(), at(6, 10, 12))
    assert list(results) == [Period(2026, 6)]
    june = results[Period(2026, 6)]
    assert (june.counted, june.breached, june.open_at_end) == (3, 1, 0)
    # at 10:59 it was still within its target: open, not counted
    june = measure(resolution_target(), at(6, 10, 10, 59))[Period(2026, 6)]
    assert (june.counted, june.breached, june.open_at_end) == (2, 0, 1)


def test_a_minute_outside_support_hours_would_break_the_example() -> None:
    # counted in clock time instead, INC-1 takes 66 hours: the office calendar is what saves it
    june = measure(resolution_target(calendar=CLOCK), at(8, 1, 0))[Period(2026, 6)]
    assert 0 in june.breaching_rows


def test_response_is_the_first_response_or_else_the_resolution() -> None:
    batch = IncidentBatch.of([
        IncidentRecord("A", "MAIL", Priority.P1, at(6, 1, 8), responded=at(6, 1, 8, 10),
                       resolved=at(6, 1, 12)),
        IncidentRecord("B", "MAIL", Priority.P1, at(6, 1, 8), resolved=at(6, 1, 8, 20)),
        IncidentRecord("C", "MAIL", Priority.P1, at(6, 1, 8), responded=at(6, 1, 9),
                       resolved=at(6, 1, 8, 5)),  # resolved before the recorded response
    ])
    target = TimeTarget(key="r", metric=Metric.RESPONSE_TIME, limit=15 * 60, calendar=CLOCK,
                        priority=Priority.P1, period=MeasurementPeriod.QUARTER)
    (result,) = time_compliance(batch, [target], zone="Europe/Berlin", first_day=date(2026, 4, 1),
                                as_of=at(7, 1, 0))["r"]
    assert result.period == Period(2026, 2, MeasurementPeriod.QUARTER)
    assert (result.counted, result.breaching_rows) == (3, (1,))


def test_records_that_cannot_be_measured_are_refused_with_their_reference() -> None:
    with pytest.raises(RecordError, match="INC-9: It was resolved before it was opened"):
        IncidentBatch.of([IncidentRecord("INC-9", "MAIL", P3, at(6, 2, 9), resolved=at(6, 1, 9))])
    with pytest.raises(RecordError, match="INC-8: .*no time zone"):
        IncidentBatch.of([IncidentRecord("INC-8", "MAIL", P3, datetime(2026, 6, 1, 9))])
    with pytest.raises(RecordError, match="paused interval ends before"):
        IncidentBatch.of([IncidentRecord("INC-7", "MAIL", P3, at(6, 1, 9),
                                         paused=((at(6, 1, 11), at(6, 1, 10)),))])
    assert issubclass(NaiveTimeError, ValueError)
    batch = IncidentBatch()
    for bad in ({"paused": [(200, 100)]}, {"priority": "P9"}, {"resolved": 50}):
        with pytest.raises(RecordError):
            batch.add(**{"service": "MAIL", "priority": P3, "opened": 100, **bad})  # type: ignore[arg-type]
    assert len(batch) == 0 and len(batch.service) == len(batch.priority) == 0  # nothing half-added
    with pytest.raises(ValueError, match="before the first day"):
        measure(resolution_target(), at(5, 31, 23))


def test_limits_in_the_units_of_a_target() -> None:
    assert limit_seconds(15, TargetUnit.MINUTES, CLOCK) == 900
    assert limit_seconds(4, TargetUnit.BUSINESS_HOURS, OFFICE) == 4 * 3600
    assert limit_seconds(3, TargetUnit.BUSINESS_DAYS, OFFICE) == 30 * 3600  # 10-hour days
    assert limit_seconds(1, TargetUnit.BUSINESS_DAYS, CLOCK) == 86_400
    assert limit_seconds(2, TargetUnit.DAYS, OFFICE) == 2 * 86_400
    with pytest.raises(ValueError, match="not a unit of time"):
        limit_seconds(99, TargetUnit.PERCENT, CLOCK)
    with pytest.raises(ValueError, match="positive"):
        limit_seconds(0, TargetUnit.HOURS, CLOCK)
