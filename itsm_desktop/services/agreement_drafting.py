"""Helpers for writing an agreement: texts pre-filled from the catalog, dates, signatories.

Nothing here changes the database: the functions read what an agreement editor needs to
suggest (service hours, cost models, representatives) and turn it into plain text.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlmodel import col, func, select

from itsm_desktop.domain.enums import (
    AgreementContactRole,
    AgreementKind,
    BillingPeriod,
    ChargeModel,
    OrganizationKind,
    ServiceStatus,
    Side,
)
from itsm_desktop.domain.forms import AgreementContactRow, AgreementForm, SignatureRow
from itsm_desktop.domain.models import Agreement, Contact, Organization, Service
from itsm_desktop.domain.values import WeeklyHours
from itsm_desktop.store import Database

from .reads.signatories import signature_rows

ESCALATION_ROLES = (
    AgreementContactRole.ESCALATION_1,
    AgreementContactRole.ESCALATION_2,
    AgreementContactRole.ESCALATION_3,
)
_PER = {BillingPeriod.MONTH: "per month", BillingPeriod.QUARTER: "per quarter",
        BillingPeriod.YEAR: "per year"}


@dataclass(frozen=True)
class ServiceFacts:
    """What an agreement borrows from one catalog entry."""

    id: int
    code: str
    name: str
    status: ServiceStatus
    hours: WeeklyHours
    hours_exceptions: str
    support_channels: str
    support_hours: str
    charge_model: ChargeModel
    price: Decimal | None
    currency: str
    billing_period: BillingPeriod | None

    @property
    def title(self) -> str:
        return f"{self.name} ({self.code})"


@dataclass(frozen=True)
class ContactChoice:
    """A contact as pickers show it."""

    id: int
    name: str
    organization_id: int
    organization: str
    job_title: str
    email: str
    phone: str
    active: bool

    @property
    def label(self) -> str:
        return f"{self.name} — {self.organization}"


@dataclass(frozen=True)
class PartyChoice:
    """An organization as the agreement's party pickers show it."""

    id: int
    name: str
    kind: OrganizationKind
    active: bool


def service_facts(db: Database, service_ids: Sequence[int]) -> list[ServiceFacts]:
    """The catalog facts of ``service_ids``, in the order given (unknown ids are skipped)."""
    if not service_ids:
        return []
    with db.read() as session:
        found = {s.id: s for s in session.exec(select(Service).where(col(Service.id).in_(list(service_ids))))}
    out = []
    for sid in service_ids:
        s = found.get(sid)
        if s is None or s.id is None:
            continue
        out.append(ServiceFacts(
            id=s.id, code=s.code, name=s.name, status=s.status, hours=WeeklyHours.from_json(s.hours),
            hours_exceptions=s.hours_exceptions, support_channels=s.support_channels,
            support_hours=s.support_hours, charge_model=s.charge_model, price=s.price,
            currency=s.currency, billing_period=s.billing_period))
    return out


def _grouped(facts: Iterable[ServiceFacts], key: str) -> list[tuple[str, list[ServiceFacts]]]:
    """(text, services) pairs, services that share the same text grouped, first-seen order."""
    groups: dict[str, list[ServiceFacts]] = {}
    for f in facts:
        text = getattr(f, key) if key != "hours" else f.hours.summary()
        text = text.strip()
        if text:
            groups.setdefault(text, []).append(f)
    return list(groups.items())


def _names(facts: list[ServiceFacts]) -> str:
    return ", ".join(f.title for f in facts)


def hours_text(facts: Sequence[ServiceFacts]) -> str:
    """Service hours and exceptions of the covered services, as text for the agreement."""
    if not facts:
        return ""
    lines: list[str] = []
    hours = [(t, g) for t, g in _grouped(facts, "hours") if t != "No hours set"]
    if len(hours) == 1 and len(hours[0][1]) == len(facts):
        lines.append(f"The services are available {_lower_first(hours[0][0])}.")
    elif hours:
        lines.append("The services are available at these hours:")
        lines.extend(f"- {_names(group)}: {_lower_first(text)}" for text, group in hours)
    missing = [f for f in facts if f.hours.summary() == "No hours set"]
    if missing:
        lines.append(f"Hours not yet defined in the catalog: {_names(missing)}.")
    exceptions = _grouped(facts, "hours_exceptions")
    if exceptions:
        lines.append("")
        lines.append("Exceptions and maintenance windows:")
        lines.extend(f"- {_names(group)}: {text}" for text, group in exceptions)
    return "\n".join(lines)


def support_text(facts: Sequence[ServiceFacts]) -> str:
    """Support channels and hours of the covered services, as text for the agreement."""
    lines: list[str] = []
    for key, heading in (("support_channels", "How to get help"), ("support_hours", "Support hours")):
        groups = _grouped(facts, key)
        if not groups:
            continue
        if lines:
            lines.append("")
        if len(groups) == 1:
            lines.append(f"{heading}: {groups[0][0]}")
        else:
            lines.append(f"{heading}:")
            lines.extend(f"- {_names(group)}: {text}" for text, group in groups)
    return "\n".join(lines)


def format_price(price: Decimal, currency: str) -> str:
    """``1,250.00 EUR``."""
    return f"{price:,.2f} {currency}"


def charge_line(f: ServiceFacts) -> str:
    """How one service is charged, in a sentence fragment."""
    if f.charge_model == ChargeModel.NONE or f.price is None:
        return "no charge"
    price = format_price(f.price, f.currency)
    period = f" {_PER[f.billing_period]}" if f.billing_period else ""
    if f.charge_model == ChargeModel.PER_USER:
        return f"{price} per user{period}"
    if f.charge_model == ChargeModel.PER_DEVICE:
        return f"{price} per device{period}"
    return f"{price}{period} (fixed)"


def charges_text(facts: Sequence[ServiceFacts]) -> str:
    """Charges of the covered services from their cost models, as text for the agreement."""
    if not facts:
        return ""
    charged = [f for f in facts if f.charge_model != ChargeModel.NONE and f.price is not None]
    if not charged:
        return "The services are provided without a charge to the customer."
    lines = ["The services are charged as follows:"]
    lines.extend(f"- {f.title}: {charge_line(f)}" for f in facts)
    return "\n".join(lines)


def escalation_text(levels: Sequence[tuple[int, ContactChoice]]) -> str:
    """An escalation path from (level, contact) pairs, lowest level first."""
    if not levels:
        return ""
    lines = ["If a service level target is missed or an incident is not resolved in time, "
             "escalate in this order:"]
    for level, contact in sorted(levels, key=lambda pair: pair[0]):
        reach = ", ".join(p for p in (contact.phone, contact.email) if p)
        who = contact.name + (f", {contact.job_title}" if contact.job_title else "")
        lines.append(f"- Level {level}: {who} ({contact.organization})" + (f" — {reach}" if reach else ""))
    return "\n".join(lines)


def escalation_levels(rows: Sequence[AgreementContactRow],
                      contacts: dict[int, ContactChoice]) -> list[tuple[int, ContactChoice]]:
    """(level, contact) of the escalation roles among an agreement's contact rows."""
    out = []
    for row in rows:
        if row.role in ESCALATION_ROLES and row.contact_id in contacts:
            out.append((ESCALATION_ROLES.index(row.role) + 1, contacts[row.contact_id]))
    return sorted(out, key=lambda pair: pair[0])


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months, clamped to the end of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_review_date(valid_from: date | None, interval_months: int | None,
                     today: date | None = None, valid_to: date | None = None) -> date | None:
    """The first review date on the interval from ``valid_from`` that is not in the past.

    A review that would fall after the end of the validity is held a month before the end
    instead, in time to renew the agreement.
    """
    if valid_from is None or not interval_months or interval_months < 1:
        return None
    today = today or date.today()
    step, review = 1, add_months(valid_from, interval_months)
    while review < today and step < 1200:
        step += 1
        review = add_months(valid_from, interval_months * step)
    if valid_to is not None and review > valid_to:
        review = max(add_months(valid_to, -1), valid_from, today)
    return review


def party_choices(db: Database, ids: Iterable[int | None] | None = None) -> list[PartyChoice]:
    """Every organization (or those with ``ids``), by kind (internal, customer, supplier) then name."""
    order = {OrganizationKind.INTERNAL: 0, OrganizationKind.CUSTOMER: 1, OrganizationKind.SUPPLIER: 2}
    stmt = select(Organization.id, Organization.name, Organization.kind, Organization.active)
    if ids is not None:
        wanted = sorted({i for i in ids if i is not None})
        if not wanted:
            return []
        stmt = stmt.where(col(Organization.id).in_(wanted))
    with db.read() as session:
        rows = session.exec(stmt).all()
    parties = [PartyChoice(i, n, OrganizationKind(k), a) for i, n, k, a in rows if i is not None]
    return sorted(parties, key=lambda p: (order.get(p.kind, 3), p.name.casefold()))


def usual_provider(db: Database, kind: AgreementKind) -> int | None:
    """The provider most agreements of ``kind`` name (the newest wins a tie), for a new one."""
    with db.read() as session:
        rows = session.exec(select(Agreement.provider_id, func.count(), func.max(Agreement.id))
                            .where(Agreement.kind == kind, col(Agreement.provider_id).is_not(None))
                            .group_by(col(Agreement.provider_id))).all()
    best = max(rows, key=lambda row: (row[1], row[2]), default=None)
    return best[0] if best is not None else None


def contact_choices(db: Database, ids: Iterable[int | None] | None = None) -> list[ContactChoice]:
    """Every contact (or those with ``ids``) with its organization, by name."""
    stmt = (select(Contact, Organization.name)
            .join(Organization, col(Organization.id) == Contact.organization_id)
            .order_by(col(Contact.name)))
    if ids is not None:
        wanted = sorted({i for i in ids if i is not None})
        if not wanted:
            return []
        stmt = stmt.where(col(Contact.id).in_(wanted))
    with db.read() as session:
        rows = session.exec(stmt).all()
    return [ContactChoice(c.id, c.name, c.organization_id, org, c.job_title, c.email, c.phone, c.active)
            for c, org in rows if c.id is not None]


def signature_parties(db: Database, form: AgreementForm) -> list[SignatureRow]:
    """The signature lines of an agreement: the provider first, then each customer, one for
    each signatory chosen on the agreement (the contacts in the role "Signatory", by the party
    they belong to) and a blank one for a party with none chosen. A representative is never
    taken for a signatory: who represents a party need not be who signs for it."""
    chosen = [r.contact_id for r in form.contacts if r.role == AgreementContactRole.SIGNATORY]
    people = {c.id: c for c in contact_choices(db, chosen)}
    names = {p.id: p.name for p in party_choices(
        db, [form.provider_id] + [c.organization_id for c in form.customers])}
    parties: list[tuple[Side, int | None]] = [(Side.PROVIDER, form.provider_id)] if form.provider_id else []
    parties += [(Side.CUSTOMER, c.organization_id) for c in form.customers]
    signatories = [(people[cid].organization_id, people[cid].name, people[cid].job_title)
                   for cid in dict.fromkeys(chosen) if cid in people]
    rows = signature_rows(parties, signatories)
    for row in rows:
        if row.organization_id is not None and row.organization_id not in names:
            row.organization_id = None
    return rows


def _lower_first(text: str) -> str:
    """"Monday – Friday …" stays, "Every day …" becomes "every day …" inside a sentence."""
    return text[:1].lower() + text[1:] if text.startswith("Every") else text
