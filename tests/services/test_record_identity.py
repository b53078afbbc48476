"""Ids the database keeps: never handed out twice, rows that keep theirs when edited, revisions
that link each copied target to its origin, and versions checked by the UPDATE itself."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text

from itsm_desktop.domain.enums import (
    AgreementContactRole,
    ComponentKind,
    ConsumerRole,
    Metric,
    Priority,
    Side,
    TargetUnit,
)
from itsm_desktop.domain.errors import ConflictError
from itsm_desktop.domain.forms import (
    AgreementContactRow,
    ComponentRow,
    ConsumerRow,
    ResponsibilityRow,
    ServiceForm,
    SupplierRow,
    TargetRow,
)
from itsm_desktop.services import agreements, catalog, records
from itsm_desktop.store import Database


def _history(sql, entity: str, entity_id: int) -> list[str]:
    return [s for (s,) in sql("SELECT summary FROM history_entry WHERE entity = ? AND entity_id = ? ORDER BY id",
                              entity, entity_id)]


def _ids(sql, table: str, owner: str, owner_id: int) -> list[int]:
    return [i for (i,) in sql(f"SELECT id FROM {table} WHERE {owner} = ? ORDER BY position, id", owner_id)]


# --- ids are never reused -------------------------------------------------------------------------


@pytest.mark.sqlite_only  # the file's own id counters
def test_a_deleted_id_is_never_handed_out_again_and_undo_brings_the_record_back(
        db: Database, make, sql, db_path: Path) -> None:
    make.service("ALPHA")
    beta = make.service("BETA", name="Beta",
                        components=[ComponentRow(name="Mail server"), ComponentRow(name="Spam filter")])
    assert beta.id is not None
    kept = catalog.load_service(db, beta.id).form
    component_ids = [c.id for c in kept.components]
    catalog.delete_service(db, service_id=beta.id, version=beta.version)

    gamma = make.service("GAMMA", name="Gamma")
    assert gamma.id is not None and gamma.id > beta.id
    db.close()
    with Database.open(db_path) as reopened:  # the counter is in the file, not in the process
        delta = catalog.create_service(reopened, form=ServiceForm(code="DELTA", name="Delta"))
        assert delta.id is not None and delta.id > gamma.id
        assert _history(sql, "service", beta.id) == ["Created service “Beta”", "Deleted service “Beta”"]

        restored = catalog.create_service(reopened, form=kept, restore_id=beta.id)  # what undo does
        assert restored.id == beta.id
        again = catalog.load_service(reopened, beta.id).form
        assert again == kept
        assert [c.id for c in again.components] == component_ids
        assert _history(sql, "service", beta.id) == ["Created service “Beta”", "Deleted service “Beta”",
                                                     "Created service “Beta”"]


@pytest.mark.sqlite_only  # the file's own id counters
def test_every_table_with_an_id_asks_for_ids_that_keep_rising(db: Database, sql) -> None:
    schema = sql("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    tables = [name for name, create in schema if re.search(r"^\s*id INTEGER", create, re.MULTILINE)]
    autoincrement = [name for name, create in schema if "AUTOINCREMENT" in create]
    assert len(tables) >= 13  # later revisions add tables; each must keep its ids rising too
    assert sorted(autoincrement) == sorted(tables)


def test_a_deleted_target_id_is_not_handed_to_the_next_target(db: Database, make, sql) -> None:
    agreement = make.agreement()
    detail = agreements.load_agreement(db, agreement.id)
    first = detail.form.targets[0].id
    form = replace(detail.form, targets=[])
    saved = agreements.update_agreement(db, agreement_id=agreement.id, version=agreement.version, form=form)
    form = replace(form, targets=[TargetRow(metric=Metric.AVAILABILITY, value=99, unit=TargetUnit.PERCENT)])
    agreements.update_agreement(db, agreement_id=agreement.id, version=saved.version, form=form)
    (new_id,) = _ids(sql, "service_level_target", "agreement_id", agreement.id)
    assert first is not None and new_id > first


# --- rows keep their ids -----------------------------------------------------------------------


def _targets(service_id: int) -> list[TargetRow]:
    return [TargetRow(metric=Metric.AVAILABILITY, value=99.5, unit=TargetUnit.PERCENT, service_id=service_id),
            TargetRow(metric=Metric.RESPONSE_TIME, value=15, unit=TargetUnit.MINUTES, priority=Priority.P1),
            TargetRow(metric=Metric.RESOLUTION_TIME, value=4, unit=TargetUnit.HOURS, priority=Priority.P1)]


def test_editing_an_agreement_keeps_the_ids_of_its_rows(db: Database, make, sql) -> None:
    service = make.service()
    desk, boss = make.contact(make.it, "Dave Desk"), make.contact(make.it, "Bea Boss")
    agreement = make.agreement(
        services=[service], targets=_targets(service.id),
        responsibilities=[ResponsibilityRow(side=Side.PROVIDER, text="Keep it running"),
                          ResponsibilityRow(side=Side.CUSTOMER, text="Report incidents")],
        contacts=[AgreementContactRow(contact_id=desk.id),
                  AgreementContactRow(contact_id=boss.id, role=AgreementContactRole.ESCALATION_1)])
    form = agreements.load_agreement(db, agreement.id).form
    avail, response, resolution = (t.id for t in form.targets)
    keep_running, report = (r.id for r in form.responsibilities)
    desk_row, boss_row = (c.id for c in form.contacts)

    form.targets = [replace(form.targets[2], value=8), replace(form.targets[0], value=99.9),
                    TargetRow(metric=Metric.CUSTOMER_SATISFACTION, value=90, unit=TargetUnit.PERCENT)]
    form.responsibilities[1] = replace(form.responsibilities[1], text="Report incidents at once")
    form.contacts = [form.contacts[1]]
    agreements.update_agreement(db, agreement_id=agreement.id, version=agreement.version, form=form)

    saved = agreements.load_agreement(db, agreement.id).form
    assert [t.id for t in saved.targets][:2] == [resolution, avail]
    assert saved.targets[2].id is not None and saved.targets[2].id > max(avail, response, resolution)
    assert [t.value for t in saved.targets] == [8, 99.9, 90]
    assert sql("SELECT count(*) FROM service_level_target WHERE id = ?", response) == [(0,)]
    assert [r.id for r in saved.responsibilities] == [keep_running, report]
    assert saved.responsibilities[1].text == "Report incidents at once"
    assert [c.id for c in saved.contacts] == [boss_row]
    assert sql("SELECT count(*) FROM agreement_contact WHERE id = ?", desk_row) == [(0,)]


def test_rows_of_a_form_that_carries_no_ids_keep_theirs_when_unchanged(db: Database, make, sql) -> None:
    agreement = make.agreement(responsibilities=[ResponsibilityRow(text="One"), ResponsibilityRow(text="Two")])
    before = _ids(sql, "responsibility", "agreement_id", agreement.id)
    form = agreements.load_agreement(db, agreement.id).form
    form.responsibilities = [ResponsibilityRow(text="Two"), ResponsibilityRow(text="One"),
                             ResponsibilityRow(text="Three")]
    agreements.update_agreement(db, agreement_id=agreement.id, version=agreement.version, form=form)
    after = _ids(sql, "responsibility", "agreement_id", agreement.id)
    assert after[:2] == before[::-1] and after[2] > max(before)


def test_undoing_a_save_brings_removed_rows_back_under_their_ids(db: Database, make, sql) -> None:
    service = make.service()
    agreement = make.agreement(services=[service], targets=_targets(service.id))
    old = agreements.load_agreement(db, agreement.id).form
    ids = [t.id for t in old.targets]
    saved = agreements.update_agreement(db, agreement_id=agreement.id, version=agreement.version,
                                        form=replace(old, targets=old.targets[2:]))
    agreements.update_agreement(db, agreement_id=agreement.id, version=saved.version, form=old)  # undo
    assert _ids(sql, "service_level_target", "agreement_id", agreement.id) == ids


def test_a_forged_row_id_above_every_other_is_not_taken(db: Database, make, sql) -> None:
    agreement = make.agreement()
    form = agreements.load_agreement(db, agreement.id).form
    form.targets = [*form.targets, replace(form.targets[0], id=2**63 - 1)]
    agreements.update_agreement(db, agreement_id=agreement.id, version=agreement.version, form=form)
    assert max(_ids(sql, "service_level_target", "agreement_id", agreement.id)) < 100
    make.agreement()  # new rows can still be added


def test_a_form_cannot_take_over_another_agreements_rows(db: Database, make, sql) -> None:
    first, second = make.agreement(), make.agreement()
    theirs = agreements.load_agreement(db, first.id).form.targets[0].id
    form = agreements.load_agreement(db, second.id).form
    form.targets = [replace(form.targets[0], id=theirs, value=42)]
    agreements.update_agreement(db, agreement_id=second.id, version=second.version, form=form)
    assert sql("SELECT agreement_id, value FROM service_level_target WHERE id = ?", theirs) == [(first.id, 99.5)]


def test_editing_a_service_keeps_the_ids_of_its_rows(db: Database, make, sql) -> None:
    supplier, customer = make.supplier(), make.customer()
    service = make.service(
        components=[ComponentRow(name="Mail server", kind=ComponentKind.SERVER), ComponentRow(name="Client")],
        suppliers=[SupplierRow(supplier_id=supplier.id, supplies="Licences")],
        consumers=[ConsumerRow(organization_id=customer.id, users=10)])
    form = catalog.load_service(db, service.id).form
    server, client = (c.id for c in form.components)
    supplier_row, consumer_row = form.suppliers[0].id, form.consumers[0].id
    form.components = [replace(form.components[1], notes="Outlook"), ComponentRow(name="Archive")]
    form.suppliers[0] = replace(form.suppliers[0], contract_reference="C-1")
    form.consumers[0] = replace(form.consumers[0], role=ConsumerRole.USER_GROUP, users=12)
    catalog.update_service(db, service_id=service.id, version=service.version, form=form)

    saved = catalog.load_service(db, service.id).form
    assert saved.components[0].id == client and saved.components[0].notes == "Outlook"
    assert saved.components[1].id is not None and saved.components[1].id > max(server, client)
    assert [s.id for s in saved.suppliers] == [supplier_row]
    assert [c.id for c in saved.consumers] == [consumer_row]
    assert saved.consumers[0].users == 12


# --- revisions --------------------------------------------------------------------------------


def test_a_revision_copies_each_target_and_links_it_to_its_origin(db: Database, make, sql) -> None:
    service = make.service()
    active = make.active_agreement(services=[service], targets=_targets(service.id))
    origins = [t.id for t in agreements.load_agreement(db, active.id).form.targets]

    draft = agreements.revise_agreement(db, agreement_id=active.id)
    copies = sql("SELECT id, origin_target_id, value FROM service_level_target WHERE agreement_id = ? "
                 "ORDER BY position", draft.id)
    assert [origin for _id, origin, _value in copies] == origins
    assert not set(origins) & {i for i, _o, _v in copies}
    assert _ids(sql, "service_level_target", "agreement_id", active.id) == origins  # the original keeps its own

    form = agreements.load_agreement(db, draft.id).form  # editing the draft keeps its links
    form.targets = [replace(form.targets[1], value=10), form.targets[0]]
    agreements.update_agreement(db, agreement_id=draft.id, version=draft.version, form=form)
    assert sql("SELECT origin_target_id, value FROM service_level_target WHERE agreement_id = ? "
               "ORDER BY position", draft.id) == [(origins[1], 10), (origins[0], 99.5)]


def test_a_duplicate_is_a_new_agreement_without_links(db: Database, make, sql) -> None:
    agreement = make.agreement()
    copy = agreements.duplicate_agreement(db, agreement_id=agreement.id)
    assert sql("SELECT origin_target_id FROM service_level_target WHERE agreement_id = ?", copy.id) == [(None,)]


# --- versions checked by the database ------------------------------------------------------------


@pytest.fixture
def another_writer_in_between(monkeypatch: pytest.MonkeyPatch):
    """Make another writer change the record after the save read its version, before it writes."""

    def arrange(table: str, record_id: int) -> None:
        real = records.stale_is_conflict

        def meanwhile(session, record, expected):  # type: ignore[no-untyped-def]
            session.execute(text(f"UPDATE {table} SET version = version + 1 WHERE id = :id"), {"id": record_id})
            return real(session, record, expected)

        monkeypatch.setattr(records, "stale_is_conflict", meanwhile)

    return arrange


def test_a_save_based_on_a_version_replaced_meanwhile_is_refused_by_the_database(
        db: Database, make, sql, another_writer_in_between) -> None:
    service = make.service("MAIL", name="Mail")
    form = catalog.load_service(db, service.id).form
    another_writer_in_between("service", service.id)
    with pytest.raises(ConflictError) as caught:
        catalog.update_service(db, service_id=service.id, version=service.version, form=replace(form, name="Post"))
    assert caught.value.expected == 1 and caught.value.actual == 1  # the other writer's change is not kept either
    assert sql("SELECT name, version FROM service WHERE id = ?", service.id) == [("Mail", 1)]
    assert len(_history(sql, "service", service.id)) == 1


def test_a_delete_based_on_a_version_replaced_meanwhile_is_refused_by_the_database(
        db: Database, make, sql, another_writer_in_between) -> None:
    service = make.service("MAIL")
    another_writer_in_between("service", service.id)
    with pytest.raises(ConflictError):
        catalog.delete_service(db, service_id=service.id, version=service.version)
    assert sql("SELECT count(*) FROM service WHERE id = ?", service.id) == [(1,)]
