"""Data entry: nothing typed is cut or changed without a word; the message is next to the field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from ui_helpers import FakeDialogs

from itsm_desktop.services import catalog
from itsm_desktop.store import Database
from itsm_desktop.ui.agreements.targets_model import VALUE, WARNING
from itsm_desktop.ui.common.editor import FieldErrors
from itsm_desktop.ui.common.fields import FormSection, RangeSpinBox, field_problems
from itsm_desktop.ui.main_window import MainWindow


def test_a_long_title_is_kept_as_typed_and_refused_with_a_message(
        main_window: MainWindow, make: Any, qtbot: Any, db: Database, fake_dialogs: FakeDialogs) -> None:
    service = make.service("A", name="Alpha")
    assert main_window.show_page("catalog")
    page = main_window.pages["catalog"]
    page.model.reload()
    page.table.selectRow(page.model.row_of(service.id))
    long_text = "x" * 5000
    summary = page.editor.summary
    summary.selectAll()
    QApplication.clipboard().setText(long_text)
    summary.paste()  # pasted, as a long text usually arrives
    assert summary.text() == long_text  # not cut to 300
    message = page.editor.errors.text("summary")
    assert message == "Too long: at most 300 characters, this has 5,000."
    qtbot.keyClick(summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert catalog.get_service(db, service.id).summary != long_text  # nothing half-saved
    assert page.editor.is_dirty()

    summary.setText("x" * 300)
    assert page.editor.errors.text("summary") == ""  # the message goes once the text fits


def test_a_number_out_of_range_stays_as_typed_and_says_so(qtbot: Any) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    errors = FieldErrors()
    section = FormSection(errors, parent=holder)
    spin = section.add("target", "Availability target", RangeSpinBox())
    spin.setRange(0, 100)
    spin.setSuffix(" %")
    holder.show()
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "150")
    assert spin.text() == "150 %" or spin.cleanText() == "150"  # not 15
    assert errors.text("target") == "150 is out of range: enter a number from 0 to 100."
    assert field_problems(holder) == {"target": "150 is out of range: enter a number from 0 to 100."}
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "99")
    assert spin.value() == 99 and errors.text("target") == "" and field_problems(holder) == {}


def test_a_target_typed_out_of_range_is_refused_with_a_message(main_window: MainWindow, qtbot: Any) -> None:
    assert main_window.show_page("agreements")
    page = main_window.pages["agreements"]
    main_window.window_actions.new.trigger()
    tab = page.editor.targets
    tab.add_target()  # availability, 99.5 %
    table = tab.table
    table.setCurrentIndex(tab.model.index(0, VALUE))

    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor.objectName() == "cell_number"

    def type_into_value(text: str) -> None:
        editor.lineEdit().selectAll()
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        QApplication.processEvents()  # the view commits a cell on Return after the key event

    type_into_value("150")
    assert tab.model.targets[0].value == 99.5  # neither 150 nor a silent 15
    assert page.editor.errors.text("targets") == (
        "Row 1: 150 is out of range: enter a number from 0 to 100. The value was not changed.")
    assert QApplication.focusWidget() is editor and editor.text() == "150 %"  # kept as typed

    type_into_value("99.9")
    assert tab.model.targets[0].value == 99.9
    assert page.editor.errors.text("targets") == ""

    table.setCurrentIndex(tab.model.index(0, WARNING))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    warning = QApplication.focusWidget()
    warning.lineEdit().selectAll()
    qtbot.keyClicks(warning, "250")
    qtbot.keyClick(warning, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert "250 is out of range" in page.editor.errors.text("targets")
    assert QApplication.focusWidget() is warning and warning.text() == "250 %"
    qtbot.keyClick(warning, Qt.Key.Key_Escape)  # gives up: the old value stays, the message goes
    QApplication.processEvents()
    assert tab.model.targets[0].warning_threshold is None or tab.model.targets[0].warning_threshold <= 100
    assert page.editor.errors.text("targets") == ""


def test_a_review_interval_out_of_range_is_kept_and_not_saved(main_window: MainWindow, qtbot: Any) -> None:
    assert main_window.show_page("agreements")
    page = main_window.pages["agreements"]
    main_window.window_actions.new.trigger()
    interval = page.editor.general.review_interval
    interval.setFocus()
    interval.lineEdit().selectAll()
    qtbot.keyClicks(interval, "150")
    assert interval.cleanText() == "150"  # not a silent 15
    assert page.editor.errors.text("review_interval_months") == (
        "150 is out of range: enter a number from 0 to 120.")
    qtbot.keyClick(interval, Qt.Key.Key_Tab)  # leaving the field keeps it too
    assert interval.cleanText() == "150" and not interval.hasFocus()
    qtbot.keyClick(interval, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.record_id is None and page.editor.is_dirty()  # nothing saved


def test_a_number_of_users_that_is_not_a_number_is_kept_and_refused(
        main_window: MainWindow, make: Any, qtbot: Any, db: Database) -> None:
    service = make.service("A", name="Alpha")
    assert main_window.show_page("catalog")
    page = main_window.pages["catalog"]
    page.model.reload()
    page.table.selectRow(page.model.row_of(service.id))
    consumers = page.editor.consumers
    consumers.add_button.click()
    users = [c.key for c in consumers.columns].index("users")
    consumers.table.setCurrentCell(0, users)
    qtbot.keyClick(consumers.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "12,500")  # every keystroke kept, the comma too
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert consumers.table.item(0, users).text() == "12,500"

    qtbot.keyClick(page.editor.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert "Row 1, Users: “12,500” is not a whole number from 0 to 10,000,000." in (
        page.editor.errors.text("consumers"))
    assert catalog.get_service(db, service.id).version == service.version and page.editor.is_dirty()


def test_the_length_message_writes_its_numbers_the_local_way(make_window: Any, make: Any, db: Database) -> None:
    from language_helpers import speaking

    service = make.service("A", name="Alpha")
    with speaking("de"):
        window = make_window(db)
        assert window.show_page("catalog")
        page = window.pages["catalog"]
        page.model.reload()
        page.table.selectRow(page.model.row_of(service.id))
        page.editor.summary.setText("x" * 5000)
        message = page.editor.errors.text("summary")
    assert message == "Zu lang: höchstens 300 Zeichen, dieser Text hat 5.000."
