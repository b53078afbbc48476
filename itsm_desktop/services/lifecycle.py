"""Agreement lifecycle: review, activation with signatures, termination, expiry."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Session, col, select

from itsm_desktop.domain.checks import check_text
from itsm_desktop.domain.enums import AgreementKind, AgreementStatus, HistoryAction, ServiceStatus
from itsm_desktop.domain.errors import TransitionError, ValidationError
from itsm_desktop.domain.forms import SignatureRow
from itsm_desktop.domain.models import Agreement, AgreementService, Service, Signature
from itsm_desktop.domain.rules import (
    AGREEMENT_TRANSITIONS,
    SERVICE_STATES_IN_ACTIVE_SLA,
    agreement_problems,
    readiness_problems,
    signature_problems,
)
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.store import Database

from .agreements import agreement_version, party_problems, read_form
from .common import record_history, stale_is_conflict, touch


def allowed_transitions(status: AgreementStatus) -> frozenset[AgreementStatus]:
    return AGREEMENT_TRANSITIONS[status]


def _move(session: Session, agreement: Agreement, target: AgreementStatus, summary: str) -> None:
    if target not in AGREEMENT_TRANSITIONS[agreement.status]:
        raise TransitionError(f"An agreement cannot go from “{agreement.status.label}” to “{target.label}”.")
    old = agreement.status
    agreement.status = target
    touch(agreement)
    session.add(agreement)
    assert agreement.id is not None
    record_history(session, entity="agreement", entity_id=agreement.id, action=HistoryAction.STATUS,
                   summary=summary, changes={"status": [old.value, target.value]})


def _ready_problems(session: Session, agreement: Agreement) -> dict[str, str]:
    form = read_form(session, agreement)
    return agreement_problems(form) | party_problems(session, form) | readiness_problems(form)


def submit_for_review(db: Database, *, agreement_id: int, version: int) -> Agreement:
    """Draft → in review; needs at least one service and one customer and valid parties."""
    with db.write() as session:
        agreement = agreement_version(session, agreement_id, version)
        problems = _ready_problems(session, agreement)
        if problems:
            raise ValidationError(problems)
        with stale_is_conflict(session, agreement, version):
            _move(session, agreement, AgreementStatus.IN_REVIEW, translatable("Submitted for review"))
        return agreement


def return_to_draft(db: Database, *, agreement_id: int, version: int) -> Agreement:
    with db.write() as session:
        agreement = agreement_version(session, agreement_id, version)
        with stale_is_conflict(session, agreement, version):
            _move(session, agreement, AgreementStatus.DRAFT, translatable("Returned to draft"))
        return agreement


def _service_state_problems(session: Session, agreement: Agreement) -> dict[str, str]:
    if agreement.kind != AgreementKind.SLA:
        return {}
    rows = session.exec(select(Service.code, Service.status).join(
        AgreementService, col(AgreementService.service_id) == Service.id)
        .where(AgreementService.agreement_id == agreement.id)).all()
    bad = [f"{code} ({ServiceStatus(status).label.lower()})" for code, status in rows
           if status not in SERVICE_STATES_IN_ACTIVE_SLA]
    if bad:
        return {"service_ids": "Only live or retiring services can be in an active SLA: "
                               f"{', '.join(bad)}."}
    return {}


def activate(db: Database, *, agreement_id: int, version: int, signed_on: date,
             signatures: list[SignatureRow]) -> Agreement:
    """In review → active: records the signing date and signatories; supersedes the revision it replaces."""
    if not isinstance(signed_on, date) or isinstance(signed_on, datetime):
        raise ValidationError({"signed_on": "The signing date must be a date."})
    with db.write() as session:
        agreement = agreement_version(session, agreement_id, version)
        problems = _ready_problems(session, agreement) | _service_state_problems(session, agreement)
        problems |= signature_problems(signatures)
        if agreement.valid_to is not None and signed_on > agreement.valid_to:
            problems["signed_on"] = "The signing date is after the end of the validity."
        if problems:
            raise ValidationError(problems)
        with stale_is_conflict(session, agreement, version):
            _move(session, agreement, AgreementStatus.ACTIVE, translatable("Activated, signed on {date}", date=signed_on))
            agreement.signed_on = signed_on
            for sig in signatures:
                session.add(Signature(agreement_id=agreement_id, organization_id=sig.organization_id, side=sig.side,
                                      signatory_name=sig.signatory_name.strip(),
                                      signatory_title=sig.signatory_title.strip(), place=sig.place.strip(),
                                      signed_on=sig.signed_on or signed_on))
            older = session.exec(select(Agreement).where(
                Agreement.reference == agreement.reference, Agreement.id != agreement_id,
                col(Agreement.status).in_([AgreementStatus.ACTIVE, AgreementStatus.EXPIRED]))).all()
            for old in older:
                previous = old.status
                old.status = AgreementStatus.SUPERSEDED
                touch(old)
                session.add(old)
                assert old.id is not None
                record_history(session, entity="agreement", entity_id=old.id, action=HistoryAction.STATUS,
                               summary=translatable("Superseded by revision {revision}", revision=agreement.revision),
                               changes={"status": [previous.value, AgreementStatus.SUPERSEDED.value]})
        return agreement


def terminate(db: Database, *, agreement_id: int, version: int, reason: str = "") -> Agreement:
    """Active → terminated, before its end date."""
    problems: dict[str, str] = {}
    check_text(problems, "reason", reason, label=translatable("The reason"))
    if problems:
        raise ValidationError(problems)
    with db.write() as session:
        agreement = agreement_version(session, agreement_id, version)
        summary = (translatable("Terminated: {reason}", reason=reason.strip()) if reason.strip()
                   else translatable("Terminated"))
        with stale_is_conflict(session, agreement, version):
            _move(session, agreement, AgreementStatus.TERMINATED, summary)
        return agreement


def expire_due(db: Database, *, today: date | None = None) -> list[str]:
    """Mark every active agreement whose validity ended before ``today`` as expired."""
    today = today or date.today()
    with db.write() as session:
        due = session.exec(select(Agreement).where(
            Agreement.status == AgreementStatus.ACTIVE, col(Agreement.valid_to).is_not(None),
            col(Agreement.valid_to) < today)).all()
        for agreement in due:
            assert agreement.valid_to is not None
            with stale_is_conflict(session, agreement, agreement.version):
                _move(session, agreement, AgreementStatus.EXPIRED,
                      translatable("Expired: valid until {date}", date=agreement.valid_to))
        return [f"{a.reference} revision {a.revision}" for a in due]
