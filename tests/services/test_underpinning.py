"""Linking SLA targets to the OLA and UC targets beneath them, through revisions, and what the
Home page is told about chains that leave no margin."""

from __future__ import annotations

from typing import Any

import pytest

from itsm_desktop.domain.enums import AgreementKind, AgreementStatus, Metric, Priority, TargetUnit
from itsm_desktop.domain.errors import ValidationError
from itsm_desktop.domain.forms import TargetRow
from itsm_desktop.domain.models import Agreement
from itsm_desktop.domain.underpinning import MarginState
from itsm_desktop.services import agreements, dashboard, lifecycle, underpinning
from itsm_desktop.services.changes import collect_changes
from itsm_desktop.store import Database


def p1_resolution(hours: float, unit: TargetUnit = TargetUnit.HOURS) -> TargetRow:
    return TargetRow(metric=Metric.RESOLUTION_TIME, value=hours, unit=unit, priority=Priority.P1)


def target_ids(db: Database, agreement: Agreement) -> list[int]:
    assert agreement.id is not None
    ids = [t.id for t in agreements.load_agreement(db, agreement.id).form.targets]
    return [i for i in ids if i is not None]


@pytest.fixture
def chain(db: Database, make: Any) -> dict[str, Any]:
    """An active SLA (P1 resolution 4 h) over an active UC and OLA for the same service."""
    service = make.service()
    sla = make.active_agreement(services=[service], targets=[p1_resolution(4)])
    uc = make.active_agreement(kind=AgreementKind.UC, services=[service], targets=[p1_resolution(4)])
    ola = make.active_agreement(kind=AgreementKind.OLA, services=[service], targets=[p1_resolution(3)])
    return {"sla": sla, "uc": uc, "ola": ola, "sla_target": target_ids(db, sla)[0],
            "uc_target": target_ids(db, uc)[0], "ola_target": target_ids(db, ola)[0]}


def test_a_target_resting_on_the_whole_time_of_a_supplier_has_no_margin(db: Database, chain: dict[str, Any]) -> None:
    underpinning.link_target(db, target_id=chain["sla_target"], underpinning_target_id=chain["ola_target"])
    (only,) = underpinning.agreement_chains(db, chain["sla"].id)
    assert only.margin.state is MarginState.MARGIN and only.margin.minutes == 60
    underpinning.link_target(db, target_id=chain["sla_target"], underpinning_target_id=chain["uc_target"])
    (only,) = underpinning.agreement_chains(db, chain["sla"].id)
    assert [b.reference for b in only.beneath] == sorted([chain["ola"].reference, chain["uc"].reference])
    assert only.margin.state is MarginState.NO_MARGIN
    assert only.binding_target is not None and only.binding_target.reference == chain["uc"].reference
    items = dashboard.thin_underpinning(db)
    assert [(i.record_id, i.urgent) for i in items] == [(chain["sla"].id, True)]
    assert "P1 resolution 4 hours: no margin left over " + chain["uc"].reference in items[0].detail


def test_unlinking_restores_the_margin_and_clears_the_attention_item(db: Database, chain: dict[str, Any]) -> None:
    for beneath in (chain["ola_target"], chain["uc_target"]):
        underpinning.link_target(db, target_id=chain["sla_target"], underpinning_target_id=beneath)
    underpinning.unlink_target(db, target_id=chain["sla_target"], underpinning_target_id=chain["uc_target"])
    assert dashboard.thin_underpinning(db) == []
    (only,) = underpinning.agreement_chains(db, chain["sla"].id)
    assert [b.target_id for b in only.beneath] == [chain["ola_target"]]


def test_a_link_is_reported_as_a_change_of_the_sla_target(db: Database, chain: dict[str, Any]) -> None:
    with collect_changes() as collector:
        underpinning.link_target(db, target_id=chain["sla_target"], underpinning_target_id=chain["uc_target"])
    assert collector.result().ids("underpinning") == (chain["sla_target"],)


def test_links_that_make_no_sense_are_refused_with_a_sentence(db: Database, make: Any, chain: dict[str, Any]) -> None:
    other_sla = make.active_agreement(targets=[p1_resolution(8)])
    cases = [
        (chain["uc_target"], chain["ola_target"], "Only the targets of an SLA"),
        (chain["sla_target"], target_ids(db, other_sla)[0], "OLA or an underpinning contract"),
    ]
    availability = make.active_agreement(kind=AgreementKind.UC)  # an availability target
    cases.append((chain["sla_target"], target_ids(db, availability)[0], "can only rest on a target of “Resolution time”"))
    for target, beneath, says in cases:
        with pytest.raises(ValidationError) as refused:
            underpinning.link_target(db, target_id=target, underpinning_target_id=beneath)
        assert says in refused.value.fields["underpinning"]
    assert underpinning.agreement_chains(db, chain["sla"].id)[0].beneath == ()


def test_candidates_are_the_same_metric_in_olas_and_ucs_not_yet_linked(db: Database, chain: dict[str, Any]) -> None:
    found = underpinning.link_candidates(db, target_id=chain["sla_target"])
    assert {c.target_id for c in found} == {chain["uc_target"], chain["ola_target"]}
    underpinning.link_target(db, target_id=chain["sla_target"], underpinning_target_id=chain["uc_target"])
    assert [c.target_id for c in underpinning.link_candidates(db, target_id=chain["sla_target"])] == [
        chain["ola_target"]]


def test_a_revised_sla_keeps_its_chain_and_the_old_revision_is_closed(db: Database, make: Any,
                                                                      chain: dict[str, Any]) -> None:
    underpinning.link_target(db, target_id=chain["sla_target"], underpinning_target_id=chain["uc_target"])
    draft = agreements.revise_agreement(db, agreement_id=chain["sla"].id)
    (copied,) = underpinning.agreement_chains(db, draft.id)
    assert copied.target_id != chain["sla_target"]
    assert [b.target_id for b in copied.beneath] == [chain["uc_target"]]
    # the draft's chain is its own: unlinking there leaves the active revision's chain alone
    underpinning.unlink_target(db, target_id=copied.target_id, underpinning_target_id=chain["uc_target"])
    assert underpinning.agreement_chains(db, chain["sla"].id)[0].beneath != ()
    terminated = lifecycle.terminate(db, agreement_id=chain["sla"].id,
                                     version=agreements.load_agreement(db, chain["sla"].id).agreement.version)
    assert terminated.status is AgreementStatus.TERMINATED
    with pytest.raises(ValidationError, match="chain is closed"):
        underpinning.unlink_target(db, target_id=chain["sla_target"], underpinning_target_id=chain["uc_target"])


def test_a_link_follows_the_contract_to_its_renewed_revision(db: Database, make: Any, chain: dict[str, Any]) -> None:
    underpinning.link_target(db, target_id=chain["sla_target"], underpinning_target_id=chain["uc_target"])
    renewal = agreements.revise_agreement(db, agreement_id=chain["uc"].id)
    form = agreements.load_agreement(db, renewal.id).form
    form.targets[0].value = 3
    renewal = agreements.update_agreement(db, agreement_id=renewal.id, form=form, version=renewal.version)
    # while the renewal is a draft, the contract in force still decides
    (still,) = underpinning.agreement_chains(db, chain["sla"].id)
    assert still.beneath[0].revision == 1 and still.margin.state is MarginState.NO_MARGIN
    make.activate(renewal)
    (renewed,) = underpinning.agreement_chains(db, chain["sla"].id)
    assert renewed.beneath[0].revision == 2 and renewed.margin.minutes == 60
    assert dashboard.thin_underpinning(db) == []


def test_deleting_a_draft_contract_removes_its_links(db: Database, make: Any, chain: dict[str, Any]) -> None:
    draft = make.agreement(kind=AgreementKind.UC, targets=[p1_resolution(2)])
    underpinning.link_target(db, target_id=chain["sla_target"], underpinning_target_id=target_ids(db, draft)[0])
    agreements.delete_agreement(db, agreement_id=draft.id)
    assert underpinning.agreement_chains(db, chain["sla"].id)[0].beneath == ()


def test_the_sample_portfolio_flags_its_p1_resolution(db: Database) -> None:
    from itsm_desktop.services.demo import load_demo

    load_demo(db)
    items = dashboard.thin_underpinning(db)
    assert len(items) == 1
    assert items[0].title.startswith("SLA-2026-001")
    assert "P1 resolution 4 hours: no margin left over UC-2025-002" in items[0].detail


def test_targets_are_described_in_english_for_the_command_line() -> None:
    from itsm_desktop.domain.enums import MeasurementPeriod
    from itsm_desktop.services.reads.underpinning import TargetRow as StoredTarget
    from itsm_desktop.services.reads.underpinning import describe

    def row(metric: Metric, value: float, unit: TargetUnit, priority: Priority | None = None,
            custom: str = "") -> StoredTarget:
        return StoredTarget(1, 1, None, metric, custom, priority, value, unit, MeasurementPeriod.MONTH, None)

    assert describe(row(Metric.RESOLUTION_TIME, 4, TargetUnit.HOURS, Priority.P1)) == "P1 resolution 4 hours"
    assert describe(row(Metric.RESPONSE_TIME, 1, TargetUnit.BUSINESS_DAYS)) == "Response 1 business day"
    assert describe(row(Metric.AVAILABILITY, 99.5, TargetUnit.PERCENT)) == "Availability 99.5 % per month"
    assert describe(row(Metric.RTO, 2, TargetUnit.HOURS)) == "RTO 2 hours per month"
