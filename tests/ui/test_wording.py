"""Sentences a user reads whole: articles that fit the noun, a person named before the job title."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import FakeDialogs

from itsm_desktop.domain.enums import ServiceStatus
from itsm_desktop.services import stakeholders
from itsm_desktop.ui.main_window import MainWindow


@pytest.mark.parametrize(("key", "sentence"), [
    ("organizations", "Choose an organization in the list"),
    ("agreements", "Choose an agreement in the list"),
    ("catalog", "Choose a service in the list"),
    ("contacts", "Choose a contact in the list"),
])
def test_the_empty_detail_says_what_to_choose_with_the_right_article(main_window: MainWindow, key: str,
                                                                     sentence: str) -> None:
    main_window.show_page(key)
    page = main_window.pages[key]
    text = page.placeholder.text.text()
    assert text.startswith(sentence)
    assert " a organization" not in text and " a agreement" not in text


def test_a_representative_picked_from_the_list_shows_the_name_first(main_window: MainWindow, make: Any,
                                                                      qtbot: Any) -> None:
    finance = make.customer("Finance")
    make.contact(finance, "Margaret Ellison", job_title="Director of IT Procurement and Vendor Management")
    main_window.show_page("agreements")
    page = main_window.pages["agreements"]
    main_window.window_actions.new.trigger()
    general = page.editor.general
    qtbot.mouseClick(general.customers.add_button, Qt.MouseButton.LeftButton)
    [(party, representative, _remove)] = general.customers.rows_widgets
    qtbot.keyClicks(party.edit, "Finance")
    qtbot.keyClick(party.edit, Qt.Key.Key_Return)
    representative.edit.setFocus()
    qtbot.keyClicks(representative.edit, "marg")
    qtbot.waitUntil(lambda: representative.completer.popup().isVisible(), timeout=2000)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Return):
        qtbot.keyClick(QApplication.activePopupWidget() or representative.edit, key)

    qtbot.waitUntil(lambda: representative.value() is not None, timeout=2000)
    assert representative.edit.text().startswith("Margaret Ellison — Director")
    qtbot.waitUntil(lambda: representative.edit.cursorPosition() == 0, timeout=1000)  # the name shows


def test_deleting_a_person_in_use_says_why_at_once(main_window: MainWindow, make: Any, qtbot: Any,
                                                   fake_dialogs: FakeDialogs) -> None:
    desk = make.internal("Service Desk")
    owner = make.contact(desk, "Owen Owner")
    make.service("MAIL", name="E-mail", owner_id=owner.id)
    main_window.show_page("contacts")
    page = main_window.pages["contacts"]
    page.model.reload()
    page.table.selectRow(page.model.row_of(owner.id))
    fake_dialogs.answer("ask_retire", False)  # "confirm" is not arranged: asking it would fail

    main_window.window_actions.delete.trigger()

    assert fake_dialogs.names() == ["ask_retire"]
    assert "owns or manages services (1)" in fake_dialogs.texts("ask_retire")[0]



def test_recently_changed_names_the_fields_as_the_editor_does(main_window: MainWindow, make: Any,
                                                               qtbot: Any) -> None:
    person = make.contact(make.customer("Finance"), "Catherine Hale")
    main_window.show_page("contacts")
    page = main_window.pages["contacts"]
    page.model.reload()
    page.table.selectRow(page.model.row_of(person.id))
    qtbot.keyClicks(page.editor.job_title, "Finance Director")
    main_window.window_actions.save.trigger()

    main_window.show_page("home")
    home = main_window.pages["home"]
    home.refresh()
    change = home.recent.topLevelItem(0).text(1)
    assert change == "Changed Job title"
    assert "job_title" not in change


def test_a_field_message_goes_as_soon_as_the_field_is_corrected(main_window: MainWindow, qtbot: Any) -> None:
    main_window.show_page("agreements")
    page = main_window.pages["agreements"]
    main_window.window_actions.new.trigger()
    editor = page.editor
    main_window.window_actions.save.trigger()
    assert editor.errors.text("title") == "Title is required."

    qtbot.keyClicks(editor.general.title, "Finance business services")

    assert editor.errors.text("title") == ""
    assert editor.general.title.text() == "Finance business services"


def test_a_home_card_lists_its_services_whatever_was_searched_before(main_window: MainWindow, make: Any,
                                                                    qtbot: Any) -> None:
    family = make.family("Collaboration")
    make.service("MAIL", name="E-mail", family_id=family.id)
    old = make.service("FAX", name="Fax gateway", status=ServiceStatus.RETIRING)
    main_window.show_page("catalog")
    catalog = main_window.pages["catalog"]
    catalog.model.reload()
    catalog.set_filter("family_id", family.id)
    qtbot.keyClicks(catalog.search, "mail")
    qtbot.waitUntil(lambda: catalog.model.rowCount() == 1, timeout=2000)

    main_window.show_page("home")
    home = main_window.pages["home"]
    home.refresh()
    qtbot.mouseClick(home.cards[ServiceStatus.RETIRING], Qt.MouseButton.LeftButton)

    assert main_window.page_key() == "catalog"
    assert [catalog.model.id_at(row) for row in range(catalog.model.rowCount())] == [old.id]
    assert catalog.search.text() == ""


def test_a_wide_window_shows_every_column_of_the_list(make_window: Any, db: Any, make: Any, qtbot: Any) -> None:
    make.agreement()
    window = make_window(db)
    window.resize(2560, 1440)
    window.show_page("agreements")
    page = window.pages["agreements"]
    page.model.reload()
    qtbot.waitUntil(lambda: page.table.horizontalScrollBar().maximum() == 0, timeout=2000)
    status = page.listing.columns.index(next(c for c in page.listing.columns if c.key == "status"))
    assert not page.table.isColumnHidden(status)

    window.resize(1920, 1080)  # Status still shows without scrolling sideways
    qtbot.wait(50)
    header = page.table.horizontalHeader()
    assert header.sectionViewportPosition(status) + header.sectionSize(status) <= page.table.viewport().width()

    page.splitter.splitterMoved.emit(300, 1)  # the user's choice is kept
    page.splitter.setSizes([300, sum(page.splitter.sizes()) - 300])
    window.resize(2560, 1440)
    qtbot.wait(50)
    assert page.splitter.sizes()[0] < 700  # grown with the window, not fitted to the columns again


def test_a_small_window_shows_the_whole_page_title(main_window: MainWindow, qtbot: Any) -> None:
    main_window.resize(1024, 700)
    for key in ("agreements", "catalog", "organizations", "contacts"):
        main_window.show_page(key)
        title = main_window.pages[key].heading_label
        qtbot.waitUntil(lambda title=title: title.isVisible(), timeout=1000)
        assert title.width() >= title.fontMetrics().horizontalAdvance(title.text())


def test_recently_changed_names_a_created_or_deleted_record_once(main_window: MainWindow, make: Any) -> None:
    finance = make.customer("Finance")
    gone = make.contact(finance, "Temporary Person")
    stakeholders.delete_contact(main_window.ctx.db, contact_id=gone.id, version=gone.version)

    main_window.show_page("home")
    home = main_window.pages["home"]
    home.refresh()
    rows = [(home.recent.topLevelItem(i).text(0), home.recent.topLevelItem(i).text(1))
            for i in range(home.recent.topLevelItemCount())]
    assert ("Temporary Person", "Deleted") in rows
    assert ("Temporary Person", "Created") in rows
    assert ("Finance", "Created") in rows
