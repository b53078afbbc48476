"""The Service Levels page's read model: the targets of active agreements against months,
read from the stored achieved values (never computed while the page opens), and the use case
that computes and stores those values from the imported records.

A quarterly target shows its quarter's value in each month of the quarter.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import exists, func
from sqlmodel import col, select

from itsm_desktop.domain.enums import (
    AgreementStatus,
    MeasurementPeriod,
    Metric,
    TargetUnit,
    ValueSource,
)
from itsm_desktop.domain.measurement.periods import Period, periods_between
from itsm_desktop.domain.measurement.status import Status
from itsm_desktop.domain.measurement.zones import moment
from itsm_desktop.domain.models import (
    AchievedValue,
    Agreement,
    AgreementCustomer,
    IncidentRecordRow,
    Organization,
    OutageRow,
    ServiceLevelTarget,
)

from .measure import measure
from .report import (
    ALL_SERVICES,
    achieved_text,
    chart_terms,
    describe_target,
    promised_text,
    service_names,
)
from .scopes import target_scopes
from .values import record_computed

MONTHS_SHOWN = 12



@dataclass(frozen=True)
class BoardTarget:
    """A row of the heatmap: one target of an active agreement."""

    target_id: int
    agreement_id: int
    agreement: str  # its reference
    name: str  # "Resolution time P1"
    service: str
    promised: str
    period_kind: MeasurementPeriod
    line: float  # where the target lies on the trend chart: 100 (% within target), 99.5 (%), 4 (hours)
    axis: str  # what the chart's values are: "% within target", "%", "hours"
    warning: float | None = None  # a level on the chart (availability, satisfaction), if any
    metric: Metric = Metric.CUSTOM
    unit: TargetUnit = TargetUnit.PERCENT
    target_value: float = 0.0  # what it promises, in ``unit``


@dataclass(frozen=True)
class BoardCell:
    """What a target achieved in the period holding one month."""

    target_id: int
    period: str  # the target's own period label (2026-11, or 2026-Q4)
    value: float | None
    text: str  # "99.812 %", "96.0 % within target"
    status: Status
    source: ValueSource
    locked: bool
    note: str
    breach_cause: str
    breach_action: str

    @property
    def has_breach_note(self) -> bool:
        return bool(self.breach_cause or self.breach_action)


Row = tuple[Any, ...]  # a stored value as the driver reads it: see ``_FIELDS``

_FIELDS = ("target_id", "period", "value", "source", "note", "status", "locked", "breach_cause", "breach_action")
_SOURCES = {s.value: s for s in ValueSource}
_STATUSES = {s.value: s for s in Status}


@dataclass(frozen=True)
class Board:
    """Targets × months, and what the page needs to say when it is empty.

    The stored values are kept as the plain rows read, and a month's ``BoardCell`` is made
    when it is first asked for (a painted cell, a month's counts): a page of 200 targets ×
    24 months then makes a few hundred objects per read, not 4,800 that outlive it, each of
    which brought the garbage collector's full pass over the whole window nearer.
    """

    targets: tuple[BoardTarget, ...]
    months: tuple[str, ...]  # month labels, oldest first
    stored: dict[tuple[int, str], Row] = field(default_factory=dict)  # (target id, its period label)
    labels: dict[tuple[MeasurementPeriod, str], str] = field(default_factory=dict)  # (kind, month): period
    has_records: bool = False  # any incidents or outages imported at all
    has_agreements: bool = False  # any active agreement with targets
    _kinds: dict[int, BoardTarget] = field(default_factory=dict, init=False, repr=False, compare=False)
    _made: dict[tuple[int, str], BoardCell | None] = field(default_factory=dict, init=False, repr=False,
                                                           compare=False)

    def __post_init__(self) -> None:
        self._kinds.update((t.target_id, t) for t in self.targets)

    @property
    def has_values(self) -> bool:
        """Whether any value is stored for the months shown."""
        return bool(self.stored)

    def value_count(self) -> int:
        """How many (target, month) cells hold a stored value."""
        return sum(self.cell(t.target_id, m) is not None for t in self.targets for m in self.months)

    def cell(self, target_id: int, month: str) -> BoardCell | None:
        key = (target_id, month)
        try:
            return self._made[key]
        except KeyError:
            made = self._made[key] = self._make(target_id, month)
            return made

    def _make(self, target_id: int, month: str) -> BoardCell | None:
        target = self._kinds.get(target_id)
        label = self.labels.get((target.period_kind, month)) if target is not None else None
        found = self.stored.get((target_id, label)) if label is not None else None
        if target is None or found is None:
            return None
        _, period, value, source_value, note, status, locked, cause, action = found
        source = _SOURCES[source_value]
        text = achieved_text(target.metric, target.unit, value, source is ValueSource.COMPUTED)
        return BoardCell(target_id, period, value, text, _STATUSES[status], source, bool(locked), note or "",
                         cause or "", action or "")

    def stored_values(self) -> Iterator[tuple[BoardTarget, float | None, ValueSource, Status, bool]]:
        """Each stored value with its target, source, status and whether a cause or action is
        noted, read from the rows without making a cell of each."""
        for target_id, _period, value, source, _note, status, _locked, cause, action in self.stored.values():
            target = self._kinds.get(target_id)
            if target is not None:
                yield target, value, _SOURCES[source], _STATUSES[status], bool(cause or action)

    def counts(self, month: str) -> dict[Status, int]:
        """Targets per status in ``month`` (not measured: no value stored)."""
        out = dict.fromkeys(Status, 0)
        for target in self.targets:
            found = self.cell(target.target_id, month)
            out[found.status if found is not None else Status.NOT_MEASURED] += 1
        return out


@dataclass(frozen=True)
class Choice:
    """An entry of a filter list."""

    id: int
    label: str


def month_range(last: date | None = None, months: int = MONTHS_SHOWN) -> tuple[Period, Period]:
    """The ``months`` months up to the one holding ``last`` (today)."""
    last_period = Period.containing(last or datetime.now(UTC).date(), MeasurementPeriod.MONTH)
    first = last_period
    for _ in range(months - 1):
        first = first.previous
    return first, last_period


def _months(first: Period, last: Period) -> list[Period]:
    if first.kind is not MeasurementPeriod.MONTH or last.kind is not MeasurementPeriod.MONTH:
        raise ValueError("The heatmap's range is given in months.")
    if last < first:
        first, last = last, first
    return periods_between(first, last)


def filter_choices(db: object) -> tuple[list[Choice], list[Choice]]:
    """The customers and the agreements the filters offer: those of active agreements."""
    with db.read() as session:  # type: ignore[attr-defined]
        customers = session.exec(
            select(Organization.id, Organization.name).distinct()
            .join(AgreementCustomer, col(AgreementCustomer.organization_id) == col(Organization.id))
            .join(Agreement, col(Agreement.id) == col(AgreementCustomer.agreement_id))
            .where(Agreement.status == AgreementStatus.ACTIVE).order_by(col(Organization.name))).all()
        agreements = session.exec(
            select(Agreement.id, Agreement.reference, Agreement.title)
            .where(Agreement.status == AgreementStatus.ACTIVE).order_by(col(Agreement.reference))).all()
    return ([Choice(int(i), str(n)) for i, n in customers if i is not None],
            [Choice(int(i), f"{r} — {t}") for i, r, t in agreements if i is not None])


def load_board(db: object, *, first: Period, last: Period, customer_id: int | None = None,
               agreement_id: int | None = None) -> Board:
    """The targets of the active agreements (of one customer, or one agreement) and their
    stored values in the months ``first`` to ``last``."""
    months = _months(first, last)
    with db.read() as session:  # type: ignore[attr-defined]
        query = (select(ServiceLevelTarget, Agreement.reference)
                 .join(Agreement, col(Agreement.id) == col(ServiceLevelTarget.agreement_id))
                 .where(Agreement.status == AgreementStatus.ACTIVE))
        if agreement_id is not None:
            query = query.where(Agreement.id == agreement_id)
        if customer_id is not None:
            query = query.where(exists().where(col(AgreementCustomer.agreement_id) == col(Agreement.id),
                                               col(AgreementCustomer.organization_id) == customer_id))
        rows = session.exec(query.order_by(col(Agreement.reference), col(ServiceLevelTarget.position),
                                           col(ServiceLevelTarget.id))).all()
        names = service_names(session, (t for t, _ in rows))
        has_agreements = bool(rows) or session.exec(
            select(func.count()).select_from(ServiceLevelTarget)
            .join(Agreement, col(Agreement.id) == col(ServiceLevelTarget.agreement_id))
            .where(Agreement.status == AgreementStatus.ACTIVE)).one() > 0
        has_records = (session.exec(select(IncidentRecordRow.id).limit(1)).first() is not None
                       or session.exec(select(OutageRow.id).limit(1)).first() is not None)
        targets = {target.id: target for target, _ in rows}
        # each month's label in every kind of period shown, worked out once, not per cell
        kinds = {t.period for t in targets.values()}
        labels = {(kind, m.label): Period.containing(m.first_day, kind).label for kind in kinds for m in months}
        # plain columns through the driver, not records: 4,800 values read without building an
        # object (or converting a value in SQLAlchemy's result processing) for each
        stored = session.connection().execute(sa.select(*(col(getattr(AchievedValue, f)) for f in _FIELDS)).where(
            col(AchievedValue.target_id).in_(list(targets)),
            col(AchievedValue.period).in_(list(set(labels.values()))))).cursor.fetchall() if targets else []
    board_targets = tuple(BoardTarget(
        int(t.id), t.agreement_id, reference, describe_target(t),  # type: ignore[arg-type]
        names.get(t.service_id, ALL_SERVICES) if t.service_id is not None else ALL_SERVICES,
        promised_text(t), t.period, *chart_terms(t), metric=t.metric, unit=t.unit,
        target_value=t.value) for t, reference in rows)
    return Board(board_targets, tuple(m.label for m in months), {(row[0], row[1]): row for row in stored}, labels,
                 has_records, has_agreements)


def compute_values(db: object, *, first: Period, zone: str = "UTC", now: datetime | None = None,
                   agreement_ids: Sequence[int] | None = None) -> int:
    """Compute every target of the active agreements (or of ``agreement_ids``) from the month
    ``first`` up to now and store the values (hand-entered and locked ones stay). How many
    values changed."""
    now = now or datetime.now(UTC)
    with db.read() as session:  # type: ignore[attr-defined]
        query = select(Agreement.id).where(Agreement.status == AgreementStatus.ACTIVE)
        if agreement_ids is not None:
            query = query.where(col(Agreement.id).in_(list(agreement_ids)))
        ids = [int(i) for i in session.exec(query).all() if i is not None]
        scopes = [s for i in ids for s in target_scopes(session, i, zone=zone)]
    if not scopes:
        return 0
    results = measure(db, scopes, first=first, as_of=moment(int(now.timestamp())), zone=zone)
    return record_computed(db, (m for rows in results.values() for m in rows), zone=zone, now=now)
