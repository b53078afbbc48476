"""Each kind of agreement prints its own parties' facts, and defines each term once: read
back from the PDF of agreements stored through the use cases."""

from __future__ import annotations

import io
import re
from decimal import Decimal

import pypdf
import pytest

from itsm_desktop.documents import render_agreement
from itsm_desktop.domain.definitions import PriorityLevel
from itsm_desktop.domain.enums import (
    AgreementKind,
    BillingPeriod,
    ChargeModel,
    Metric,
    Priority,
    TargetUnit,
)
from itsm_desktop.domain.errors import ValidationError
from itsm_desktop.domain.forms import ServiceTermsRow, SupplierRow, TargetRow
from itsm_desktop.services import agreements
from itsm_desktop.services.agreement_definitions import (
    TeamDefinitions,
    save_team_definitions,
    suggested_terms,
    team_definitions,
)
from itsm_desktop.services.demo import load_demo
from itsm_desktop.services.snapshots import agreement_snapshot

CATALOG_DESK = "Service desk portal https://desk.northwind.example"


def pdf_text(db, agreement_id: int) -> str:
    data = render_agreement(agreement_snapshot(db, agreement_id))
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def glossary(text: str) -> str:
    return text[text.rindex("Glossary Term Meaning") :]


@pytest.fixture
def catalog(make):
    """A service with everything the catalog knows about it: owner, price, a desk, suppliers."""
    owner = make.contact(make.it, name="Olivia Owner", job_title="Head of Networks")
    carrier, other = make.supplier("Carrier plc"), make.supplier("Other Carrier Ltd")
    service = make.service(
        "WAN", name="Site links", owner_id=owner.id, provider_id=make.it.id,
        description="Our internal description of the site links.",
        support_channels=CATALOG_DESK, support_hours="Mon–Fri 07:30–18:30",
        charge_model=ChargeModel.PER_USER, price=Decimal("4.20"), billing_period=BillingPeriod.MONTH,
        suppliers=[SupplierRow(supplier_id=carrier.id, supplies="MPLS circuits", contract_reference="CAR-77"),
                   SupplierRow(supplier_id=other.id, supplies="Backup links", contract_reference="OTH-99")])
    return carrier, service


def uc_terms(service_id: int) -> ServiceTermsRow:
    return ServiceTermsRow(service_id=service_id, description="Carrier circuits between the four sites.",
                           support_channels="Carrier fault line +44 161 496 0300", support_hours="24×7",
                           contract_reference="CAR-77", charge_model=ChargeModel.FIXED,
                           price=Decimal("6150.00"), billing_period=BillingPeriod.MONTH)


def test_a_uc_prints_the_suppliers_facts_never_our_catalogs(db, make, catalog):
    carrier, service = catalog
    uc = make.agreement(kind=AgreementKind.UC, provider=carrier, services=[service], customers=[make.it],
                        service_terms=[uc_terms(service.id)], not_applicable=[])
    text = pdf_text(db, uc.id)
    for ours in ("EUR 4.20", "Per user", "Olivia Owner", "Service owner", "Head of Networks", CATALOG_DESK,
                 "Our internal description", "Other Carrier", "OTH-99", "Status Live"):
        assert ours not in text, ours
    for theirs in ("Carrier circuits between the four sites.", "Carrier fault line +44 161 496 0300",
                   "CAR-77", "EUR 6,150.00"):
        assert theirs in text, theirs
    assert "(the supplier, also called the provider)" in text and "Supplier Carrier plc" in text


def test_an_ola_never_sends_its_customer_to_itself_nor_prints_no_charge(db, make, catalog):
    _, service = catalog
    desk = make.internal("Service Desk")
    ola = make.agreement(kind=AgreementKind.OLA, services=[service], customers=[desk], service_terms=[
        ServiceTermsRow(service_id=service.id, support_channels="Network team queue in the ticket tool")],
                         not_applicable=[])
    text = pdf_text(db, ola.id)
    assert CATALOG_DESK not in text and "Users report incidents" not in text
    assert "Network team queue in the ticket tool" in text
    assert "No charge" not in text and "EUR 4.20" not in text and "Olivia Owner" not in text


def test_an_sla_still_prints_the_catalog(db, make, catalog):
    _, service = catalog
    sla = make.agreement(services=[service], not_applicable=[])
    text = pdf_text(db, sla.id)
    assert "EUR 4.20" in text and "Olivia Owner" in text and CATALOG_DESK in text


def test_terms_are_prefilled_from_what_the_catalog_knows_of_the_supplier(db, make, catalog):
    carrier, service = catalog
    [row] = suggested_terms(db, kind=AgreementKind.UC, provider_id=carrier.id, service_ids=[service.id])
    assert (row.description, row.contract_reference, row.support_channels) == ("MPLS circuits", "CAR-77", "")
    [ola] = suggested_terms(db, kind=AgreementKind.OLA, provider_id=make.it.id, service_ids=[service.id])
    assert ola.description == "Our internal description of the site links." and ola.support_channels == ""
    assert suggested_terms(db, kind=AgreementKind.SLA, provider_id=make.it.id, service_ids=[service.id]) == []


def test_terms_for_a_service_not_covered_are_refused_and_nothing_is_saved(db, make, catalog):
    carrier, service = catalog
    other = make.service()
    form = make.agreement_form(kind=AgreementKind.UC, provider=carrier, services=[service], customers=[make.it],
                               service_terms=[uc_terms(other.id)])
    with pytest.raises(ValidationError) as refused:
        agreements.create_agreement(db, form=form)
    assert "service_terms" in refused.value.fields
    bad = make.agreement_form(kind=AgreementKind.UC, provider=carrier, services=[service], customers=[make.it],
                              service_terms=[ServiceTermsRow(service_id=service.id, price=Decimal("-1"))])
    with pytest.raises(ValidationError) as negative:
        agreements.create_agreement(db, form=bad)
    assert negative.value.fields["service_terms.0.price"] == "Price cannot be negative."


def test_the_agreements_own_definitions_are_stored_and_read_back(db, make, catalog):
    carrier, service = catalog
    scheme = [PriorityLevel("P1", "Critical", "The whole site is down."),
              PriorityLevel("P2", "High", "A key user cannot work.")]
    target = TargetRow(metric=Metric.CUSTOM, custom_metric="Circuits delivered on time", value=95,
                       unit=TargetUnit.PERCENT, definition="Share of new circuits live on the agreed date.")
    uc = make.agreement(kind=AgreementKind.UC, provider=carrier, services=[service], customers=[make.it],
                        service_terms=[uc_terms(service.id)], priorities=scheme, targets=[target],
                        support_hours_name="Carrier office hours", support_hours="Mon–Fri 08:00–18:00")
    form = agreements.load_agreement(db, uc.id).form
    assert form.priorities == scheme and form.targets[0].definition == target.definition
    assert form.service_terms == [uc_terms(service.id)]
    assert (form.support_hours_name, form.support_hours) == ("Carrier office hours", "Mon–Fri 08:00–18:00")
    twice = make.agreement_form(priorities=[*scheme, PriorityLevel("p1", "Again", "Twice.")])
    with pytest.raises(ValidationError) as refused:
        agreements.create_agreement(db, form=twice)
    assert "defined twice" in refused.value.fields["priorities.2.priority"]


def test_each_term_is_defined_once_from_the_agreements_definitions(db, make, catalog):
    _, service = catalog
    scheme = [PriorityLevel("P1", "Critical", "Invoicing has stopped."),
              PriorityLevel("P2", "High", "A key user cannot work.")]
    targets = [
        TargetRow(metric=Metric.RESOLUTION_TIME, priority=Priority.P1, value=4, unit=TargetUnit.HOURS,
                  warning_threshold=80),
        TargetRow(metric=Metric.RESOLUTION_TIME, priority=Priority.P2, value=8, unit=TargetUnit.BUSINESS_HOURS),
        TargetRow(metric=Metric.AVAILABILITY, value=99.9, unit=TargetUnit.PERCENT, warning_threshold=99.95),
        TargetRow(metric=Metric.MAINTENANCE_NOTICE, value=5, unit=TargetUnit.BUSINESS_DAYS),
        TargetRow(metric=Metric.CUSTOM, custom_metric="Payroll on time", value=100, unit=TargetUnit.PERCENT,
                  definition="Share of payroll runs paid by the bank cut-off.", notes="Weekly and monthly."),
    ]
    sla = make.agreement(services=[service], priorities=scheme, targets=targets,
                         support_hours_name="Service desk hours",
                         support_hours="Monday to Friday 07:30–18:30 UK time", not_applicable=[])
    text = pdf_text(db, sla.id)
    words = glossary(text)
    # the agreement's own priority levels, once, where section 5 defines them; the glossary refers there
    assert text.count("Invoicing has stopped.") == 1 and "Invoicing has stopped." not in words
    assert "a group of users or a key user" not in text  # the team's default is not printed beside them
    assert re.search(r"Priority The class of an incident \(P1, P2\) .* as defined in section 5\.\d", words)
    # business hours count within the named support hours, defined once and referred to
    assert text.count("Monday to Friday 07:30–18:30 UK time") == 1
    assert "Hours counted only within the Service desk hours (as defined in section 3" in words
    assert "Days counted only within the Service desk hours (as defined in section 3" in words
    assert "Hours within the agreed service hours" not in text
    # the warning threshold: a level for percentages, a share for times, defined once
    assert "at 99.95 %" in text and "warning at 80 % of the target" in text
    assert words.count("Warning threshold") == 1 and "a level on the target's own scale" in words
    # the custom metric's definition in the glossary, its note beside the target only
    assert "Payroll on time Share of payroll runs paid by the bank cut-off." in words
    assert text.count("Weekly and monthly.") == 1 and "Weekly and monthly." not in words
    # availability with its formula and what it excludes: maintenance announced with the agreed notice
    assert "agreed service hours × 100 %" in words
    assert "excludes planned maintenance announced at least 5 business days in advance" in words
    terms = re.findall(r"(?:^| )([A-Z][a-z]+(?: [a-z]+)?) (?:The|A|An|Hours|Days|Share) ", words)
    assert len(terms) == len(set(terms)), terms


def test_a_team_default_scheme_is_what_an_agreement_without_its_own_prints(db, make, catalog):
    _, service = catalog
    mine = TeamDefinitions(priorities=(PriorityLevel("P1", "Urgent", "Production is stopped."),),
                           support_hours_name="Desk hours", support_hours="Weekdays 08:00–17:00")
    save_team_definitions(db, definitions=mine)
    assert team_definitions(db) == mine
    sla = make.agreement(services=[service], targets=[
        TargetRow(metric=Metric.RESPONSE_TIME, priority=Priority.P1, value=15, unit=TargetUnit.MINUTES)],
        not_applicable=[])
    assert "Urgent: Production is stopped." in pdf_text(db, sla.id)
    with pytest.raises(ValidationError):
        save_team_definitions(db, definitions=TeamDefinitions(priorities=()))


@pytest.mark.parametrize("reference", ["UC-2025-002", "UC-2026-001", "OLA-2026-001"])
def test_the_sample_olas_and_ucs_print_no_internal_catalog_facts(db, reference):
    load_demo(db)
    found = agreements.find_agreement(db, reference)
    text = pdf_text(db, found.id)
    for internal in ("Per user", "No charge", "Service owner", "Service manager", "servicedesk.northwind",
                     "Status Live", "Dmitry", "Criticality"):
        assert internal not in text, internal
    words = glossary(text)
    assert "Business hours Hours within the agreed service hours" not in words


def test_hostile_terms_print_exactly_as_typed(db, make, catalog):
    carrier, service = catalog
    hostile = "<b>Circuits</b> & <img src='x'/> {0} %s — Ελληνικά"
    uc = make.agreement(kind=AgreementKind.UC, provider=carrier, services=[service], customers=[make.it],
                        not_applicable=[], service_terms=[ServiceTermsRow(
                            service_id=service.id, description=hostile, contract_reference="REF/<1>&2")],
                        priorities=[PriorityLevel("P1", "<i>Now</i>", "Everything & more {x}")],
                        targets=[TargetRow(metric=Metric.RESPONSE_TIME, priority=Priority.P1, value=15,
                                           unit=TargetUnit.MINUTES)])
    text = pdf_text(db, uc.id)
    assert hostile in text and "REF/<1>&2" in text and "<i>Now</i>: Everything & more {x}" in text


def test_review_refuses_a_uc_that_does_not_describe_its_services_or_a_metric_nobody_defined(db, make, catalog):
    from itsm_desktop.services import lifecycle

    carrier, service = catalog
    silent = make.agreement(kind=AgreementKind.UC, provider=carrier, services=[service], customers=[make.it],
                            service_terms=[ServiceTermsRow(service_id=service.id, contract_reference="CAR-77")])
    with pytest.raises(ValidationError) as refused:
        lifecycle.submit_for_review(db, agreement_id=silent.id, version=silent.version)
    assert "Describe what the provider delivers" in refused.value.fields["service_terms"]
    vague = make.agreement(services=[service], targets=[
        TargetRow(metric=Metric.CUSTOM, custom_metric="Happiness", value=90, unit=TargetUnit.PERCENT)])
    with pytest.raises(ValidationError) as undefined:
        lifecycle.submit_for_review(db, agreement_id=vague.id, version=vague.version)
    assert undefined.value.fields["targets.0.definition"] == "Say what “Happiness” measures."
    assert agreements.load_agreement(db, vague.id).agreement.status.value == "draft"
