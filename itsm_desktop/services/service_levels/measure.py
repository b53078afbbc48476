"""What each target achieved, period by period, computed by the measurement engine from the
imported records.

Response and resolution targets are measured from incident records, availability from
outages, satisfaction from survey responses and RTO/RPO from recovery tests once any are
imported; a target no record stream covers (custom metrics, or no such records yet) comes
back *not computable*, to be entered by hand with a note.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy import select
from sqlmodel import col

from itsm_desktop.domain.enums import MeasurementPeriod, Metric, Priority, TargetUnit
from itsm_desktop.domain.measurement.calendar import Calendar
from itsm_desktop.domain.measurement.compliance import TIME_METRICS, time_compliance
from itsm_desktop.domain.measurement.outages import Outage, availability_by_period
from itsm_desktop.domain.measurement.periods import Period, periods_between
from itsm_desktop.domain.measurement.records import IncidentBatch
from itsm_desktop.domain.measurement.status import Status
from itsm_desktop.domain.measurement.targets import availability_terms, time_target
from itsm_desktop.domain.measurement.zones import instant, moment
from itsm_desktop.domain.models import IncidentRecordRow, OutageRow
from itsm_desktop.domain.service_level_report import Tally

from .calendars import NOT_MEASURABLE, time_base

LOOKBACK = timedelta(days=120)
"""Records opened this long before the first period are loaded too: they may be decided in it."""
Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class TargetScope:
    """A target as measured: its terms, the services it covers, their service hours (for
    availability) and the agreement's support hours (``None`` while not defined)."""

    target_id: int
    metric: Metric
    value: float
    unit: TargetUnit
    priority: Priority | None
    warning_threshold: float | None
    period: MeasurementPeriod
    service_ids: frozenset[int]
    hours: Calendar
    support: Calendar | None = None

    @property
    def time_base(self) -> Calendar | None:
        """The calendar the target counts its time in (``None``: not measurable yet)."""
        return time_base(self.metric, self.unit, self.hours, self.support)

    @property
    def computable(self) -> bool:
        return (self.metric in TIME_METRICS and self.time_base is not None) or self.metric is Metric.AVAILABILITY


@dataclass(frozen=True)
class Measured:
    """One target in one period: the value achieved (percent), status and margin left.

    ``margin`` counts records that may still miss (time targets) or minutes of downtime still
    allowed (availability); negative once breached. ``evidence`` lists the references behind
    a breach (the breaching records, the outages counted)."""

    target_id: int
    period: Period
    value: float | None
    status: Status
    margin: float | None
    margin_unit: str
    counted: int
    detail: str
    evidence: tuple[str, ...] = ()
    computable: bool = True
    tally: Tally | None = None


def measure(
    db: object, scopes: Sequence[TargetScope], *, first: Period, as_of: datetime, zone: str,
    progress: Progress | None = None,
) -> dict[int, list[Measured]]:
    """Every scope's results from the period (of its own kind) holding ``first`` up to the one
    holding the moment before ``as_of``."""
    out: dict[int, list[Measured]] = {s.target_id: [] for s in scopes}
    time_scopes = [s for s in scopes if s.metric in TIME_METRICS and s.computable]
    if time_scopes:
        # a record whose outcome was known before the first period shown counts in none of them
        known = min(Period.containing(first.first_day, s.period).bounds(zone)[0] for s in time_scopes)
        batch, references = load_incidents(db, _services(time_scopes), since=instant(first.span(zone)[0]) - int(LOOKBACK.total_seconds()),
                                           until=instant(as_of), progress=progress, settled_before=known)
        targets = [time_target(s.target_id, s, s.time_base, services=frozenset(s.service_ids))  # type: ignore[arg-type]
                   for s in time_scopes]
        results = time_compliance(batch, targets, zone=zone, first_day=first.first_day, as_of=as_of)
        by_id = {s.target_id: s for s in time_scopes}
        for key, rows in results.items():
            scope = by_id[int(key)]  # type: ignore[call-overload]
            out[scope.target_id] = [Measured(
                scope.target_id, r.period, None if r.percent is None else round(r.percent, 4), r.status,
                float(r.margin) if r.counted else None, "records", r.counted,
                f"{r.within_target} of {r.counted} {'record' if r.counted == 1 else 'records'} within the target"
                + (f", {r.open_at_end} still open" if r.open_at_end else ""),
                tuple(references[i] for i in r.breaching_rows[:50]),
                tally=Tally("records", r.counted, r.within_target, len(r.close_call_rows), r.open_at_end))
                for r in rows]
        if progress is not None:
            progress("computed", len(batch))
    outage_scopes = [s for s in scopes if s.metric is Metric.AVAILABILITY]
    if outage_scopes:
        outages = load_outages(db, _services(outage_scopes), until=instant(as_of))
        for scope in outage_scopes:
            out[scope.target_id] = _availability(scope, outages, first, as_of, zone)
    from .surveys import SURVEY_METRICS, measure_surveys  # it builds on this module's results

    for scope in scopes:
        if not scope.computable:
            periods = _periods(scope.period, first, as_of, zone)
            found = measure_surveys(db, scope, periods, zone=zone, as_of=as_of) \
                if scope.metric in SURVEY_METRICS else None
            why = NOT_MEASURABLE if scope.metric in TIME_METRICS else \
                "no record stream covers this target: enter it by hand"
            out[scope.target_id] = found or [Measured(scope.target_id, p, None, Status.NOT_MEASURED, None, "", 0,
                                                      why, computable=False) for p in periods]
    return out


def _services(scopes: Iterable[TargetScope]) -> set[int]:
    return {i for s in scopes for i in s.service_ids}


def _periods(kind: MeasurementPeriod, first: Period, as_of: datetime, zone: str) -> list[Period]:
    return periods_between(Period.containing(first.first_day, kind),
                           Period.at(as_of - timedelta(seconds=1), kind, zone))


def _availability(scope: TargetScope, outages: dict[int, list[Outage]], first: Period,
                  as_of: datetime, zone: str) -> list[Measured]:
    """The worst service of the scope, period by period."""
    periods = _periods(scope.period, first, as_of, zone)
    terms = availability_terms(scope, scope.hours)
    per_service = [availability_by_period(outages.get(service, []), terms, periods, zone=zone, as_of=as_of)
                   for service in sorted(scope.service_ids)]
    out = []
    for index, period in enumerate(periods):
        results = [r[index] for r in per_service]
        measured = [r for r in results if r.percent is not None]
        if not measured:
            out.append(Measured(scope.target_id, period, None, Status.NOT_MEASURED, None, "minutes", 0,
                                "no service hours in the period"))
            continue
        worst = min(measured, key=lambda r: (r.percent, -r.downtime_seconds))
        refs = tuple(sorted({ref for r in results for part in r.downtime for ref in part.references}))
        out.append(Measured(
            scope.target_id, period, round(worst.percent or 0.0, 4), worst.status,
            round(worst.budget_seconds / 60, 1), "minutes", sum(r.breaks for r in results),
            f"{round(worst.downtime_seconds / 60)} min of downtime in {round(worst.agreed_seconds / 3600)} h "
            f"of agreed service time; {round(worst.maintenance_seconds / 60)} min of announced maintenance",
            refs, tally=Tally("availability", sum(r.breaks for r in results),
                              downtime_minutes=round(worst.downtime_seconds / 60),
                              agreed_hours=round(worst.agreed_seconds / 3600),
                              maintenance_minutes=round(worst.maintenance_seconds / 60))))
    return out


def load_incidents(db: object, service_ids: set[int], *, since: int, until: int,
                   progress: Progress | None = None, settled_before: int | None = None,
                   ) -> tuple[IncidentBatch, list[str]]:
    """The incident records of ``service_ids`` opened in ``[since, until)`` as columns, and
    their references by row; without those responded to and resolved before
    ``settled_before`` (their outcome was known by then: a reached target at the response or
    resolution, a missed one earlier still), which most of the look-back's records are."""
    batch, references = IncidentBatch(), list[str]()
    if not service_ids:
        return batch, references
    columns = (IncidentRecordRow.reference, IncidentRecordRow.service_id, IncidentRecordRow.priority,
               IncidentRecordRow.opened_at, IncidentRecordRow.responded_at, IncidentRecordRow.resolved_at,
               IncidentRecordRow.paused)
    statement = (select(*(col(c) for c in columns))
                 .where(col(IncidentRecordRow.service_id).in_(sorted(service_ids)),
                        col(IncidentRecordRow.opened_at) >= since, col(IncidentRecordRow.opened_at) < until))
    if settled_before is not None:
        resolution, response = col(IncidentRecordRow.resolved_at), col(IncidentRecordRow.responded_at)
        statement = statement.where(sa.not_(sa.and_(
            col(IncidentRecordRow.opened_at) < settled_before, resolution.is_not(None), resolution < settled_before,
            sa.or_(response.is_(None), response < settled_before))))
    priorities = {p.value: p for p in Priority}
    with db.read() as session:  # type: ignore[attr-defined]
        # the driver's own rows: SQLAlchemy's result processing would cost more than the measuring
        cursor = session.connection().execute(statement).cursor
        while rows := cursor.fetchmany(50_000):
            # most records were never paused: added a column at a time, the others one by one
            plain = [r for r in rows if not r[6] or r[6] == "null"]  # SQL NULL, or JSON null
            if plain:
                refs, services, codes, opened, responded, resolved, _ = zip(*plain, strict=True)
                batch.extend(services, [priorities[c] for c in codes], opened, responded, resolved)
                references.extend(refs)
            for reference, service, priority, opened_at, responded_at, resolved_at, paused in rows:
                if paused and paused != "null":
                    batch.add(service=service, priority=priorities[priority], opened=opened_at,
                              responded=responded_at, resolved=resolved_at,
                              paused=[(a, b) for a, b in json.loads(paused)])
                    references.append(reference)
            if progress is not None:
                progress("loaded", len(references))
    return batch, references


def load_outages(db: object, service_ids: set[int], *, until: int) -> dict[int, list[Outage]]:
    """The outages of ``service_ids`` starting before ``until``, per service."""
    out: dict[int, list[Outage]] = {}
    statement = (select(col(OutageRow.service_id), col(OutageRow.reference), col(OutageRow.starts_at),
                        col(OutageRow.ends_at), col(OutageRow.planned), col(OutageRow.announced_at))
                 .where(col(OutageRow.service_id).in_(sorted(service_ids)), col(OutageRow.starts_at) < until))
    with db.read() as session:  # type: ignore[attr-defined]
        for service, reference, start, end, planned, announced in session.execute(statement):
            out.setdefault(service, []).append(Outage(
                reference, moment(start), moment(end), planned=bool(planned),
                announced_at=None if announced is None else moment(announced)))
    return out


