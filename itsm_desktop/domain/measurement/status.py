"""Status against a target and its warning threshold, and the margin left.

How the warning threshold reads depends on the kind of target, as the printed agreement
states it:

- a **level** (availability, satisfaction, any percentage where more is better): the warning
  threshold is a level above the target — 99.5 % with a warning at 99.7 % is *at risk* from
  just below 99.7 % down to 99.5 %, and *breached* below 99.5 %;
- a **duration** (response, resolution, RTO, RPO: less is better): the warning threshold is a
  share of the target — 4 hours with a warning at 80 % is *at risk* beyond 3 h 12 min and
  *breached* beyond 4 hours.

A value exactly on the target meets it; a value exactly on the warning threshold is not yet
at risk.
"""

from __future__ import annotations

import math
from fractions import Fraction
from functools import lru_cache

from itsm_desktop.domain.enums import LabelledEnum

TOLERANCE = 1e-9  # percentages computed as ratios may land a hair off the exact target


class Status(LabelledEnum):
    MET = "met"
    AT_RISK = "at_risk"
    BREACHED = "breached"
    NOT_MEASURED = "not_measured"


def level_status(achieved: float | None, target: float, warning: float | None = None) -> Status:
    """Status of a value where more is better (a percentage level)."""
    if achieved is None:
        return Status.NOT_MEASURED
    if achieved < target - TOLERANCE:
        return Status.BREACHED
    if warning is not None and achieved < warning - TOLERANCE:
        return Status.AT_RISK
    return Status.MET


def duration_status(achieved: float | None, target: float, warning_share: float | None = None) -> Status:
    """Status of a duration where less is better; ``warning_share`` is a percentage of ``target``."""
    if achieved is None:
        return Status.NOT_MEASURED
    if achieved > target + TOLERANCE:
        return Status.BREACHED
    if warning_share is not None and achieved > target * warning_share / 100 + TOLERANCE:
        return Status.AT_RISK
    return Status.MET


def warning_seconds(limit: int, warning_share: float | None) -> int | None:
    """The duration (whole seconds) beyond which a record is at risk; ``None`` without a warning."""
    if warning_share is None:
        return None
    return int(limit * warning_share / 100 + TOLERANCE)


def downtime_budget(target_percent: float, agreed_seconds: int, downtime: int) -> float:
    """Seconds of downtime still allowed in a period (negative once breached).

    ``agreed_seconds`` is the agreed service time of the whole period, ``downtime`` what was
    used so far: at 99.9 % a 30-day month of 24×7 allows 2,592 seconds (43.2 minutes).
    """
    return float(agreed_seconds * (100 - _exact(target_percent)) / 100 - downtime)


def record_budget(required_percent: float, counted: int, failed: int) -> int:
    """Records that may still miss their target while the period's share stays at
    ``required_percent``, given ``counted`` records so far of which ``failed`` missed it
    (negative once breached)."""
    return math.floor(counted * (100 - _exact(required_percent)) / 100) - failed


@lru_cache(maxsize=256)
def _exact(percent: float) -> Fraction:
    """A percentage as the decimal it was written as (99.9, not 99.900000000000005684...)."""
    return Fraction(repr(percent))
