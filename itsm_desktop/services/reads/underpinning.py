"""The underpinning chain of an SLA's targets, read for its editor, the Home page and its print
(see ``services.underpinning`` for the links themselves)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

from itsm_desktop.domain.enums import (
    PRIORITY_METRICS,
    AgreementKind,
    AgreementStatus,
    MeasurementPeriod,
    Metric,
    Priority,
    TargetUnit,
)
from itsm_desktop.domain.translatable import Word, translatable
from itsm_desktop.domain.underpinning import (
    CHAINED_METRICS,
    ChainedTarget,
    TargetChain,
    TargetTerms,
    quantity,
)
from itsm_desktop.store.rows import Rows, as_enum, as_optional_enum, in_chunks

if TYPE_CHECKING:
    from itsm_desktop.domain.models import ServiceLevelTarget

    TargetLike: TypeAlias = "TargetRow | ServiceLevelTarget"
    """A stored target (the model) or one read here."""


@dataclass(frozen=True)
class TargetRow:
    """A service level target as a chain reads it."""

    id: int | None
    agreement_id: int
    service_id: int | None
    metric: Metric
    custom_metric: str
    priority: Priority | None
    value: float
    unit: TargetUnit
    period: MeasurementPeriod
    origin_target_id: int | None


@dataclass(frozen=True)
class AgreementRow:
    """What a chain names of an agreement."""

    reference: str
    revision: int
    kind: AgreementKind
    status: AgreementStatus
    provider_id: int | None


_TARGET = ("SELECT id, agreement_id, service_id, metric, custom_metric, priority, value, unit, period, "
           "origin_target_id FROM service_level_target ")


def target_rows(rows: Rows, where: str, **params: object) -> list[TargetRow]:
    """The targets ``where`` (an SQL condition and order on ``service_level_target``) selects."""
    return [TargetRow(tid, aid, sid, as_enum(Metric, metric), custom or "", as_optional_enum(Priority, priority),
                      float(value), as_enum(TargetUnit, unit), as_enum(MeasurementPeriod, period), origin)
            for tid, aid, sid, metric, custom, priority, value, unit, period, origin
            in rows.rows(_TARGET + where, **params)]


def terms_of(target: TargetLike) -> TargetTerms:
    return TargetTerms(target.metric, target.value, target.unit, target.priority)


_SHORT_METRIC = {Metric.RTO: "RTO", Metric.RPO: "RPO"}
_PERIODS = {
    MeasurementPeriod.MONTH: translatable("per month"),
    MeasurementPeriod.QUARTER: translatable("per quarter"),
    MeasurementPeriod.YEAR: translatable("per year"),
}


def describe(target: TargetLike) -> str:
    """The target in a few words, as lists show it, a marked sentence the screens and the
    documents say in their language: ``P1 response 30 minutes``, ``Availability 99.5 % per
    month``."""
    value = quantity(terms_of(target))
    if target.metric in PRIORITY_METRICS:
        priority = target.priority.value if target.priority is not None else ""
        if target.metric is Metric.RESPONSE_TIME:
            return (translatable("{priority} response {value}", priority=priority, value=value) if priority
                    else translatable("Response {value}", value=value))
        return (translatable("{priority} resolution {value}", priority=priority, value=value) if priority
                else translatable("Resolution {value}", value=value))
    custom = target.custom_metric.strip() if target.metric is Metric.CUSTOM else ""
    metric = _SHORT_METRIC.get(target.metric) or custom or Word(target.metric.label)
    period = _PERIODS.get(target.period)
    if period is None:
        return translatable("{metric} {value}", metric=metric, value=value)
    return translatable("{metric} {value} {period}", metric=metric, value=value, period=period)


class Names:
    """Agreements, providers and services by id, read once per chain."""

    def __init__(self, rows: Rows) -> None:
        self.rows = rows
        self.agreements: dict[int, AgreementRow] = {}
        self.providers: dict[int, str] = {}
        self.services: dict[int, str] = {}

    def load(self, targets: Iterable[TargetLike]) -> None:
        targets = list(targets)
        wanted = sorted({t.agreement_id for t in targets} - set(self.agreements))
        for chunk in in_chunks(wanted):
            for aid, reference, revision, kind, status, provider in self.rows.rows(
                    "SELECT id, reference, revision, kind, status, provider_id FROM agreement WHERE id IN (:ids)",
                    ids=chunk):
                self.agreements[aid] = AgreementRow(reference, revision, as_enum(AgreementKind, kind),
                                                    as_enum(AgreementStatus, status), provider)
        orgs = {a.provider_id for a in self.agreements.values() if a.provider_id is not None}
        if orgs - set(self.providers):
            self.providers.update(self.rows.rows("SELECT id, name FROM organization WHERE id IN (:ids)",
                                                 ids=sorted(orgs)))
        services = sorted({t.service_id for t in targets if t.service_id is not None} - set(self.services))
        for chunk in in_chunks(services):
            self.services.update((sid, f"{name} ({code})") for sid, name, code in self.rows.rows(
                "SELECT id, name, code FROM service WHERE id IN (:ids)", ids=chunk))

    def service(self, target: TargetLike) -> str:
        return self.services.get(target.service_id, "") if target.service_id is not None else ""

    def chained(self, target: TargetLike) -> ChainedTarget:
        assert target.id is not None
        a = self.agreements[target.agreement_id]
        return ChainedTarget(target.id, target.agreement_id, a.reference, a.revision, a.kind, a.status,
                             self.providers.get(a.provider_id or -1, ""), self.service(target),
                             describe(target), terms_of(target))


def _newest_copies(rows: Rows, names: Names, target_ids: set[int]) -> dict[int, TargetRow]:
    """Each target of ``target_ids`` followed to its newest copy in a later revision (the copy
    in the active revision when one is active)."""
    by_id = {t.id: t for chunk in in_chunks(sorted(target_ids))
             for t in target_rows(rows, "WHERE id IN (:ids)", ids=chunk)}
    found: dict[int, TargetRow] = {tid: by_id[tid] for tid in target_ids if tid in by_id}
    names.load(found.values())
    frontier = {tid: tid for tid in found}  # copy id → the linked id it descends from
    while frontier:
        copies = [t for chunk in in_chunks(sorted(frontier))
                  for t in target_rows(rows, "WHERE origin_target_id IN (:ids)", ids=chunk)]
        names.load(copies)
        next_frontier: dict[int, int] = {}
        for copy in copies:
            assert copy.id is not None and copy.origin_target_id is not None
            linked = frontier[copy.origin_target_id]
            next_frontier[copy.id] = linked
            if names.agreements[found[linked].agreement_id].status is not AgreementStatus.ACTIVE:
                found[linked] = copy  # a later revision wins unless the one held is in force
        frontier = next_frontier
    return found


def target_chains(rows: Rows, targets: Sequence[TargetLike], names: Names) -> list[TargetChain]:
    """The chain of each of ``targets``."""
    ids = [t.id for t in targets if t.id is not None]
    links: dict[int, list[int]] = defaultdict(list)
    for chunk in in_chunks(ids):
        for target_id, beneath in rows.rows(
                "SELECT target_id, underpinning_target_id FROM underpinning_link WHERE target_id IN (:ids)",
                ids=chunk):
            links[target_id].append(beneath)
    names.load(targets)
    below = _newest_copies(rows, names, {u for us in links.values() for u in us})
    names.load(below.values())
    chains = []
    for t in targets:
        assert t.id is not None
        resting = sorted((names.chained(below[u]) for u in links.get(t.id, []) if u in below),
                         key=lambda c: (c.reference, c.description))
        chains.append(TargetChain.of(t.id, names.service(t), describe(t), terms_of(t), resting))
    return chains


def chains_of(rows: Rows, agreement_id: int) -> tuple[TargetChain, ...]:
    """The chain of every target of an SLA that can rest on others (empty for an OLA or UC)."""
    kind = rows.rows("SELECT kind FROM agreement WHERE id = :id", id=agreement_id)
    if not kind or as_enum(AgreementKind, kind[0][0]) is not AgreementKind.SLA:
        return ()
    targets = target_rows(rows, "WHERE agreement_id = :agreement AND metric IN (:metrics) ORDER BY position, id",
                          agreement=agreement_id, metrics=sorted(m.value for m in CHAINED_METRICS))
    return tuple(target_chains(rows, targets, Names(rows)))
