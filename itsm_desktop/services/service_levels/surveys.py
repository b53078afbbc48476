"""Customer satisfaction from imported survey responses, RTO and RPO from imported recovery
tests, period by period. A target with no such records at all stays one entered by hand."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import col, or_, select

from itsm_desktop.domain.enums import Metric, TargetUnit
from itsm_desktop.domain.measurement.calendar import CLOCK
from itsm_desktop.domain.measurement.limits import limit_seconds
from itsm_desktop.domain.measurement.periods import Period
from itsm_desktop.domain.measurement.surveys import (
    RecoveryTest,
    SatisfactionScale,
    SurveyResponse,
    recovery,
    satisfaction,
)
from itsm_desktop.domain.measurement.targets import status_of
from itsm_desktop.domain.measurement.zones import moment
from itsm_desktop.domain.models import RecoveryTestRow, SatisfactionResponseRow
from itsm_desktop.domain.translatable import Quantity, translatable

from .measure import Measured, TargetScope

SURVEY_METRICS = (Metric.CUSTOMER_SATISFACTION, Metric.RTO, Metric.RPO)
SCALE = SatisfactionScale()  # 1 to 5, satisfied from 4


def measure_surveys(db: object, scope: TargetScope, periods: Sequence[Period], *, zone: str,
                    as_of: datetime) -> list[Measured] | None:
    """The scope's results per period; ``None`` when no record of its kind was imported."""
    until = int(as_of.timestamp())
    if scope.metric is Metric.CUSTOMER_SATISFACTION:
        responses = _responses(db, scope, until)
        if not responses:
            return None
        return [_satisfaction(scope, responses, period, zone) for period in periods]
    try:
        unit = limit_seconds(1, scope.unit, CLOCK)
    except ValueError:  # an objective not written as a time: only a hand-entered value says it
        return None
    tests = _tests(db, scope, until)
    if not tests:
        return None
    return [_recovery(scope, tests, period, zone, unit) for period in periods]


def _covering(column: object, scope: TargetScope) -> object:
    """Records of the scope's services, and those about every service (no service named)."""
    return or_(col(column).in_(sorted(scope.service_ids)), col(column).is_(None))  # type: ignore[arg-type]


def _responses(db: object, scope: TargetScope, until: int) -> list[SurveyResponse]:
    with db.read() as session:  # type: ignore[attr-defined]
        rows = session.exec(select(SatisfactionResponseRow.reference, SatisfactionResponseRow.answered_at,
                                   SatisfactionResponseRow.score)
                            .where(_covering(SatisfactionResponseRow.service_id, scope),  # type: ignore[arg-type]
                                   col(SatisfactionResponseRow.answered_at) < until)).all()
    return [SurveyResponse(reference, moment(at), score) for reference, at, score in rows]


def _tests(db: object, scope: TargetScope, until: int) -> list[RecoveryTest]:
    with db.read() as session:  # type: ignore[attr-defined]
        rows = session.exec(select(RecoveryTestRow.reference, RecoveryTestRow.performed_at,
                                   RecoveryTestRow.recovery_seconds, RecoveryTestRow.data_loss_seconds)
                            .where(_covering(RecoveryTestRow.service_id, scope),  # type: ignore[arg-type]
                                   col(RecoveryTestRow.performed_at) < until)).all()
    return [RecoveryTest(reference, moment(at), rto, rpo) for reference, at, rto, rpo in rows]


def _satisfaction(scope: TargetScope, responses: list[SurveyResponse], period: Period, zone: str) -> Measured:
    result = satisfaction(responses, period, zone=zone, scale=SCALE, target_percent=scope.value,
                          warning_percent=scope.warning_threshold)
    value = result.mean_score if scope.unit is TargetUnit.SCORE else result.percent_satisfied
    value = None if value is None else round(value, 4)
    detail = (translatable("{satisfied} of {responses} satisfied (a score of {lowest} or more out of {highest})",
                           satisfied=result.satisfied,
                           responses=Quantity(result.responses, translatable("response"), translatable("responses")),
                           lowest=format(SCALE.satisfied_from, "g"), highest=format(SCALE.highest, "g"))
              if result.responses else translatable("no response in the period"))
    return Measured(scope.target_id, period, value, status_of(scope, value), None, "", result.responses, detail,
                    result.off_scale)


def _recovery(scope: TargetScope, tests: list[RecoveryTest], period: Period, zone: str, unit: int) -> Measured:
    result = recovery(tests, period, zone=zone, rto_seconds=None, rpo_seconds=None)
    worst = result.slowest_recovery if scope.metric is Metric.RTO else result.largest_data_loss
    value = None if worst is None else round(worst / unit, 4)
    limit = scope.value * unit
    failed = tuple(sorted(t.reference for t in tests if _within(t, period, zone)
                          and (t.recovery_seconds if scope.metric is Metric.RTO else t.data_loss_seconds) > limit))
    what = translatable("recovery time") if scope.metric is Metric.RTO else translatable("data loss")
    detail = (translatable("worst {what} of {tests}", what=what,
                           tests=Quantity(result.tests, translatable("recovery test"), translatable("recovery tests")))
              if result.tests else translatable("no recovery test in the period"))
    return Measured(scope.target_id, period, value, status_of(scope, value), None, "", result.tests, detail, failed)


def _within(test: RecoveryTest, period: Period, zone: str) -> bool:
    start, end = period.bounds(zone)
    return start <= int(test.performed_at.timestamp()) < end
