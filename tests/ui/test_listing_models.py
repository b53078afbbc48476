"""Every listing's table model passes Qt's model tester, sorted, searched and filtered."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from itsm_desktop.domain.enums import OrganizationKind, ServiceStatus
from itsm_desktop.services.listing import AGREEMENTS, CONTACTS, ORGANIZATIONS, SERVICES, Listing
from itsm_desktop.store import Database
from itsm_desktop.ui.common.table_model import ListingModel


@pytest.fixture
def filled(db: Database, make: Any) -> Database:
    """A few of every kind of record, with long and non-Latin names."""
    it = make.it
    customer = make.customer("Ελληνική Εταιρεία")
    make.contact(customer, "Дмитрий Соколов", job_title="Engineer " * 10)
    make.contact(it, "Ann Smith", email="ann@example.com")
    family = make.family("Workplace")
    live = make.service("MAIL", name="E-mail " * 20, family_id=family.id, provider_id=it.id)
    make.service("WIFI", name="Wireless", status=ServiceStatus.PROPOSED, depends_on=[live.id])
    make.agreement(services=[live], customers=[customer])
    make.active_agreement(services=[live])
    return db


@pytest.mark.parametrize("listing", [SERVICES, ORGANIZATIONS, CONTACTS, AGREEMENTS],
                         ids=lambda listing: listing.entity)
def test_model_passes_the_model_tester(qtmodeltester: Any, filled: Database, listing: Listing) -> None:
    model = ListingModel(filled, listing)
    model.reload()
    assert model.rowCount() >= 2
    qtmodeltester.check(model)  # stays connected: every reset below is checked again
    for column, spec in enumerate(listing.columns):
        if spec.sortable:
            model.sort(column, Qt.SortOrder.DescendingOrder)
    model.set_search("e")
    model.set_search("no record is called like this")
    assert model.rowCount() == 0
    model.set_search("")
    assert model.rowCount() >= 2


def test_long_texts_have_tooltips_and_ids_are_kept(filled: Database) -> None:
    model = ListingModel(filled, SERVICES)
    model.reload()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "MAIL")
    name = model.index(row, 1)
    assert name.data(Qt.ItemDataRole.ToolTipRole) == name.data()
    assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.id_at(row) == model.index(row, 0).data(Qt.ItemDataRole.UserRole)


def test_filters(filled: Database) -> None:
    model = ListingModel(filled, ORGANIZATIONS)
    model.set_filters(kind=OrganizationKind.CUSTOMER)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "Ελληνική Εταιρεία" in names and "IT Operations" not in names
    assert {model.index(r, 2).data() for r in range(model.rowCount())} == {"Customer"}
    model.set_filters(kind=None)
    assert model.rowCount() >= 3


def test_a_record_edited_in_place_repaints_its_row_only(filled: Database, qtbot: Any) -> None:
    from itsm_desktop.services import catalog

    model = ListingModel(filled, SERVICES)  # sorted by name: a new code keeps the row's place
    model.reload()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "WIFI")
    record_id = model.id_at(row)
    service = catalog.get_service(filled, record_id)
    form = catalog.load_service(filled, record_id).form
    form.code = "WLAN"
    catalog.update_service(filled, service_id=record_id, version=service.version, form=form)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.refresh([record_id])
    assert resets == [] and changed.args[0].row() == row
    assert model.index(row, 0).data() == "WLAN"
