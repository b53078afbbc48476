"""The clause library window and the agreement's Clauses tab: a changed wording is a new
version and its history shows both; an agreement keeps its version until moved to the newest;
ticking and unticking a clause is one undo step each; a bad credit table is refused on its field."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidgetItem

from itsm_desktop.domain.clauses import ClauseForm
from itsm_desktop.domain.enums import AgreementKind, ClauseTopic
from itsm_desktop.services import clauses
from itsm_desktop.store import Database
from itsm_desktop.ui.agreements.clause_library import ClauseLibraryDialog
from itsm_desktop.ui.main_window import MainWindow


def open_library(main_window: MainWindow, qtbot: Any) -> ClauseLibraryDialog:
    dialog = ClauseLibraryDialog(main_window.ctx, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def liability(db: Database) -> Any:
    return clauses.create_clause(db, form=ClauseForm(
        topic=ClauseTopic.LIABILITY, title="Limits of liability", text="Neither party is liable for indirect loss.",
        default_for=[AgreementKind.SLA]))


def test_a_new_clause_and_a_new_wording_show_in_the_list_and_its_versions(
        main_window: MainWindow, qtbot: Any, db: Database) -> None:
    dialog = open_library(main_window, qtbot)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    dialog.topic.set_value(ClauseTopic.CONFIDENTIALITY)
    qtbot.keyClicks(dialog.title, "Confidential information")
    qtbot.keyClicks(dialog.text, "Each party keeps the other's information confidential.")
    dialog.kinds[AgreementKind.UC].setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.list.count() == 1
    assert dialog.list.item(0).text() == "Confidentiality: Confidential information\nversion 1 · default for UC"
    dialog.text.clear()
    qtbot.keyClicks(dialog.text, "Each party keeps the other's information confidential for three years.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.versions.rowCount() == 2
    assert [dialog.versions.item(row, 0).text() for row in range(2)] == ["2", "1"]
    dialog.versions.setCurrentCell(1, 0)
    assert dialog.version_text.toPlainText() == "Each party keeps the other's information confidential."
    stack = main_window.ctx.undo_stack
    assert stack.undoText() == "Edit clause ‘Confidential information’"
    stack.undo()  # the old wording again, as its next version
    assert [v.number for v in clauses.clause_history(db, clauses.list_clauses(db)[0].id)] == [3, 2, 1]
    assert dialog.text.text() == "Each party keeps the other's information confidential."


def test_a_service_credit_table_beyond_its_cap_is_refused_on_its_field(
        main_window: MainWindow, qtbot: Any, db: Database) -> None:
    dialog = open_library(main_window, qtbot)
    assert not dialog.credits.isVisibleTo(dialog)
    dialog.topic.set_value(ClauseTopic.SERVICE_CREDITS)
    assert dialog.credits.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.title, "Service credits")
    qtbot.keyClicks(dialog.text, "Credits for missed availability.")
    qtbot.mouseClick(dialog.add_step, Qt.MouseButton.LeftButton)
    dialog.credits.setItem(0, 0, QTableWidgetItem("Below target"))
    dialog.credits.setItem(0, 1, QTableWidgetItem("30"))
    qtbot.keyClicks(dialog.cap, "25")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    message = dialog.findChild(QLabel, "error_credit_cap_percent")
    assert message.isVisibleTo(dialog)
    assert message.text() == "The cap must be at least as large as every credit in the table."
    assert clauses.list_clauses(db) == []
    dialog.cap.clear()
    qtbot.keyClicks(dialog.cap, "30 %")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = clauses.load_clause(db, clauses.list_clauses(db)[0].id)[1]
    assert (saved.credits[0].credit_percent, saved.credit_cap_percent) == (Decimal("30"), Decimal("30"))


def test_the_clauses_tab_keeps_the_version_carried_until_moved_to_the_newest(
        main_window: MainWindow, qtbot: Any, make: Any, db: Database) -> None:
    clause = liability(db)
    agreement = make.agreement()
    loaded, form = clauses.load_clause(db, clause.id)
    form.text = "Neither party is liable for indirect or consequential loss."
    clauses.update_clause(db, clause_id=clause.id, version=loaded.version, form=form)
    main_window.show_page("agreements")
    page = main_window.pages["agreements"]
    page.model.reload()
    page.table.selectRow(page.model.row_of(agreement.id))
    tab = page.editor.clauses
    assert tab.list.item(0).text() == "Liability: Limits of liability · version 1 (version 2 is newer)"
    assert tab.update_button.isEnabled()

    qtbot.mouseClick(tab.update_button, Qt.MouseButton.LeftButton)

    assert [v.number for v in clauses.agreement_clauses(db, agreement.id)] == [2]
    assert tab.list.item(0).text() == "Liability: Limits of liability · version 2"
    tab.list.item(0).setCheckState(Qt.CheckState.Unchecked)  # as a click on its box does
    assert clauses.agreement_clauses(db, agreement.id) == []
    main_window.ctx.undo_stack.undo()
    assert [v.number for v in clauses.agreement_clauses(db, agreement.id)] == [2]
    main_window.ctx.undo_stack.undo()
    assert [v.number for v in clauses.agreement_clauses(db, agreement.id)] == [1]


def test_an_active_agreement_shows_its_clauses_without_letting_them_change(
        main_window: MainWindow, make: Any, db: Database) -> None:
    liability(db)
    agreement = make.active_agreement()
    main_window.show_page("agreements")
    page = main_window.pages["agreements"]
    page.model.reload()
    page.table.selectRow(page.model.row_of(agreement.id))
    tab = page.editor.clauses
    item = tab.list.item(0)
    assert item.checkState() == Qt.CheckState.Checked
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert tab.note.text() == "This agreement is no longer a draft: it keeps the clauses it was signed with."


def test_go_clause_library_and_the_clauses_tab_open_the_same_window(
        main_window: MainWindow, qtbot: Any, make: Any, db: Database) -> None:
    liability(db)
    main_window.window_actions.clause_library.trigger()
    library = main_window.findChild(ClauseLibraryDialog)
    assert library is not None and library.isVisible()
    assert library.list.item(0).text() == "Liability: Limits of liability\nversion 1 · default for SLA"
    agreement = make.agreement()
    main_window.show_page("agreements")
    page = main_window.pages["agreements"]
    page.model.reload()
    page.table.selectRow(page.model.row_of(agreement.id))
    qtbot.mouseClick(page.editor.clauses.library_button, Qt.MouseButton.LeftButton)
    assert main_window.findChildren(ClauseLibraryDialog) == [library]


def test_on_a_small_screen_the_clause_scrolls_and_no_field_is_squeezed_under_its_hint(
        main_window: MainWindow, qtbot: Any, db: Database) -> None:
    dialog = open_library(main_window, qtbot)
    dialog.resize(1024, 700)
    dialog.topic.set_value(ClauseTopic.SERVICE_CREDITS)
    qtbot.wait(20)
    table = dialog.credits
    hint = next(label for label in table.parentWidget().findChildren(QLabel) if "One row per step" in label.text())
    table_bottom = table.mapTo(dialog, table.rect().bottomLeft()).y()
    hint_top = hint.mapTo(dialog, hint.rect().topLeft()).y()
    assert table.height() >= table.minimumHeight() and hint_top > table_bottom
