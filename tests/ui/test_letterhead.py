"""The letterhead dialog of an organization: a logo chosen as a file, drawn when it is an SVG;
a file that cannot be a logo or a wrong colour says so beside its field and changes nothing;
saving is one undo step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from itsm_desktop.domain.letterhead import PNG, SVG
from itsm_desktop.services import letterheads
from itsm_desktop.store import Database
from itsm_desktop.ui.main_window import MainWindow
from itsm_desktop.ui.organizations.letterhead import LetterheadDialog
from tests.images import png, svg

SAMPLE_LOGO = Path(__file__).resolve().parents[2] / "itsm_desktop/resources/sample/northwind-logo.svg"


def open_dialog(main_window: MainWindow, qtbot: Any, organization_id: int) -> LetterheadDialog:
    dialog = LetterheadDialog(main_window.ctx, organization_id, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click_save(qtbot: Any, dialog: LetterheadDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox, "buttons")
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def field_message(dialog: LetterheadDialog, key: str) -> str:
    label = dialog.findChild(QLabel, f"error_{key}")
    return label.text() if label is not None and label.isVisibleTo(dialog) else ""


def test_the_organization_editor_edits_its_letterhead_with_an_svg_logo_in_one_undo_step(
        main_window: MainWindow, qtbot: Any, make: Any, db: Database, fake_dialogs: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_PAPER", "en_GB.UTF-8")  # a new letterhead takes the locale's paper
    org = make.internal("IT Services", address="14 Riverside Walk, London")
    main_window.show_page("organizations")
    page = main_window.pages["organizations"]
    page.model.reload()
    page.table.selectRow(page.model.row_of(org.id))
    editor = page.editor
    assert editor.letterhead_summary.text() == "None yet: its documents print its name only."

    def fill(ctx: Any, parent: Any, organization_id: int) -> bool:
        dialog = open_dialog(main_window, qtbot, organization_id)
        assert dialog.legal_name.text() == "IT Services"  # it starts from the organization
        assert dialog.paper_size.value() == "A4"
        dialog.legal_name.clear()
        qtbot.keyClicks(dialog.legal_name, "Northwind Logistics Ltd")
        qtbot.keyClicks(dialog.registration, "Company no. 04567123")
        qtbot.keyClicks(dialog.primary_colour, "#1F3A5F")
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        assert dialog.logo_preview.pixmap().height() == 64
        click_save(qtbot, dialog)
        return dialog.result() == LetterheadDialog.DialogCode.Accepted

    fake_dialogs.answer("edit", fill)
    fake_dialogs.answer("choose_logo", SAMPLE_LOGO)
    qtbot.mouseClick(editor.letterhead_button, Qt.MouseButton.LeftButton)

    saved = letterheads.letterhead_form(db, org.id)
    assert saved.version == 1
    assert (saved.form.legal_name, saved.form.registration, saved.form.primary_colour) == (
        "Northwind Logistics Ltd", "Company no. 04567123", "#1F3A5F")
    assert saved.form.logo is not None and saved.form.logo.media_type == SVG
    assert saved.form.logo.source == SAMPLE_LOGO.read_bytes()
    assert saved.form.logo.printable.startswith(b"\x89PNG")
    assert editor.letterhead_summary.text() == "Northwind Logistics Ltd · SVG logo, 1 kB · A4"
    stack = main_window.ctx.undo_stack
    assert stack.undoText() == "Edit letterhead of organization ‘IT Services’"

    stack.undo()
    assert letterheads.letterhead_form(db, org.id).version is None
    assert editor.letterhead_summary.text() == "None yet: its documents print its name only."
    stack.redo()
    assert letterheads.letterhead_form(db, org.id).form == saved.form


@pytest.mark.parametrize(("content", "message"), [
    (b"GIF89a not what we take", "The logo must be an SVG or PNG image; this file is neither."),
    (svg('<image href="https://cdn.example/logo.png" width="4" height="4"/>'),
     "The SVG logo refers to “https://cdn.example/logo.png” outside the file"),
    (png(5000, 10), "The logo is 5,000 × 10 pixels"),
    (png(4, 4) + b"\0" * 1_100_000, "The logo file is 1.1 MB; use one of at most 1 MB."),
])
def test_a_file_that_cannot_be_a_logo_is_explained_under_the_field_and_keeps_the_logo(
        main_window: MainWindow, qtbot: Any, make: Any, db: Database, tmp_path: Path, fake_dialogs: Any,
        content: bytes, message: str) -> None:
    org = make.internal("IT Services")
    good = tmp_path / "good.png"
    good.write_bytes(png(90, 30))
    bad = tmp_path / "bad-logo"
    bad.write_bytes(content)
    dialog = open_dialog(main_window, qtbot, org.id)
    assert dialog.take_logo_file(good)
    before = dialog.logo

    fake_dialogs.answer("choose_logo", bad)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)

    assert message in field_message(dialog, "logo")
    assert dialog.logo is before
    click_save(qtbot, dialog)
    kept = letterheads.letterhead_form(db, org.id).form.logo
    assert kept is not None and (kept.media_type, kept.source) == (PNG, good.read_bytes())


def test_a_wrong_colour_is_refused_beside_its_field_and_nothing_is_saved(
        main_window: MainWindow, qtbot: Any, make: Any, db: Database) -> None:
    org = make.internal("IT Services")
    dialog = open_dialog(main_window, qtbot, org.id)
    qtbot.keyClicks(dialog.accent_colour, "teal")

    click_save(qtbot, dialog)

    assert field_message(dialog, "accent_colour") == "The accent colour must be written like #1F4E79 (or left empty)."
    assert dialog.isVisible()
    assert letterheads.letterhead_form(db, org.id).version is None
    assert main_window.ctx.undo_stack.count() == 0


def test_a_new_letterhead_is_on_letter_paper_where_the_locale_says_so(
        main_window: MainWindow, qtbot: Any, make: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_PAPER", "en_US.UTF-8")
    dialog = open_dialog(main_window, qtbot, make.internal("IT Services").id)
    assert dialog.paper_size.value() == "Letter"
