"""Frozen snapshots for the documents, read from the database in a few batched queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from itsm_desktop.documents.language import label, speaking
from itsm_desktop.documents.shared_terms import hours_rows, revision_change
from itsm_desktop.documents.snapshot import (
    NOT_APPLICABLE,
    AgreementSnapshot,
    AgreementTexts,
    CatalogEntrySnapshot,
    CatalogFamilySnapshot,
    CatalogSnapshot,
    ChargeSnapshot,
    ComponentSnapshot,
    ContactSnapshot,
    DependencySnapshot,
    HistoryEntrySnapshot,
    PartySnapshot,
    PersonSnapshot,
    ServiceSnapshot,
    ServiceTermsSnapshot,
    SignatureSnapshot,
    SupplierSnapshot,
    TargetSnapshot,
)
from itsm_desktop.domain.definitions import KIND_PARTIES, scheme_from_json
from itsm_desktop.domain.enums import (
    AgreementContactRole,
    AgreementKind,
    AgreementStatus,
    ChargeModel,
    ServiceStatus,
    Side,
)
from itsm_desktop.domain.forms import AGREEMENT_TEXT_FIELDS, SignatureRow
from itsm_desktop.domain.languages import DocumentLanguage
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
    ServiceComponent,
    ServiceDependency,
    ServiceFamily,
    ServiceLevelTarget,
    ServiceSupplier,
    Signature,
)
from itsm_desktop.domain.values import WeeklyHours
from itsm_desktop.store import Database

from .agreement_definitions import read_team_definitions
from .agreement_drafting import signature_rows
from .clauses import carried_clauses, clause_snapshot
from .common import get_or_404
from .letterheads import letterhead_of
from .underpinning import chains_of
from .user_profiles import names_of_logins

CATALOG_STATES = (ServiceStatus.LIVE, ServiceStatus.RETIRING)


class _Lookup:
    """Organizations and contacts by id, fetched once per snapshot."""

    def __init__(self, session: Session) -> None:
        self.s = session
        self._orgs: dict[int, Organization] = {}
        self._contacts: dict[int, Contact] = {}

    def preload(self, org_ids: Iterable[int | None], contact_ids: Iterable[int | None]) -> None:
        want_orgs = {i for i in org_ids if i is not None} - self._orgs.keys()
        want_contacts = {i for i in contact_ids if i is not None} - self._contacts.keys()
        for chunk in _chunks(sorted(want_contacts)):
            for c in self.s.exec(select(Contact).where(col(Contact.id).in_(chunk))):
                self._contacts[c.id] = c  # type: ignore[index]
        for chunk in _chunks(sorted(want_orgs)):
            for o in self.s.exec(select(Organization).where(col(Organization.id).in_(chunk))):
                self._orgs[o.id] = o  # type: ignore[index]

    def org(self, org_id: int | None) -> Organization | None:
        if org_id is None:
            return None
        if org_id not in self._orgs:
            self.preload([org_id], [])
        return self._orgs.get(org_id)

    def org_name(self, org_id: int | None) -> str:
        org = self.org(org_id)
        return org.name if org else ""

    def person(self, contact_id: int | None) -> PersonSnapshot | None:
        if contact_id is None:
            return None
        if contact_id not in self._contacts:
            self.preload([], [contact_id])
        c = self._contacts.get(contact_id)
        return PersonSnapshot(c.name, c.job_title, c.email, c.phone) if c else None

    def party(self, org_id: int | None, representative_id: int | None = None) -> PartySnapshot:
        org = self.org(org_id)
        if org is None:
            return PartySnapshot(name="")
        kind = label(org.kind) + (f" · {label(org.unit_type)}" if org.unit_type else "")
        return PartySnapshot(name=org.name, kind_label=kind, address=org.address, email=org.email,
                             phone=org.phone, representative=self.person(representative_id))


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def _grouped(session: Session, model: Any, ids: list[int], order: Iterable[Any] = ()) -> dict[int, list]:
    out: dict[int, list] = defaultdict(list)
    for chunk in _chunks(ids):
        stmt: Any = select(model).where(col(model.service_id).in_(chunk))
        for row in session.exec(stmt.order_by(*order)):
            out[row.service_id].append(row)
    return out


def _service_snapshots(session: Session, lookup: _Lookup, services: list[Service]) -> dict[int, ServiceSnapshot]:
    """ServiceSnapshots for ``services``, with their rows read in batches."""
    ids = [s.id for s in services if s.id is not None]
    families = {f.id: f.name for f in session.exec(select(ServiceFamily))}
    components = _grouped(session, ServiceComponent, ids, (ServiceComponent.position, ServiceComponent.id))
    suppliers = _grouped(session, ServiceSupplier, ids, (ServiceSupplier.id,))
    deps: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for chunk in _chunks(ids):
        for sid, code, name in session.exec(
            select(ServiceDependency.service_id, Service.code, Service.name)
            .join(Service, col(Service.id) == ServiceDependency.depends_on_id)
            .where(col(ServiceDependency.service_id).in_(chunk)).order_by(col(Service.code))):
            deps[sid].append((code, name))
    lookup.preload([s.provider_id for s in services]
                   + [r.supplier_id for rows in suppliers.values() for r in rows],
                   [s.owner_id for s in services] + [s.manager_id for s in services])
    out = {}
    for s in services:
        assert s.id is not None
        out[s.id] = ServiceSnapshot(
            code=s.code, name=s.name, family=families.get(s.family_id, ""), summary=s.summary,
            description=s.description, outcomes=s.outcomes, service_type=s.service_type, status=s.status,
            criticality=s.criticality, provider=lookup.org_name(s.provider_id),
            owner=lookup.person(s.owner_id), manager=lookup.person(s.manager_id),
            hours=hours_rows(WeeklyHours.from_json(s.hours)) if s.hours else (),
            hours_exceptions=s.hours_exceptions, support_channels=s.support_channels,
            support_hours=s.support_hours, request_process=s.request_process,
            charge=ChargeSnapshot(model=s.charge_model, price=s.price, currency=s.currency,
                                  billing_period=s.billing_period),
            components=tuple(ComponentSnapshot(c.name, c.kind, c.notes) for c in components[s.id]),
            dependencies=tuple(DependencySnapshot(code, name) for code, name in deps[s.id]),
            suppliers=tuple(SupplierSnapshot(lookup.org_name(r.supplier_id), r.supplies, r.contract_reference)
                            for r in suppliers[s.id]),
        )
    return out


def agreement_snapshot(db: Database, agreement_id: int, *, today: date | None = None,
                       language: str | None = None) -> AgreementSnapshot:
    """Everything the printed agreement shows, as it is in the database now, in its language
    (or ``language``)."""
    with db.read() as session:
        a = get_or_404(session, Agreement, agreement_id)
        wanted = DocumentLanguage.parse(language or a.language)
        with speaking(wanted):
            return _agreement_snapshot(session, a, agreement_id, today, wanted)


def _agreement_snapshot(session: Session, a: Agreement, agreement_id: int, today: date | None,
                        language: DocumentLanguage) -> AgreementSnapshot:
    lookup = _Lookup(session)
    customers = list(session.exec(select(AgreementCustomer).where(
        AgreementCustomer.agreement_id == agreement_id).order_by(col(AgreementCustomer.position))))
    contacts = list(session.exec(select(AgreementContact).where(
        AgreementContact.agreement_id == agreement_id).order_by(col(AgreementContact.position))))
    signatures = list(session.exec(select(Signature).where(
        Signature.agreement_id == agreement_id).order_by(col(Signature.id))))
    lookup.preload([a.provider_id, *(c.organization_id for c in customers),
                    *(s.organization_id for s in signatures)],
                   [c.representative_id for c in customers] + [c.contact_id for c in contacts])
    service_rows = list(session.exec(
        select(Service).join(AgreementService, col(AgreementService.service_id) == Service.id)
        .where(AgreementService.agreement_id == agreement_id).order_by(col(AgreementService.position))))
    services = _service_snapshots(session, lookup, service_rows)
    if not KIND_PARTIES[a.kind].uses_catalog:
        services = own_facts(session, a, service_rows, services)
    team = read_team_definitions(session)
    codes = {s.id: (s.code, s.name) for s in service_rows}
    targets = [
        TargetSnapshot(metric=t.metric, value=t.value, unit=t.unit, metric_label=t.custom_metric,
                       service_code=codes.get(t.service_id, (None, None))[0],
                       service_name=codes.get(t.service_id, (None, None))[1],
                       priority=t.priority, warning_threshold=t.warning_threshold,
                       period=t.period, notes=t.notes, definition=t.definition)
        for t in session.exec(select(ServiceLevelTarget).where(
            ServiceLevelTarget.agreement_id == agreement_id)
            .order_by(col(ServiceLevelTarget.position), col(ServiceLevelTarget.id)))
    ]
    responsibilities = list(session.exec(select(Responsibility).where(
        Responsibility.agreement_id == agreement_id).order_by(col(Responsibility.position))))
    provider_rep = next((c.contact_id for c in contacts if c.role.value == "provider_representative"), None)
    # this revision's events and its predecessors', never those of the revisions after it
    chain = dict(session.exec(select(Agreement.id, Agreement.revision).where(
        Agreement.reference == a.reference, Agreement.revision <= a.revision)).all())
    history = session.exec(select(HistoryEntry).where(
        HistoryEntry.entity == "agreement", col(HistoryEntry.entity_id).in_(list(chain)),
        col(HistoryEntry.action).in_(["created", "status", "revised"]))
        .order_by(col(HistoryEntry.at), col(HistoryEntry.id))).all()
    several = len(chain) > 1
    people = names_of_logins(session, (h.who for h in history))  # logins as the people they are
    return AgreementSnapshot(
        reference=a.reference, revision=a.revision, title=a.title, kind=a.kind, status=a.status,
        provider=lookup.party(a.provider_id, provider_rep),
        customers=tuple(lookup.party(c.organization_id, c.representative_id) for c in customers),
        services=tuple(services[s.id] for s in service_rows if s.id is not None),
        valid_from=a.valid_from, valid_to=a.valid_to, review_interval_months=a.review_interval_months,
        next_review=a.next_review, signed_on=a.signed_on,
        texts=agreement_texts(a),
        not_applicable=frozenset(k for k in a.not_applicable or () if not getattr(a, k, "x").strip()),
        targets=tuple(targets),
        provider_responsibilities=tuple(r.text for r in responsibilities if r.side == Side.PROVIDER),
        customer_responsibilities=tuple(r.text for r in responsibilities if r.side == Side.CUSTOMER),
        contacts=tuple(ContactSnapshot(c.role, p, lookup.org_name(_contact_org(session, c.contact_id)))
                       for c in contacts if (p := lookup.person(c.contact_id)) is not None),
        signatures=tuple(SignatureSnapshot(s.side, lookup.org_name(s.organization_id), s.signatory_name,
                                           s.signatory_title, s.signed_on, place=s.place)
                         for s in signatures or _chosen_signatories(session, lookup, a, customers, contacts)),
        history=tuple(HistoryEntrySnapshot(  # the day as the reader's clock had it
            h.at.astimezone().date(), people.get(h.who, h.who),
            revision_change(chain[h.entity_id], h.summary) if several else h.summary)
            for h in history),
        ended_on=ended_on(a, [h for h in history if h.entity_id == a.id]),
        letterhead=letterhead_of(session, a.provider_id),
        clauses=tuple(clause_snapshot(v, language) for v in carried_clauses(session, agreement_id)),
        priorities=scheme_from_json(a.priority_scheme) or team.priorities,
        support_hours_name=a.support_hours_name, support_hours=a.support_hours,
        underpinning=chains_of(session, agreement_id),
        generated_on=today or date.today(),
        language=language,
    )


def _chosen_signatories(session: Session, lookup: _Lookup, a: Agreement, customers: list[AgreementCustomer],
                        contacts: list[AgreementContact]) -> list[SignatureRow]:
    """Before anyone signed: the lines for the signatories chosen on the agreement."""
    parties = [(Side.PROVIDER, a.provider_id), *((Side.CUSTOMER, c.organization_id) for c in customers)]
    signatories = [(_contact_org(session, c.contact_id), p.name, p.job_title) for c in contacts
                   if c.role is AgreementContactRole.SIGNATORY and (p := lookup.person(c.contact_id)) is not None]
    return signature_rows(parties, signatories)


def own_facts(session: Session, agreement: Agreement, rows: list[Service],
              catalog: dict[int, ServiceSnapshot]) -> dict[int, ServiceSnapshot]:
    """An OLA's or UC's services as the agreement itself describes them: the name and code
    (how both sides know the service), the catalog's hours and components for an OLA (both
    sides are ours), and the agreement's own description, support, price and reference. The
    catalog's owners, status, prices, suppliers and contracts are left out altogether."""
    terms = {t.service_id: t for t in session.exec(
        select(AgreementServiceTerms).where(AgreementServiceTerms.agreement_id == agreement.id))}
    keep_operations = agreement.kind is AgreementKind.OLA
    out = {}
    for s in rows:
        assert s.id is not None
        full, own = catalog[s.id], terms.get(s.id)
        priced = own is not None and own.charge_model is not ChargeModel.NONE and own.price is not None
        out[s.id] = ServiceSnapshot(
            code=full.code, name=full.name, family=full.family, service_type=full.service_type,
            criticality=full.criticality,
            hours=full.hours if keep_operations else (),
            hours_exceptions=full.hours_exceptions if keep_operations else "",
            components=full.components if keep_operations else (),
            dependencies=full.dependencies if keep_operations else (),
            terms=ServiceTermsSnapshot(
                description=own.description, support_channels=own.support_channels,
                support_hours=own.support_hours, contract_reference=own.contract_reference,
                charge=ChargeSnapshot(own.charge_model, own.price, own.currency, own.billing_period)
                if priced else None) if own is not None else ServiceTermsSnapshot())
    return out


ENDED_STATES = (AgreementStatus.SUPERSEDED, AgreementStatus.EXPIRED, AgreementStatus.TERMINATED)


def ended_on(a: Agreement, own_history: Iterable[HistoryEntry]) -> date | None:
    """The day an agreement no longer in force really ended: its planned end when it ran out,
    else the day it was superseded or terminated (as its history records)."""
    if a.status not in ENDED_STATES:
        return None
    if a.status is AgreementStatus.EXPIRED and a.valid_to is not None:
        return a.valid_to
    ends = [h.at.astimezone().date() for h in own_history
            if h.changes and (h.changes.get("status") or [None, None])[-1] == a.status.value]
    return ends[-1] if ends else a.valid_to


def agreement_texts(a: Agreement) -> AgreementTexts:
    """The agreement's section texts as printed: a section marked not applicable says so."""
    marked = a.not_applicable or ()
    return AgreementTexts(**{key: NOT_APPLICABLE if key in marked and not getattr(a, key).strip()
                             else getattr(a, key) for key in AGREEMENT_TEXT_FIELDS})


def _contact_org(session: Session, contact_id: int) -> int | None:
    contact = session.get(Contact, contact_id)
    return contact.organization_id if contact else None


def catalog_snapshot(db: Database, *, title: str = "Service catalog", today: date | None = None,
                     language: str = DocumentLanguage.ENGLISH) -> CatalogSnapshot:
    """The live catalog (live and retiring services) by family, with covering agreements, its
    wording (service hours, key targets) in ``language``."""
    from .catalog_report import (  # it reads with this module's helpers
        catalog_entries,
        catalog_stream,
    )

    stream = catalog_stream(db, title=title, today=today, language=language)
    entries: dict[int, list[CatalogEntrySnapshot]] = defaultdict(list)
    with speaking(language):
        for index, entry in catalog_entries(db, stream.order):
            entries[index].append(entry)
    o = stream.outline
    families = tuple(CatalogFamilySnapshot(f.name, f.description, tuple(entries[i]))
                     for i, f in enumerate(o.families))
    return CatalogSnapshot(title=o.title, organization=o.organization, families=families,
                           generated_on=o.generated_on, letterhead=o.letterhead, language=o.language)
