"""The document language on screen: an organization's and an agreement's language fields, the
clause library's wording per language, and the warning before printing clauses in English."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from itsm_desktop.domain.clauses import ClauseForm
from itsm_desktop.domain.enums import AgreementKind, ClauseTopic
from itsm_desktop.services import agreements, clauses, stakeholders
from itsm_desktop.store import Database
from itsm_desktop.ui.agreements.clause_library import ClauseLibraryDialog
from itsm_desktop.ui.main_window import MainWindow
from itsm_desktop.ui.printing import PrintActions


def _liability(db: Database) -> Any:
    return clauses.create_clause(db, form=ClauseForm(
        topic=ClauseTopic.LIABILITY, title="Limits of liability", text="Neither party is liable for indirect loss.",
        default_for=[AgreementKind.SLA]))


def _shown(main_window: MainWindow, page_key: str, record_id: int) -> Any:
    """The page ``page_key`` with the record ``record_id`` chosen in its list."""
    main_window.show_page(page_key)
    page = main_window.pages[page_key]
    page.model.reload()
    page.table.selectRow(page.model.row_of(record_id))
    return page


def test_the_organization_editor_keeps_the_language_of_its_agreements(main_window: MainWindow, make: Any,
                                                                       db: Database) -> None:
    org = make.customer("Kunde GmbH")
    page = _shown(main_window, "organizations", org.id)
    assert page.editor.language.currentText() == "English"
    page.editor.language.set_value("de")
    main_window.window_actions.save.trigger()
    assert stakeholders.get_organization(db, org.id).language == "de"
    assert make.agreement(customers=[stakeholders.get_organization(db, org.id)]).language == "de"


def test_the_agreement_editor_shows_and_changes_its_language(main_window: MainWindow, make: Any,
                                                             db: Database) -> None:
    agreement = make.agreement(customers=[make.customer(language="fr")])
    page = _shown(main_window, "agreements", agreement.id)
    combo = page.editor.general.language
    assert combo.currentText() == "Français"
    combo.set_value("de")
    main_window.window_actions.save.trigger()
    assert agreements.load_agreement(db, agreement.id).form.language == "de"


def test_the_clause_library_writes_a_clause_in_each_language(main_window: MainWindow, qtbot: Any,
                                                             db: Database) -> None:
    clause = _liability(db)
    dialog = ClauseLibraryDialog(main_window.ctx, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Deutsch, Français" in dialog.missing_note.text()
    dialog.language.set_value("de")
    assert dialog.title.text() == "" and dialog.text.text() == ""
    qtbot.keyClicks(dialog.title, "Haftung")  # (typed keys: ASCII; the umlauts pasted)
    dialog.title.insert("sbeschränkung")
    dialog.text.insertPlainText("Keine Partei haftet für mittelbare Schäden.")
    dialog.language.set_value("en")  # the English is still there
    assert dialog.title.text() == "Limits of liability"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    _record, form = clauses.load_clause(db, clause.id)
    assert form.title == "Limits of liability"
    assert form.translations["de"].text == "Keine Partei haftet für mittelbare Schäden."
    assert [v.number for v in clauses.clause_history(db, clause.id)] == [2, 1]
    assert dialog.missing_note.text().startswith("No text yet in: Français.")


def test_printing_a_clause_without_its_translation_asks_first(main_window: MainWindow, make: Any, db: Database,
                                                              fake_dialogs: Any, qtbot: Any) -> None:
    _liability(db)
    agreement = make.agreement(customers=[make.customer(language="de")])
    page = _shown(main_window, "agreements", agreement.id)
    warning = page.editor.clauses.untranslated
    assert not warning.isHidden()
    assert "“Limits of liability”" in warning.text() and "Deutsch" in warning.text()

    actions = PrintActions(main_window.ctx, main_window)
    fake_dialogs.answer("confirm", False)
    assert actions.preview_agreement(agreement.id) is None  # nothing printed without a yes
    (name, args), = [call for call in fake_dialogs.calls if call[0] == "confirm"]
    assert "Limits of liability" in args[1] and "Deutsch" in args[1]

    fake_dialogs.answer("confirm", True)
    with qtbot.waitSignal(actions.preview_opened, timeout=20_000) as opened:
        assert actions.preview_agreement(agreement.id) is not None
    opened.args[0].close()
