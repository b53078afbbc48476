"""Searching a table in memory finds exactly what the SQL search finds, in the table's order.

The table model finds matches in the joined texts of all records, tests each text when matches
are dense, and narrows within the last matches while the user types on; the thresholds between
these ways are lowered or raised here so that every way is taken on a small catalog. Matches are
ranked alike in memory and in SQL: exact matches of a name, then prefix matches, then the rest.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from itsm_desktop.domain.enums import ServiceStatus
from itsm_desktop.services import catalog, memory_search
from itsm_desktop.services.listing import SERVICES, search_key
from itsm_desktop.store import Database
from itsm_desktop.ui.common import table_model
from itsm_desktop.ui.common.table_model import ListingModel

NAMES = ["Corporate e-mail", "Почтовый сервис", "Équipe réseau", "Wireless network", "Network storage",
         "Payroll", "Mail archive", "Kiosk 77", "Backup and restore", "Identity and access"]

TYPED = ["m", "ma", "mai", "mail", "", "п", "по", "почт", "", "e", "eq", "équipe", "équip", "",
         "net", "netw", "network sto", "network st", "network s", "", "zzz", "zz", "", "svc1",
         "svc12", "s", "sv", "svc", "x\x00y", "", "E-MAIL", "  payroll  ", "le"]


@pytest.fixture
def catalog_db(db: Database, make: Any) -> Database:
    statuses = list(ServiceStatus)
    for n in range(60):
        make.service(f"SVC{n:03d}", name=f"{NAMES[n % len(NAMES)]} {n}", status=statuses[n % len(statuses)],
                     summary="Shared for every site" if n % 7 == 0 else "")
    return db


def _all_rows(model: ListingModel) -> list[int]:
    model._complete()  # what the event loop does right after painting the first screen
    return [model.id_at(row) or 0 for row in range(model.rowCount())]


def _sql(db: Database, model: ListingModel, text: str) -> list[int]:
    return SERVICES.ids(db, search=text, sort=model.sort_key, descending=model.descending,
                        filters=model.filters)


@pytest.mark.parametrize(("dense", "few", "many"), [(0.1, 2_000, 20_000), (0.0, 0, 0), (1.0, 10**6, 3),
                                                    (0.5, 3, 3)],
                         ids=["defaults", "test-every-text", "find-every-match", "mixed"])
def test_typing_finds_what_sql_finds(qapp: Any, catalog_db: Database, monkeypatch: pytest.MonkeyPatch,
                                     dense: float, few: int, many: int) -> None:
    monkeypatch.setattr(table_model, "PAGE", 7)  # a first screen smaller than the catalog
    monkeypatch.setattr(memory_search, "DENSE", dense)
    monkeypatch.setattr(memory_search, "FEW", few)
    monkeypatch.setattr(memory_search, "MANY_PREFIXES", many)  # prefix matches picked a screen at a time
    model = ListingModel(catalog_db, SERVICES)
    model.reload()
    for sort in ("name", "code"):
        model.sort([c.key for c in SERVICES.columns].index(sort), Qt.SortOrder.DescendingOrder
                   if sort == "code" else Qt.SortOrder.AscendingOrder)
        for text in TYPED:
            model.set_search(text)
            expected = _sql(catalog_db, model, text)
            first = [model.id_at(row) for row in range(model.rowCount())]
            assert first == expected[:len(first)], text  # the first screen: a prefix of the matches
            assert _all_rows(model) == expected, text


def test_search_after_an_edit_and_with_a_filter(qapp: Any, catalog_db: Database,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_model, "PAGE", 5)
    model = ListingModel(catalog_db, SERVICES)
    model.sort(0, Qt.SortOrder.AscendingOrder)  # by code: a new name keeps the row's place
    _all_rows(model)  # the complete list is known: the texts are read and joined
    model.set_search("mail")
    found = _all_rows(model)
    service = catalog.get_service(catalog_db, found[0])
    form = catalog.load_service(catalog_db, found[0]).form
    form.name = "Messagerie d'entreprise"
    catalog.update_service(catalog_db, service_id=found[0], version=service.version, form=form)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_search("")
    resets.clear()
    model.refresh([found[0]])
    assert resets == []  # refreshed in place: the texts are updated, not read again
    for text in ("mail", "messagerie", "entreprise", ""):
        model.set_search(text)
        assert _all_rows(model) == _sql(catalog_db, model, text), text
    model.set_filters(status=ServiceStatus.LIVE)
    for text in ("s", "sv", "network", ""):
        model.set_search(text)
        assert _all_rows(model) == _sql(catalog_db, model, text), text


def test_completing_appends_rows_without_a_reset(catalog_db: Database, monkeypatch: pytest.MonkeyPatch,
                                                 qtbot: Any) -> None:
    monkeypatch.setattr(table_model, "PAGE", 4)
    model = ListingModel(catalog_db, SERVICES)
    model.set_search("s")
    assert model.rowCount() == 4
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model._complete()
    assert resets == [] and inserted.args[1] == 4
    assert model.rowCount() == len(_sql(catalog_db, model, "s")) > 4
    assert search_key("  S ") == "s"
