"""The records behind one value of the heatmap: which incidents or outages counted in the
period, how each fared, and which were left out and why.

Computed for the one target and period asked for (its records only), so it answers quickly
at any size.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from itsm_desktop.domain.enums import Metric
from itsm_desktop.domain.errors import ItsmError
from itsm_desktop.domain.measurement.compliance import TIME_METRICS, time_compliance
from itsm_desktop.domain.measurement.outages import Outage, announced_in_time, availability
from itsm_desktop.domain.measurement.periods import Period
from itsm_desktop.domain.measurement.records import MISSING
from itsm_desktop.domain.measurement.targets import availability_terms, time_target
from itsm_desktop.domain.measurement.zones import instant, moment
from itsm_desktop.domain.models import ServiceLevelTarget
from itsm_desktop.domain.translatable import translatable

from .calendars import NOT_MEASURABLE
from .measure import LOOKBACK, TargetScope, load_incidents, load_outages
from .scopes import target_scopes

LISTED = 1000  # rows listed at most; the summary counts them all
INCIDENT, OUTAGE = translatable("Incident"), translatable("Outage")


@dataclass(frozen=True)
class DrillRow:
    """One record behind a value."""

    reference: str
    kind: str  # "Incident" or "Outage"
    when: str  # opened or start, "2026-11-03 09:15"
    until: str  # resolved (or responded) or end; "" when not yet
    counted: bool
    outcome: str  # "Missed the target", "Left out: planned maintenance announced in time" …


@dataclass(frozen=True)
class DrillDown:
    """The records behind the value of one target in one period."""

    target_id: int
    period: str
    summary: str
    rows: tuple[DrillRow, ...]
    more: int = 0  # rows not listed


def _text(at: int | None) -> str:
    if at is None or at >= MISSING:
        return ""
    return datetime.fromtimestamp(at, UTC).strftime("%Y-%m-%d %H:%M")


def cell_records(db: object, *, target_id: int, period: str, zone: str = "UTC",
                 now: datetime | None = None) -> DrillDown:
    """The records behind the value of ``target_id`` in ``period`` (its own period label)."""
    now = now or datetime.now(UTC)
    with db.read() as session:  # type: ignore[attr-defined]
        target = session.get(ServiceLevelTarget, target_id)
        if target is None:
            raise ItsmError("The target no longer exists.")
        scope = next(s for s in target_scopes(session, target.agreement_id, zone=zone) if s.target_id == target_id)
    try:
        wanted = Period.parse(period)
    except ValueError as exc:
        raise ItsmError(exc.args[0]) from None
    start, end = wanted.bounds(zone)
    if start >= int(now.timestamp()):
        return DrillDown(target_id, period, translatable("The period has not started yet."), ())
    as_of = moment(min(end, int(now.timestamp())))
    if scope.metric in TIME_METRICS and scope.time_base is None:
        return DrillDown(target_id, period, translatable("This target is {why}.", why=NOT_MEASURABLE), ())
    if scope.metric in TIME_METRICS:
        return _incidents(db, scope, wanted, as_of, zone)
    if scope.metric is Metric.AVAILABILITY:
        return _outages(db, scope, wanted, as_of, zone)
    return DrillDown(target_id, period, translatable("No imported records stand behind this target: its value is "
                                                     "entered by hand, with a note saying where it comes from."), ())


def _incidents(db: object, scope: TargetScope, period: Period, as_of: datetime, zone: str) -> DrillDown:
    start, _end = period.bounds(zone)
    batch, references = load_incidents(db, set(scope.service_ids), since=start - int(LOOKBACK.total_seconds()),
                                       until=instant(as_of))
    if not len(batch):
        return DrillDown(scope.target_id, period.label, translatable("No incident was recorded for this target's "
                                                                     "services in or shortly before the period."), ())
    assert scope.time_base is not None  # checked by the caller
    target = time_target(scope.target_id, scope, scope.time_base, services=frozenset(scope.service_ids))
    result = time_compliance(batch, [target], zone=zone, first_day=period.first_day, as_of=as_of,
                             keep_rows=True)[scope.target_id][0]
    stop = batch.responded if scope.metric is Metric.RESPONSE_TIME else batch.resolved
    still_open = translatable("Left out: not responded to and still within the target at the period's end; "
                              "counted in the period it is decided") if scope.metric is Metric.RESPONSE_TIME \
        else translatable("Left out: not resolved and still within the target at the period's end; counted "
                          "in the period it is decided")
    groups = ((result.breaching_rows, True, translatable("Missed the target")),
              (result.close_call_rows, True, translatable("Met, but past the warning threshold")),
              (result.within_rows, True, translatable("Met the target")),
              (result.open_rows, False, still_open))
    rows = [DrillRow(references[r], INCIDENT, _text(batch.opened[r]), _text(stop[r]), counted, outcome)
            for found, counted, outcome in groups for r in found]
    # counts after their words, so that no noun needs a plural form
    summary = translatable("Incidents within the target: {within} of {counted}; missed it: {missed}; past the "
                           "warning threshold: {close}; still open at the period's end: {open}. Incidents "
                           "decided in another period count there.", within=result.within_target,
                           counted=result.counted, missed=result.breached, close=len(result.close_call_rows),
                           open=result.open_at_end)
    return DrillDown(scope.target_id, period.label, summary, tuple(rows[:LISTED]), max(0, len(rows) - LISTED))


def _outages(db: object, scope: TargetScope, period: Period, as_of: datetime, zone: str) -> DrillDown:
    start, end = period.bounds(zone)
    terms = availability_terms(scope, scope.hours)
    rows: list[DrillRow] = []
    summaries = []
    for _service, outages in sorted(load_outages(db, set(scope.service_ids), until=end).items()):
        touching = [o for o in outages if instant(o.start) < end and instant(o.end) > start]
        if not touching:
            continue
        result = availability(touching, terms, period, zone=zone, as_of=as_of)
        down = {ref for part in result.downtime for ref in part.references}
        for outage in sorted(touching, key=lambda o: instant(o.start)):
            rows.append(DrillRow(outage.reference, OUTAGE, _text(instant(outage.start)),
                                 _text(instant(outage.end)), outage.reference in down,
                                 _outage_outcome(outage, down, terms.notice, result.late_notice)))
        summaries.append(translatable("{downtime} min of downtime in {hours} h of agreed service time",
                                      downtime=round(result.downtime_seconds / 60),
                                      hours=round(result.agreed_seconds / 3600)))
    if not rows:
        return DrillDown(scope.target_id, period.label, translatable(
            "No outage was recorded for this target's services in the period: nothing was down."), ())
    services = summaries[0]
    for more in summaries[1:]:  # one sentence per service, each said in the reader's language
        services = translatable("{first}; {then}", first=services, then=more)
    summary = translatable("{downtime}. Planned maintenance announced with the agreed notice is left out.",
                           downtime=services)
    return DrillDown(scope.target_id, period.label, summary, tuple(rows[:LISTED]), max(0, len(rows) - LISTED))


def _outage_outcome(outage: Outage, down: set[str], notice: object, late: tuple[str, ...]) -> str:
    if outage.reference in down:
        if outage.reference in late:
            return translatable("Counted as downtime: planned, but not announced with the agreed notice")
        return translatable("Counted as downtime")
    if announced_in_time(outage, notice):  # type: ignore[arg-type]
        return translatable("Left out: planned maintenance announced with the agreed notice")
    return translatable("Left out: outside the agreed service hours")
