"""A small window (1024×700) shows every editor whole; list columns fit what they show."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QToolButton

from itsm_desktop.domain.enums import Side
from itsm_desktop.domain.forms import ResponsibilityRow
from itsm_desktop.services import agreements
from itsm_desktop.services.demo import load_demo
from itsm_desktop.ui.common.column_fit import WIDEST
from itsm_desktop.ui.main_window import MainWindow


def _small(window: MainWindow, qtbot: Any) -> None:
    window.resize(1024, 700)
    qtbot.wait(50)  # the splitter and the columns settle after the resize


def test_the_agreement_editor_fits_the_detail_pane_of_a_small_window(main_window: MainWindow, make: Any,
                                                                      qtbot: Any) -> None:
    agreement = make.agreement(title="Business Communication and ERP Services for every site")
    _small(main_window, qtbot)
    main_window.show_page("agreements")
    page = main_window.pages["agreements"]
    page.model.reload()
    assert page.show_record(agreement.id)
    scroll = page.findChild(QScrollArea, "editor_scroll")
    qtbot.waitUntil(lambda: page.editor.width() <= scroll.viewport().width())
    for index in range(page.editor.tabs.count()):  # the text tab holds the widest content
        page.editor.tabs.setCurrentIndex(index)
        assert page.editor.minimumSizeHint().width() <= scroll.viewport().width(), page.editor.tabs.tabText(index)
    _tab_titles_whole(page.editor)


def _tab_titles_whole(editor: Any) -> None:
    """Every tab title in sight and readable whole (History too): they wrap, never shorten."""
    strip = editor.tab_strip
    assert len(strip.buttons) == editor.tabs.count() == 9
    for index, button in enumerate(strip.buttons):
        assert button.isVisible() and strip.rect().contains(button.geometry()), button.text()
        assert button.width() >= button.sizeHint().width(), button.text()
        assert button.text() == editor.tabs.tabText(index)


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800), (1920, 1080)])
def test_an_agreement_in_force_shows_whole_in_the_editor_pane(main_window: MainWindow, db: Any, qtbot: Any,
                                                               size: tuple[int, int]) -> None:
    load_demo(db)
    main_window.resize(*size)
    qtbot.wait(50)
    main_window.show_page("agreements")
    page = main_window.pages["agreements"]
    page.model.reload()
    assert page.show_record(agreements.find_agreement(db, "SLA-2026-001").id)  # the banner shows
    scroll = page.findChild(QScrollArea, "editor_scroll")
    editor = page.editor
    editor.tabs.setCurrentWidget(editor.underpinning)
    qtbot.waitUntil(lambda: editor.width() <= scroll.viewport().width())
    assert scroll.horizontalScrollBar().maximum() == 0  # nothing to scroll to: the right edge shows
    viewport = scroll.viewport()
    for widget in (editor.banner, editor.underpinning.unlink_button, editor.underpinning.table):
        assert widget.isVisible()
        right = widget.mapTo(viewport, widget.rect().topRight())
        assert right.x() < viewport.width(), widget.objectName()
    _tab_titles_whole(editor)


def test_a_customer_responsibility_is_added_with_the_add_button(main_window: MainWindow, make: Any, sql: Any,
                                                                qtbot: Any) -> None:
    agreement = make.agreement(responsibilities=[ResponsibilityRow(side=Side.PROVIDER, text="Keep it running")])
    _small(main_window, qtbot)
    main_window.show_page("agreements")
    page = main_window.pages["agreements"]
    page.model.reload()
    assert page.show_record(agreement.id)
    page.editor.tabs.setCurrentWidget(page.editor.responsibilities)
    add = page.editor.findChild(QToolButton, "add_customer_responsibility")
    scroll = page.findChild(QScrollArea, "editor_scroll")
    scroll.ensureWidgetVisible(add)  # below the fold of a small window: the pane scrolls to it
    qtbot.waitUntil(lambda: scroll.viewport().rect().contains(
        add.mapTo(scroll.viewport(), QPoint(add.width() // 2, add.height() // 2))))

    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)

    customer = page.editor.responsibilities.customer.list
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and customer.isAncestorOf(editor)  # typing goes into the new item
    qtbot.keyClicks(editor, "Report every incident to the service desk")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the view commits an item on Return after the key event
    assert page.editor.responsibilities.customer.texts() == ["Report every incident to the service desk"]
    assert page.editor.is_dirty()
    assert page.save_record(), [label.text() for label in page.editor.errors.visible_labels()]
    assert sql("SELECT side, text FROM responsibility WHERE agreement_id = ? ORDER BY side, position",
               agreement.id) == [("customer", "Report every incident to the service desk"),
                                 ("provider", "Keep it running")]


def test_list_columns_fit_their_contents_and_keep_the_users_widths(make_window: Any, db: Any, make: Any,
                                                                    settings: Any, qtbot: Any) -> None:
    long_name = "Customer Relationship Management for the Northern Distribution Centres"
    make.service("CRM-NORTH-DISTRIBUTION", name=long_name)
    make.service("X", name="Mail")
    window = make_window(db)
    window.show_page("catalog")
    page = window.pages["catalog"]
    header = page.table.horizontalHeader()
    columns = [c.key for c in page.listing.columns]
    code, name, status = columns.index("code"), columns.index("name"), columns.index("status")
    metrics = page.table.fontMetrics()
    qtbot.waitUntil(lambda: page.columns.settled)
    assert header.sectionSize(code) >= metrics.horizontalAdvance("CRM-NORTH-DISTRIBUTION")
    assert header.sectionSize(name) == WIDEST  # as wide as allowed, not as the longest name
    assert header.sectionSize(status) < page.column_widths["status"] + 10  # "Live" and its heading

    header.resizeSection(name, 150)  # as a user's drag leaves it (saved with the window)
    window.close()
    again = make_window(db)
    again.show_page("catalog")
    page = again.pages["catalog"]
    qtbot.wait(20)
    assert page.table.horizontalHeader().sectionSize(name) == 150


@pytest.mark.parametrize("page_key", ["home", "catalog", "organizations", "contacts", "agreements",
                                      "service_levels"])
def test_every_page_fits_a_small_window(make_window: Any, demo_db: Any, qtbot: Any, page_key: str) -> None:
    """At 1024×700 no page makes the window wider or taller than the screen it was sized for."""
    window = make_window(demo_db)
    window.show_page(page_key)
    _small(window, qtbot)
    qtbot.waitUntil(lambda: window.width() == 1024)
    assert window.minimumSizeHint().width() <= 1024 and window.minimumSizeHint().height() <= 700
    assert (window.width(), window.height()) == (1024, 700)
