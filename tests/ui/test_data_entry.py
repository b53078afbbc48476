"""Data entry: nothing typed is cut or changed without a word; the message is next to the field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from ui_helpers import FakeDialogs

from itsm_desktop.services import catalog
from itsm_desktop.store import Database
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
