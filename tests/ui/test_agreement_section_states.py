"""The Texts tab shows each section's state and lets the user mark an empty one not applicable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from test_agreement_editor import agreements_page

from itsm_desktop.domain.enums import AgreementStatus
from itsm_desktop.domain.forms import AGREEMENT_TEXT_FIELDS
from itsm_desktop.services import agreements
from itsm_desktop.ui.main_window import MainWindow


def test_marking_sections_not_applicable_with_the_keyboard_lets_the_agreement_go_to_review(
        main_window: MainWindow, qtbot: Any, make: Any, db: Any) -> None:
    written = {k: f"The {k} text." for k in AGREEMENT_TEXT_FIELDS if k not in ("limitations", "security")}
    agreement = make.agreement(title="Desk services", not_applicable=[], **written)
    page = agreements_page(main_window)
    page.show_record(agreement.id)
    texts = page.editor.texts
    page.editor.tabs.setCurrentWidget(texts)
    row = list(AGREEMENT_TEXT_FIELDS).index("limitations")
    assert texts.nav.item(row).text() == "Limitations and constraints (to be written)"
    assert texts.nav.item(0).text() == "Scope"

    page.editor.lifecycle.buttons["submit"].click()
    assert agreements.load_agreement(db, agreement.id).agreement.status is AgreementStatus.DRAFT
    refusal = page.editor.errors.general.text()
    assert "“Limitations and constraints”, “Security and data protection”" in refusal

    for key in ("limitations", "security"):
        texts.show_section(key)
        box = texts.not_applicable[key]
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
        assert box.isChecked()
        assert texts.edits[key].isReadOnly()  # untick to write: text and mark never disagree
    assert texts.nav.item(row).text() == "Limitations and constraints (not applicable)"
    main_window.window_actions.save.trigger()
    stored = agreements.load_agreement(db, agreement.id)
    assert stored.form.not_applicable == ["limitations", "security"]

    page.editor.lifecycle.buttons["submit"].click()
    assert agreements.load_agreement(db, agreement.id).agreement.status is AgreementStatus.IN_REVIEW


def test_a_written_section_cannot_be_marked_and_unmarking_brings_back_the_text_box(
        main_window: MainWindow, qtbot: Any, make: Any) -> None:
    agreement = make.agreement(scope="Every office.", not_applicable=["charges"])
    page = agreements_page(main_window)
    page.show_record(agreement.id)
    texts = page.editor.texts
    assert not texts.not_applicable["scope"].isEnabled()
    assert texts.not_applicable["charges"].isChecked()
    qtbot.mouseClick(texts.not_applicable["charges"], Qt.MouseButton.LeftButton)
    assert not texts.edits["charges"].isReadOnly()
    texts.show_section("charges")
    qtbot.keyClicks(texts.edits["charges"], "Free of charge.")
    assert not texts.not_applicable["charges"].isEnabled()
    assert texts.nav.item(list(AGREEMENT_TEXT_FIELDS).index("charges")).text() == "Charges"
