"""Spreadsheets in the window: the import wizard as one undo step, list export, copying rows."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWizard
from ui_helpers import FakeDialogs

from itsm_desktop.services import catalog
from itsm_desktop.services.demo import load_demo
from itsm_desktop.services.exchange.importer import preview_file
from itsm_desktop.services.exchange.kinds import SERVICES
from itsm_desktop.store import Database
from itsm_desktop.ui.exchange import wizard as wizard_module
from itsm_desktop.ui.exchange.preview_model import PreviewModel
from itsm_desktop.ui.exchange.wizard import ImportWizard
from itsm_desktop.ui.main_window import MainWindow

ROWS = "Code;Name;Status;Depends on\r\nNEWB;New B;proposed;NEWA\r\nNEWA;New A;proposed;EMAIL\r\n"


@pytest.fixture
def demo_window(make_window: Any, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # remembered mappings
    load_demo(db)
    return make_window(db)


def drive(path: Path, *, finish: bool = True, seen: dict[str, Any] | None = None) -> Any:
    """A stand-in for running the wizard: fill the pages as a user would and press Import."""
    def run(_parent: Any, wizard: ImportWizard) -> int:
        wizard.show()
        wizard.source_page.kind.setCurrentIndex(wizard.source_page.kind.findData("services"))
        wizard.source_page.path.setText(str(path))
        wizard.next()
        assert wizard.currentPage() is wizard.mapping_page
        wizard.next()
        assert wizard.currentPage() is wizard.preview_page
        table = wizard.preview_page.rows.model()
        if seen is not None:
            seen["summary"] = wizard.preview_page.summary.text()
            seen["cells"] = {(table.index(r, 0).data(), table.headerData(c, Qt.Orientation.Horizontal)):
                             table.index(r, c).data(Qt.ItemDataRole.UserRole)
                             for r in range(table.rowCount()) for c in range(table.columnCount())}
            seen["finish"] = wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
        if finish and wizard.button(QWizard.WizardButton.FinishButton).isEnabled():
            wizard.button(QWizard.WizardButton.FinishButton).click()
        wizard.close()
        return 1
    return run


def test_import_wizard_commits_one_undo_step(demo_window: MainWindow, fake_dialogs: FakeDialogs,
                                             db: Database, tmp_path: Path) -> None:
    source = tmp_path / "new.csv"
    source.write_bytes(b"\xef\xbb\xbf" + ROWS.encode())
    seen: dict[str, Any] = {}
    fake_dialogs.answer("run_dialog", drive(source, seen=seen))
    demo_window.window_actions.import_data.trigger()
    assert seen["finish"] and seen["summary"].startswith("2 to create, 0 to update")
    new_b = catalog.find_service_by_code(db, "NEWB")
    new_a = catalog.find_service_by_code(db, "NEWA")
    assert new_b is not None and new_a is not None
    assert catalog.load_service(db, new_b.id).form.depends_on == [new_a.id]
    assert demo_window.window_actions.undo.text() == "&Undo Import 2 services"
    demo_window.window_actions.undo.trigger()
    assert catalog.find_service_by_code(db, "NEWB") is None and catalog.find_service_by_code(db, "NEWA") is None
    demo_window.window_actions.redo.trigger()
    assert catalog.find_service_by_code(db, "NEWB") is not None
    assert "error" not in fake_dialogs.names()


def test_a_preview_with_problems_cannot_be_imported(demo_window: MainWindow, fake_dialogs: FakeDialogs,
                                                   db: Database, tmp_path: Path) -> None:
    source = tmp_path / "bad.csv"
    source.write_text("Code,Name,Status\nBAD,Bad,sideways\n", encoding="utf-8")
    seen: dict[str, Any] = {}
    fake_dialogs.answer("run_dialog", drive(source, seen=seen))
    demo_window.window_actions.import_data.trigger()
    assert not seen["finish"]
    assert "is not one of" in seen["cells"][("2", "Status")]
    assert "in the file: 1 problem, marked in red" in seen["summary"]
    assert catalog.find_service_by_code(db, "BAD") is None
    assert not demo_window.window_actions.undo.isEnabled()


def test_export_the_list_as_shown_and_copy_rows(demo_window: MainWindow, fake_dialogs: FakeDialogs,
                                                qtbot: Any, tmp_path: Path) -> None:
    assert demo_window.show_page("catalog")
    page = demo_window.pages["catalog"]
    page.search.setText("mail")
    qtbot.waitUntil(lambda: page.model.search == "mail")
    target = tmp_path / "catalog.csv"
    fake_dialogs.answer("save_file", target)
    demo_window.window_actions.export_list.trigger()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        codes = [row[0] for row in csv.reader(handle)][1:]
    shown = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert codes == shown and codes
    page.table.selectRow(0)
    copy = page.table.findChild(type(demo_window.window_actions.undo), "action_copy_rows")
    copy.trigger()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t")[0] == "Code" and lines[1].split("\t")[0] == shown[0]


def test_export_the_history_a_panel_shows(demo_window: MainWindow, fake_dialogs: FakeDialogs, db: Database,
                                          tmp_path: Path) -> None:
    service = catalog.find_service_by_code(db, "EMAIL")
    assert service is not None and service.id is not None
    other = catalog.find_service_by_code(db, "VPN")
    assert other is not None and other.id is not None
    assert demo_window.show_page("catalog")
    page = demo_window.pages["catalog"]
    assert page.show_record(other.id)  # history of another record, not to be exported
    page.editor.name.setText(other.name + " (old)")
    demo_window.window_actions.save.trigger()
    assert page.show_record(service.id)
    for name in ("E-mail", "E-mail and calendar"):  # two entries, the newest listed first
        page.editor.name.setText(name)
        demo_window.window_actions.save.trigger()
    panel = page.editor.history_panel
    panel.refresh()
    shown = [panel.topLevelItem(i) for i in range(panel.topLevelItemCount())]
    assert len(shown) >= 2 and panel.export_action.isEnabled()
    target = tmp_path / "history.csv"
    fake_dialogs.answer("save_file", target)
    panel.findChild(type(demo_window.window_actions.undo), "action_export_history").trigger()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert header[:5] == ["When", "Who", "Record kind", "Record id", "Event"]
    assert len(rows) == len(shown)
    assert {(kind, record) for _w, _who, kind, record, *_rest in rows} == {("service", str(service.id))}
    assert [row[1] for row in rows] == [item.text(1) for item in shown]
    assert rows[0][4] == "updated" and "E-mail and calendar" in rows[0][6]
    assert [row[0][:16] for row in rows] == [item.text(0)[:16] for item in shown]


def test_reading_a_large_file_shows_progress_and_stops_on_cancel(demo_window: MainWindow, qtbot: Any,
                                                                 tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wizard_module, "PROGRESS_DELAY_MS", 0)  # however fast this machine reads
    source = tmp_path / "large.csv"
    source.write_text("Code,Name\n" + "".join(f"BIG{i},Big service {i}\n" for i in range(60_000)),
                      encoding="utf-8")
    wizard = ImportWizard(demo_window.ctx, demo_window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.source_page.path.setText(str(source))
    pressed: list[bool] = []

    def press_cancel() -> None:  # as the user would, once the dialog is up
        dialog = wizard.findChild(QProgressDialog, "import_progress")
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, press_cancel)
            return
        qtbot.mouseClick(next(b for b in dialog.findChildren(QPushButton)), Qt.MouseButton.LeftButton)
        pressed.append(True)

    QTimer.singleShot(0, press_cancel)
    wizard.next()

    assert pressed
    assert wizard.currentPage() is wizard.source_page
    assert wizard.source_page.message.text() == "Reading large.csv was stopped."
    assert wizard.table is None


def test_the_preview_model_marks_problem_cells_and_passes_the_model_tester(
        demo_window: MainWindow, qtmodeltester: Any, tmp_path: Path) -> None:
    source = tmp_path / "bad.csv"
    source.write_text("Code;Name;Status\r\nOK1;Fine;proposed\r\nBAD1;Broken;sideways\r\n", encoding="utf-8")
    model = PreviewModel()
    qtmodeltester.check(model)  # stays connected: the reset below is checked too
    model.set_preview(preview_file(demo_window.ctx.db, SERVICES, source))
    status = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index("Status")
    assert model.index(1, 0).data() == "3" and model.index(1, status).data() == "sideways"
    assert "is not one of" in model.index(1, status).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, status).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, status).data(Qt.ItemDataRole.BackgroundRole) is None
