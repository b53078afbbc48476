"""Running a test in another language: the application's and Qt's catalogues and the locale."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from itsm_desktop.ui.languages import apply_locale, install_translators, remove_translators

LOCALES = {"de": "de_DE", "fr": "fr_FR", "en": "en_US"}


@contextmanager
def speaking(language: str) -> Iterator[str]:
    """The screens in ``language`` and its main locale (de_DE, fr_FR, en_US) for the block."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    translators = install_translators(app, language)
    assert language == "en" or len(translators) == 2, "the application's or Qt's catalogue did not load"
    apply_locale(language, QLocale(LOCALES[language]))
    try:
        yield language
    finally:
        remove_translators(app, translators)
        QLocale.setDefault(before)
