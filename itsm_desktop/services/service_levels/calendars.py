"""The time bases of an agreement's targets: the time base each target names.

A target in business hours or business days counts time within the support hours the
agreement defines (and prints): its days, hours, time zone, holidays and exceptions; while
those are not written so that they can be measured, such a target is not measurable. A
target in minutes, hours or days counts clock time. Availability is measured within the
catalog's service hours of each service (a service without any is open around the clock).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from itsm_desktop.domain.definitions import DEFAULT_SUPPORT_HOURS_NAME, counts_support_hours
from itsm_desktop.domain.enums import Metric, TargetUnit
from itsm_desktop.domain.measurement.calendar import CLOCK, Calendar
from itsm_desktop.domain.measurement.support_hours import SupportHours
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.domain.values import WeeklyHours

NOT_MEASURABLE = translatable("not measurable until the agreement's support hours are defined: write them as, "
                              "e.g., Monday to Friday 07:30–18:30 UK time, except bank holidays in England")


def service_calendar(hours: dict[str, Any] | None, *, zone: str, name: str = "") -> Calendar:
    """The support hours of one service in ``zone`` (24×7 when none are recorded)."""
    weekly = WeeklyHours.from_json(hours)
    if weekly.always or not weekly.days:
        return Calendar.weekly({d: [("00:00", "24:00")] for d in range(7)}, zone=zone, name=name)
    return Calendar.from_weekly_hours(weekly, zone=zone, name=name)


def support_calendar(stored: Any, *, zone: str, name: str = "") -> Calendar | None:
    """An agreement's support hours as stored (``Agreement.support_calendar``), measured in
    ``zone`` when they name none; ``None`` while they are not defined."""
    hours = SupportHours.from_json(stored)
    return None if hours is None else hours.calendar(zone=zone, name=name.strip() or DEFAULT_SUPPORT_HOURS_NAME)


def time_base(metric: Metric, unit: TargetUnit, hours: Calendar, support: Calendar | None) -> Calendar | None:
    """The calendar a target is measured in: the service ``hours`` for availability, the
    agreement's ``support`` hours for business units (``None``: not measurable), else clock time."""
    if metric is Metric.AVAILABILITY:
        return hours
    if counts_support_hours(unit):
        return support
    return CLOCK


def widest(calendars: Iterable[Calendar], *, zone: str) -> Calendar:
    """One calendar for a target over several services: the first service's hours when they
    all agree, else clock time (the agreement's text must then name the hours)."""
    distinct = list(dict.fromkeys(calendars))
    if len(distinct) == 1:
        return distinct[0]
    return CLOCK if not distinct else Calendar.weekly({d: [("00:00", "24:00")] for d in range(7)}, zone=zone)
