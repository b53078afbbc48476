"""Frozen snapshots for the documents, read from the database in a few batched queries.

They read in plain SQL (``store.rows``), so that the application reads them inside its own
transactions and the command line straight from an SQLite file, without SQLAlchemy.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

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
    BillingPeriod,
    ChargeModel,
    ComponentKind,
    Criticality,
    MeasurementPeriod,
    Metric,
    OrganizationKind,
    Priority,
    ServiceStatus,
    ServiceType,
    Side,
    TargetUnit,
    UnitType,
)
from itsm_desktop.domain.languages import DocumentLanguage
from itsm_desktop.domain.values import WeeklyHours
from itsm_desktop.store.rows import (
    Rows,
    as_date,
    as_datetime,
    as_enum,
    as_money,
    as_optional_enum,
    in_chunks,
    rows_of,
)

from .reads.agreements import TEXT_SECTIONS, AgreementRow, agreement_row
from .reads.clauses import carried_clauses, clause_snapshot
from .reads.letterheads import letterhead_of
from .reads.people import names_of_logins
from .reads.signatories import signature_rows
from .reads.team import read_team_definitions
from .reads.underpinning import chains_of

if TYPE_CHECKING:
    from itsm_desktop.domain.forms import SignatureRow
    from itsm_desktop.domain.models import Service
    from itsm_desktop.store import Database

    ServiceLike: TypeAlias = "_Service | Service"
    """A stored service (the model, as the catalog report reads it) or one read here."""

CATALOG_STATES = (ServiceStatus.LIVE, ServiceStatus.RETIRING)


@dataclass(frozen=True)
class _Organization:
    name: str
    kind: OrganizationKind
    unit_type: UnitType | None
    address: str
    email: str
    phone: str


@dataclass(frozen=True)
class _Contact:
    person: PersonSnapshot
    organization_id: int


class _Lookup:
    """Organizations and contacts by id, fetched once per snapshot."""

    def __init__(self, rows: Rows) -> None:
        self.rows = rows
        self._orgs: dict[int, _Organization] = {}
        self._contacts: dict[int, _Contact] = {}

    def preload(self, org_ids: Iterable[int | None], contact_ids: Iterable[int | None]) -> None:
        want_orgs = {i for i in org_ids if i is not None} - self._orgs.keys()
        want_contacts = {i for i in contact_ids if i is not None} - self._contacts.keys()
        for chunk in in_chunks(sorted(want_contacts)):
            for cid, name, job_title, email, phone, org in self.rows.rows(
                    "SELECT id, name, job_title, email, phone, organization_id FROM contact WHERE id IN (:ids)",
                    ids=chunk):
                self._contacts[cid] = _Contact(PersonSnapshot(name, job_title, email, phone), org)
        for chunk in in_chunks(sorted(want_orgs)):
            for oid, name, kind, unit_type, address, email, phone in self.rows.rows(
                    "SELECT id, name, kind, unit_type, address, email, phone FROM organization WHERE id IN (:ids)",
                    ids=chunk):
                self._orgs[oid] = _Organization(name, as_enum(OrganizationKind, kind),
                                                as_optional_enum(UnitType, unit_type), address, email, phone)

    def org(self, org_id: int | None) -> _Organization | None:
        if org_id is None:
            return None
        if org_id not in self._orgs:
            self.preload([org_id], [])
        return self._orgs.get(org_id)

    def org_name(self, org_id: int | None) -> str:
        org = self.org(org_id)
        return org.name if org else ""

    def _contact(self, contact_id: int | None) -> _Contact | None:
        if contact_id is None:
            return None
        if contact_id not in self._contacts:
            self.preload([], [contact_id])
        return self._contacts.get(contact_id)

    def person(self, contact_id: int | None) -> PersonSnapshot | None:
        contact = self._contact(contact_id)
        return contact.person if contact else None

    def contact_org(self, contact_id: int | None) -> int | None:
        """The organization the contact belongs to."""
        contact = self._contact(contact_id)
        return contact.organization_id if contact else None

    def party(self, org_id: int | None, representative_id: int | None = None) -> PartySnapshot:
        org = self.org(org_id)
        if org is None:
            return PartySnapshot(name="")
        kind = label(org.kind) + (f" · {label(org.unit_type)}" if org.unit_type else "")
        return PartySnapshot(name=org.name, kind_label=kind, address=org.address, email=org.email,
                             phone=org.phone, representative=self.person(representative_id))


@dataclass(frozen=True)
class _Service:
    """A covered service as the agreement's snapshot reads it (the model's names)."""

    id: int | None
    code: str
    name: str
    family_id: int | None
    summary: str
    description: str
    outcomes: str
    service_type: ServiceType
    status: ServiceStatus
    criticality: Criticality
    provider_id: int | None
    owner_id: int | None
    manager_id: int | None
    hours: dict[str, Any] | None
    hours_exceptions: str
    support_channels: str
    support_hours: str
    request_process: str
    charge_model: ChargeModel
    price: Decimal | None
    currency: str
    billing_period: BillingPeriod | None


def _agreement_services(rows: Rows, agreement_id: int) -> list[_Service]:
    """The services an agreement covers, in its order."""
    found = rows.rows(
        "SELECT s.id, s.code, s.name, s.family_id, s.summary, s.description, s.outcomes, s.service_type, "
        "s.status, s.criticality, s.provider_id, s.owner_id, s.manager_id, s.hours, s.hours_exceptions, "
        "s.support_channels, s.support_hours, s.request_process, s.charge_model, s.price, s.currency, "
        "s.billing_period FROM service AS s JOIN agreement_service AS a ON a.service_id = s.id "
        "WHERE a.agreement_id = :agreement ORDER BY a.position", agreement=agreement_id)
    return [_Service(sid, code, name, family, summary, description, outcomes, as_enum(ServiceType, kind),
                     as_enum(ServiceStatus, status), as_enum(Criticality, criticality), provider, owner, manager,
                     rows.json(hours), exceptions, channels, support_hours, process, as_enum(ChargeModel, model),
                     as_money(price), currency, as_optional_enum(BillingPeriod, period))
            for (sid, code, name, family, summary, description, outcomes, kind, status, criticality, provider,
                 owner, manager, hours, exceptions, channels, support_hours, process, model, price, currency,
                 period) in found]


def _grouped(rows: Rows, sql: str, ids: list[int]) -> dict[int, list[tuple[Any, ...]]]:
    """The rows of ``sql`` (service id first, ``:ids`` the services) by service."""
    out: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for chunk in in_chunks(ids):
        for service_id, *values in rows.rows(sql, ids=chunk):
            out[service_id].append(tuple(values))
    return out


def _service_snapshots(rows: Rows, lookup: _Lookup, services: Sequence[ServiceLike]) -> dict[int, ServiceSnapshot]:
    """ServiceSnapshots for ``services``, with their rows read in batches."""
    ids = [s.id for s in services if s.id is not None]
    families: dict[int | None, str] = dict(rows.rows("SELECT id, name FROM service_family"))
    components = _grouped(rows, "SELECT service_id, name, kind, notes FROM service_component "
                                "WHERE service_id IN (:ids) ORDER BY position, id", ids)
    suppliers = _grouped(rows, "SELECT service_id, supplier_id, supplies, contract_reference FROM service_supplier "
                               "WHERE service_id IN (:ids) ORDER BY id", ids)
    deps = _grouped(rows, "SELECT d.service_id, s.code, s.name FROM service_dependency AS d "
                          "JOIN service AS s ON s.id = d.depends_on_id WHERE d.service_id IN (:ids) ORDER BY s.code",
                    ids)
    lookup.preload([s.provider_id for s in services]
                   + [r[0] for found in suppliers.values() for r in found],
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
            components=tuple(ComponentSnapshot(name, as_enum(ComponentKind, kind), notes)
                             for name, kind, notes in components[s.id]),
            dependencies=tuple(DependencySnapshot(code, name) for code, name in deps[s.id]),
            suppliers=tuple(SupplierSnapshot(lookup.org_name(supplier), supplies, contract)
                            for supplier, supplies, contract in suppliers[s.id]),
        )
    return out


def agreement_snapshot(db: Database, agreement_id: int, *, today: date | None = None,
                       language: str | None = None) -> AgreementSnapshot:
    """Everything the printed agreement shows, as it is in the database now, in its language
    (or ``language``)."""
    with db.read() as session:
        return read_agreement_snapshot(rows_of(session), agreement_id, today=today, language=language)


def read_agreement_snapshot(rows: Rows, agreement_id: int, *, today: date | None = None,
                            language: str | None = None) -> AgreementSnapshot:
    """``agreement_snapshot`` inside the read transaction of ``rows``."""
    a = agreement_row(rows, agreement_id)
    wanted = DocumentLanguage.parse(language or a.language)
    with speaking(wanted):
        return _agreement_snapshot(rows, a, today, wanted)


@dataclass(frozen=True)
class _Signed:
    """A signature recorded on the agreement."""

    side: Side
    organization_id: int | None
    signatory_name: str
    signatory_title: str
    signed_on: date | None
    place: str


@dataclass(frozen=True)
class _History:
    entity_id: int
    at: datetime
    who: str
    summary: str
    changes: dict[str, Any] | None


def _agreement_snapshot(rows: Rows, a: AgreementRow, today: date | None,
                        language: DocumentLanguage) -> AgreementSnapshot:
    lookup = _Lookup(rows)
    customers = rows.rows("SELECT organization_id, representative_id FROM agreement_customer "
                          "WHERE agreement_id = :a ORDER BY position", a=a.id)
    contacts = [(contact_id, as_enum(AgreementContactRole, role)) for contact_id, role in rows.rows(
        "SELECT contact_id, role FROM agreement_contact WHERE agreement_id = :a ORDER BY position", a=a.id)]
    signatures = [_Signed(as_enum(Side, side), org, name, title, as_date(signed_on), place)
                  for side, org, name, title, signed_on, place in rows.rows(
                      "SELECT side, organization_id, signatory_name, signatory_title, signed_on, place "
                      "FROM signature WHERE agreement_id = :a ORDER BY id", a=a.id)]
    lookup.preload([a.provider_id, *(org for org, _ in customers), *(s.organization_id for s in signatures)],
                   [rep for _, rep in customers] + [cid for cid, _ in contacts])
    service_rows = _agreement_services(rows, a.id)
    services = _service_snapshots(rows, lookup, service_rows)
    if not KIND_PARTIES[a.kind].uses_catalog:
        services = own_facts(rows, a, service_rows, services)
    team = read_team_definitions(rows)
    codes = {s.id: (s.code, s.name) for s in service_rows}
    targets = [
        TargetSnapshot(metric=as_enum(Metric, metric), value=value, unit=as_enum(TargetUnit, unit),
                       metric_label=custom, service_code=codes.get(service, (None, None))[0],
                       service_name=codes.get(service, (None, None))[1],
                       priority=as_optional_enum(Priority, priority), warning_threshold=warning,
                       period=as_enum(MeasurementPeriod, period), notes=notes, definition=definition)
        for metric, value, unit, custom, service, priority, warning, period, notes, definition in rows.rows(
            "SELECT metric, value, unit, custom_metric, service_id, priority, warning_threshold, period, notes, "
            "definition FROM service_level_target WHERE agreement_id = :a ORDER BY position, id", a=a.id)
    ]
    responsibilities = [(as_enum(Side, side), text) for side, text in rows.rows(
        "SELECT side, text FROM responsibility WHERE agreement_id = :a ORDER BY position", a=a.id)]
    provider_rep = next((cid for cid, role in contacts if role.value == "provider_representative"), None)
    # this revision's events and its predecessors', never those of the revisions after it
    chain: dict[int, int] = dict(rows.rows("SELECT id, revision FROM agreement WHERE reference = :reference AND revision <= :revision",
                           reference=a.reference, revision=a.revision))
    history = [_History(entity_id, as_datetime(at), who, summary, rows.json(changes))
               for entity_id, at, who, summary, changes in rows.rows(
                   "SELECT entity_id, at, who, summary, changes FROM history_entry WHERE entity = 'agreement' "
                   "AND entity_id IN (:chain) AND action IN (:actions) ORDER BY at, id",
                   chain=list(chain), actions=["created", "status", "revised"])]
    several = len(chain) > 1
    people = names_of_logins(rows, (h.who for h in history))  # logins as the people they are
    return AgreementSnapshot(
        reference=a.reference, revision=a.revision, title=a.title, kind=a.kind, status=a.status,
        provider=lookup.party(a.provider_id, provider_rep),
        customers=tuple(lookup.party(org, rep) for org, rep in customers),
        services=tuple(services[s.id] for s in service_rows if s.id is not None),
        valid_from=a.valid_from, valid_to=a.valid_to, review_interval_months=a.review_interval_months,
        next_review=a.next_review, signed_on=a.signed_on,
        texts=agreement_texts(a),
        not_applicable=frozenset(k for k in a.not_applicable or () if not getattr(a, k, "x").strip()),
        targets=tuple(targets),
        provider_responsibilities=tuple(text for side, text in responsibilities if side == Side.PROVIDER),
        customer_responsibilities=tuple(text for side, text in responsibilities if side == Side.CUSTOMER),
        contacts=tuple(ContactSnapshot(role, p, lookup.org_name(lookup.contact_org(cid)))
                       for cid, role in contacts if (p := lookup.person(cid)) is not None),
        signatures=tuple(SignatureSnapshot(s.side, lookup.org_name(s.organization_id), s.signatory_name,
                                           s.signatory_title, s.signed_on, place=s.place)
                         for s in signatures or _chosen_signatories(lookup, a, customers, contacts)),
        history=tuple(HistoryEntrySnapshot(  # the day as the reader's clock had it
            h.at.astimezone().date(), people.get(h.who, h.who),
            revision_change(chain[h.entity_id], h.summary) if several else h.summary)
            for h in history),
        ended_on=ended_on(a, [h for h in history if h.entity_id == a.id]),
        letterhead=letterhead_of(rows, a.provider_id),
        clauses=tuple(clause_snapshot(v, language) for v in carried_clauses(rows, a.id)),
        priorities=scheme_from_json(a.priority_scheme) or team.priorities,
        support_hours_name=a.support_hours_name, support_hours=a.support_hours,
        underpinning=chains_of(rows, a.id),
        generated_on=today or date.today(),
        language=language,
    )


def _chosen_signatories(lookup: _Lookup, a: AgreementRow, customers: Sequence[tuple[Any, ...]],
                        contacts: Sequence[tuple[int, AgreementContactRole]]) -> list[SignatureRow]:
    """Before anyone signed: the lines for the signatories chosen on the agreement."""
    parties = [(Side.PROVIDER, a.provider_id), *((Side.CUSTOMER, org) for org, _ in customers)]
    signatories = [(lookup.contact_org(cid), p.name, p.job_title) for cid, role in contacts
                   if role is AgreementContactRole.SIGNATORY and (p := lookup.person(cid)) is not None]
    return signature_rows(parties, signatories)


def own_facts(rows: Rows, agreement: AgreementRow, services: Sequence[ServiceLike],
              catalog: dict[int, ServiceSnapshot]) -> dict[int, ServiceSnapshot]:
    """An OLA's or UC's services as the agreement itself describes them: the name and code
    (how both sides know the service), the catalog's hours and components for an OLA (both
    sides are ours), and the agreement's own description, support, price and reference. The
    catalog's owners, status, prices, suppliers and contracts are left out altogether."""
    terms = {service: (description, channels, hours, contract, as_enum(ChargeModel, model), as_money(price),
                       currency, as_optional_enum(BillingPeriod, period))
             for service, description, channels, hours, contract, model, price, currency, period in rows.rows(
                 "SELECT service_id, description, support_channels, support_hours, contract_reference, "
                 "charge_model, price, currency, billing_period FROM agreement_service_terms "
                 "WHERE agreement_id = :a", a=agreement.id)}
    keep_operations = agreement.kind is AgreementKind.OLA
    out = {}
    for s in services:
        assert s.id is not None
        full, own = catalog[s.id], terms.get(s.id)
        out[s.id] = ServiceSnapshot(
            code=full.code, name=full.name, family=full.family, service_type=full.service_type,
            criticality=full.criticality,
            hours=full.hours if keep_operations else (),
            hours_exceptions=full.hours_exceptions if keep_operations else "",
            components=full.components if keep_operations else (),
            dependencies=full.dependencies if keep_operations else (),
            terms=_own_terms(own) if own is not None else ServiceTermsSnapshot())
    return out


def _own_terms(own: tuple[Any, ...]) -> ServiceTermsSnapshot:
    description, channels, hours, contract, model, price, currency, period = own
    priced = model is not ChargeModel.NONE and price is not None
    return ServiceTermsSnapshot(description=description, support_channels=channels, support_hours=hours,
                                contract_reference=contract,
                                charge=ChargeSnapshot(model, price, currency, period) if priced else None)


ENDED_STATES = (AgreementStatus.SUPERSEDED, AgreementStatus.EXPIRED, AgreementStatus.TERMINATED)


class _Ending(Protocol):
    @property
    def status(self) -> AgreementStatus: ...
    @property
    def valid_to(self) -> date | None: ...


class _Event(Protocol):
    @property
    def at(self) -> datetime: ...
    @property
    def changes(self) -> dict[str, Any] | None: ...


def ended_on(a: _Ending, own_history: Iterable[_Event]) -> date | None:
    """The day an agreement no longer in force really ended: its planned end when it ran out,
    else the day it was superseded or terminated (as its history records)."""
    if a.status not in ENDED_STATES:
        return None
    if a.status is AgreementStatus.EXPIRED and a.valid_to is not None:
        return a.valid_to
    ends = [h.at.astimezone().date() for h in own_history
            if h.changes and (h.changes.get("status") or [None, None])[-1] == a.status.value]
    return ends[-1] if ends else a.valid_to


def agreement_texts(a: Any) -> AgreementTexts:
    """The agreement's section texts as printed: a section marked not applicable says so."""
    marked = a.not_applicable or ()
    return AgreementTexts(**{key: NOT_APPLICABLE if key in marked and not getattr(a, key).strip()
                             else getattr(a, key) for key in TEXT_SECTIONS})


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
