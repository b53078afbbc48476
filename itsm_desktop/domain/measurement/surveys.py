"""Customer satisfaction from survey responses, and RTO/RPO from recovery tests."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from itsm_desktop.domain.translatable import translatable

from . import formulas
from .periods import Period
from .status import Status, duration_status, level_status
from .zones import instant


@dataclass(frozen=True)
class SurveyResponse:
    """One answer to a satisfaction survey: when, and the score given."""

    reference: str
    answered_at: datetime
    score: float


@dataclass(frozen=True)
class SatisfactionScale:
    """The survey's scale: lowest and highest score, and the lowest score that is satisfied
    (on a 1–5 scale, 4 and 5 are the usual "satisfied")."""

    lowest: float = 1
    highest: float = 5
    satisfied_from: float = 4

    def __post_init__(self) -> None:
        if not self.lowest <= self.satisfied_from <= self.highest or self.lowest >= self.highest:
            raise ValueError(translatable("The satisfied score must lie on the scale, lowest below highest."))


@dataclass(frozen=True)
class SatisfactionResult:
    period: Period
    responses: int
    satisfied: int
    mean_score: float | None
    percent_satisfied: float | None
    status: Status
    off_scale: tuple[str, ...]  # references of scores outside the scale, left out
    formula: formulas.Formula = formulas.SATISFACTION


def satisfaction(
    responses: Iterable[SurveyResponse], period: Period, *, zone: str, scale: SatisfactionScale,
    target_percent: float, warning_percent: float | None = None,
) -> SatisfactionResult:
    """Share of satisfied responses (and mean score) answered within ``period``."""
    start, end = period.bounds(zone)
    scores, off = [], []
    for response in responses:
        if not start <= instant(response.answered_at) < end:
            continue
        if scale.lowest <= response.score <= scale.highest:
            scores.append(response.score)
        else:
            off.append(response.reference)
    satisfied = sum(1 for s in scores if s >= scale.satisfied_from)
    percent = satisfied * 100 / len(scores) if scores else None
    return SatisfactionResult(
        period=period, responses=len(scores), satisfied=satisfied,
        mean_score=sum(scores) / len(scores) if scores else None, percent_satisfied=percent,
        status=level_status(percent, target_percent, warning_percent), off_scale=tuple(off),
    )


@dataclass(frozen=True)
class RecoveryTest:
    """A restore test: when it ran, how long the restore took, how much data was lost
    (the time between the last recovery point and the failure), both in seconds."""

    reference: str
    performed_at: datetime
    recovery_seconds: int
    data_loss_seconds: int

    def __post_init__(self) -> None:
        if self.recovery_seconds < 0 or self.data_loss_seconds < 0:
            raise ValueError(translatable("{reference}: durations of a recovery test cannot be negative.",
                                           reference=self.reference))


@dataclass(frozen=True)
class RecoveryResult:
    period: Period
    tests: int
    slowest_recovery: int | None
    largest_data_loss: int | None
    rto_status: Status
    rpo_status: Status
    failed_rto: tuple[str, ...]
    failed_rpo: tuple[str, ...]
    formula: formulas.Formula = formulas.RECOVERY


def recovery(
    tests: Iterable[RecoveryTest], period: Period, *, zone: str, rto_seconds: int | None,
    rpo_seconds: int | None, warning_share: float | None = None,
) -> RecoveryResult:
    """RTO and RPO achieved by the tests performed in ``period``: the worst of each."""
    start, end = period.bounds(zone)
    done = [t for t in tests if start <= instant(t.performed_at) < end]
    slowest = max((t.recovery_seconds for t in done), default=None)
    largest = max((t.data_loss_seconds for t in done), default=None)

    def status(value: int | None, limit: int | None) -> Status:
        return Status.NOT_MEASURED if limit is None else duration_status(value, limit, warning_share)

    return RecoveryResult(
        period=period, tests=len(done), slowest_recovery=slowest, largest_data_loss=largest,
        rto_status=status(slowest, rto_seconds), rpo_status=status(largest, rpo_seconds),
        failed_rto=tuple(t.reference for t in done
                         if rto_seconds is not None and t.recovery_seconds > rto_seconds),
        failed_rpo=tuple(t.reference for t in done
                         if rpo_seconds is not None and t.data_loss_seconds > rpo_seconds),
    )
