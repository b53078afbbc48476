"""The domain rules that need no database: each returns field → message."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from itsm_desktop.domain.enums import (
    AgreementStatus,
    ChargeModel,
    Metric,
    OrganizationKind,
    Priority,
    ServiceStatus,
    TargetUnit,
    UnitType,
)
from itsm_desktop.domain.errors import ConflictError, TransitionError, ValidationError
from itsm_desktop.domain.forms import (
    AGREEMENT_TEXT_FIELDS,
    AgreementForm,
    ComponentRow,
    ConsumerRow,
    ContactForm,
    CustomerRow,
    FamilyForm,
    OrganizationForm,
    ResponsibilityRow,
    ServiceForm,
    SupplierRow,
    TargetRow,
)
from itsm_desktop.domain.rules import (
    AGREEMENT_TRANSITIONS,
    READ_ONLY_AGREEMENT_STATES,
    SERVICE_STATES_IN_ACTIVE_SLA,
    SectionState,
    agreement_problems,
    allowed_service_states,
    contact_problems,
    family_problems,
    find_cycle,
    organization_problems,
    readiness_problems,
    section_state,
    service_problems,
    unfilled_sections,
)
from itsm_desktop.domain.templates import standard_matrix

# --- organizations and contacts --------------------------------------------------------


def test_valid_organization_has_no_problems() -> None:
    assert organization_problems(OrganizationForm(name="Finance", kind=OrganizationKind.CUSTOMER)) == {}
    assert organization_problems(
        OrganizationForm(name="Network team", kind=OrganizationKind.INTERNAL, unit_type=UnitType.TEAM)) == {}


@pytest.mark.parametrize("name", ["", "   ", "\t"])
def test_organization_name_is_required(name: str) -> None:
    assert set(organization_problems(OrganizationForm(name=name))) == {"name"}


def test_internal_unit_needs_a_unit_type() -> None:
    problems = organization_problems(OrganizationForm(name="IT", kind=OrganizationKind.INTERNAL))
    assert set(problems) == {"unit_type"}


@pytest.mark.parametrize("kind", [OrganizationKind.CUSTOMER, OrganizationKind.SUPPLIER])
def test_only_internal_units_have_a_unit_type(kind: OrganizationKind) -> None:
    problems = organization_problems(OrganizationForm(name="X", kind=kind, unit_type=UnitType.TEAM))
    assert set(problems) == {"unit_type"}
    assert "internal" in problems["unit_type"].lower()


@pytest.mark.parametrize("email", ["alice", "alice@", "@example.org", "alice@example", "a b@example.org",
                                   "alice@@example.org", "alice@example."])
def test_bad_email_is_refused(email: str) -> None:
    assert set(organization_problems(OrganizationForm(name="X", email=email))) == {"email"}
    assert set(contact_problems(ContactForm(name="X", organization_id=1, email=email))) == {"email"}


@pytest.mark.parametrize("email", ["", "alice@example.org", "a.b+c@mail.example.co.uk", "élodie@exemple.fr"])
def test_good_email_is_accepted(email: str) -> None:
    assert contact_problems(ContactForm(name="X", organization_id=1, email=email)) == {}


@pytest.mark.parametrize("field", ["name", "code", "phone", "website", "notes", "address"])
def test_control_characters_are_refused_in_organization_fields(field: str) -> None:
    form = OrganizationForm(name="X")
    setattr(form, field, "ab\x00cd" if field != "name" else "X\x07")
    problems = organization_problems(form)
    assert set(problems) == {field}
    assert "control characters" in problems[field]


def test_multi_line_text_allows_line_breaks_and_tabs_but_names_do_not() -> None:
    assert organization_problems(OrganizationForm(name="X", notes="line 1\nline 2\r\n\tindented")) == {}
    assert set(organization_problems(OrganizationForm(name="X\nY"))) == {"name"}


def test_too_long_names_are_refused() -> None:
    assert set(organization_problems(OrganizationForm(name="x" * 201))) == {"name"}
    assert organization_problems(OrganizationForm(name="x" * 200)) == {}


def test_contact_needs_name_and_organization() -> None:
    assert set(contact_problems(ContactForm())) == {"name", "organization_id"}
    assert set(contact_problems(ContactForm(name="Ann", organization_id=3, job_title="a\x1bb"))) == {"job_title"}


def test_family_name_is_required() -> None:
    assert set(family_problems(FamilyForm(name=" "))) == {"name"}
    assert family_problems(FamilyForm(name="Workplace")) == {}


# --- services --------------------------------------------------------------------------


def test_valid_service_has_no_problems() -> None:
    form = ServiceForm(code="EMAIL", name="E-mail", charge_model=ChargeModel.PER_USER, price=Decimal("4.50"),
                       currency="EUR", hours={"always": True},
                       components=[ComponentRow(name="Exchange")],
                       suppliers=[SupplierRow(supplier_id=1, supplies="Licences")],
                       consumers=[ConsumerRow(organization_id=2, users=40)])
    assert service_problems(form) == {}


@pytest.mark.parametrize("code", ["EMAIL", "ERP-2", "NET_CORE", "A.B", "7ZIP"])
def test_service_code_format_accepted(code: str) -> None:
    assert service_problems(ServiceForm(code=code, name="X")) == {}


@pytest.mark.parametrize("code", ["email", "E MAIL", "-EMAIL", "ÉMAIL", "E/M", " EMAIL"])
def test_service_code_format_refused(code: str) -> None:
    assert set(service_problems(ServiceForm(code=code, name="X"))) == {"code"}


def test_service_code_and_name_required() -> None:
    problems = service_problems(ServiceForm())
    assert set(problems) == {"code", "name"}
    assert problems["code"] == "Code is required."


@pytest.mark.parametrize(("price", "charge", "currency", "keys"), [
    (Decimal("-1"), ChargeModel.FIXED, "EUR", {"price"}),
    (Decimal("NaN"), ChargeModel.FIXED, "EUR", {"price"}),
    (Decimal("1e13"), ChargeModel.FIXED, "EUR", {"price"}),
    (None, ChargeModel.PER_DEVICE, "EUR", {"price"}),
    (None, ChargeModel.NONE, "EUR", set()),
    (Decimal("0"), ChargeModel.FIXED, "EUR", set()),
    (Decimal("10"), ChargeModel.FIXED, "eur", {"currency"}),
    (Decimal("10"), ChargeModel.FIXED, "EURO", {"currency"}),
    (Decimal("10"), ChargeModel.FIXED, "", {"currency"}),
])
def test_price_and_currency(price: Decimal | None, charge: ChargeModel, currency: str, keys: set[str]) -> None:
    form = ServiceForm(code="X", name="X", price=price, charge_model=charge, currency=currency)
    assert set(service_problems(form)) == keys


def test_service_row_problems_are_keyed_by_row() -> None:
    form = ServiceForm(code="X", name="X",
                       components=[ComponentRow(name="ok"), ComponentRow(name="  ")],
                       suppliers=[SupplierRow(supplier_id=None)],
                       consumers=[ConsumerRow(organization_id=1), ConsumerRow(organization_id=None, users=-1)])
    assert set(service_problems(form)) == {"components.1.name", "suppliers.0.supplier_id",
                                           "consumers.1.organization_id", "consumers.1.users"}


def test_service_hours_are_checked() -> None:
    bad = {"days": {"mon": ["18:00", "08:00"], "tue": ["8am", "5pm"], "wed": ["24:00", "24:00"]}}
    problems = service_problems(ServiceForm(code="X", name="X", hours=bad))
    assert set(problems) == {"hours"}
    assert "Monday" in problems["hours"] and "Tuesday" in problems["hours"]
    assert "Wednesday" in problems["hours"]
    ok = {"days": {"mon": ["00:00", "24:00"], "sat": ["09:00", "12:30"]}}
    assert service_problems(ServiceForm(code="X", name="X", hours=ok)) == {}


def test_service_summary_is_one_line() -> None:
    assert set(service_problems(ServiceForm(code="X", name="X", summary="a\nb"))) == {"summary"}


def test_service_lifecycle_moves() -> None:
    assert allowed_service_states(ServiceStatus.LIVE) == [ServiceStatus.LIVE, ServiceStatus.RETIRING]
    assert allowed_service_states(ServiceStatus.RETIRED) == [ServiceStatus.RETIRED]
    assert ServiceStatus.LIVE in allowed_service_states(ServiceStatus.IN_DESIGN)
    assert {ServiceStatus.LIVE, ServiceStatus.RETIRING} == SERVICE_STATES_IN_ACTIVE_SLA


# --- agreements ------------------------------------------------------------------------


def _agreement(**fields: object) -> AgreementForm:
    base: dict[str, object] = {"title": "E-mail SLA", "reference": "SLA-2026-001", "service_ids": [1],
                               "valid_from": date(2026, 1, 1), "customers": [CustomerRow(organization_id=5)],
                               "not_applicable": list(AGREEMENT_TEXT_FIELDS)}
    base.update(fields)
    return AgreementForm(**base)  # type: ignore[arg-type]


def test_valid_agreement_has_no_problems() -> None:
    assert agreement_problems(_agreement(valid_to=date(2026, 12, 31))) == {}
    assert readiness_problems(_agreement()) == {}


@pytest.mark.parametrize("valid_to", [date(2026, 1, 1), date(2025, 12, 31)])
def test_valid_to_must_be_after_valid_from(valid_to: date) -> None:
    problems = agreement_problems(_agreement(valid_to=valid_to))
    assert set(problems) == {"valid_to"}


def test_title_is_required() -> None:
    assert set(agreement_problems(_agreement(title=""))) == {"title"}


@pytest.mark.parametrize("metric", [Metric.AVAILABILITY, Metric.CUSTOMER_SATISFACTION,
                                    Metric.FIRST_CONTACT_RESOLUTION])
@pytest.mark.parametrize(("value", "ok"), [(-0.1, False), (0, True), (99.95, True), (100, True),
                                           (100.01, False), (float("nan"), False), (float("inf"), False)])
def test_percentages_within_0_and_100(metric: Metric, value: float, ok: bool) -> None:
    problems = agreement_problems(_agreement(targets=[TargetRow(metric=metric, value=value, unit=TargetUnit.PERCENT)]))
    assert problems == {} if ok else set(problems) == {"targets.0.value"}


def test_percentage_metric_must_use_percent() -> None:
    problems = agreement_problems(_agreement(targets=[TargetRow(metric=Metric.AVAILABILITY, value=99,
                                                                unit=TargetUnit.HOURS)]))
    assert set(problems) == {"targets.0.unit"}


@pytest.mark.parametrize("metric", [Metric.RESPONSE_TIME, Metric.RESOLUTION_TIME, Metric.RTO, Metric.RPO,
                                    Metric.MAINTENANCE_NOTICE])
@pytest.mark.parametrize(("value", "ok"), [(0, False), (-5, False), (0.5, True), (15, True)])
def test_durations_positive(metric: Metric, value: float, ok: bool) -> None:
    problems = agreement_problems(_agreement(targets=[TargetRow(metric=metric, value=value,
                                                                unit=TargetUnit.MINUTES)]))
    assert problems == {} if ok else set(problems) == {"targets.0.value"}


def test_duration_metric_must_use_a_duration_unit() -> None:
    problems = agreement_problems(_agreement(targets=[TargetRow(metric=Metric.RTO, value=4,
                                                                unit=TargetUnit.PERCENT)]))
    assert set(problems) == {"targets.0.unit"}


def test_custom_metric_follows_its_unit_and_needs_a_name() -> None:
    rows = [TargetRow(metric=Metric.CUSTOM, custom_metric="Backup success", value=101, unit=TargetUnit.PERCENT),
            TargetRow(metric=Metric.CUSTOM, custom_metric="Restore drill", value=0, unit=TargetUnit.DAYS),
            TargetRow(metric=Metric.CUSTOM, value=3, unit=TargetUnit.SCORE)]
    assert set(agreement_problems(_agreement(targets=rows))) == {
        "targets.0.value", "targets.1.value", "targets.2.custom_metric"}


@pytest.mark.parametrize(("threshold", "ok"), [(None, True), (0, True), (80, True), (100, True),
                                               (-1, False), (100.5, False)])
def test_warning_threshold_is_a_percentage(threshold: float | None, ok: bool) -> None:
    rows = [TargetRow(metric=Metric.RESPONSE_TIME, value=1, unit=TargetUnit.HOURS, priority=Priority.P1,
                      warning_threshold=threshold)]
    problems = agreement_problems(_agreement(targets=rows))
    assert problems == {} if ok else set(problems) == {"targets.0.warning_threshold"}


def test_priority_only_for_response_and_resolution() -> None:
    rows = [TargetRow(metric=Metric.AVAILABILITY, value=99, priority=Priority.P1)]
    assert set(agreement_problems(_agreement(targets=rows))) == {"targets.0.priority"}


def test_target_service_must_be_covered() -> None:
    rows = [TargetRow(metric=Metric.AVAILABILITY, value=99, service_id=2)]
    assert set(agreement_problems(_agreement(service_ids=[1], targets=rows))) == {"targets.0.service_id"}


def test_review_interval_range_and_duplicates() -> None:
    assert set(agreement_problems(_agreement(review_interval_months=0))) == {"review_interval_months"}
    assert set(agreement_problems(_agreement(review_interval_months=121))) == {"review_interval_months"}
    assert set(agreement_problems(_agreement(service_ids=[1, 1]))) == {"service_ids"}
    two = [CustomerRow(organization_id=5), CustomerRow(organization_id=5)]
    assert set(agreement_problems(_agreement(customers=two))) == {"customers"}
    assert set(agreement_problems(_agreement(customers=[CustomerRow()]))) == {"customers"}
    rows = [ResponsibilityRow(text=" ")]
    assert set(agreement_problems(_agreement(responsibilities=rows))) == {"responsibilities.0.text"}


def test_agreement_texts_refuse_control_characters() -> None:
    assert set(agreement_problems(_agreement(scope="ok\x00"))) == {"scope"}
    assert agreement_problems(_agreement(scope="Line 1\nLine 2\tTabbed")) == {}


def test_readiness_needs_service_customer_and_start() -> None:
    problems = readiness_problems(AgreementForm(title="x", reference="SLA-1", not_applicable=["scope"],
                                                **dict.fromkeys(AGREEMENT_TEXT_FIELDS[1:], "Written.")))
    assert set(problems) == {"service_ids", "customers", "valid_from"}
    assert set(readiness_problems(_agreement(service_ids=[]))) == {"service_ids"}
    assert set(readiness_problems(_agreement(customers=[]))) == {"customers"}


def test_standard_matrix_is_valid() -> None:
    rows = standard_matrix([1, 2])
    assert agreement_problems(_agreement(service_ids=[1, 2], targets=rows)) == {}
    assert sum(r.metric == Metric.AVAILABILITY for r in rows) == 2
    assert {r.priority for r in rows if r.metric == Metric.RESPONSE_TIME} == set(Priority)


def test_agreement_lifecycle_table() -> None:
    assert AGREEMENT_TRANSITIONS[AgreementStatus.DRAFT] == {AgreementStatus.IN_REVIEW}
    assert AGREEMENT_TRANSITIONS[AgreementStatus.ACTIVE] == {AgreementStatus.EXPIRED, AgreementStatus.TERMINATED}
    for ended in (AgreementStatus.EXPIRED, AgreementStatus.TERMINATED, AgreementStatus.SUPERSEDED):
        assert AGREEMENT_TRANSITIONS[ended] == frozenset()
    assert AgreementStatus.DRAFT not in READ_ONLY_AGREEMENT_STATES
    assert AgreementStatus.ACTIVE in READ_ONLY_AGREEMENT_STATES


# --- dependency cycles -----------------------------------------------------------------


def test_self_dependency_is_a_cycle() -> None:
    assert find_cycle(3, 3, {}) == [3, 3]


def test_cycle_path_is_reported() -> None:
    edges = {2: [3], 3: [1], 4: [1]}
    assert find_cycle(1, 2, edges) == [1, 2, 3, 1]
    assert find_cycle(1, 4, edges) == [1, 4, 1]
    assert find_cycle(3, 4, edges) is None


# --- errors ----------------------------------------------------------------------------


def test_validation_error_message_joins_fields() -> None:
    err = ValidationError({"name": "Name is required.", "email": "Bad e-mail."})
    assert err.fields == {"name": "Name is required.", "email": "Bad e-mail."}
    assert str(err) == "Name is required.; Bad e-mail."
    assert str(ValidationError({})) == "The record is not valid."
    assert TransitionError("no").fields == {"status": "no"}


def test_conflict_error_messages() -> None:
    assert "version 2 → 3" in str(ConflictError("service", 1, 2, 3))
    assert "deleted" in str(ConflictError("service", 1, 2, None))


def test_review_refuses_unfilled_sections_by_name_and_a_missing_reference() -> None:
    form = _agreement(reference="  ", not_applicable=["scope", "hours_text", "support_text", "reporting",
                                                      "escalation", "charges"])
    problems = readiness_problems(form)
    assert problems["reference"] == "Give the agreement a reference before submitting it for review."
    assert problems["not_applicable"] == ("Write these sections or mark them not applicable: "
                                          "“Limitations and constraints”, “Security and data protection”.")
    form.reference, form.limitations = "SLA-1", "Planned maintenance is excluded."
    assert readiness_problems(form) == {"not_applicable": "Write this section or mark it not applicable: "
                                                          "“Security and data protection”."}
    form.not_applicable.append("security")
    assert readiness_problems(form) == {}


def test_written_text_wins_over_the_not_applicable_mark() -> None:
    form = _agreement(scope="Everything.")
    assert section_state(form, "scope") is SectionState.FILLED
    assert section_state(form, "charges") is SectionState.NOT_APPLICABLE
    form.not_applicable.remove("charges")
    assert section_state(form, "charges") is SectionState.UNFILLED
    assert unfilled_sections(form) == ["charges"]


@pytest.mark.parametrize("marked", [["scope", "scope"], ["nonsense"]])
def test_only_known_sections_may_be_marked_once(marked: list[str]) -> None:
    assert set(agreement_problems(_agreement(not_applicable=marked))) == {"not_applicable"}
