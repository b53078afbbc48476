"""From an agreement's targets (the model's rows) to what the engine measures.

Works with anything shaped like a service level target — the table row, the form row — via
:class:`TargetLike`, so the services layer converts without copying fields by hand.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Protocol

from itsm_desktop.domain.enums import (
    DURATION_METRICS,
    PERCENT_METRICS,
    MeasurementPeriod,
    Metric,
    Priority,
    TargetUnit,
)

from .calendar import Calendar
from .compliance import TIME_METRICS, TimeTarget
from .limits import limit_seconds
from .outages import AvailabilityTerms, Notice
from .status import Status, duration_status, level_status


class TargetLike(Protocol):
    """The fields of a service level target the engine reads."""

    @property
    def metric(self) -> Metric: ...
    @property
    def value(self) -> float: ...
    @property
    def unit(self) -> TargetUnit: ...
    @property
    def priority(self) -> Priority | None: ...
    @property
    def warning_threshold(self) -> float | None: ...
    @property
    def period(self) -> MeasurementPeriod: ...


def time_target(
    key: Hashable, target: TargetLike, calendar: Calendar, *,
    services: frozenset[Hashable] | None = None, required_percent: float = 100.0,
) -> TimeTarget:
    """A response or resolution target measured in ``calendar`` (its time base); its warning
    threshold is a share of the limit."""
    if target.metric not in TIME_METRICS:
        raise ValueError(f"{target.metric.label} is not measured from incident records.")
    return TimeTarget(
        key=key, metric=target.metric, limit=limit_seconds(target.value, target.unit, calendar),
        calendar=calendar, priority=target.priority, services=services,
        warning_share=target.warning_threshold, required_percent=required_percent,
        period=target.period,
    )


def availability_terms(target: TargetLike, hours: Calendar, notice: Notice | None = None) -> AvailabilityTerms:
    """An availability target's terms; its warning threshold is a level (99.7 for 99.5)."""
    if target.metric is not Metric.AVAILABILITY:
        raise ValueError(f"{target.metric.label} is not an availability target.")
    return AvailabilityTerms(hours=hours, target_percent=target.value,
                             warning_percent=target.warning_threshold, notice=notice)


def status_of(target: TargetLike, achieved: float | None) -> Status:
    """The status of an achieved value — a hand-entered one, say — against ``target``.

    Percentages (availability, satisfaction, first-contact resolution, any target in %) are
    levels where more is better, the warning threshold a level; durations (response,
    resolution, RTO, RPO) are less-is-better, ``achieved`` in the target's unit and the
    warning threshold a share of the target; a maintenance notice is a minimum.
    """
    if target.metric in PERCENT_METRICS or target.unit is TargetUnit.PERCENT:
        return level_status(achieved, target.value, target.warning_threshold)
    if target.metric in DURATION_METRICS:
        if target.metric is Metric.MAINTENANCE_NOTICE:  # notice: more is better
            return level_status(achieved, target.value, None)
        return duration_status(achieved, target.value, target.warning_threshold)
    if target.unit is TargetUnit.SCORE:
        return level_status(achieved, target.value, target.warning_threshold)
    return Status.NOT_MEASURED  # a custom metric says nothing of which way is better
