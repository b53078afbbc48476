"""Starting points an agreement editor offers: the standard target matrix."""

from __future__ import annotations

from .enums import MeasurementPeriod, Metric, Priority, TargetUnit
from .forms import TargetRow

STANDARD_RESPONSE = {
    Priority.P1: (15, TargetUnit.MINUTES),
    Priority.P2: (1, TargetUnit.HOURS),
    Priority.P3: (4, TargetUnit.BUSINESS_HOURS),
    Priority.P4: (1, TargetUnit.BUSINESS_DAYS),
}
STANDARD_RESOLUTION = {
    Priority.P1: (4, TargetUnit.HOURS),
    Priority.P2: (8, TargetUnit.HOURS),
    Priority.P3: (3, TargetUnit.BUSINESS_DAYS),
    Priority.P4: (10, TargetUnit.BUSINESS_DAYS),
}


def standard_matrix(service_ids: list[int], availability: float = 99.5) -> list[TargetRow]:
    """Response and resolution for P1–P4 (all services) and availability per service."""
    rows = [
        TargetRow(metric=Metric.AVAILABILITY, value=availability, unit=TargetUnit.PERCENT,
                  service_id=sid, warning_threshold=99.0 if availability > 99 else None,
                  period=MeasurementPeriod.MONTH)
        for sid in service_ids
    ]
    for metric, table in ((Metric.RESPONSE_TIME, STANDARD_RESPONSE),
                          (Metric.RESOLUTION_TIME, STANDARD_RESOLUTION)):
        for prio, (value, unit) in table.items():
            rows.append(TargetRow(metric=metric, value=value, unit=unit, priority=prio,
                                  warning_threshold=80.0, period=MeasurementPeriod.MONTH))
    return rows
