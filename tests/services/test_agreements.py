"""Agreements: editing, references, party rules, read-only states, revisions and copies."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from postgresql_server import acting

from itsm_desktop.domain.enums import (
    AgreementContactRole,
    AgreementKind,
    AgreementStatus,
    Metric,
    Priority,
    Side,
    TargetUnit,
)
from itsm_desktop.domain.errors import InUseError, NotFoundError, ValidationError
from itsm_desktop.domain.forms import (
    AgreementContactRow,
    CustomerRow,
    ResponsibilityRow,
    TargetRow,
)
from itsm_desktop.services import agreements as ag
from itsm_desktop.services import lifecycle, stakeholders
from itsm_desktop.store import Database

CHILD_TABLES = ("agreement_customer", "agreement_service", "service_level_target", "responsibility",
                "agreement_contact")


def _counts(sql, agreement_id: int) -> dict[str, int]:
    return {t: sql(f"SELECT count(*) FROM {t} WHERE agreement_id = ?", agreement_id)[0][0] for t in CHILD_TABLES}


@pytest.fixture
def rich_form(make):
    email, chat = make.service("EMAIL"), make.service("CHAT")
    finance, sales = make.customer("Finance"), make.customer("Sales")
    rep = make.contact(finance, "Rita Rep")
    desk = make.contact(make.it, "Dave Desk")
    form = make.agreement_form(
        services=[email, chat], customers=[finance, sales], title="Collaboration SLA",
        scope="Mail and chat", escalation="Call the duty manager",
        targets=[TargetRow(metric=Metric.AVAILABILITY, value=99.9, unit=TargetUnit.PERCENT, service_id=email.id),
                 TargetRow(metric=Metric.RESPONSE_TIME, value=15, unit=TargetUnit.MINUTES, priority=Priority.P1,
                           warning_threshold=80)],
        responsibilities=[ResponsibilityRow(side=Side.PROVIDER, text="Keep it running"),
                          ResponsibilityRow(side=Side.CUSTOMER, text="Report incidents")],
        contacts=[AgreementContactRow(contact_id=desk.id, role=AgreementContactRole.SUPPORT_CONTACT)],
    )
    form.customers[0].representative_id = rep.id
    return form


def test_create_load_update_delete_agreement(db: Database, make, sql, rich_form) -> None:
    agreement = ag.create_agreement(db, form=rich_form)
    assert agreement.status == AgreementStatus.DRAFT and agreement.revision == 1
    assert agreement.reference == "SLA-2026-001"
    assert _counts(sql, agreement.id) == {"agreement_customer": 2, "agreement_service": 2,
                                          "service_level_target": 2, "responsibility": 2,
                                          "agreement_contact": 1}
    detail = ag.load_agreement(db, agreement.id)
    assert detail.form == replace(rich_form, reference="SLA-2026-001", language="en")  # its customer's
    assert not detail.read_only
    assert detail.revisions == [(agreement.id, 1, AgreementStatus.DRAFT)]
    assert [h.action.value for h in detail.history] == ["created"]

    form = detail.form
    form.title = "Collaboration services SLA"
    form.targets = form.targets[:1]
    updated = ag.update_agreement(db, agreement_id=agreement.id, version=1, form=form)
    assert updated.version == 2
    assert sql("SELECT title FROM agreement") == [("Collaboration services SLA",)]
    assert _counts(sql, agreement.id)["service_level_target"] == 1
    change = json.loads(sql("SELECT changes FROM history_entry WHERE action = 'updated'")[0][0])
    assert set(change) == {"title", "targets"}
    assert change["title"] == ["Collaboration SLA", "Collaboration services SLA"]

    ag.delete_agreement(db, agreement_id=agreement.id, version=2)
    assert sql("SELECT count(*) FROM agreement") == [(0,)]
    assert _counts(sql, agreement.id) == dict.fromkeys(CHILD_TABLES, 0)
    with pytest.raises(NotFoundError):
        ag.load_agreement(db, agreement.id)


def test_references_increment_per_kind_and_year(db: Database, make) -> None:
    def ref(kind: AgreementKind, year: int) -> str:
        return make.agreement(kind=kind, valid_from=date(year, 3, 1), valid_to=date(year + 1, 3, 1)).reference

    assert ref(AgreementKind.SLA, 2026) == "SLA-2026-001"
    assert ref(AgreementKind.SLA, 2026) == "SLA-2026-002"
    assert ref(AgreementKind.OLA, 2026) == "OLA-2026-001"
    assert ref(AgreementKind.UC, 2026) == "UC-2026-001"
    assert ref(AgreementKind.SLA, 2027) == "SLA-2027-001"
    assert ref(AgreementKind.SLA, 2026) == "SLA-2026-003"
    assert ag.suggest_reference(db, AgreementKind.OLA, date(2026, 5, 5)) == "OLA-2026-002"
    assert ag.suggest_reference(db, AgreementKind.UC, date(2030, 1, 1)) == "UC-2030-001"


def test_reference_numbering_follows_the_highest_and_ignores_odd_ones(db: Database, make) -> None:
    make.agreement(reference="SLA-2026-009")
    make.agreement(reference="SLA-2026-CUSTOM")
    assert make.agreement().reference == "SLA-2026-010"
    assert make.agreement(reference="SLA-2026-1000").reference == "SLA-2026-1000"
    assert make.agreement().reference == "SLA-2026-1001"


def test_reference_is_unique(db: Database, make, sql) -> None:
    make.agreement(reference="SLA-2026-007")
    with pytest.raises(ValidationError) as caught:
        make.agreement(reference=" SLA-2026-007 ")
    assert set(caught.value.fields) == {"reference"}
    assert sql("SELECT count(*) FROM agreement") == [(1,)]


def test_ola_customer_must_be_internal(db: Database, make, sql) -> None:
    with pytest.raises(ValidationError) as caught:
        make.agreement(kind=AgreementKind.OLA, customers=[make.customer("Finance")])
    assert set(caught.value.fields) == {"customers"}
    assert "Finance" in caught.value.fields["customers"]
    ola = make.agreement(kind=AgreementKind.OLA, customers=[make.internal("Network team")])
    assert ola.reference.startswith("OLA-")
    assert sql("SELECT count(*) FROM agreement") == [(1,)]


def test_ola_provider_must_be_internal(db: Database, make) -> None:
    with pytest.raises(ValidationError) as caught:
        make.agreement(kind=AgreementKind.OLA, provider=make.supplier())
    assert set(caught.value.fields) == {"provider_id"}


def test_uc_provider_must_be_a_supplier(db: Database, make, sql) -> None:
    with pytest.raises(ValidationError) as caught:
        make.agreement(kind=AgreementKind.UC, provider=make.internal("Network team"),
                       customers=[make.internal("Service desk")])
    assert set(caught.value.fields) == {"provider_id"}
    with pytest.raises(ValidationError):
        make.agreement(kind=AgreementKind.UC, provider=make.customer())
    uc = make.agreement(kind=AgreementKind.UC, provider=make.supplier("Telco"), customers=[make.it])
    assert uc.reference.startswith("UC-")
    assert sql("SELECT kind FROM agreement") == [("UC",)]


def test_provider_cannot_be_its_own_customer(db: Database, make) -> None:
    with pytest.raises(ValidationError) as caught:
        make.agreement(customers=[make.it])
    assert set(caught.value.fields) == {"customers"}


def test_agreement_field_rules_reach_the_caller(db: Database, make, sql) -> None:
    service = make.service()
    bad = [TargetRow(metric=Metric.AVAILABILITY, value=101, service_id=service.id),
           TargetRow(metric=Metric.RESOLUTION_TIME, value=0, unit=TargetUnit.HOURS, priority=Priority.P2)]
    with pytest.raises(ValidationError) as caught:
        make.agreement(services=[service], valid_from=date(2026, 6, 1), valid_to=date(2026, 5, 1), targets=bad)
    assert set(caught.value.fields) == {"valid_to", "targets.0.value", "targets.1.value"}
    with pytest.raises(ValidationError) as caught:
        make.agreement(title="")
    assert set(caught.value.fields) == {"title"}
    assert sql("SELECT count(*) FROM agreement") == [(0,)]


def test_agreement_with_missing_service_is_refused(db: Database, make) -> None:
    form = make.agreement_form(targets=[])
    form.service_ids = [4242]
    with pytest.raises(ValidationError) as caught:
        ag.create_agreement(db, form=form)
    assert set(caught.value.fields) == {"service_ids"}


def test_draft_may_be_saved_without_services_or_customers(db: Database, make, sql) -> None:
    agreement = make.agreement(services=[], customers=[])
    assert _counts(sql, agreement.id)["agreement_service"] == 0


@pytest.mark.parametrize("end", ["active", "terminated", "expired", "superseded"])
def test_agreement_outside_draft_and_review_is_read_only(db: Database, make, sql, end: str) -> None:
    agreement = make.active_agreement()
    if end == "terminated":
        agreement = lifecycle.terminate(db, agreement_id=agreement.id, version=agreement.version)
    elif end == "expired":
        lifecycle.expire_due(db, today=date(2027, 1, 1))
    elif end == "superseded":
        new = ag.revise_agreement(db, agreement_id=agreement.id)
        make.activate(new)
    agreement = ag.load_agreement(db, agreement.id).agreement
    assert agreement.status.value == end
    detail = ag.load_agreement(db, agreement.id)
    assert detail.read_only
    before = sql("SELECT * FROM agreement WHERE id = ?", agreement.id)
    children = _counts(sql, agreement.id)
    form = detail.form
    form.title = "Changed behind the signatures"
    form.targets = []
    with pytest.raises(ValidationError) as caught:
        ag.update_agreement(db, agreement_id=agreement.id, version=agreement.version, form=form)
    assert set(caught.value.fields) == {""}
    assert "revise" in caught.value.fields[""]
    assert sql("SELECT * FROM agreement WHERE id = ?", agreement.id) == before
    assert _counts(sql, agreement.id) == children
    with pytest.raises(InUseError) as deleting:
        ag.delete_agreement(db, agreement_id=agreement.id)
    assert deleting.value.can_retire is (end == "active")
    assert sql("SELECT count(*) FROM agreement WHERE id = ?", agreement.id) == [(1,)]


def test_agreement_in_review_may_still_be_edited_and_deleted(db: Database, make, sql) -> None:
    agreement = make.submit(make.agreement())
    form = ag.load_agreement(db, agreement.id).form
    form.scope = "Clarified"
    agreement = ag.update_agreement(db, agreement_id=agreement.id, version=agreement.version, form=form)
    assert sql("SELECT scope, status FROM agreement") == [("Clarified", "in_review")]
    ag.delete_agreement(db, agreement_id=agreement.id, version=agreement.version)
    assert sql("SELECT count(*) FROM agreement") == [(0,)]


def test_find_agreement(db: Database, make) -> None:
    first = make.active_agreement(reference="SLA-2026-005")
    assert ag.find_agreement(db, "sla-2026-005").id == first.id
    draft = ag.revise_agreement(db, agreement_id=first.id)
    assert ag.find_agreement(db, "SLA-2026-005").id == first.id  # the active one
    assert ag.find_agreement(db, "SLA-2026-005", revision=2).id == draft.id
    with pytest.raises(NotFoundError, match="SLA-2026-404"):
        ag.find_agreement(db, "SLA-2026-404")
    with pytest.raises(NotFoundError, match="revision 7"):
        ag.find_agreement(db, "SLA-2026-005", revision=7)


# --- revisions -------------------------------------------------------------------------


def test_revise_creates_a_draft_copy_and_supersedes_on_activation(db: Database, make, sql, rich_form,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGNAME", "carol")
    first = make.activate(ag.create_agreement(db, form=rich_form))
    second = ag.revise_agreement(db, agreement_id=first.id)
    assert (second.reference, second.revision, second.status) == (first.reference, 2, AgreementStatus.DRAFT)
    assert second.previous_id == first.id and second.signed_on is None
    assert ag.load_agreement(db, second.id).form == ag.load_agreement(db, first.id).form
    assert _counts(sql, second.id) == _counts(sql, first.id)
    assert sql("SELECT status FROM agreement WHERE id = ?", first.id) == [("active",)]
    assert sql("SELECT action, who FROM history_entry WHERE entity = 'agreement' AND entity_id = ? ORDER BY id",
               second.id) == [("revised", acting(db, "carol"))]

    with pytest.raises(ValidationError, match="already being prepared"):
        ag.revise_agreement(db, agreement_id=first.id)
    with pytest.raises(ValidationError):
        ag.revise_agreement(db, agreement_id=second.id)  # a draft is edited, not revised

    form = ag.load_agreement(db, second.id).form
    form.scope = "Now with video calls"
    second = ag.update_agreement(db, agreement_id=second.id, version=second.version, form=form)
    make.activate(second, signed_on=date(2026, 6, 1))
    assert sql("SELECT revision, status FROM agreement ORDER BY revision") == [(1, "superseded"), (2, "active")]
    superseded = sql("SELECT changes FROM history_entry WHERE entity = 'agreement' AND entity_id = ? "
                     "AND action = 'status' "
                     "ORDER BY id DESC LIMIT 1", first.id)
    assert json.loads(superseded[0][0]) == {"status": ["active", "superseded"]}
    detail = ag.load_agreement(db, second.id)
    assert [r[1:] for r in detail.revisions] == [(1, AgreementStatus.SUPERSEDED), (2, AgreementStatus.ACTIVE)]
    # the history of the agreement spans its revisions
    assert {h.entity_id for h in detail.history} == {first.id, second.id}


def test_expired_agreement_can_be_revised(db: Database, make, sql) -> None:
    first = make.active_agreement()
    lifecycle.expire_due(db, today=date(2027, 1, 1))
    second = ag.revise_agreement(db, agreement_id=first.id)
    form = ag.load_agreement(db, second.id).form
    form.valid_from, form.valid_to = date(2027, 1, 1), date(2027, 12, 31)
    second = ag.update_agreement(db, agreement_id=second.id, version=second.version, form=form)
    make.activate(second, signed_on=date(2026, 12, 20))
    assert sql("SELECT revision, status FROM agreement ORDER BY revision") == [(1, "superseded"), (2, "active")]


def test_duplicate_for_another_customer(db: Database, make, sql, rich_form) -> None:
    source = make.activate(ag.create_agreement(db, form=rich_form))
    hr = make.customer("Human Resources")
    hr_rep = make.contact(hr, "Hana")
    copy = ag.duplicate_agreement(db, agreement_id=source.id, customer_id=hr.id,
                                  representative_id=hr_rep.id, title="Collaboration SLA for HR")
    assert copy.reference == f"SLA-{date.today().year}-{2 if date.today().year == 2026 else 1:03d}"
    assert (copy.revision, copy.status, copy.previous_id) == (1, AgreementStatus.DRAFT, None)
    form = ag.load_agreement(db, copy.id).form
    assert form.customers == [CustomerRow(organization_id=hr.id, representative_id=hr_rep.id)]
    assert form.title == "Collaboration SLA for HR"
    assert (form.valid_from, form.valid_to, form.next_review) == (None, None, None)
    assert form.service_ids == rich_form.service_ids and form.targets == rich_form.targets
    assert form.responsibilities == rich_form.responsibilities
    # the source is untouched
    assert sql("SELECT status, title FROM agreement WHERE id = ?", source.id) == [("active", "Collaboration SLA")]
    assert sql("SELECT action FROM history_entry WHERE entity_id = ? AND entity = 'agreement'", copy.id) == [
        ("created",)]


def test_duplicate_checks_the_new_party(db: Database, make, sql) -> None:
    ola = make.agreement(kind=AgreementKind.OLA)
    with pytest.raises(ValidationError) as caught:
        ag.duplicate_agreement(db, agreement_id=ola.id, customer_id=make.customer().id)
    assert set(caught.value.fields) == {"customers"}
    assert sql("SELECT count(*) FROM agreement") == [(1,)]


def test_agreement_naming_a_missing_contact_is_refused(db: Database, make, sql) -> None:
    customer = make.customer("Finance")
    gone = make.contact(customer, "Gone")
    stakeholders.delete_contact(db, contact_id=gone.id)
    form = make.agreement_form(customers=[customer])
    form.contacts = [AgreementContactRow(contact_id=gone.id), AgreementContactRow(contact_id=None)]
    form.customers[0].representative_id = gone.id
    with pytest.raises(ValidationError) as caught:
        ag.create_agreement(db, form=form)
    assert set(caught.value.fields) == {"customers", "contacts.0.contact_id", "contacts.1.contact_id"}
    assert sql("SELECT count(*) FROM agreement") == [(0,)]


def test_reference_is_unique_whatever_the_case(db: Database, make, sql) -> None:
    # references are looked up without regard to case, so two may not differ only in case
    make.agreement(reference="SLA-2026-007")
    with pytest.raises(ValidationError) as caught:
        make.agreement(reference="sla-2026-007")
    assert set(caught.value.fields) == {"reference"}
    assert sql("SELECT reference FROM agreement") == [("SLA-2026-007",)]


def test_saving_writes_again_only_the_lists_that_changed(db: Database, make, sql, rich_form) -> None:
    agreement = ag.create_agreement(db, form=rich_form)
    ids = {t: sql(f"SELECT id FROM {t} WHERE agreement_id = ? ORDER BY position", agreement.id)
           for t in ("service_level_target", "agreement_contact")}
    form = ag.load_agreement(db, agreement.id).form
    form.title = "Renamed"
    form.responsibilities = [*form.responsibilities, ResponsibilityRow(side=Side.CUSTOMER, text="Pay on time")]
    updated = ag.update_agreement(db, agreement_id=agreement.id, version=agreement.version, form=form)

    # the targets and contacts kept their rows; the responsibilities were written again
    assert sql("SELECT id FROM service_level_target WHERE agreement_id = ? ORDER BY position",
               agreement.id) == ids["service_level_target"]
    assert sql("SELECT id FROM agreement_contact WHERE agreement_id = ?", agreement.id) == ids["agreement_contact"]
    assert sql("SELECT text FROM responsibility WHERE agreement_id = ? ORDER BY position", agreement.id) == [
        ("Keep it running",), ("Report incidents",), ("Pay on time",)]
    assert ag.load_agreement(db, agreement.id).form == form
    change = json.loads(sql("SELECT changes FROM history_entry WHERE action = 'updated'")[0][0])
    assert set(change) == {"title", "responsibilities"}

    # a reference the agreement keeps is not refused, one another agreement has is
    other = make.agreement(reference="SLA-2026-050")
    form.reference = "sla-2026-050"
    with pytest.raises(ValidationError) as caught:
        ag.update_agreement(db, agreement_id=agreement.id, version=updated.version, form=form)
    assert set(caught.value.fields) == {"reference"}
    assert other.reference == "SLA-2026-050"
