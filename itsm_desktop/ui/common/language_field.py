"""The choice of a document language (English, Deutsch, Français), each named in itself as
language choices are everywhere."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from itsm_desktop.domain.languages import DocumentLanguage

from .fields import ChoiceCombo


def language_combo(none_label: str | None = None, parent: QWidget | None = None) -> ChoiceCombo:
    """A combo of the document languages; its values are the language codes (``de``), and
    None for ``none_label`` when given."""
    combo = ChoiceCombo(none_label, parent)
    combo.setObjectName("document_language")
    combo.set_choices([(language.label, language.value) for language in DocumentLanguage])
    return combo
