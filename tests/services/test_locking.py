"""Optimistic locking: a save or delete based on a stale version is refused and writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

from itsm_desktop.domain.enums import ServiceStatus
from itsm_desktop.domain.errors import ConflictError
from itsm_desktop.services import agreements, catalog, lifecycle, stakeholders
from itsm_desktop.store import Database


@dataclass
class Kind:
    table: str
    create: Callable[[Any], Any]
    form: Callable[[Database, int], Any]
    change: Callable[[Any], None]
    update: Callable[..., Any]
    delete: Callable[..., None]


KINDS = {
    "organization": Kind(
        "organization", lambda make: make.customer("Finance"),
        lambda db, i: stakeholders.organization_form(stakeholders.get_organization(db, i)),
        lambda f: setattr(f, "notes", "changed"),
        lambda db, i, v, f: stakeholders.update_organization(db, organization_id=i, version=v, form=f),
        lambda db, i, v: stakeholders.delete_organization(db, organization_id=i, version=v)),
    "contact": Kind(
        "contact", lambda make: make.contact(name="Ann"),
        lambda db, i: stakeholders.contact_form(stakeholders.get_contact(db, i)),
        lambda f: setattr(f, "phone", "123"),
        lambda db, i, v, f: stakeholders.update_contact(db, contact_id=i, version=v, form=f),
        lambda db, i, v: stakeholders.delete_contact(db, contact_id=i, version=v)),
    "service_family": Kind(
        "service_family", lambda make: make.family("Network"),
        lambda db, i: catalog.family_form(next(f for f in catalog.list_families(db) if f.id == i)),
        lambda f: setattr(f, "description", "changed"),
        lambda db, i, v, f: catalog.update_family(db, family_id=i, version=v, form=f),
        lambda db, i, v: catalog.delete_family(db, family_id=i, version=v)),
    "service": Kind(
        "service", lambda make: make.service("EMAIL"),
        lambda db, i: catalog.load_service(db, i).form,
        lambda f: setattr(f, "summary", "changed"),
        lambda db, i, v, f: catalog.update_service(db, service_id=i, version=v, form=f),
        lambda db, i, v: catalog.delete_service(db, service_id=i, version=v)),
    "agreement": Kind(
        "agreement", lambda make: make.agreement(),
        lambda db, i: agreements.load_agreement(db, i).form,
        lambda f: setattr(f, "scope", "changed"),
        lambda db, i, v, f: agreements.update_agreement(db, agreement_id=i, version=v, form=f),
        lambda db, i, v: agreements.delete_agreement(db, agreement_id=i, version=v)),
}


def _state(sql, table: str, record_id: int) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    return (sql(f"SELECT * FROM {table} WHERE id = ?", record_id),
            sql("SELECT * FROM history_entry ORDER BY id"))


@pytest.mark.parametrize("name", list(KINDS))
def test_stale_update_is_refused_and_writes_nothing(db: Database, make, sql, name: str) -> None:
    kind = KINDS[name]
    record = kind.create(make)
    # two editors open the record; the first one saves
    first, second = kind.form(db, record.id), kind.form(db, record.id)
    kind.change(first)
    saved = kind.update(db, record.id, 1, first)
    assert saved.version == 2
    before = _state(sql, kind.table, record.id)
    # the second one saves on top of the version it read
    kind.change(second)
    setattr(second, "name" if hasattr(second, "name") else "title", "Overwritten")
    with pytest.raises(ConflictError) as caught:
        kind.update(db, record.id, 1, second)
    assert (caught.value.expected, caught.value.actual, caught.value.record_id) == (1, 2, record.id)
    assert "nothing was saved" in str(caught.value)
    assert _state(sql, kind.table, record.id) == before


@pytest.mark.parametrize("name", list(KINDS))
def test_stale_delete_is_refused_and_deletes_nothing(db: Database, make, sql, name: str) -> None:
    kind = KINDS[name]
    record = kind.create(make)
    form = kind.form(db, record.id)
    kind.change(form)
    kind.update(db, record.id, 1, form)
    before = _state(sql, kind.table, record.id)
    with pytest.raises(ConflictError):
        kind.delete(db, record.id, 1)
    assert _state(sql, kind.table, record.id) == before
    kind.delete(db, record.id, 2)  # the current version may be deleted
    assert sql(f"SELECT count(*) FROM {kind.table} WHERE id = ?", record.id) == [(0,)]


@pytest.mark.parametrize("name", list(KINDS))
def test_saving_a_record_someone_deleted_is_a_conflict(db: Database, make, sql, name: str) -> None:
    kind = KINDS[name]
    record = kind.create(make)
    form = kind.form(db, record.id)
    kind.delete(db, record.id, 1)
    history = sql("SELECT count(*) FROM history_entry")
    with pytest.raises(ConflictError) as caught:
        kind.update(db, record.id, 1, form)
    assert caught.value.actual is None and "deleted" in str(caught.value)
    assert sql(f"SELECT count(*) FROM {kind.table}") == [(0,)]
    assert sql("SELECT count(*) FROM history_entry") == history


def test_stale_service_status_change_is_refused(db: Database, make, sql) -> None:
    service = make.service("EMAIL")
    catalog.set_service_status(db, service_id=service.id, version=1, status=ServiceStatus.RETIRING)
    with pytest.raises(ConflictError):
        catalog.set_service_status(db, service_id=service.id, version=1, status=ServiceStatus.RETIRING)
    assert sql("SELECT status, version FROM service") == [("retiring", 2)]


@pytest.mark.parametrize("step", ["submit", "return", "activate", "terminate"])
def test_stale_lifecycle_steps_are_refused(db: Database, make, sql, step: str) -> None:
    agreement = make.agreement()
    if step in ("return", "activate", "terminate"):
        agreement = make.submit(agreement)
    if step == "terminate":
        agreement = make.activate(agreement)
    stale = agreement.version - 1 if agreement.version > 1 else agreement.version + 1
    before = (sql("SELECT * FROM agreement"), sql("SELECT count(*) FROM history_entry"),
              sql("SELECT count(*) FROM signature"))
    with pytest.raises(ConflictError):
        if step == "submit":
            lifecycle.submit_for_review(db, agreement_id=agreement.id, version=stale)
        elif step == "return":
            lifecycle.return_to_draft(db, agreement_id=agreement.id, version=stale)
        elif step == "activate":
            lifecycle.activate(db, agreement_id=agreement.id, version=stale, signed_on=date(2025, 12, 1),
                               signatures=[])
        else:
            lifecycle.terminate(db, agreement_id=agreement.id, version=stale)
    after = (sql("SELECT * FROM agreement"), sql("SELECT count(*) FROM history_entry"),
             sql("SELECT count(*) FROM signature"))
    assert after == before
