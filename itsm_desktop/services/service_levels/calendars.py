"""The time bases of an agreement's targets, from the catalog's service hours.

A service's structured weekly hours are its support hours; a service without any is open
around the clock (nothing narrower was agreed). A target in business hours or business days
is measured in those hours; a target in minutes, hours or days in clock time. Availability
is always measured within the service hours.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from itsm_desktop.domain.enums import Metric, TargetUnit
from itsm_desktop.domain.measurement.calendar import CLOCK, Calendar
from itsm_desktop.domain.values import WeeklyHours

BUSINESS_UNITS = frozenset({TargetUnit.BUSINESS_HOURS, TargetUnit.BUSINESS_DAYS})


def service_calendar(hours: dict[str, Any] | None, *, zone: str, name: str = "") -> Calendar:
    """The support hours of one service in ``zone`` (24×7 when none are recorded)."""
    weekly = WeeklyHours.from_json(hours)
    if weekly.always or not weekly.days:
        return Calendar.weekly({d: [("00:00", "24:00")] for d in range(7)}, zone=zone, name=name)
    return Calendar.from_weekly_hours(weekly, zone=zone, name=name)


def time_base(metric: Metric, unit: TargetUnit, hours: Calendar) -> Calendar:
    """The calendar a target is measured in: ``hours`` for business units and availability."""
    if metric is Metric.AVAILABILITY or unit in BUSINESS_UNITS:
        return hours
    return CLOCK


def widest(calendars: Iterable[Calendar], *, zone: str) -> Calendar:
    """One calendar for a target over several services: the first service's hours when they
    all agree, else clock time (the agreement's text must then name the hours)."""
    distinct = list(dict.fromkeys(calendars))
    if len(distinct) == 1:
        return distinct[0]
    return CLOCK if not distinct else Calendar.weekly({d: [("00:00", "24:00")] for d in range(7)}, zone=zone)
