"""The service level report of an agreement for a period: computed values, merged with the
values entered by hand or locked, and its tables written to CSV or XLSX."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from itsm_desktop.documents.targets import value_text
from itsm_desktop.domain.enums import (
    PRIORITY_METRICS,
    MeasurementPeriod,
    Metric,
    TargetUnit,
    ValueSource,
)
from itsm_desktop.domain.errors import ItsmError
from itsm_desktop.domain.measurement import formulas
from itsm_desktop.domain.measurement.periods import Period
from itsm_desktop.domain.measurement.zones import moment, zone_named
from itsm_desktop.domain.models import (
    AchievedValue,
    AgreementCustomer,
    Organization,
    Service,
    ServiceLevelTarget,
)
from itsm_desktop.domain.service_level_report import ReportLine, ServiceLevelReport, TargetTerms
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.services.agreements import find_agreement
from itsm_desktop.services.exchange.writers import TableWriter

from .measure import Measured, measure
from .scopes import target_scopes
from .values import stored_values

TREND = 12  # periods on a trend chart
HEADINGS = ("Target", "Service", "Period", "Promised", "Achieved", "Previous period", "Difference",
            "Status", "Margin", "Source", "Note", "Detail", "Records behind a breach")


def _parse_period(text: str) -> Period:
    try:
        return Period.parse(text)
    except ValueError as exc:
        raise ItsmError(exc.args[0]) from None  # the marked sentence, said by the screens


def build_report(db: Any, *, reference: str, period: str, zone: str = "UTC",
                 now: datetime | None = None) -> ServiceLevelReport:
    """The report of the agreement ``reference`` (its current revision) for ``period``
    (``2026-11``), measured up to ``now`` if the period is not over."""
    zone_named(zone)
    wanted = _parse_period(period)
    now = now or datetime.now(UTC)
    start, end = wanted.bounds(zone)
    if start >= int(now.timestamp()):
        raise ItsmError(translatable("{period} has not started yet; a report covers a period that has begun.",
                                     period=wanted.label))
    as_of = moment(min(end, int(now.timestamp())))
    agreement = find_agreement(db, reference)
    assert agreement.id is not None
    with db.read() as session:
        scopes = target_scopes(session, agreement.id, zone=zone)
        targets = {t.id: t for t in session.exec(select(ServiceLevelTarget)
                                                 .where(ServiceLevelTarget.agreement_id == agreement.id))}
        names = service_names(session, targets.values())
        customers = tuple(session.exec(
            select(Organization.name).join(AgreementCustomer, col(AgreementCustomer.organization_id) == col(Organization.id))
            .where(AgreementCustomer.agreement_id == agreement.id).order_by(col(AgreementCustomer.position))).all())
        provider = session.get(Organization, agreement.provider_id) if agreement.provider_id else None
    results = measure(db, scopes, first=wanted.previous, as_of=as_of, zone=zone)
    trends = {s.target_id: _trend_periods(wanted, s.period) for s in scopes}
    labels = {m.period.label for rows in results.values() for m in rows} | {
        p.label for periods in trends.values() for p in periods}
    with db.read() as session:
        stored = stored_values(session, [s.target_id for s in scopes], labels)
    lines = []
    for scope in scopes:
        target = targets[scope.target_id]
        rows = results[scope.target_id]
        current = _pick(rows, wanted, previous=False)
        before = _pick(rows, wanted, previous=True)
        line = _line(target, names, current, before, stored)
        level, axis, _warning = chart_terms(target)
        lines.append(replace(line, history=_history(line, rows, trends[scope.target_id], stored), level=level,
                             axis=axis))
    return ServiceLevelReport(
        reference=agreement.reference, revision=agreement.revision, title=agreement.title,
        provider=provider.name if provider else "", customers=customers, period=wanted.label, zone=zone,
        as_of=as_of, lines=tuple(lines), formulas=formulas.ALL, language=agreement.language)


def _trend_periods(wanted: Period, kind: MeasurementPeriod) -> list[Period]:
    """The ``TREND`` periods of ``kind`` ending with the one holding ``wanted``."""
    last = Period.containing(wanted.first_day, kind)
    periods = [last]
    while len(periods) < TREND:
        periods.insert(0, periods[0].previous)
    return periods


def _history(line: ReportLine, rows: list[Measured], periods: list[Period],
             stored: dict[tuple[int, str], AchievedValue]) -> tuple[tuple[str, float | None], ...]:
    """Values of the trend: the report's own for its period, then the computed ones, then
    those stored (computed earlier or entered by hand)."""
    computed = {m.period.label: m.value for m in rows if m.computable}
    out = []
    for period in periods:
        label = period.label
        kept = stored.get((line.target_id, label))
        if label == line.period:
            value = line.achieved
        elif kept is not None and (kept.locked or kept.source is ValueSource.MANUAL):
            value = kept.value
        elif label in computed:
            value = computed[label]
        else:
            value = kept.value if kept is not None else None
        out.append((label, value))
    return tuple(out)


def chart_terms(target: ServiceLevelTarget) -> tuple[float, str, float | None]:
    """The target line, the axis and the warning level of a target's trend chart."""
    if target.metric in PRIORITY_METRICS:
        return 100.0, "% within target", None  # every record within the time promised
    if target.unit is TargetUnit.PERCENT:
        return target.value, "%", target.warning_threshold
    return target.value, target.unit.label.lower(), None


def _pick(rows: list[Measured], wanted: Period, *, previous: bool) -> Measured | None:
    """The result of the target's own period holding the wanted one (or the one before it)."""
    day = wanted.first_day
    holding = [m for m in rows if m.period.first_day <= day < m.period.next.first_day]
    if not holding:
        return None
    if not previous:
        return holding[0]
    earlier = [m for m in rows if m.period == holding[0].period.previous]
    return earlier[0] if earlier else None


def _line(target: ServiceLevelTarget, names: dict[int | None, str], measured: Measured | None,
          before: Measured | None, stored: dict[tuple[int, str], AchievedValue]) -> ReportLine:
    assert target.id is not None and measured is not None
    label = measured.period.label
    kept = stored.get((target.id, label))
    previous_kept = stored.get((target.id, before.period.label)) if before is not None else None
    value, status, source, note = measured.value, measured.status, ValueSource.COMPUTED, ""
    if kept is not None and (kept.locked or kept.source is ValueSource.MANUAL):
        value, status, source, note = kept.value, kept.status, kept.source, kept.note
    previous = previous_kept.value if previous_kept is not None and (
        previous_kept.locked or previous_kept.source is ValueSource.MANUAL) else (before.value if before else None)
    computed_here = source is ValueSource.COMPUTED and measured.computable
    return ReportLine(
        target_id=target.id, target=describe_target(target), service=names.get(target.service_id, ALL_SERVICES),
        period=label, promised=promised_text(target), achieved=value,
        achieved_text=achieved_text(target.metric, target.unit, value, computed_here), previous=previous, status=status,
        margin=_margin(measured) if computed_here else "", source=source, note=note,
        breach_cause=kept.breach_cause if kept is not None else "",
        breach_action=kept.breach_action if kept is not None else "",
        detail=measured.detail if computed_here else note or measured.detail, evidence=measured.evidence if computed_here else (),
        terms=target_terms(target), tally=measured.tally if computed_here else None,
        margin_left=measured.margin if computed_here else None)


ALL_SERVICES = translatable("All services")  # a target that applies to each service of its agreement


def target_terms(target: ServiceLevelTarget) -> TargetTerms:
    """The terms of ``target`` as the printed report words them."""
    return TargetTerms(target.metric, target.value, target.unit,
                       target.priority.value if target.priority is not None else None, target.warning_threshold,
                       target.period, target.custom_metric or "", target.service_id is None)


def describe_target(target: ServiceLevelTarget) -> str:
    name = target.custom_metric if target.metric is Metric.CUSTOM and target.custom_metric else target.metric.label
    if target.metric in PRIORITY_METRICS and target.priority is not None:
        return translatable("{metric} {priority}", metric=name, priority=target.priority.value)
    return name


def promised_text(target: ServiceLevelTarget) -> str:
    value = value_text(target.value, target.unit)
    if target.metric in PRIORITY_METRICS:
        return f"within {value}"
    if target.metric in (Metric.RTO, Metric.RPO):
        return f"at most {value}"
    return f"at least {value}"


def achieved_text(metric: Metric, unit: TargetUnit, value: float | None, computed: bool) -> str:
    """What a target of ``metric`` achieved: "96.0 % within target", "99.812 %", "3.5 hours"."""
    if value is None:
        return "not measured"
    if metric in PRIORITY_METRICS and computed:
        return f"{value:.1f} % within target"
    if metric is Metric.AVAILABILITY:
        return f"{value:.3f} %"
    return value_text(value, unit)


def _margin(measured: Measured) -> str:
    if measured.margin is None:
        return ""
    if measured.margin_unit == "records":
        n = int(measured.margin)
        if n == 0:
            return "no further record may miss"
        return f"{n} more {_records(n)} may miss" if n > 0 else f"{-n} {_records(-n)} over"
    minutes = measured.margin
    return f"{minutes:.0f} min of downtime left" if minutes >= 0 else f"{-minutes:.0f} min over"


def report_rows(report: ServiceLevelReport) -> list[list[Any]]:
    """The report's table, one row per target (see :data:`HEADINGS`)."""
    return [[line.target, line.service, line.period, line.promised,
             line.achieved, line.previous, line.difference, line.status.label, line.margin,
             line.source.label if line.achieved is not None else "", line.note, line.detail, " ".join(line.evidence)] for line in report.lines]


def write_report_table(report: ServiceLevelReport, path: Path) -> Path:
    """Write the report's table to ``path`` (.csv or .xlsx)."""
    with TableWriter(path, f"{report.reference} {report.period}"[:31]) as writer:
        writer.header(HEADINGS)
        writer.rows(report_rows(report))
    return path


def _records(count: int) -> str:
    return "record" if count == 1 else "records"


def service_names(session: Any, targets: Iterable[ServiceLevelTarget]) -> dict[int | None, str]:
    """The names of the services ``targets`` are about: read for those alone, never for every
    service of a catalog that may hold 100,000."""
    named = {t.service_id for t in targets if t.service_id is not None}
    if not named:
        return {}
    return dict(session.exec(select(Service.id, Service.name).where(col(Service.id).in_(named))).all())
