"""The sample portfolio: a small IT department's catalog, stakeholders and agreements."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlmodel import Session, func, select

from itsm_desktop.domain.clauses import (
    ClauseForm,
    CreditRow,
    clause_problems,
    read_translations,
    stored_translations,
)
from itsm_desktop.domain.definitions import PriorityLevel
from itsm_desktop.domain.enums import (
    AgreementContactRole,
    AgreementKind,
    AgreementStatus,
    BillingPeriod,
    ChargeModel,
    ClauseTopic,
    ComponentKind,
    ConsumerRole,
    Criticality,
    HistoryAction,
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
from itsm_desktop.domain.errors import ItsmError, ValidationError
from itsm_desktop.domain.forms import (
    AGREEMENT_TEXT_FIELDS,
    AgreementContactRow,
    AgreementForm,
    ComponentRow,
    ConsumerRow,
    ContactForm,
    CustomerRow,
    FamilyForm,
    OrganizationForm,
    ResponsibilityRow,
    ServiceForm,
    ServiceTermsRow,
    SupplierRow,
    TargetRow,
)
from itsm_desktop.domain.letterhead import LetterheadForm, LogoImage, letterhead_problems, logo_kind
from itsm_desktop.domain.models import (
    Agreement,
    Clause,
    ClauseVersion,
    Contact,
    HistoryEntry,
    Organization,
    ProviderProfile,
    Service,
    ServiceFamily,
    Signature,
    UserProfile,
)
from itsm_desktop.domain.rules import (
    agreement_problems,
    contact_problems,
    family_problems,
    organization_problems,
    service_problems,
)
from itsm_desktop.resources import SAMPLE
from itsm_desktop.store import Database

from .agreements import apply_agreement_form, check_agreement_form
from .catalog import apply_family_form, apply_service_form, check_service_form
from .clauses import attach_default_clauses
from .demo_measurements import add_demo_measurements
from .demo_underpinning import add_sample_links
from .letterheads import LETTERHEAD_TEXTS, profile_of
from .stakeholders import apply_contact_form, apply_organization_form, check_organization_form

PORTFOLIO = SAMPLE / "portfolio.json"
UNDERPINNING_FILE = "underpinning.json"  # beside the portfolio


class NotEmptyError(ItsmError):
    """The sample portfolio goes only into an empty database."""


def is_empty(db: Database) -> bool:
    with db.read() as session:
        return all(
            session.exec(select(func.count()).select_from(model)).one() == 0
            for model in (Organization, Contact, ServiceFamily, Service, Agreement)
        )


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _valid(problems: dict[str, str], what: str) -> None:
    if problems:
        raise ValidationError({k: f"{what}: {v}" for k, v in problems.items()})


def load_demo(db: Database, path: Path = PORTFOLIO) -> dict[str, int]:
    """Fill an empty database with the sample portfolio, all in one transaction.

    Raises ``NotEmptyError`` (and changes nothing) when the database already holds records.
    Returns how many records of each kind were added.
    """
    data = json.loads(path.read_text(encoding="utf-8"))
    if not is_empty(db):
        raise NotEmptyError("The database already holds records; the sample portfolio goes only "
                            "into an empty database.")
    with db.write() as session:
        loader = _Loader(session)
        loader.load(data)
        add_sample_links(session, path.with_name(UNDERPINNING_FILE))
        counts = {**loader.counts, **add_demo_measurements(session)}
    from .service_levels.board import (  # the page and Home filled at once
        compute_values,
        month_range,
    )

    compute_values(db, first=month_range()[0])
    return counts


class _Loader:
    def __init__(self, session: Session) -> None:
        self.s = session
        self.orgs: dict[str, int] = {}
        self.contacts: dict[str, int] = {}
        self.families: dict[str, int] = {}
        self.services: dict[str, int] = {}
        self.counts: dict[str, int] = {}

    def _add(self, record: Any) -> int:
        self.s.add(record)
        self.s.flush()
        assert record.id is not None
        return int(record.id)

    def load(self, data: dict[str, Any]) -> None:
        for fam in data["families"]:
            family_form = FamilyForm(name=fam["name"], description=fam.get("description", ""),
                                     position=fam.get("position", 0))
            _valid(family_problems(family_form), fam["name"])
            family = ServiceFamily(name=family_form.name)
            apply_family_form(self.s, family, family_form)
            self.families[fam["name"]] = self._add(family)
        for org in data["organizations"]:
            org_form = OrganizationForm(
                name=org["name"], code=org.get("code", ""), kind=OrganizationKind(org["kind"]),
                unit_type=UnitType(org["unit_type"]) if org.get("unit_type") else None,
                parent_id=self.orgs[org["parent"]] if org.get("parent") else None,
                email=org.get("email", ""), phone=org.get("phone", ""), website=org.get("website", ""),
                address=org.get("address", ""), notes=org.get("notes", ""), active=org.get("active", True),
                language=org.get("language", "en"))
            _valid(organization_problems(org_form) | check_organization_form(self.s, org_form, None),
                   org["name"])
            organization = Organization(name=org_form.name)
            apply_organization_form(self.s, organization, org_form)
            self.orgs[org["name"]] = self._add(organization)
        for head in data.get("letterheads", []):
            self._letterhead(head)
        for number, clause in enumerate(data.get("clauses", [])):
            self._clause(clause, number)
        for con in data["contacts"]:
            contact_form = ContactForm(name=con["name"], organization_id=self.orgs[con["organization"]],
                               job_title=con.get("job_title", ""), email=con.get("email", ""),
                               phone=con.get("phone", ""), notes=con.get("notes", ""),
                               active=con.get("active", True))
            _valid(contact_problems(contact_form), con["name"])
            contact = Contact(name=contact_form.name)
            apply_contact_form(self.s, contact, contact_form)
            self.contacts[con["name"]] = self._add(contact)
            for login in con.get("logins", []):  # who signs in as this person
                self.s.add(UserProfile(login=login, contact_id=self.contacts[con["name"]]))
        forms: dict[str, ServiceForm] = {}
        for svc in data["services"]:
            form = self._service_form(svc)
            _valid(service_problems(form) | check_service_form(self.s, form, None), svc["code"])
            service = Service(code=form.code, name=form.name)
            apply_service_form(self.s, service, form)
            self.services[svc["code"]] = self._add(service)
            forms[svc["code"]] = form
        for svc in data["services"]:  # dependencies once every service exists
            form = forms[svc["code"]]
            form.depends_on = [self.services[c] for c in svc.get("depends_on", [])]
            sid = self.services[svc["code"]]
            _valid(check_service_form(self.s, form, sid), svc["code"])
            existing = self.s.get(Service, sid)
            assert existing is not None
            apply_service_form(self.s, existing, form)
        for agr in data["agreements"]:
            self._agreement(agr)
        self.counts = {"families": len(self.families), "organizations": len(self.orgs),
                       "contacts": len(self.contacts), "services": len(self.services),
                       "agreements": len(data["agreements"])}

    def _clause(self, item: dict[str, Any], number: int) -> None:
        """A standard clause of the library, in its first version."""
        form = ClauseForm(topic=ClauseTopic(item["topic"]), title=item["title"], text=item["text"],
                          default_for=[AgreementKind(k) for k in item.get("default_for", [])],
                          credits=[CreditRow(r["shortfall"], Decimal(r["credit_percent"]))
                                   for r in item.get("credits", [])],
                          credit_cap_percent=Decimal(item["credit_cap_percent"])
                          if item.get("credit_cap_percent") else None,
                          translations=read_translations(item.get("translations")))
        _valid(clause_problems(form), item["title"])
        clause_id = self._add(Clause(topic=form.topic, title=form.title,
                                     default_for=[k.value for k in form.default_for]))
        self.s.add(ClauseVersion(clause_id=clause_id, number=1, text=form.text, who="rpatel",
                                 created_at=datetime(2025, 9, 1, 9, number, tzinfo=UTC),
                                 credits=[{"shortfall": r.shortfall, "credit_percent": str(r.credit_percent)}
                                          for r in form.credits] or None,
                                 credit_cap=str(form.credit_cap_percent or ""),
                                 translations=stored_translations(form.translations)))

    def _letterhead(self, head: dict[str, Any]) -> None:
        """An organization's letterhead, its logo as shipped (SVG) and as printed (PNG drawn from it)."""
        source = (SAMPLE / head["logo"]).read_bytes()
        form = LetterheadForm(**{k: head.get(k, "") for k in LETTERHEAD_TEXTS},
                              logo=LogoImage(logo_kind(source), source, (SAMPLE / head["logo_printed"]).read_bytes()))
        _valid(letterhead_problems(form), head["organization"])
        self._add(profile_of(ProviderProfile(organization_id=self.orgs[head["organization"]]), form))

    def _service_form(self, svc: dict[str, Any]) -> ServiceForm:
        return ServiceForm(
            code=svc["code"], name=svc["name"],
            family_id=self.families.get(svc.get("family") or ""),
            summary=svc.get("summary", ""), description=svc.get("description", ""),
            outcomes=svc.get("outcomes", ""), service_type=ServiceType(svc["service_type"]),
            status=ServiceStatus(svc["status"]),
            provider_id=self.orgs.get(svc.get("provider") or ""),
            owner_id=self.contacts.get(svc.get("owner") or ""),
            manager_id=self.contacts.get(svc.get("manager") or ""),
            criticality=Criticality(svc.get("criticality", "medium")), hours=svc.get("hours"),
            hours_exceptions=svc.get("hours_exceptions", ""),
            support_channels=svc.get("support_channels", ""), support_hours=svc.get("support_hours", ""),
            request_process=svc.get("request_process", ""),
            charge_model=ChargeModel(svc.get("charge_model", "none")),
            price=Decimal(svc["price"]) if svc.get("price") is not None else None,
            currency=svc.get("currency") or "EUR",
            billing_period=BillingPeriod(svc["billing_period"]) if svc.get("billing_period") else None,
            components=[ComponentRow(name=c["name"], kind=ComponentKind(c.get("kind", "other")),
                                     notes=c.get("notes", "")) for c in svc.get("components", [])],
            suppliers=[SupplierRow(supplier_id=self.orgs[s["supplier"]], supplies=s.get("supplies", ""),
                                   contract_reference=s.get("contract_reference", ""))
                       for s in svc.get("suppliers", [])],
            consumers=[ConsumerRow(organization_id=self.orgs[c["organization"]],
                                   role=ConsumerRole(c.get("role", "customer")), users=c.get("users"))
                       for c in svc.get("consumers", [])],
        )

    def _terms(self, terms: dict[str, Any]) -> ServiceTermsRow:
        """An OLA's or UC's own facts of one service, as the sample file gives them."""
        return ServiceTermsRow(
            service_id=self.services[terms["service"]], description=terms.get("description", ""),
            support_channels=terms.get("support_channels", ""), support_hours=terms.get("support_hours", ""),
            contract_reference=terms.get("contract_reference", ""),
            charge_model=ChargeModel(terms.get("charge_model", "none")),
            price=Decimal(terms["price"]) if terms.get("price") is not None else None,
            currency=terms.get("currency") or "EUR",
            billing_period=BillingPeriod(terms["billing_period"]) if terms.get("billing_period") else None)

    def _agreement(self, agr: dict[str, Any]) -> None:
        form = AgreementForm(
            title=agr["title"], kind=AgreementKind(agr["kind"]), reference=agr["reference"],
            provider_id=self.orgs[agr["provider"]], valid_from=_d(agr.get("valid_from")),
            valid_to=_d(agr.get("valid_to")), review_interval_months=agr.get("review_interval_months"),
            next_review=_d(agr.get("next_review")),
            **{k: agr.get(k, "") for k in AGREEMENT_TEXT_FIELDS},
            not_applicable=list(agr.get("not_applicable", [])),
            customers=[CustomerRow(organization_id=self.orgs[c["organization"]],
                                   representative_id=self.contacts.get(c.get("representative") or ""))
                       for c in agr["customers"]],
            service_ids=[self.services[c] for c in agr["services"]],
            targets=[TargetRow(metric=Metric(t["metric"]), value=float(t["value"]), unit=TargetUnit(t["unit"]),
                               service_id=self.services.get(t.get("service") or ""),
                               priority=Priority(t["priority"]) if t.get("priority") else None,
                               warning_threshold=t.get("warning_threshold"),
                               period=MeasurementPeriod(t.get("period", "month")), notes=t.get("notes", ""),
                               custom_metric=t.get("custom_metric", ""), definition=t.get("definition", ""))
                     for t in agr.get("targets", [])],
            priorities=[PriorityLevel.from_json(level) for level in agr.get("priorities", [])],
            support_hours_name=agr.get("support_hours_name", ""), support_hours=agr.get("support_hours", ""),
            service_terms=[self._terms(t) for t in agr.get("service_terms", [])],
            responsibilities=[ResponsibilityRow(side=Side(r["side"]), text=r["text"])
                              for r in agr.get("responsibilities", [])],
            contacts=[AgreementContactRow(contact_id=self.contacts[c["contact"]],
                                          role=AgreementContactRole(c["role"]))
                      for c in agr.get("contacts", [])],
        )
        what = f"{agr['reference']} r{agr.get('revision', 1)}"
        problems = agreement_problems(form) | check_agreement_form(self.s, form, None)
        problems.pop("reference", None)  # revisions of one agreement share their reference
        _valid(problems, what)
        record = Agreement(reference=form.reference, title=form.title, revision=agr.get("revision", 1), status=AgreementStatus(agr["status"]),
                           signed_on=_d(agr.get("signed_on")))
        apply_agreement_form(self.s, record, form)
        aid = self._add(record)
        attach_default_clauses(self.s, record)  # the library's defaults for its kind, as drafted
        previous = self.s.exec(select(Agreement.id).where(
            Agreement.reference == record.reference, Agreement.revision == record.revision - 1)).first()
        record.previous_id = previous
        for sig in agr.get("signatures", []):
            self.s.add(Signature(agreement_id=aid, side=Side(sig["side"]),
                                 organization_id=self.orgs.get(sig.get("organization") or ""),
                                 signatory_name=sig.get("signatory_name", ""),
                                 signatory_title=sig.get("signatory_title", ""),
                                 signed_on=_d(sig.get("signed_on")), place=sig.get("place", "")))
        for entry in agr.get("history", []):
            self.s.add(HistoryEntry(entity="agreement", entity_id=aid,
                                    action=HistoryAction(entry.get("action", "status")),
                                    at=datetime.fromisoformat(entry["at"]).astimezone(),
                                    who=entry.get("who", ""), summary=entry.get("summary", ""),
                                    changes=entry.get("changes")))
