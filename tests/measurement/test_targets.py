"""The agreement's own target rows convert to what the engine measures."""

from __future__ import annotations

import pytest

from itsm_desktop.domain.enums import MeasurementPeriod, Metric, Priority, TargetUnit
from itsm_desktop.domain.forms import TargetRow
from itsm_desktop.domain.measurement.calendar import Calendar
from itsm_desktop.domain.measurement.status import Status
from itsm_desktop.domain.measurement.targets import availability_terms, status_of, time_target
from itsm_desktop.domain.models import ServiceLevelTarget
from itsm_desktop.domain.templates import standard_matrix

OFFICE = Calendar.weekly({d: [("08:00", "18:00")] for d in range(5)}, zone="Europe/Berlin")


def test_the_standard_matrix_converts() -> None:
    rows = standard_matrix([1, 2])
    times = [time_target(n, r, OFFICE) for n, r in enumerate(rows)
             if r.metric in (Metric.RESPONSE_TIME, Metric.RESOLUTION_TIME)]
    assert len(times) == 8
    p4_resolution = next(t for t in times
                         if t.metric is Metric.RESOLUTION_TIME and t.priority is Priority.P4)
    assert p4_resolution.limit == 10 * 10 * 3600  # 10 business days of 10 hours
    assert p4_resolution.warning_share == 80.0
    terms = availability_terms(rows[0], OFFICE)
    assert (terms.target_percent, terms.warning_percent) == (99.5, 99.0)
    with pytest.raises(ValueError, match="not measured from incident records"):
        time_target("a", rows[0], OFFICE)


def test_the_table_row_converts_too() -> None:
    row = ServiceLevelTarget(agreement_id=1, metric=Metric.RESPONSE_TIME, value=4,
                             unit=TargetUnit.BUSINESS_HOURS, priority=Priority.P3,
                             warning_threshold=80, period=MeasurementPeriod.QUARTER)
    target = time_target(row.id, row, OFFICE, services=frozenset({"MAIL"}))
    assert (target.limit, target.period, target.services) == (
        4 * 3600, MeasurementPeriod.QUARTER, frozenset({"MAIL"}))


def test_hand_entered_values_get_the_status_their_threshold_gives() -> None:
    availability = TargetRow(metric=Metric.AVAILABILITY, value=99.5, warning_threshold=99.7)
    assert status_of(availability, 99.6) is Status.AT_RISK
    assert status_of(availability, 99.4) is Status.BREACHED
    rto = TargetRow(metric=Metric.RTO, value=8, unit=TargetUnit.HOURS, warning_threshold=80)
    assert status_of(rto, 6) is Status.MET
    assert status_of(rto, 7) is Status.AT_RISK
    assert status_of(rto, 9) is Status.BREACHED
    notice = TargetRow(metric=Metric.MAINTENANCE_NOTICE, value=5, unit=TargetUnit.BUSINESS_DAYS)
    assert status_of(notice, 6) is Status.MET and status_of(notice, 4) is Status.BREACHED
    custom = TargetRow(metric=Metric.CUSTOM, value=3, unit=TargetUnit.HOURS)
    assert status_of(custom, 2) is Status.NOT_MEASURED
    assert status_of(availability, None) is Status.NOT_MEASURED
