"""Agreement lifecycle: draft → in review → active → expired | terminated."""

from __future__ import annotations

import json
from datetime import date

import pytest
from postgresql_server import acting

from itsm_desktop.domain.enums import (
    AgreementKind,
    AgreementStatus,
    OrganizationKind,
    ServiceStatus,
    Side,
)
from itsm_desktop.domain.errors import TransitionError, ValidationError
from itsm_desktop.domain.forms import SignatureRow
from itsm_desktop.services import agreements as ag
from itsm_desktop.services import lifecycle, stakeholders
from itsm_desktop.store import Database


def _status(sql, agreement_id: int) -> str:
    return sql("SELECT status FROM agreement WHERE id = ?", agreement_id)[0][0]


def test_full_lifecycle_with_history(db: Database, make, sql, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGNAME", "dana")
    agreement = make.agreement()
    agreement = lifecycle.submit_for_review(db, agreement_id=agreement.id, version=1)
    assert agreement.version == 2 and _status(sql, agreement.id) == "in_review"
    agreement = lifecycle.return_to_draft(db, agreement_id=agreement.id, version=2)
    assert _status(sql, agreement.id) == "draft"
    agreement = lifecycle.submit_for_review(db, agreement_id=agreement.id, version=3)
    agreement = lifecycle.activate(
        db, agreement_id=agreement.id, version=agreement.version, signed_on=date(2025, 12, 20),
        signatures=[SignatureRow(side=Side.CUSTOMER, signatory_name=" Ann Signer ", signatory_title="CFO"),
                    SignatureRow(side=Side.PROVIDER, signatory_name="Ivan IT", signed_on=date(2025, 12, 19))])
    assert sql("SELECT status, signed_on FROM agreement") == [("active", "2025-12-20")]
    assert sql("SELECT side, signatory_name, signatory_title, signed_on FROM signature ORDER BY id") == [
        ("customer", "Ann Signer", "CFO", "2025-12-20"), ("provider", "Ivan IT", "", "2025-12-19")]
    lifecycle.terminate(db, agreement_id=agreement.id, version=agreement.version, reason=" Service moved ")
    assert _status(sql, agreement.id) == "terminated"
    rows = sql("SELECT action, who, summary, changes FROM history_entry WHERE entity = 'agreement' ORDER BY id")
    assert [r[0] for r in rows] == ["created", "status", "status", "status", "status", "status"]
    assert {r[1] for r in rows} == {acting(db, "dana")}
    assert [json.loads(r[3])["status"] for r in rows[1:]] == [
        ["draft", "in_review"], ["in_review", "draft"], ["draft", "in_review"], ["in_review", "active"],
        ["active", "terminated"]]
    assert rows[-1][2] == "Terminated: Service moved"
    assert "2025-12-20" in rows[-2][2]


@pytest.mark.parametrize(("missing", "keys"), [
    ("services", {"service_ids"}),
    ("customers", {"customers"}),
    ("both", {"service_ids", "customers"}),
    ("start", {"valid_from"}),
])
def test_review_needs_a_service_a_customer_and_a_start(db: Database, make, sql, missing: str,
                                                       keys: set[str]) -> None:
    kwargs: dict[str, object] = {}
    if missing in ("services", "both"):
        kwargs["services"] = []
    if missing in ("customers", "both"):
        kwargs["customers"] = []
    if missing == "start":
        kwargs["valid_from"] = None
    agreement = make.agreement(**kwargs)
    with pytest.raises(ValidationError) as caught:
        lifecycle.submit_for_review(db, agreement_id=agreement.id, version=1)
    assert set(caught.value.fields) == keys
    assert sql("SELECT status, version FROM agreement") == [("draft", 1)]
    assert sql("SELECT count(*) FROM history_entry WHERE action = 'status'") == [(0,)]


@pytest.mark.parametrize("status", [ServiceStatus.PROPOSED, ServiceStatus.IN_DESIGN, ServiceStatus.RETIRED])
def test_sla_activation_needs_live_or_retiring_services(db: Database, make, sql, status: ServiceStatus) -> None:
    ok, bad = make.service("OK"), make.service("BAD", status=status)
    agreement = make.submit(make.agreement(services=[ok, bad]))
    with pytest.raises(ValidationError) as caught:
        make.activate(agreement)
    assert set(caught.value.fields) == {"service_ids"}
    assert "BAD" in caught.value.fields["service_ids"] and "OK" not in caught.value.fields["service_ids"]
    assert _status(sql, agreement.id) == "in_review"
    assert sql("SELECT count(*) FROM signature") == [(0,)]


def test_sla_activation_accepts_a_retiring_service(db: Database, make, sql) -> None:
    agreement = make.active_agreement(services=[make.service("OLD", status=ServiceStatus.RETIRING)])
    assert _status(sql, agreement.id) == "active"


def test_ola_may_cover_a_service_in_design(db: Database, make, sql) -> None:
    ola = make.active_agreement(kind=AgreementKind.OLA, services=[make.service(status=ServiceStatus.IN_DESIGN)])
    assert _status(sql, ola.id) == "active"


def test_activation_checks_signatures_and_signing_date(db: Database, make, sql) -> None:
    agreement = make.submit(make.agreement())
    with pytest.raises(ValidationError) as caught:
        lifecycle.activate(db, agreement_id=agreement.id, version=agreement.version, signed_on=date(2027, 1, 5),
                           signatures=[SignatureRow(signatory_name="Ann"), SignatureRow(signatory_name=" ")])
    assert set(caught.value.fields) == {"signed_on", "signatures.1.signatory_name"}
    assert _status(sql, agreement.id) == "in_review"
    assert sql("SELECT count(*) FROM signature") == [(0,)]


def test_activation_rechecks_party_rules(db: Database, make, sql) -> None:
    # a customer that changed kind after the draft was written is caught at activation
    team = make.internal("Network team")
    ola = make.submit(make.agreement(kind=AgreementKind.OLA, customers=[team]))
    form = stakeholders.organization_form(team)
    form.kind, form.unit_type = OrganizationKind.CUSTOMER, None
    stakeholders.update_organization(db, organization_id=team.id, version=team.version, form=form)
    with pytest.raises(ValidationError) as caught:
        make.activate(ola)
    assert set(caught.value.fields) == {"customers"}
    assert _status(sql, ola.id) == "in_review"


@pytest.mark.parametrize(("start", "action"), [
    ("draft", "activate"), ("draft", "terminate"), ("draft", "return"),
    ("in_review", "submit"), ("in_review", "terminate"),
    ("active", "submit"), ("active", "return"), ("active", "activate"),
    ("terminated", "terminate"), ("terminated", "activate"),
])
def test_transitions_not_in_the_lifecycle_are_refused(db: Database, make, sql, start: str, action: str) -> None:
    agreement = make.agreement()
    if start != "draft":
        agreement = make.submit(agreement)
    if start in ("active", "terminated"):
        agreement = make.activate(agreement)
    if start == "terminated":
        agreement = lifecycle.terminate(db, agreement_id=agreement.id, version=agreement.version)
    before = sql("SELECT status, version FROM agreement")
    calls = {
        "submit": lambda: lifecycle.submit_for_review(db, agreement_id=agreement.id, version=agreement.version),
        "return": lambda: lifecycle.return_to_draft(db, agreement_id=agreement.id, version=agreement.version),
        "activate": lambda: lifecycle.activate(db, agreement_id=agreement.id, version=agreement.version,
                                               signed_on=date(2025, 12, 1), signatures=[]),
        "terminate": lambda: lifecycle.terminate(db, agreement_id=agreement.id, version=agreement.version),
    }
    with pytest.raises(ValidationError) as caught:
        calls[action]()
    assert "status" in caught.value.fields
    if action != "activate":
        assert isinstance(caught.value, TransitionError)
    assert sql("SELECT status, version FROM agreement") == before


def test_allowed_transitions(db: Database) -> None:
    assert lifecycle.allowed_transitions(AgreementStatus.IN_REVIEW) == {AgreementStatus.DRAFT,
                                                                       AgreementStatus.ACTIVE}


def test_expire_due_by_date(db: Database, make, sql) -> None:
    ends_june = make.active_agreement(valid_to=date(2026, 6, 30))
    ends_december = make.active_agreement(valid_to=date(2026, 12, 31))
    open_ended = make.active_agreement(valid_to=None)
    draft = make.agreement(valid_to=date(2026, 2, 1))

    assert lifecycle.expire_due(db, today=date(2026, 6, 30)) == []  # still valid on its last day
    assert lifecycle.expire_due(db, today=date(2026, 7, 1)) == [f"{ends_june.reference} revision 1"]
    assert _status(sql, ends_june.id) == "expired"
    assert _status(sql, ends_december.id) == "active"
    assert lifecycle.expire_due(db, today=date(2026, 7, 1)) == []  # nothing left to do
    assert lifecycle.expire_due(db, today=date(2030, 1, 1)) == [f"{ends_december.reference} revision 1"]
    assert _status(sql, open_ended.id) == "active"
    assert _status(sql, draft.id) == "draft"
    changes = sql("SELECT changes FROM history_entry WHERE entity_id = ? AND entity = 'agreement' "
                  "ORDER BY id DESC LIMIT 1", ends_june.id)
    assert json.loads(changes[0][0]) == {"status": ["active", "expired"]}


def test_abandoned_revision_can_be_deleted_and_started_again(db: Database, make, sql) -> None:
    first = make.active_agreement()
    second = ag.revise_agreement(db, agreement_id=first.id)
    ag.delete_agreement(db, agreement_id=second.id)  # an abandoned revision goes away
    assert sql("SELECT revision, status FROM agreement") == [(1, "active")]
    third = ag.revise_agreement(db, agreement_id=first.id)
    assert third.revision == 2
