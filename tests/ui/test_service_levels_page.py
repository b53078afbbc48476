"""The Service Levels page on the sample portfolio: heatmap, trend, drill-down, breach notes."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QColor
from ui_helpers import type_text

from itsm_desktop.domain.measurement.status import Status
from itsm_desktop.store import Database
from itsm_desktop.ui.common.background import BackgroundJob
from itsm_desktop.ui.common.dialogs import Answer
from itsm_desktop.ui.common.theme import apply_theme, contrast
from itsm_desktop.ui.main_window import MainWindow
from itsm_desktop.ui.service_levels.heatmap import CellRole, status_colour
from itsm_desktop.ui.service_levels.page import ServiceLevelsPage


def query(db: Database, text: str, *params: Any) -> list[tuple[Any, ...]]:
    """What is really in the file, read (or changed) on a separate connection."""
    with closing(sqlite3.connect(db.path)) as connection, connection:
        return connection.execute(text, params).fetchall()


def open_page(window: MainWindow) -> ServiceLevelsPage:
    assert window.show_page("service_levels")
    page = window.pages["service_levels"]
    assert isinstance(page, ServiceLevelsPage)
    return page


def find_cell(page: ServiceLevelsPage, status: Status) -> Any:
    model = page.model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            cell = model.index(row, column).data(CellRole)
            if cell is not None and cell.status is status:
                return model.index(row, column)
    raise AssertionError(f"no {status} cell")


def test_heatmap_shows_every_status_in_words_and_colour(make_window: Any, demo_db: Database, qtmodeltester: Any) -> None:
    page = open_page(make_window(demo_db))
    qtmodeltester.check(page.model)
    assert page.stack.currentWidget() is page.splitter
    assert page.model.rowCount() > 20 and page.model.columnCount() == 12
    texts = {}
    for status in (Status.MET, Status.AT_RISK, Status.BREACHED):
        index = find_cell(page, status)
        texts[status] = index.data(Qt.ItemDataRole.DisplayRole)
        assert index.data(Qt.ItemDataRole.BackgroundRole).color() == status_colour(status)
        assert status.label.lower().replace("_", " ") in index.data(Qt.ItemDataRole.ToolTipRole) \
            or "at risk" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert texts[Status.MET].startswith("✓") and texts[Status.AT_RISK].startswith("!")
    assert texts[Status.BREACHED].startswith("✗")
    header = page.model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)
    assert "·" in header  # agreement · target · service, kept in view while the months scroll
    assert "breached" in page.summary.text()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_status_colours_keep_the_text_readable_in_both_themes(make_window: Any, demo_db: Database,
                                                              theme: str, qtbot: Any) -> None:
    window = make_window(demo_db)
    apply_theme(theme)
    try:
        qtbot.wait(10)
        text = window.palette().color(window.palette().ColorRole.Text)
        for status in (Status.MET, Status.AT_RISK, Status.BREACHED):
            background = status_colour(status)
            assert isinstance(background, QColor)
            assert contrast(text, background) >= 4.5, (theme, status)
    finally:
        apply_theme("system")


def test_choosing_a_breach_shows_its_trend_and_the_records_behind_it(make_window: Any, demo_db: Database) -> None:
    page = open_page(make_window(demo_db))
    index = find_cell(page, Status.BREACHED)
    page.view.setCurrentIndex(index)
    target = page.model.target(index.row())
    assert page.trend.chart().title().startswith(target.name)
    assert page.trend.goal.count() == 2 and page.trend.goal.at(0).y() == target.line
    assert page.trend.achieved.count() >= 6
    page.tabs.setCurrentWidget(page.records)  # read when they come into view
    rows = [page.records.table.topLevelItem(n) for n in range(page.records.table.topLevelItemCount())]
    assert rows, page.records.summary.text()
    outcomes = {row.text(5) for row in rows}
    assert any(o.startswith(("Missed", "Counted as downtime")) for o in outcomes)
    if any(row.text(1) == "Outage" for row in rows):  # planned maintenance is listed, left out, with why
        assert any(o.startswith("Left out") and row.text(4) == "no" for row in rows for o in [row.text(5)])


def test_a_breach_note_is_saved_undone_and_kept_in_the_history(make_window: Any, demo_db: Database,
                                                                qtbot: Any) -> None:
    window = make_window(demo_db)
    page = open_page(window)
    index = find_cell(page, Status.BREACHED)
    page.view.setCurrentIndex(index)
    cell = index.data(CellRole)
    page.tabs.setCurrentWidget(page.note)
    assert page.note.cause.isEnabled() and not page.note.save.isEnabled()
    page.note.cause.setFocus()
    type_text(page.note.cause, "Storage controller failed")
    type_text(page.note.action, "Controller replaced; firmware alert added")
    qtbot.mouseClick(page.note.save, Qt.MouseButton.LeftButton)

    def stored() -> tuple[str, str]:
        rows = query(demo_db, "SELECT breach_cause, breach_action FROM achieved_value "
                     "WHERE target_id = ? AND period = ?", cell.target_id, cell.period)
        return rows[0][0], rows[0][1]

    assert stored() == ("Storage controller failed", "Controller replaced; firmware alert added")
    assert page.selected_cell() is not None and page.selected_cell().has_breach_note  # type: ignore[union-attr]
    assert page.view.currentIndex().data().endswith("✎")
    history = query(demo_db, "SELECT summary FROM history_entry WHERE entity = 'achieved_value' ORDER BY id DESC LIMIT 1")
    assert history[0][0].startswith("Noted cause and action")
    window.window_actions.undo.trigger()
    assert stored() == ("", "")
    window.window_actions.redo.trigger()
    assert stored()[0] == "Storage controller failed"


def test_a_met_value_takes_no_note(make_window: Any, demo_db: Database) -> None:
    page = open_page(make_window(demo_db))
    page.view.setCurrentIndex(find_cell(page, Status.MET))
    assert not page.note.cause.isEnabled() and not page.note.save.isEnabled()
    assert "not breached" in page.note.hint.text()


def test_filters_narrow_the_heatmap_to_one_agreement_and_months(make_window: Any, demo_db: Database) -> None:
    page = open_page(make_window(demo_db))
    every = page.model.rowCount()
    page.agreement.setCurrentIndex(page.agreement.findText("SLA-2025-004", Qt.MatchFlag.MatchStartsWith))
    assert 0 < page.model.rowCount() < every
    assert {page.model.target(r).agreement for r in range(page.model.rowCount())} == {"SLA-2025-004"}
    last = page.last.date()
    page.first.setDate(last.addMonths(-2))
    assert page.model.columnCount() == 3
    page.last.setDate(QDate(last.year() + 5, 3, 1))  # months with nothing stored
    page.first.setDate(QDate(last.year() + 5, 1, 1))
    assert page.stack.currentWidget() is page.empty
    assert page.empty.button("empty_compute") is not None


def test_an_empty_database_says_what_to_do(make_window: Any, db: Database) -> None:
    page = open_page(make_window(db))
    assert page.stack.currentWidget() is page.empty
    assert "active agreement" in page.empty.title.text().lower()
    assert page.empty.button("empty_agreements") is not None


def test_records_without_values_offer_to_compute_them(make_window: Any, demo_db: Database, qtbot: Any) -> None:
    query(demo_db, "DELETE FROM achieved_value")
    page = open_page(make_window(demo_db))
    assert page.stack.currentWidget() is page.empty
    button = page.empty.button("empty_compute")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.splitter, timeout=10_000)
    assert query(demo_db, "SELECT count(*) FROM achieved_value")[0][0] > 100


def test_home_lists_breaches_and_opens_them_on_the_service_levels_page(make_window: Any, demo_db: Database,
                                                                        qtbot: Any) -> None:
    month = datetime.now(UTC).strftime("%Y-%m")
    target_id = query(demo_db, "SELECT target_id FROM achieved_value WHERE period = ? AND value IS NOT NULL "
                               "ORDER BY target_id DESC", month)[0][0]
    query(demo_db, "UPDATE achieved_value SET status = 'breached' WHERE target_id = ? AND period = ?",
          target_id, month)
    window = make_window(demo_db)
    home = window.pages["home"]
    home.refresh()
    attention = home.attention  # type: ignore[attr-defined]
    found = [attention.topLevelItem(n) for n in range(attention.topLevelItemCount())
             if attention.topLevelItem(n).text(1).startswith("Breached in")]
    assert found, "no breach on the Home page"
    item = next(i for i in found if i.data(0, Qt.ItemDataRole.UserRole) == ("service_level_target", target_id))
    attention.itemActivated.emit(item, 0)
    assert window.page_key() == "service_levels"
    page = window.pages["service_levels"]
    assert isinstance(page, ServiceLevelsPage)
    current = page.view.currentIndex()
    assert page.model.target(current.row()).target_id == target_id


def test_importing_a_file_from_the_page_computes_and_shows_it(make_window: Any, demo_db: Database, qtbot: Any,
                                                             fake_dialogs: Any, tmp_path: Path) -> None:
    page = open_page(make_window(demo_db))
    path = tmp_path / "outages.csv"
    month = datetime.now(UTC).strftime("%Y-%m")
    path.write_text(f"Reference,Service,Start,End\nOUT-NEW-1,WMS,{month}-01 10:00,{month}-01 20:00\n",
                    encoding="utf-8")
    fake_dialogs.answer("open_file", path)
    page.import_button.menu().findChild(QAction, "import_outages").trigger()
    qtbot.waitUntil(lambda: any("Imported outages.csv" in t for t in fake_dialogs.texts("info")), timeout=10_000)
    assert query(demo_db, "SELECT count(*) FROM outage WHERE reference = 'OUT-NEW-1'")[0][0] == 1
    wms = next(t.target_id for t in page.board.targets
               if t.name == "Availability" and t.service == "Warehouse Management")

    def breached() -> bool:
        cell = page.board.cell(wms, month)
        return cell is not None and cell.status is Status.BREACHED and not BackgroundJob._running

    qtbot.waitUntil(breached, timeout=10_000)  # ten hours down: computed and shown at once


def test_computed_values_do_not_crowd_the_recently_changed_list(make_window: Any, demo_db: Database,
                                                                qtbot: Any) -> None:
    assert query(demo_db, "SELECT count(*) FROM history_entry WHERE entity = 'achieved_value'")[0][0] > 100
    window = make_window(demo_db)
    recent = window.pages["home"].recent  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: recent.topLevelItemCount() > 0)  # Home reads its lists once the window has painted
    texts = [recent.topLevelItem(n).text(1) for n in range(recent.topLevelItemCount())]
    assert texts and not any(t.startswith(("Computed", "Added")) for t in texts)


def test_a_note_being_written_is_not_lost_when_another_value_is_chosen(make_window: Any, demo_db: Database,
                                                                      fake_dialogs: Any) -> None:
    window = make_window(demo_db)
    page = open_page(window)
    breach = find_cell(page, Status.BREACHED)
    page.view.setCurrentIndex(breach)
    cell = breach.data(CellRole)
    type_text(page.note.cause, "Power cut")
    assert page.is_dirty()
    fake_dialogs.answer("ask_save_discard_cancel", Answer.CANCEL)
    page.view.setCurrentIndex(find_cell(page, Status.MET))
    assert page.view.currentIndex() == breach and page.note.cause.toPlainText() == "Power cut"
    fake_dialogs.answer("ask_save_discard_cancel", Answer.SAVE)
    assert window.show_page("home")  # leaving the page saves it, as chosen
    assert query(demo_db, "SELECT breach_cause FROM achieved_value WHERE target_id = ? AND period = ?",
                 cell.target_id, cell.period) == [("Power cut",)]
