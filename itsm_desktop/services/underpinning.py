"""The underpinning chain: which OLA and UC targets an SLA target rests on, and the margin left.

A link joins an SLA target to a target of an OLA or UC. A revision of the SLA copies its
targets' links with them (``copy_links``); a link to an OLA or UC target that was revised
since follows that target to its newest copy (the active one when there is one), so a
contract renewed with the same promises keeps underpinning the SLA without relinking.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlmodel import Session, col, select

from itsm_desktop.documents.snapshot import TargetSnapshot
from itsm_desktop.documents.targets import describe_target
from itsm_desktop.domain.enums import AgreementKind, AgreementStatus
from itsm_desktop.domain.errors import NotFoundError, ValidationError
from itsm_desktop.domain.models import (
    Agreement,
    Organization,
    Service,
    ServiceLevelTarget,
    UnderpinningLink,
)
from itsm_desktop.domain.underpinning import (
    CHAINED_METRICS,
    ChainedTarget,
    TargetChain,
    TargetTerms,
    link_refusal,
)
from itsm_desktop.store import Database

from .common import get_or_404

UNDERPINNING_KINDS = (AgreementKind.OLA, AgreementKind.UC)
CURRENT_STATES = (AgreementStatus.DRAFT, AgreementStatus.IN_REVIEW, AgreementStatus.ACTIVE)
"""An SLA in these states can have its chain changed; OLA/UC targets in them can be linked."""


def _target(session: Session, target_id: int) -> ServiceLevelTarget:
    target = session.get(ServiceLevelTarget, target_id)
    if target is None:
        raise NotFoundError("The service level target no longer exists.")
    return target


def terms_of(target: ServiceLevelTarget) -> TargetTerms:
    return TargetTerms(target.metric, target.value, target.unit, target.priority)


def _describe(target: ServiceLevelTarget) -> str:
    return describe_target(TargetSnapshot(metric=target.metric, value=target.value, unit=target.unit,
                                          metric_label=target.custom_metric, priority=target.priority,
                                          period=target.period))


class _Names:
    """Agreements, providers and services by id, read once per chain."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.agreements: dict[int, Agreement] = {}
        self.providers: dict[int, str] = {}
        self.services: dict[int, str] = {}

    def load(self, targets: Iterable[ServiceLevelTarget]) -> None:
        targets = list(targets)
        wanted = {t.agreement_id for t in targets} - set(self.agreements)
        if wanted:
            for a in self.session.exec(select(Agreement).where(col(Agreement.id).in_(wanted))):
                assert a.id is not None
                self.agreements[a.id] = a
        orgs = {a.provider_id for a in self.agreements.values() if a.provider_id is not None}
        if orgs - set(self.providers):
            self.providers.update((oid, name) for oid, name in self.session.exec(
                select(Organization.id, Organization.name).where(col(Organization.id).in_(orgs)))
                if oid is not None)
        services = {t.service_id for t in targets if t.service_id is not None} - set(self.services)
        if services:
            self.services.update((sid, f"{name} ({code})") for sid, name, code in self.session.exec(
                select(Service.id, Service.name, Service.code).where(col(Service.id).in_(services)))
                if sid is not None)

    def service(self, target: ServiceLevelTarget) -> str:
        return self.services.get(target.service_id, "") if target.service_id is not None else ""

    def chained(self, target: ServiceLevelTarget) -> ChainedTarget:
        assert target.id is not None
        a = self.agreements[target.agreement_id]
        return ChainedTarget(target.id, target.agreement_id, a.reference, a.revision, a.kind, a.status,
                             self.providers.get(a.provider_id or -1, ""), self.service(target),
                             _describe(target), terms_of(target))


def _newest_copies(session: Session, names: _Names, target_ids: set[int]) -> dict[int, ServiceLevelTarget]:
    """Each target of ``target_ids`` followed to its newest copy in a later revision (the copy
    in the active revision when one is active)."""
    rows = {t.id: t for t in session.exec(select(ServiceLevelTarget).where(
        col(ServiceLevelTarget.id).in_(target_ids)))}
    found: dict[int, ServiceLevelTarget] = {tid: rows[tid] for tid in target_ids if tid in rows}
    names.load(found.values())
    frontier = {tid: tid for tid in found}  # copy id → the linked id it descends from
    while frontier:
        copies = list(session.exec(select(ServiceLevelTarget).where(
            col(ServiceLevelTarget.origin_target_id).in_(list(frontier)))))
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


def _chains(session: Session, targets: Sequence[ServiceLevelTarget], names: _Names) -> list[TargetChain]:
    ids = [t.id for t in targets if t.id is not None]
    links: dict[int, list[int]] = defaultdict(list)
    for target_id, beneath in session.exec(select(UnderpinningLink.target_id, UnderpinningLink.underpinning_target_id)
                                           .where(col(UnderpinningLink.target_id).in_(ids))):
        links[target_id].append(beneath)
    names.load(targets)
    below = _newest_copies(session, names, {u for us in links.values() for u in us})
    names.load(below.values())
    chains = []
    for t in targets:
        assert t.id is not None
        resting = sorted((names.chained(below[u]) for u in links.get(t.id, []) if u in below),
                         key=lambda c: (c.reference, c.description))
        chains.append(TargetChain.of(t.id, names.service(t), _describe(t), terms_of(t), resting))
    return chains


def chains_of(session: Session, agreement_id: int) -> tuple[TargetChain, ...]:
    """The chain of every target of an SLA that can rest on others (empty for an OLA or UC)."""
    agreement = session.get(Agreement, agreement_id)
    if agreement is None or agreement.kind is not AgreementKind.SLA:
        return ()
    targets = list(session.exec(select(ServiceLevelTarget).where(
        ServiceLevelTarget.agreement_id == agreement_id, col(ServiceLevelTarget.metric).in_(CHAINED_METRICS))
        .order_by(col(ServiceLevelTarget.position), col(ServiceLevelTarget.id))))
    return tuple(_chains(session, targets, _Names(session)))


def agreement_chains(db: Database, agreement_id: int) -> tuple[TargetChain, ...]:
    """The underpinning chain of each target of the SLA ``agreement_id`` that can have one."""
    with db.read() as session:
        return chains_of(session, agreement_id)


def link_candidates(db: Database, *, target_id: int) -> list[ChainedTarget]:
    """The OLA and UC targets that could underpin ``target_id``: same metric, agreement being
    prepared or in force; those of the same priority first, then by reference."""
    with db.read() as session:
        target = _target(session, target_id)
        taken = set(session.exec(select(UnderpinningLink.underpinning_target_id)
                                 .where(UnderpinningLink.target_id == target_id)))
        rows = [t for t in session.exec(
            select(ServiceLevelTarget).join(Agreement, col(Agreement.id) == ServiceLevelTarget.agreement_id)
            .where(ServiceLevelTarget.metric == target.metric, col(Agreement.kind).in_(UNDERPINNING_KINDS),
                   col(Agreement.status).in_(CURRENT_STATES)))
            if t.id not in taken]
        names = _Names(session)
        names.load(rows)
        chained = [names.chained(t) for t in rows]
    return sorted(chained, key=lambda c: (c.terms.priority != target.priority, c.reference, -c.revision,
                                          c.description))


def _check_link(session: Session, target_id: int, underpinning_target_id: int) -> None:
    target = _target(session, target_id)
    beneath = _target(session, underpinning_target_id)
    sla = get_or_404(session, Agreement, target.agreement_id)
    below = get_or_404(session, Agreement, beneath.agreement_id)
    problem = ""
    if sla.kind is not AgreementKind.SLA:
        problem = "Only the targets of an SLA rest on OLA and UC targets."
    elif sla.status not in CURRENT_STATES:
        problem = f"{sla.reference} revision {sla.revision} is {sla.status.label.lower()}: its chain is closed."
    elif below.kind not in UNDERPINNING_KINDS:
        problem = "An SLA target rests on targets of an OLA or an underpinning contract only."
    else:
        problem = link_refusal(terms_of(target), terms_of(beneath))
    if problem:
        raise ValidationError({"underpinning": problem})


def link_target(db: Database, *, target_id: int, underpinning_target_id: int) -> None:
    """Record that the SLA target ``target_id`` rests on ``underpinning_target_id``."""
    with db.write() as session:
        _check_link(session, target_id, underpinning_target_id)
        if session.get(UnderpinningLink, (target_id, underpinning_target_id)) is None:
            session.add(UnderpinningLink(target_id=target_id, underpinning_target_id=underpinning_target_id))


def unlink_target(db: Database, *, target_id: int, underpinning_target_id: int) -> None:
    """Forget that ``target_id`` rests on ``underpinning_target_id`` (nothing if it did not)."""
    with db.write() as session:
        link = session.get(UnderpinningLink, (target_id, underpinning_target_id))
        if link is not None:
            sla = _target(session, target_id)
            agreement = get_or_404(session, Agreement, sla.agreement_id)
            if agreement.status not in CURRENT_STATES:
                raise ValidationError({"underpinning": f"{agreement.reference} revision {agreement.revision} "
                                                       f"is {agreement.status.label.lower()}: its chain is closed."})
            session.delete(link)


def copy_links(session: Session, copies: Iterable[tuple[int, int]]) -> None:
    """Give each new target the links of the target it was copied from: (origin id, copy id)."""
    origin_of = dict(copies)
    if not origin_of:
        return
    by_origin: dict[int, list[int]] = defaultdict(list)
    for origin, copy in origin_of.items():
        by_origin[origin].append(copy)
    for target_id, beneath in session.exec(select(UnderpinningLink.target_id, UnderpinningLink.underpinning_target_id)
                                           .where(col(UnderpinningLink.target_id).in_(list(by_origin)))):
        for copy in by_origin[target_id]:
            session.add(UnderpinningLink(target_id=copy, underpinning_target_id=beneath))


def thin_chains(db: Database, *, limit: int | None = None) -> list[tuple[Agreement, TargetChain]]:
    """Targets of active and in-review SLAs whose underpinning leaves no assured margin, by
    reference."""
    with db.read() as session:
        targets = list(session.exec(
            select(ServiceLevelTarget)
            .join(Agreement, col(Agreement.id) == ServiceLevelTarget.agreement_id)
            .where(Agreement.kind == AgreementKind.SLA,
                   col(Agreement.status).in_((AgreementStatus.ACTIVE, AgreementStatus.IN_REVIEW)),
                   col(ServiceLevelTarget.id).in_(select(UnderpinningLink.target_id)))
            .order_by(col(Agreement.reference), col(Agreement.revision), col(ServiceLevelTarget.position),
                      col(ServiceLevelTarget.id))))
        names = _Names(session)
        flagged = [(names.agreements[c_target.agreement_id], chain)
                   for c_target, chain in zip(targets, _chains(session, targets, names), strict=True)
                   if chain.margin.flagged]
    return flagged[:limit] if limit is not None else flagged
