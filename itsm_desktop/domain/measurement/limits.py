"""A target's duration (value and unit) as whole seconds of its time base."""

from __future__ import annotations

from itsm_desktop.domain.enums import TargetUnit

from .calendar import Calendar

_FIXED = {TargetUnit.MINUTES: 60, TargetUnit.HOURS: 3600, TargetUnit.BUSINESS_HOURS: 3600,
          TargetUnit.DAYS: 86_400}


def limit_seconds(value: float, unit: TargetUnit, calendar: Calendar) -> int:
    """Seconds of ``calendar`` a target of ``value`` ``unit`` allows.

    Minutes, hours and business hours are what they say; a day is 24 hours; a business day
    is the calendar's business day (:attr:`Calendar.business_day`). Counted in the target's
    time base: 4 business hours of 08:00–18:00 support started at 16:00 run out at 10:00 the
    next working day.
    """
    if value <= 0:
        raise ValueError("A duration target must be positive.")
    if unit is TargetUnit.BUSINESS_DAYS:
        per_unit = calendar.business_day
    elif unit in _FIXED:
        per_unit = _FIXED[unit]
    else:
        raise ValueError(f"{unit.label} is not a unit of time.")
    return round(value * per_unit)
