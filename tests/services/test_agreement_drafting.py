"""Texts pre-filled from the catalog, review dates, signatories, and the Home page's lists."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from itsm_desktop.domain.enums import (
    AgreementContactRole,
    AgreementKind,
    BillingPeriod,
    ChargeModel,
    ServiceStatus,
    ServiceType,
    Side,
)
from itsm_desktop.domain.forms import AgreementContactRow, CustomerRow
from itsm_desktop.domain.values import WeeklyHours
from itsm_desktop.services import agreement_drafting as drafting
from itsm_desktop.services import dashboard, demo

TODAY = date(2026, 6, 15)


def test_hours_text_groups_services_with_the_same_hours(make: Any, db: Any) -> None:
    office = WeeklyHours.office().to_json()
    mail = make.service("MAIL", name="E-mail", hours={"always": True, "days": {}},
                        hours_exceptions="Maintenance on Saturday nights.")
    erp = make.service("ERP", name="ERP", hours=office)
    crm = make.service("CRM", name="CRM", hours=office)

    text = drafting.hours_text(drafting.service_facts(db, [mail.id, erp.id, crm.id]))

    assert text.splitlines()[0] == "The services are available at these hours:"
    assert "- E-mail (MAIL): every day 24 hours (24×7)" in text
    assert "- ERP (ERP), CRM (CRM): Monday – Friday 08:00 – 18:00" in text
    assert "Exceptions and maintenance windows:\n- E-mail (MAIL): Maintenance on Saturday nights." in text


def test_hours_text_of_one_schedule_is_a_sentence_and_names_missing_hours(make: Any, db: Any) -> None:
    office = WeeklyHours.office().to_json()
    a = make.service("A", name="Alpha", hours=office)
    b = make.service("B", name="Beta")
    facts = drafting.service_facts(db, [a.id, b.id])
    assert drafting.hours_text(facts).splitlines() == [
        "The services are available at these hours:",
        "- Alpha (A): Monday – Friday 08:00 – 18:00",
        "Hours not yet defined in the catalog: Beta (B).",
    ]
    assert drafting.hours_text(facts[:1]) == "The services are available Monday – Friday 08:00 – 18:00."
    assert drafting.hours_text([]) == ""


def test_charges_text_from_the_cost_models(make: Any, db: Any) -> None:
    mail = make.service("MAIL", name="E-mail", charge_model=ChargeModel.PER_USER, price=Decimal("9.80"),
                        billing_period=BillingPeriod.MONTH)
    site = make.service("SITE", name="Intranet", charge_model=ChargeModel.FIXED, price=Decimal("1250"),
                        currency="USD", billing_period=BillingPeriod.YEAR)
    free = make.service("FREE", name="Wi-Fi")

    text = drafting.charges_text(drafting.service_facts(db, [mail.id, site.id, free.id]))

    assert text.splitlines() == [
        "The services are charged as follows:",
        "- E-mail (MAIL): 9.80 EUR per user per month",
        "- Intranet (SITE): 1,250.00 USD per year (fixed)",
        "- Wi-Fi (FREE): no charge",
    ]
    assert drafting.charges_text(drafting.service_facts(db, [free.id])) == (
        "The services are provided without a charge to the customer.")


def test_support_text_and_unknown_services_are_skipped(make: Any, db: Any) -> None:
    svc = make.service("DESK", name="Desk", support_channels="Portal and phone", support_hours="08–18")
    facts = drafting.service_facts(db, [svc.id, 9999])
    assert [f.code for f in facts] == ["DESK"]
    assert drafting.support_text(facts) == "How to get help: Portal and phone\n\nSupport hours: 08–18"


@pytest.mark.parametrize(("start", "months", "expected"), [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2024, 1, 31), 1, date(2024, 2, 29)),
    (date(2026, 11, 15), 3, date(2027, 2, 15)),
    (date(2026, 5, 1), 24, date(2028, 5, 1)),
])
def test_add_months_clamps_to_the_month_end(start: date, months: int, expected: date) -> None:
    assert drafting.add_months(start, months) == expected


def test_next_review_is_on_the_interval_and_not_in_the_past() -> None:
    assert drafting.next_review_date(date(2026, 1, 1), 12, TODAY) == date(2027, 1, 1)
    assert drafting.next_review_date(date(2024, 3, 1), 6, TODAY) == date(2026, 9, 1)
    assert drafting.next_review_date(date(2026, 1, 1), None, TODAY) is None
    assert drafting.next_review_date(None, 12, TODAY) is None
    # a review after the end of the validity is held a month before the end
    assert drafting.next_review_date(date(2027, 1, 1), 12, TODAY, date(2027, 12, 31)) == date(2027, 11, 30)


def test_usual_provider_of_a_kind(make: Any, db: Any) -> None:
    assert drafting.usual_provider(db, AgreementKind.SLA) is None
    make.agreement(provider=make.it)
    make.agreement(provider=make.it)
    other = make.internal("Other IT")
    make.agreement(provider=other)
    assert drafting.usual_provider(db, AgreementKind.SLA) == make.it.id
    assert drafting.usual_provider(db, AgreementKind.UC) is None


def test_signature_parties_are_the_chosen_signatories_never_the_representatives(make: Any, db: Any) -> None:
    it = make.it
    boss = make.contact(it, "Ada Provider", job_title="Head of IT")
    finance, sales = make.customer("Finance"), make.customer("Sales")
    cfo = make.contact(finance, "Fin Rep", job_title="CFO")
    ceo = make.contact(finance, "Fin Boss", job_title="CEO")
    seller = make.contact(sales, "Sal Rep", job_title="Sales Director")
    form = make.agreement_form(customers=[finance, sales], provider=it)
    form.customers = [CustomerRow(organization_id=finance.id, representative_id=cfo.id),
                      CustomerRow(organization_id=sales.id, representative_id=seller.id)]
    form.contacts = [AgreementContactRow(contact_id=boss.id, role=AgreementContactRole.PROVIDER_REPRESENTATIVE),
                     AgreementContactRow(contact_id=ceo.id, role=AgreementContactRole.SIGNATORY),
                     AgreementContactRow(contact_id=boss.id, role=AgreementContactRole.SIGNATORY),
                     AgreementContactRow(contact_id=cfo.id, role=AgreementContactRole.SIGNATORY)]

    rows = drafting.signature_parties(db, form)

    assert [(r.side, r.organization_id, r.signatory_name, r.signatory_title) for r in rows] == [
        (Side.PROVIDER, it.id, "Ada Provider", "Head of IT"),
        (Side.CUSTOMER, finance.id, "Fin Boss", "CEO"),
        (Side.CUSTOMER, finance.id, "Fin Rep", "CFO"),
        (Side.CUSTOMER, sales.id, "", ""),  # its representative is not assumed to sign
    ]


def test_escalation_levels_and_text(make: Any, db: Any) -> None:
    desk = make.internal("Service Desk")
    first = make.contact(desk, "First Line", phone="+44 1")
    third = make.contact(desk, "Top Boss", job_title="CIO", email="cio@example.org")
    people = {c.id: c for c in drafting.contact_choices(db)}
    rows = [AgreementContactRow(contact_id=third.id, role=AgreementContactRole.ESCALATION_3),
            AgreementContactRow(contact_id=first.id, role=AgreementContactRole.ESCALATION_1),
            AgreementContactRow(contact_id=first.id, role=AgreementContactRole.SUPPORT_CONTACT)]

    levels = drafting.escalation_levels(rows, people)
    text = drafting.escalation_text(levels)

    assert [(level, c.name) for level, c in levels] == [(1, "First Line"), (3, "Top Boss")]
    assert text.splitlines()[1:] == ["- Level 1: First Line (Service Desk) — +44 1",
                                     "- Level 3: Top Boss, CIO (Service Desk) — cio@example.org"]
    assert drafting.escalation_text([]) == ""


def test_party_choices_are_ordered_by_kind(make: Any, db: Any) -> None:
    make.supplier("Zeta Supplies")
    make.customer("Acme")
    make.internal("Ops")
    kinds = [p.kind.value for p in drafting.party_choices(db)]
    assert kinds == ["internal", "customer", "supplier"]


# --- the Home page's lists ---------------------------------------------------------------------


def test_expiring_and_review_lists(make: Any, db: Any) -> None:
    soon = make.active_agreement(title="Ends soon", valid_from=date(2025, 1, 1),
                                 valid_to=TODAY + timedelta(days=10))
    later = make.active_agreement(title="Ends later", valid_from=date(2025, 1, 1),
                                  valid_to=TODAY + timedelta(days=200), next_review=TODAY - timedelta(days=3))
    make.active_agreement(title="Review later", valid_from=date(2025, 1, 1), valid_to=date(2030, 1, 1),
                          next_review=TODAY + timedelta(days=90))
    draft = make.agreement(title="Draft ends soon", valid_to=TODAY + timedelta(days=5))

    expiring = dashboard.expiring_agreements(db, today=TODAY)
    reviews = dashboard.reviews_due(db, today=TODAY)

    assert [i.record_id for i in expiring] == [soon.id]
    assert expiring[0].urgent and "ends in 10 days" in expiring[0].detail
    assert [i.record_id for i in reviews] == [later.id]
    assert reviews[0].urgent and "overdue since" in reviews[0].detail
    assert draft.id not in [i.record_id for i in expiring]


def test_waiting_in_review_and_services_without_an_active_sla(make: Any, db: Any) -> None:
    covered = make.service("COVERED")
    uncovered = make.service("UNCOVERED")
    make.service("PLANNED", status=ServiceStatus.PROPOSED)
    make.service("PLUMBING", service_type=ServiceType.SUPPORTING)
    make.active_agreement(services=[covered])
    in_review = make.submit(make.agreement(services=[uncovered]))

    assert [i.record_id for i in dashboard.waiting_in_review(db)] == [in_review.id]
    without = dashboard.services_without_active_sla(db)
    assert [(i.entity, i.record_id) for i in without] == [("service", uncovered.id)]


def test_sample_portfolio_lists(db: Any) -> None:
    demo.load_demo(db)
    refs = lambda items: [i.title.split(" — ")[0] for i in items]  # noqa: E731
    assert refs(dashboard.waiting_in_review(db)) == ["SLA-2026-003"]
    assert dashboard.waiting_in_review(db)[0].detail == "SLA in review since 2026-11-09"  # submitted then
    assert refs(dashboard.reviews_due(db, today=date(2026, 11, 20))) == [
        "UC-2026-001", "SLA-2026-001", "OLA-2026-001"]
    assert refs(dashboard.expiring_agreements(db, today=date(2027, 12, 1))) == ["SLA-2026-001"]
    without = dashboard.services_without_active_sla(db)
    assert without and all(i.entity == "service" for i in without)
    assert "EMAIL — Corporate E-mail" not in [i.title for i in without]  # covered by SLA-2026-001
