"""A save writes what changed: the record's row and its history entry, not every row it owns."""

from __future__ import annotations

from dataclasses import replace

from perf.statements import counting_statements

from itsm_desktop.domain.enums import Metric, Priority, TargetUnit
from itsm_desktop.domain.forms import (
    ComponentRow,
    ConsumerRow,
    ResponsibilityRow,
    SupplierRow,
    TargetRow,
)
from itsm_desktop.services import agreements, catalog
from itsm_desktop.store import Database


def test_renaming_a_service_writes_its_row_and_one_history_entry(db: Database, make) -> None:
    other = make.service()
    service = make.service(components=[ComponentRow(name="Server"), ComponentRow(name="Client")],
                           depends_on=[other.id], suppliers=[SupplierRow(supplier_id=make.supplier().id)],
                           consumers=[ConsumerRow(organization_id=make.customer().id, users=3)])
    form = catalog.load_service(db, service.id).form
    with counting_statements() as asked:
        catalog.update_service(db, service_id=service.id, version=service.version, form=replace(form, name="Post"))
    assert asked.written_tables() == [("INSERT", "history_entry"), ("UPDATE", "service")]
    assert asked.transactions == 1


def test_a_save_reads_the_record_and_its_lists_once_and_checks_only_what_changed(db: Database, make) -> None:
    # on a team server every statement is a round trip: a save of the summary reads the service,
    # its four lists in one statement and the names its search text borrows, then writes
    service = make.service(components=[ComponentRow(name="Server")], depends_on=[make.service().id],
                           suppliers=[SupplierRow(supplier_id=make.supplier().id)],
                           consumers=[ConsumerRow(organization_id=make.customer().id, users=3)],
                           provider_id=make.internal().id)
    form = catalog.load_service(db, service.id).form
    with counting_statements() as asked:
        saved = catalog.update_service(db, service_id=service.id, version=service.version,
                                       form=replace(form, summary="Now with more"))
    selects = [text for text in asked.texts if text.lstrip().upper().startswith("SELECT")]
    lists = [text for text in selects if "service_component" in text]
    assert len(lists) == 1 and all(table in lists[0] for table in
                                   ("service_dependency", "service_supplier", "service_consumer"))
    assert not any("advisory" in text or "service.code =" in text for text in selects)  # the code is unchanged
    assert len(selects) <= 5, selects
    assert saved.summary == "Now with more" and saved.version == service.version + 1
    assert catalog.load_service(db, service.id).form == replace(form, summary="Now with more")


def test_editing_an_agreements_title_writes_its_row_and_one_history_entry(db: Database, make) -> None:
    service = make.service()
    targets = [TargetRow(metric=Metric.RESPONSE_TIME, value=10 * (n + 1), unit=TargetUnit.MINUTES,
                         priority=p, service_id=service.id) for n, p in enumerate(Priority)]
    agreement = make.agreement(services=[service], targets=targets,
                               responsibilities=[ResponsibilityRow(text="Keep it running")])
    form = agreements.load_agreement(db, agreement.id).form
    with counting_statements() as asked:
        agreements.update_agreement(db, agreement_id=agreement.id, version=agreement.version,
                                    form=replace(form, title="Renamed"))
    assert asked.written_tables() == [("INSERT", "history_entry"), ("UPDATE", "agreement")]


def test_changing_one_target_writes_that_target_only(db: Database, make, sql) -> None:
    service = make.service()
    targets = [TargetRow(metric=Metric.RESPONSE_TIME, value=10 * (n + 1), unit=TargetUnit.MINUTES,
                         priority=p, service_id=service.id) for n, p in enumerate(Priority)]
    agreement = make.agreement(services=[service], targets=targets)
    form = agreements.load_agreement(db, agreement.id).form
    form.targets[2] = replace(form.targets[2], value=25)
    with counting_statements() as asked:
        agreements.update_agreement(db, agreement_id=agreement.id, version=agreement.version, form=form)
    assert asked.written_tables() == [("INSERT", "history_entry"), ("UPDATE", "agreement"),
                                      ("UPDATE", "service_level_target")]
    assert sql("SELECT value FROM service_level_target WHERE id = ?", form.targets[2].id) == [(25.0,)]
