"""Preview, Print… and Export PDF… as the main window offers them, on the sample portfolio."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QThreadPool
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from itsm_desktop.services.agreements import find_agreement
from itsm_desktop.services.demo import load_demo
from itsm_desktop.store import Database
from itsm_desktop.ui.main_window import MainWindow
from itsm_desktop.ui.printing import PreviewDialog, PrintDialogs
from itsm_desktop.ui.printing.pdf import PAGE_SIZE_KEY


@pytest.fixture
def window(make_window: Any, db: Database) -> Any:
    load_demo(db)
    main = make_window(db)
    main.settings.setValue(PAGE_SIZE_KEY, "A4")
    yield main
    QThreadPool.globalInstance().waitForDone(10_000)
    for preview in main.print_actions.previews():
        preview.close()


@pytest.fixture
def print_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The print dialog, cancelled; records the page count it was offered."""
    calls: list[int] = []

    def print_setup(_cls: type, _parent: QWidget | None, _printer: QPrinter, page_count: int,
                    **_kwargs: Any) -> bool:
        calls.append(page_count)
        return False

    monkeypatch.setattr(PrintDialogs, "print_setup", classmethod(print_setup))
    return calls


def show_agreement(window: MainWindow, db: Database, reference: str) -> int:
    agreement = find_agreement(db, reference)
    assert agreement.id is not None
    assert window.show_page("agreements")
    assert window.pages["agreements"].show_record(agreement.id)
    return agreement.id


def test_document_actions_in_the_file_menu_and_toolbar(window: MainWindow) -> None:
    a = window.window_actions
    # held: PySide6 before 6.11.2 invalidates a menu reached through a temporary action
    file_action = window.menuBar().actions()[0]
    file_menu = file_action.menu()
    assert {a.preview, a.print, a.export_pdf, a.catalog_report} <= set(file_menu.actions())
    assert {a.preview, a.print, a.export_pdf} <= set(window.toolbar.actions())
    assert a.print.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert [a.preview.text(), a.print.text(), a.export_pdf.text()] == [
        "Pre&view…", "&Print…", "&Export PDF…"]

    window.show_page("home")
    assert not a.print.isEnabled() and not a.preview.isEnabled()
    assert a.catalog_report.isEnabled()
    window.show_page("catalog")
    assert a.print.isEnabled() and a.preview.isEnabled() and a.export_pdf.isEnabled()
    window.show_page("agreements")
    assert not a.print.isEnabled()  # no agreement shown yet


def test_catalog_report_from_the_file_menu(window: MainWindow, qtbot: Any) -> None:
    with qtbot.waitSignal(window.print_actions.preview_opened, timeout=20_000) as blocker:
        window.window_actions.catalog_report.trigger()
    preview = blocker.args[0]
    assert isinstance(preview, PreviewDialog)
    assert preview.windowTitle().startswith("Service catalog")
    assert preview.page_count() > 1


def test_print_on_the_agreement_page(window: MainWindow, db: Database, qtbot: Any,
                                     print_calls: list[int]) -> None:
    show_agreement(window, db, "SLA-2025-004")
    assert window.window_actions.print.isEnabled()

    with qtbot.waitSignal(window.print_actions.printed, timeout=20_000) as blocker:
        window.window_actions.print.trigger()

    assert blocker.args == [0]  # the dialog was cancelled
    assert len(print_calls) == 1 and print_calls[0] > 1


def test_export_on_the_agreement_page(window: MainWindow, db: Database, qtbot: Any,
                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    show_agreement(window, db, "SLA-2025-004")
    suggested: list[Path] = []

    def save_pdf(_cls: type, _parent: QWidget | None, _title: str, path: Path) -> Path:
        suggested.append(path)
        return tmp_path / path.name

    monkeypatch.setattr(PrintDialogs, "save_pdf", classmethod(save_pdf))
    with qtbot.waitSignal(window.print_actions.exported, timeout=20_000) as blocker:
        window.window_actions.export_pdf.trigger()

    assert suggested[0].name == "SLA-2025-004 r2 - Warehouse & Distribution.pdf"
    assert blocker.args == [tmp_path / suggested[0].name]
    assert len(PdfReader(blocker.args[0]).pages) > 1


def test_preview_from_the_agreement_list_context_menu(window: MainWindow, db: Database,
                                                      qtbot: Any) -> None:
    show_agreement(window, db, "SLA-2025-004")
    page = window.pages["agreements"]
    row = page.table.currentIndex().row()
    position = page.table.visualRect(page.table.model().index(row, 0)).center()

    menu = page.document_menu(position)
    assert menu is not None
    assert [action.text() for action in menu.actions()] == ["Preview…", "Print…", "Export PDF…"]
    with qtbot.waitSignal(window.print_actions.preview_opened, timeout=20_000) as blocker:
        next(a for a in menu.actions() if a.objectName() == "menu_preview").trigger()
    menu.deleteLater()
    assert "SLA-2025-004 r2" in blocker.args[0].windowTitle()

    assert page.document_menu(QPoint(-5, -5)) is None  # not on a row: no menu
