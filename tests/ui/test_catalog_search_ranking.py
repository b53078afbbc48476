"""The catalog page lists what a search finds ranked: exact, then prefix matches of code and name,
then the rest, whichever column the table is sorted by; and finds services by related names."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt

from itsm_desktop.domain.forms import SupplierRow
from itsm_desktop.services import stakeholders
from itsm_desktop.ui.catalog.page import CatalogPage
from itsm_desktop.ui.main_window import MainWindow


def _page(window: MainWindow) -> CatalogPage:
    assert window.show_page("catalog")
    page = window.pages["catalog"]
    assert isinstance(page, CatalogPage)
    page.model.reload()
    return page


def _search(page: CatalogPage, qtbot: Any, text: str) -> list[str]:
    page.search.clear()
    qtbot.keyClicks(page.search, text)
    page.search.flush()
    page.model._complete()  # what the event loop does right after the first screen is painted
    model = page.table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _click_header(page: CatalogPage, qtbot: Any, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def header_order(page: CatalogPage) -> tuple[int, Qt.SortOrder]:
    header = page.table.horizontalHeader()
    return header.sortIndicatorSection(), header.sortIndicatorOrder()


def test_exact_and_prefix_matches_are_listed_first_in_any_sort(main_window: MainWindow, qtbot: Any,
                                                               make: Any) -> None:
    make.service("CRM", name="Customer relations", summary="Syncs the company directory")
    make.service("DIRECTORY", name="Staff directory")
    make.service("ADS", name="Directory services")
    make.service("BOOKS", name="Address books", description="Indirect lookups")
    page = _page(main_window)

    assert _search(page, qtbot, "direct") == ["ADS", "DIRECTORY", "BOOKS", "CRM"]
    assert _search(page, qtbot, "directory") == ["DIRECTORY", "ADS", "CRM"]

    _click_header(page, qtbot, 0)
    _click_header(page, qtbot, 0)
    assert header_order(page) == (0, Qt.SortOrder.DescendingOrder)  # by code, descending
    assert _search(page, qtbot, "direct") == ["DIRECTORY", "ADS", "CRM", "BOOKS"]
    _click_header(page, qtbot, 1)
    _click_header(page, qtbot, 1)
    assert header_order(page) == (1, Qt.SortOrder.DescendingOrder)  # by name, descending
    assert _search(page, qtbot, "direct") == ["DIRECTORY", "ADS", "CRM", "BOOKS"]
    assert _search(page, qtbot, "s") == ["DIRECTORY", "ADS", "CRM", "BOOKS"]  # "Staff…" first
    assert _search(page, qtbot, "staff directory") == ["DIRECTORY"]


def test_a_supplier_name_finds_the_services_it_supplies(main_window: MainWindow, qtbot: Any, make: Any) -> None:
    stratus = make.supplier("Stratus Cloud Ltd")
    make.service("MAIL", name="Corporate e-mail", suppliers=[SupplierRow(supplier_id=stratus.id)])
    make.service("WIFI", name="Wireless network")
    page = _page(main_window)
    assert _search(page, qtbot, "stratus") == ["MAIL"]
    assert main_window.rows_label.text() == "1 of 2 services"

    form = stakeholders.organization_form(stratus)
    form.name = "Cumulus Hosting"
    stakeholders.update_organization(main_window.ctx.db, organization_id=stratus.id, version=stratus.version,
                                     form=form)
    main_window.ctx.hub.changed.emit("organization", (stratus.id,))  # what saving it anywhere in the window announces
    assert _search(page, qtbot, "cumulus") == ["MAIL"]
    assert _search(page, qtbot, "stratus") == []
