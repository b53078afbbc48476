"""The service level report of one agreement and period, as a frozen snapshot.

Built by the services layer from the computed and stored values; printed, exported as a table
and shown on screen from the same snapshot.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from .enums import MeasurementPeriod, Metric, TargetUnit, ValueSource
from .measurement.formulas import Formula
from .measurement.status import Status


@dataclass(frozen=True)
class TargetTerms:
    """What a target promises, for the printed report to word in its own language."""

    metric: Metric
    value: float
    unit: TargetUnit
    priority: str | None = None
    warning_threshold: float | None = None  # a level, or a share of the time allowed (time targets)
    period: MeasurementPeriod | None = None
    custom_metric: str = ""
    all_services: bool = False  # the target applies to every service of the agreement


@dataclass(frozen=True)
class Tally:
    """What a computed value counted, for the report to say in its own language: records
    (``within`` the target, ``close_calls`` within it but past the warning share of the time
    allowed, ``still_open``) or, for availability, minutes and hours."""

    kind: str  # "records" or "availability"
    counted: int = 0
    within: int = 0
    close_calls: int = 0
    still_open: int = 0
    downtime_minutes: int = 0
    agreed_hours: int = 0
    maintenance_minutes: int = 0


@dataclass(frozen=True)
class ReportLine:
    """One target in the report's period: what was promised, achieved, and the trend."""

    target_id: int
    target: str  # "P1 resolution 4 hours", "Availability 99.5 %"
    service: str
    period: str  # the target's own period: 2026-11, or 2026-Q4 for a quarterly target
    promised: str
    achieved: float | None
    achieved_text: str
    previous: float | None  # the period before, for the trend
    status: Status
    margin: str
    source: ValueSource
    note: str = ""
    detail: str = ""
    evidence: tuple[str, ...] = ()  # references of the breaching records or counted outages
    breach_cause: str = ""
    breach_action: str = ""
    # the trend: up to 12 periods ending with this one, (label, value or None), oldest first
    history: tuple[tuple[str, float | None], ...] = ()
    level: float | None = None  # where the target lies on the trend chart (100 for "% within target")
    axis: str = ""  # what the chart's values are: "% within target", "%", "hours"
    terms: TargetTerms | None = None  # the target's own terms (None: print the texts above)
    tally: Tally | None = None  # what the computed value counted (None: entered, or not computed)
    margin_left: float | None = None  # records that may still miss, or minutes of downtime left

    @property
    def difference(self) -> float | None:
        """The change since the previous period (``None`` when either is unknown)."""
        if self.achieved is None or self.previous is None:
            return None
        return round(self.achieved - self.previous, 4)


@dataclass(frozen=True)
class ServiceLevelReport:
    """Everything the report of one agreement and one period shows."""

    reference: str
    revision: int
    title: str
    provider: str
    customers: tuple[str, ...]
    period: str
    zone: str
    as_of: datetime
    lines: tuple[ReportLine, ...]
    formulas: tuple[Formula, ...]
    language: str = "en"
    """The language the printed report speaks (``DocumentLanguage`` value): the agreement's
    unless chosen otherwise."""


    def counts(self) -> dict[Status, int]:
        """Targets per status, every status present (zero when none)."""
        found = Counter(line.status for line in self.lines)
        return {status: found.get(status, 0) for status in Status}
