"""Use cases for agreements: editing, references, revisions and duplicates."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy import inspect as sa_inspect
from sqlmodel import Session, col, func, select

from itsm_desktop.domain.definitions import scheme_from_json, scheme_to_json
from itsm_desktop.domain.enums import (
    AgreementKind,
    AgreementStatus,
    HistoryAction,
    OrganizationKind,
)
from itsm_desktop.domain.errors import InUseError, ValidationError
from itsm_desktop.domain.forms import (
    AgreementContactRow,
    AgreementForm,
    CustomerRow,
    ResponsibilityRow,
    ServiceTermsRow,
    TargetRow,
)
from itsm_desktop.domain.languages import DocumentLanguage, language_problems
from itsm_desktop.domain.measurement.support_hours import support_hours_json
from itsm_desktop.domain.models import (
    Agreement,
    AgreementContact,
    AgreementCustomer,
    AgreementService,
    AgreementServiceTerms,
    Contact,
    HistoryEntry,
    Organization,
    Responsibility,
    Service,
    ServiceLevelTarget,
    Signature,
)
from itsm_desktop.domain.rules import READ_ONLY_AGREEMENT_STATES, agreement_problems
from itsm_desktop.domain.translatable import Word, translatable
from itsm_desktop.store import Database
from itsm_desktop.store.locks import take_turns
from itsm_desktop.store.rows import rows_of

from . import records
from .clauses import attach_default_clauses, copy_clauses
from .common import EMPTY, check_version, get_or_404, record_history
from .reads.agreements import find_agreement_row
from .rows import OwnedRows, store_rows
from .search_text import agreement_text
from .underpinning import copy_links

_ROWS = {  # the form's lists and the tables that hold them
    "customers": OwnedRows(AgreementCustomer, "agreement_id", key="organization_id"),
    "service_ids": OwnedRows(AgreementService, "agreement_id", key="service_id"),
    "service_terms": OwnedRows(AgreementServiceTerms, "agreement_id", key="service_id"),
    "targets": OwnedRows(ServiceLevelTarget, "agreement_id"),
    "responsibilities": OwnedRows(Responsibility, "agreement_id"),
    "contacts": OwnedRows(AgreementContact, "agreement_id"),
}


@dataclass(frozen=True)
class AgreementDetail:
    """An agreement as its editor loads it."""

    agreement: Agreement
    form: AgreementForm
    signatures: list[Signature]
    history: list[HistoryEntry]
    revisions: list[tuple[int, int, AgreementStatus]]  # id, revision, status of the same reference

    @property
    def read_only(self) -> bool:
        return self.agreement.status in READ_ONLY_AGREEMENT_STATES


REFERENCE_TURN = "agreement.reference"


def next_reference(session: Session, kind: AgreementKind, year: int) -> str:
    """The next free reference such as ``SLA-2026-004`` for ``kind`` in ``year``."""
    prefix = f"{kind.value}-{year}-"
    refs = session.exec(select(Agreement.reference).where(col(Agreement.reference).startswith(prefix))).all()
    numbers = [int(m.group(1)) for r in refs if (m := re.fullmatch(re.escape(prefix) + r"(\d+)", r))]
    return f"{prefix}{max(numbers, default=0) + 1:03d}"


def provisional_reference() -> str:
    """A reference no other agreement has, for a new one's row until ``allocate_reference``
    gives it its own (never committed)."""
    return "~" + uuid.uuid4().hex


def allocate_reference(session: Session, agreement: Agreement, kind: AgreementKind, year: int) -> None:
    """Give ``agreement`` the next free reference, taking the turn on references: held until
    the commit, so it is taken once everything else of the agreement is written, and another
    client creating an agreement waits for that commit only, not for this one's work."""
    take_turns(session, REFERENCE_TURN)
    agreement.reference = next_reference(session, kind, year)


def suggest_reference(db: Database, kind: AgreementKind, today: date | None = None) -> str:
    with db.read() as session:
        return next_reference(session, kind, (today or date.today()).year)


def _rows_of(*columns: Any, order: tuple[Any, ...]) -> Any:
    """Columns of an agreement's rows in one of its tables, in order (the id is bound later)."""
    table = columns[0].class_
    return select(*columns).where(col(table.agreement_id) == bindparam("aid")).order_by(*order)


_T = ServiceLevelTarget
_TERMS = ("service_id", "description", "support_channels", "support_hours", "contract_reference",
          "charge_model", "price", "currency", "billing_period")
# built once: an agreement is read before and after every save, and whenever it is opened
_FORM_ROWS = {
    "customers": _rows_of(AgreementCustomer.organization_id, AgreementCustomer.representative_id,
                          order=(col(AgreementCustomer.position),)),
    "service_ids": _rows_of(AgreementService.service_id, order=(col(AgreementService.position),)),
    "targets": _rows_of(_T.metric, _T.value, _T.unit, _T.service_id, _T.priority, _T.warning_threshold,
                        _T.period, _T.notes, _T.custom_metric, _T.definition, _T.id,
                        order=(col(_T.position), col(_T.id))),
    "service_terms": _rows_of(*(getattr(AgreementServiceTerms, name) for name in _TERMS),
                              order=(col(AgreementServiceTerms.position),)),
    "responsibilities": _rows_of(Responsibility.side, Responsibility.text, Responsibility.id,
                                 order=(col(Responsibility.position), col(Responsibility.id))),
    "contacts": _rows_of(AgreementContact.contact_id, AgreementContact.role, AgreementContact.id,
                         order=(col(AgreementContact.position), col(AgreementContact.id))),
}


def read_form(session: Session, agreement: Agreement) -> AgreementForm:
    def rows(key: str) -> Sequence[Any]:
        return session.exec(_FORM_ROWS[key], params={"aid": agreement.id}).all()

    values = records.model_values(agreement, AgreementForm)
    values["customers"] = [CustomerRow(organization_id=org, representative_id=rep)
                           for org, rep in rows("customers")]
    values["service_ids"] = list(rows("service_ids"))
    values["targets"] = [
        TargetRow(metric=metric, value=value, unit=unit, service_id=service_id, priority=priority,
                  warning_threshold=warning, period=period, notes=notes, custom_metric=custom,
                  definition=definition, id=tid)
        for metric, value, unit, service_id, priority, warning, period, notes, custom, definition, tid
        in rows("targets")]
    values["service_terms"] = [ServiceTermsRow(**dict(zip(_TERMS, row, strict=True)))
                               for row in rows("service_terms")]
    values["priorities"] = list(scheme_from_json(agreement.priority_scheme))
    values["responsibilities"] = [ResponsibilityRow(side=side, text=text, id=rid)
                                  for side, text, rid in rows("responsibilities")]
    values["contacts"] = [AgreementContactRow(contact_id=contact, role=role, id=cid)
                          for contact, role, cid in rows("contacts")]
    return AgreementForm(**values)


def _snapshot(session: Session, agreement: Agreement) -> dict[str, Any]:
    return vars(read_form(session, agreement)) if agreement.id is not None else {}


def party_problems(session: Session, form: AgreementForm) -> dict[str, str]:
    """An OLA's customers are internal units; a UC's provider is a supplier."""
    p: dict[str, str] = {}
    provider = session.get(Organization, form.provider_id) if form.provider_id else None
    if form.provider_id is not None and provider is None:
        p["provider_id"] = "The chosen provider no longer exists."
    if form.kind == AgreementKind.UC and provider is not None and provider.kind != OrganizationKind.SUPPLIER:
        p["provider_id"] = "The provider of an underpinning contract must be a supplier."
    if form.kind == AgreementKind.OLA and provider is not None and provider.kind != OrganizationKind.INTERNAL:
        p["provider_id"] = "The provider of an operational level agreement must be an internal unit."
    for row in form.customers:
        org = session.get(Organization, row.organization_id) if row.organization_id else None
        if org is None:
            p["customers"] = "A chosen customer no longer exists."
        elif form.kind == AgreementKind.OLA and org.kind != OrganizationKind.INTERNAL:
            p["customers"] = f"The customer of an operational level agreement must be an internal unit, not “{org.name}”."
        if org is not None and form.provider_id == org.id:
            p["customers"] = "The provider cannot also be a customer of the same agreement."
    return p


def check_agreement_form(session: Session, form: AgreementForm, own_id: int | None) -> dict[str, str]:
    p = party_problems(session, form) | language_problems(form.language, optional=True)
    current = session.get(Agreement, own_id) if own_id is not None else None
    if current is not None and current.status in READ_ONLY_AGREEMENT_STATES:
        p[""] = (f"{current.reference} revision {current.revision} is {current.status.label.lower()} "
                 "and cannot be changed; revise it to make a new draft.")
    reference = form.reference.strip()
    # a reference the agreement keeps was checked when it was given (the check reads every one)
    if reference and (current is None or reference != current.reference):
        take_turns(session, REFERENCE_TURN)  # a reference is checked, then written, by one client at a time
        # find_agreement looks references up whatever their case: keep them unique that way
        stmt = select(Agreement.id).where(func.upper(Agreement.reference) == func.upper(reference))
        if own_id is not None:
            stmt = stmt.where(Agreement.id != own_id)
            if current is not None:
                # other revisions of the same agreement legitimately share the reference
                chain = _revision_ids(session, current)
                stmt = stmt.where(col(Agreement.id).not_in(chain))
        if session.exec(stmt).first() is not None:
            p["reference"] = f"Another agreement already uses the reference {reference}."
    known = set(session.exec(select(Service.id).where(col(Service.id).in_(form.service_ids))).all())
    if len(known) != len(set(form.service_ids)):
        p["service_ids"] = "A chosen service no longer exists."
    people = {c.representative_id for c in form.customers} | {c.contact_id for c in form.contacts}
    people.discard(None)
    existing = set(session.exec(select(Contact.id).where(col(Contact.id).in_(people))).all())
    if any(c.representative_id is not None and c.representative_id not in existing for c in form.customers):
        p.setdefault("customers", "A chosen representative no longer exists.")
    for i, row in enumerate(form.contacts):
        if row.contact_id is None:
            p[f"contacts.{i}.contact_id"] = "Choose the contact."
        elif row.contact_id not in existing:
            p[f"contacts.{i}.contact_id"] = "The chosen contact no longer exists."
    return p


def _revision_ids(session: Session, agreement: Agreement) -> list[int]:
    return [i for i in session.exec(select(Agreement.id).where(
        Agreement.reference == agreement.reference)).all() if i is not None]


def apply_agreement_form(session: Session, agreement: Agreement, form: AgreementForm,
                         before: Mapping[str, Any] = EMPTY) -> None:
    _store_agreement(session, agreement, form, before)


def _store_agreement(session: Session, agreement: Agreement, form: AgreementForm,
                     before: Mapping[str, Any] = EMPTY) -> list[ServiceLevelTarget] | None:
    """Write ``form`` over ``agreement`` and its rows; the stored targets if they were written.

    ``before`` is the agreement's stored form (empty for a new one): lists equal to it are
    not written.
    """
    with session.no_autoflush:  # the record's row is written once, with its search text
        for key, value in vars(form).items():
            if key not in _ROWS and key not in ("priorities", "language"):
                setattr(agreement, key, value)  # the UPDATE names only the columns whose value changed
        language = form.language or customer_language(session, form)
        if language != agreement.language:
            agreement.language = language
        scheme = scheme_to_json(form.priorities) or None
        if scheme != agreement.priority_scheme:
            agreement.priority_scheme = scheme
        measured = support_hours_json(form.support_hours)
        if measured != agreement.support_calendar:
            agreement.support_calendar = measured
        agreement.title = form.title.strip()
        restoring = agreement.id is not None and sa_inspect(agreement).transient  # undoing its delete
        allocating = (agreement.id is None or restoring) and not form.reference.strip()
        if agreement.id is None or restoring:
            # a reference handed out is chosen last (below), when only its own row is left to write
            agreement.reference = form.reference.strip() or provisional_reference()
            session.add(agreement)
            session.flush()
        else:
            agreement.reference = form.reference.strip() or agreement.reference
        aid = agreement.id
        assert aid is not None
        # only the lists that changed are written (a title edit leaves the 50 targets alone)
        changed = [key for key in _ROWS if key not in before or before[key] != getattr(form, key)]
        named = {"customers", "service_ids"}  # their names are part of what it is found by
        if not named & set(changed):
            agreement.search_text = agreement_text(session, agreement)
        written = {key: store_rows(session, _ROWS[key], aid, _agreement_rows(form, key), restoring=restoring)
                   for key in changed}
    session.flush()
    if allocating:
        allocate_reference(session, agreement, form.kind, (form.valid_from or date.today()).year)
    if named & set(changed) or allocating:
        agreement.search_text = agreement_text(session, agreement)
    return written.get("targets")


def customer_language(session: Session, form: AgreementForm) -> str:
    """The language of the agreement's first customer (English without one): a new
    agreement prints in it unless told otherwise."""
    first = form.customers[0].organization_id if form.customers else None
    org = session.get(Organization, first) if first is not None else None
    return DocumentLanguage.parse(org.language if org is not None else None).value


def _agreement_rows(form: AgreementForm, key: str) -> list[dict[str, Any]]:
    """The column values of one of the form's lists, as stored."""
    if key == "customers":
        return [{"organization_id": c.organization_id, "representative_id": c.representative_id, "position": pos}
                for pos, c in enumerate(form.customers)]
    if key == "service_ids":
        return [{"service_id": sid, "position": pos} for pos, sid in enumerate(form.service_ids)]
    if key == "service_terms":
        return [{**{name: getattr(t, name) for name in _TERMS}, "position": pos}
                for pos, t in enumerate(form.service_terms)]
    if key == "targets":
        return [{"id": t.id, "metric": t.metric, "custom_metric": t.custom_metric, "definition": t.definition,
                 "service_id": t.service_id,
                 "priority": t.priority, "value": t.value, "unit": t.unit,
                 "warning_threshold": t.warning_threshold, "period": t.period, "notes": t.notes,
                 "position": pos} for pos, t in enumerate(form.targets)]
    if key == "responsibilities":
        return [{"id": r.id, "side": r.side, "text": r.text, "position": pos}
                for pos, r in enumerate(form.responsibilities)]
    return [{"id": c.id, "contact_id": c.contact_id, "role": c.role, "position": pos}
            for pos, c in enumerate(form.contacts)]


def _label(agreement: Agreement) -> str:
    return translatable("agreement {reference} revision {revision}", reference=agreement.reference,
                        revision=agreement.revision)


def create_agreement(db: Database, *, form: AgreementForm, restore_id: int | None = None) -> Agreement:
    """A new draft (revision 1); a blank reference gets the next free one."""
    return records.save(db, Agreement, form, record_id=None, version=None, restore_id=restore_id,
                        problems=agreement_problems, check=check_agreement_form, apply=_apply_new_agreement,
                        describe=_label, snapshot=_snapshot)


def _apply_new_agreement(session: Session, agreement: Agreement, form: AgreementForm,
                         before: Mapping[str, Any]) -> None:
    """A new agreement, carrying its kind's default clauses from the library."""
    apply_agreement_form(session, agreement, form, before)
    session.flush()
    attach_default_clauses(session, agreement)


def update_agreement(db: Database, *, agreement_id: int, version: int, form: AgreementForm) -> Agreement:
    """Save a draft or an agreement in review; active and ended ones are read-only."""
    return records.save(db, Agreement, form, record_id=agreement_id, version=version,
                        problems=agreement_problems, check=check_agreement_form, apply=apply_agreement_form,
                        describe=_label, snapshot=_snapshot)


def _guard(_session: Session, agreement: Agreement) -> None:
    if agreement.status not in (AgreementStatus.DRAFT, AgreementStatus.IN_REVIEW):
        raise InUseError(translatable("{reference} revision {revision} has the status “{status}”: it is part of "
                                      "the record and cannot be deleted. Terminate it instead.",
                                      reference=agreement.reference, revision=agreement.revision,
                                      status=Word(agreement.status.label)),
                         can_retire=agreement.status == AgreementStatus.ACTIVE)


def agreement_deletion_refusal(db: Database, *, agreement_id: int) -> InUseError | None:
    """Why the record cannot be deleted (said before asking to confirm); None when it can."""
    return records.deletion_refusal(db, Agreement, agreement_id, _guard)


def delete_agreement(db: Database, *, agreement_id: int, version: int | None = None) -> None:
    """Delete a draft or an agreement in review (its rows go with it)."""
    records.delete(db, Agreement, agreement_id, version=version, guard=_guard, describe=_label,
                   snapshot=_snapshot)


def load_agreement(db: Database, agreement_id: int) -> AgreementDetail:
    with db.read() as session:
        agreement = get_or_404(session, Agreement, agreement_id)
        return AgreementDetail(
            agreement=agreement,
            form=read_form(session, agreement),
            signatures=list(session.exec(select(Signature).where(Signature.agreement_id == agreement_id)
                                         .order_by(col(Signature.id))).all()),
            history=list(session.exec(select(HistoryEntry).where(
                HistoryEntry.entity == "agreement",
                col(HistoryEntry.entity_id).in_(_revision_ids(session, agreement)))
                .order_by(col(HistoryEntry.at), col(HistoryEntry.id))).all()),
            revisions=[(i, r, AgreementStatus(s)) for i, r, s in session.exec(
                select(Agreement.id, Agreement.revision, Agreement.status)
                .where(Agreement.reference == agreement.reference).order_by(col(Agreement.revision))).all()
                if i is not None],
        )


def find_agreement(db: Database, reference: str, revision: int | None = None) -> Agreement:
    """The agreement with ``reference``: the given revision, else the current one.

    The current revision is the active one if there is one, else the newest.
    """
    with db.read() as session:
        found = find_agreement_row(rows_of(session), reference, revision)
        return get_or_404(session, Agreement, found.id)


def _copy_as_draft(session: Session, form: AgreementForm, *, reference: str, revision: int,
                   previous_id: int | None) -> Agreement:
    """A new draft holding ``form``; targets copied from a previous revision link to their origin."""
    new = Agreement(reference=reference, title=form.title, revision=revision, previous_id=previous_id,
                    status=AgreementStatus.DRAFT)
    copy = replace(form, reference=reference, targets=[replace(t, id=None) for t in form.targets],
                   responsibilities=[replace(r, id=None) for r in form.responsibilities],
                   contacts=[replace(c, id=None) for c in form.contacts])
    targets = _store_agreement(session, new, copy) or []
    if previous_id is not None:
        for target, origin in zip(targets, form.targets, strict=True):
            target.origin_target_id = origin.id
        session.flush()
        copy_links(session, ((t.origin_target_id, t.id) for t in targets
                             if t.origin_target_id is not None and t.id is not None))
    new.reference, new.revision = reference, revision
    session.flush()
    return new


def revise_agreement(db: Database, *, agreement_id: int) -> Agreement:
    """Start revision n+1 as a draft, everything copied; the old one stays until it is replaced."""
    with db.write() as session:
        source = get_or_404(session, Agreement, agreement_id)
        if source.status not in (AgreementStatus.ACTIVE, AgreementStatus.EXPIRED):
            raise ValidationError({"status": "Only an active or expired agreement can be revised; "
                                             "edit a draft directly."})
        newest = session.exec(select(func.max(Agreement.revision)).where(
            Agreement.reference == source.reference)).one()
        pending = session.exec(select(Agreement.id).where(
            Agreement.reference == source.reference,
            col(Agreement.status).in_([AgreementStatus.DRAFT, AgreementStatus.IN_REVIEW]))).first()
        if pending is not None:
            raise ValidationError({"status": f"A new revision of {source.reference} is already being "
                                             "prepared; continue that draft."})
        form = read_form(session, source)
        new = _copy_as_draft(session, form, reference=source.reference,
                             revision=(newest or source.revision) + 1, previous_id=source.id)
        assert new.id is not None
        copy_clauses(session, agreement_id, new.id)
        record_history(session, entity="agreement", entity_id=new.id, action=HistoryAction.REVISED,
                       summary=translatable("Revision {revision} started from revision {source}", revision=new.revision,
                                            source=source.revision))
        return new


def duplicate_agreement(db: Database, *, agreement_id: int, customer_id: int | None = None,
                        representative_id: int | None = None, title: str | None = None) -> Agreement:
    """Copy an agreement as a new draft with a new reference, optionally for another customer."""
    with db.write() as session:
        source = get_or_404(session, Agreement, agreement_id)
        form = read_form(session, source)
        if customer_id is not None:
            form.customers = [CustomerRow(organization_id=customer_id, representative_id=representative_id)]
            form.language = None  # the new customer's language
        if title:
            form.title = title
        form.valid_from, form.valid_to, form.next_review = None, None, None
        problems = agreement_problems(form) | party_problems(session, form)
        if problems:
            raise ValidationError(problems)
        take_turns(session, REFERENCE_TURN)  # the reference handed out is written before another's
        reference = next_reference(session, source.kind, date.today().year)
        new = _copy_as_draft(session, form, reference=reference, revision=1, previous_id=None)
        assert new.id is not None
        copy_clauses(session, agreement_id, new.id)
        record_history(session, entity="agreement", entity_id=new.id, action=HistoryAction.CREATED,
                       summary=translatable("Created as a copy of {reference} revision {revision}",
                                            reference=source.reference, revision=source.revision))
        return new


def agreement_version(session: Session, agreement_id: int, version: int) -> Agreement:
    return check_version(session, Agreement, agreement_id, version)
