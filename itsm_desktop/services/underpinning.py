"""The underpinning chain: which OLA and UC targets an SLA target rests on, and the margin left.

A link joins an SLA target to a target of an OLA or UC. A revision of the SLA copies its
targets' links with them (``copy_links``); a link to an OLA or UC target that was revised
since follows that target to its newest copy (the active one when there is one), so a
contract renewed with the same promises keeps underpinning the SLA without relinking.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlmodel import Session, col, select

from itsm_desktop.domain.enums import AgreementKind, AgreementStatus
from itsm_desktop.domain.errors import NotFoundError, ValidationError
from itsm_desktop.domain.models import (
    Agreement,
    ServiceLevelTarget,
    UnderpinningLink,
)
from itsm_desktop.domain.translatable import Word, translatable
from itsm_desktop.domain.underpinning import (
    ChainedTarget,
    TargetChain,
    link_refusal,
)
from itsm_desktop.store import Database
from itsm_desktop.store.rows import rows_of

from .common import get_or_404
from .reads import underpinning as reads
from .reads.underpinning import terms_of

UNDERPINNING_KINDS = (AgreementKind.OLA, AgreementKind.UC)
CURRENT_STATES = (AgreementStatus.DRAFT, AgreementStatus.IN_REVIEW, AgreementStatus.ACTIVE)
"""An SLA in these states can have its chain changed; OLA/UC targets in them can be linked."""


def _target(session: Session, target_id: int) -> ServiceLevelTarget:
    target = session.get(ServiceLevelTarget, target_id)
    if target is None:
        raise NotFoundError(translatable("The service level target no longer exists."))
    return target


def chains_of(session: Session, agreement_id: int) -> tuple[TargetChain, ...]:
    """The chain of every target of an SLA that can rest on others (empty for an OLA or UC)."""
    return reads.chains_of(rows_of(session), agreement_id)


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
        names = reads.Names(rows_of(session))
        names.load(rows)
        chained = [names.chained(t) for t in rows]
    return sorted(chained, key=lambda c: (c.terms.priority != target.priority, c.reference, -c.revision,
                                          c.description))


def _chain_closed(agreement: Agreement) -> str:
    return translatable("{reference} revision {revision} is no longer being prepared or in force "
                        "({status}): its chain is closed.", reference=agreement.reference,
                        revision=str(agreement.revision), status=Word(agreement.status.label))


def _check_link(session: Session, target_id: int, underpinning_target_id: int) -> None:
    target = _target(session, target_id)
    beneath = _target(session, underpinning_target_id)
    sla = get_or_404(session, Agreement, target.agreement_id)
    below = get_or_404(session, Agreement, beneath.agreement_id)
    problem = ""
    if sla.kind is not AgreementKind.SLA:
        problem = translatable("Only the targets of an SLA rest on OLA and UC targets.")
    elif sla.status not in CURRENT_STATES:
        problem = _chain_closed(sla)
    elif below.kind not in UNDERPINNING_KINDS:
        problem = translatable("An SLA target rests on targets of an OLA or an underpinning contract only.")
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
                raise ValidationError({"underpinning": _chain_closed(agreement)})
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
        rows = rows_of(session)
        flagged = [(get_or_404(session, Agreement, c_target.agreement_id), chain)
                   for c_target, chain in zip(targets, reads.target_chains(rows, targets, reads.Names(rows)),
                                              strict=True)
                   if chain.margin.flagged]
    return flagged[:limit] if limit is not None else flagged
