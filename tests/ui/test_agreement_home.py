"""Agreements on the Home page and in the service editor: each item opens its record."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt

from itsm_desktop.services import catalog
from itsm_desktop.ui.agreements.page import AgreementsPage
from itsm_desktop.ui.main_window import MainWindow


def rows(tree: Any) -> list[tuple[str, ...]]:
    return [tuple(tree.topLevelItem(i).text(c) for c in range(tree.columnCount()))
            for i in range(tree.topLevelItemCount())]


def test_home_lists_agreements_needing_attention_and_opens_them(make_window: Any, make: Any, db: Any,
                                                                qtbot: Any) -> None:
    today = date.today()
    ending = make.active_agreement(title="Ending soon", valid_from=today - timedelta(days=300),
                                   valid_to=today + timedelta(days=20))
    review = make.active_agreement(title="Review overdue", valid_from=today - timedelta(days=400),
                                   valid_to=today + timedelta(days=400), next_review=today - timedelta(days=5))
    waiting = make.submit(make.agreement(title="Waiting"))
    lonely = make.service("LONELY", name="Lonely service")
    window: MainWindow = make_window(db)
    assert window.show_page("home")
    home = window.pages["home"]
    home.refresh()

    texts = rows(home.attention)
    titles = [t[0] for t in texts]
    assert any("Ending soon" in t and ending.reference in t for t in titles)
    assert any("Review overdue" in t for t in titles)
    assert any("Waiting" in t for t in titles)
    assert any("ends in 20 days" in t[1] for t in texts)
    assert any("overdue since" in t[1] for t in texts)
    uncovered = [home.uncovered.item(i).text() for i in range(home.uncovered.count())]
    assert "LONELY — Lonely service" in uncovered

    for record in (waiting, review):
        item = next(home.attention.topLevelItem(i) for i in range(home.attention.topLevelItemCount())
                    if record.title in home.attention.topLevelItem(i).text(0))
        home.attention.itemActivated.emit(item, 0)
        page = window.pages["agreements"]
        assert isinstance(page, AgreementsPage)
        assert window.current_page() is page
        assert page.current_agreement_id() == record.id
        assert window.show_page("home")

    item = next(home.uncovered.item(i) for i in range(home.uncovered.count())
                if home.uncovered.item(i).text().startswith("LONELY"))
    home.uncovered.itemActivated.emit(item)
    assert window.current_page() is window.pages["catalog"]
    assert window.pages["catalog"].editor.record_id == lonely.id


def test_service_editor_lists_the_agreements_that_cover_it(main_window: MainWindow, make: Any,
                                                          db: Any) -> None:
    service = make.service("MAIL", name="E-mail")
    agreement = make.active_agreement(services=[service], title="Mail SLA")
    catalog_page = main_window.pages["catalog"]
    assert main_window.show_page("catalog")
    catalog_page.model.reload()
    assert catalog_page.show_record(service.id)
    links = catalog_page.editor.agreements
    texts = [links.item(i).text() for i in range(links.count())]
    assert texts == [f"{agreement.reference} rev. 1 — SLA, active"]
    assert catalog.load_service(db, service.id).agreements[0][0] == agreement.id

    page = main_window.pages["agreements"]
    page.model.reload()  # the records were made behind the window's back
    links.itemActivated.emit(links.item(0))

    assert main_window.current_page() is page
    assert page.current_agreement_id() == agreement.id
    assert page.editor.general.title.text() == "Mail SLA"
    assert page.editor.banner.isVisible()
    assert page.table.currentIndex().siblingAtColumn(0).data(Qt.ItemDataRole.DisplayRole) == agreement.reference


def test_home_lists_live_services_without_an_active_sla(make_window: Any, make: Any, db: Any) -> None:
    covered = make.service("COVERED", name="Covered service")
    make.active_agreement(services=[covered], title="Covering SLA")
    drafted = make.service("DRAFTED", name="Only in a draft")
    make.agreement(services=[drafted], title="Draft SLA")
    window: MainWindow = make_window(db)
    assert window.show_page("home")
    home = window.pages["home"]
    home.refresh()

    titles = [t[0] for t in rows(home.attention)]
    assert any(t.startswith("DRAFTED") for t in titles)  # a draft does not count as an active SLA
    assert not any(t.startswith("COVERED") for t in titles)
    item = next(home.attention.topLevelItem(i) for i in range(home.attention.topLevelItemCount())
                if home.attention.topLevelItem(i).text(0).startswith("DRAFTED"))
    home.attention.itemActivated.emit(item, 0)
    assert window.current_page() is window.pages["catalog"]
    assert window.pages["catalog"].editor.record_id == drafted.id
