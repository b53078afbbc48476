"""What a use case changed is recorded by the unit of work: kinds, ids and actions."""

from __future__ import annotations

import threading

import pytest

from itsm_desktop.domain.errors import ConflictError
from itsm_desktop.services import agreements, catalog, stakeholders
from itsm_desktop.services.changes import Action, Change, Changes, collect_changes
from itsm_desktop.store import Database


def test_create_update_delete_are_recorded_with_kind_and_id(db: Database, make) -> None:
    org = make.customer("Finance")
    with collect_changes() as created:
        person = make.contact(org, "Ann")
    assert created.result() == Changes(frozenset({Change("contact", person.id, Action.CREATED)}))

    form = stakeholders.contact_form(person)
    form.name = "Ann Smith"
    with collect_changes() as updated:
        stakeholders.update_contact(db, contact_id=person.id, version=person.version, form=form)
    assert updated.result().ids("contact", Action.UPDATED) == (person.id,)
    assert updated.result().kinds() == ["contact"]

    with collect_changes() as deleted:
        stakeholders.delete_contact(db, contact_id=person.id)
    assert deleted.result().ids("contact", Action.DELETED) == (person.id,)


def test_child_rows_change_their_parent(db: Database, make) -> None:
    sla = make.agreement()
    form = agreements.load_agreement(db, sla.id).form
    form.targets[0].value = 99.9
    with collect_changes() as changes:
        agreements.update_agreement(db, agreement_id=sla.id, version=sla.version, form=form)
    assert changes.result() == Changes(frozenset({Change("agreement", sla.id, Action.UPDATED)}))


def test_a_refused_use_case_reports_nothing(db: Database, make) -> None:
    service = make.service("MAIL")
    with collect_changes() as changes, pytest.raises(ConflictError):
        catalog.set_service_status(db, service_id=service.id, version=service.version + 5,
                                   status=service.status)
    assert not changes.result()


def test_reads_and_calls_outside_a_collector_report_nothing(db: Database, make) -> None:
    make.service("MAIL")  # no collector open: nothing recorded, nothing kept for later
    with collect_changes() as changes:
        catalog.list_families(db)
    assert not changes.result()


def test_collectors_of_two_threads_stay_apart(db: Database, make) -> None:
    org = make.customer()
    seen: dict[str, Changes] = {}

    def work(name: str) -> None:
        with collect_changes() as changes:
            make.contact(org, name)
        seen[name] = changes.result()

    threads = [threading.Thread(target=work, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(seen["a"].items) == len(seen["b"].items) == 1
    assert seen["a"] != seen["b"]
