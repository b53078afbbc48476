"""The window in German and French: menus, navigation, page headings and Preferences."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenuBar
from ui_helpers import FakeDialogs

from itsm_desktop.domain.enums import ServiceStatus
from itsm_desktop.store import Database
from itsm_desktop.ui.common.translate import label_of
from itsm_desktop.ui.languages import (
    LANGUAGES,
    SYSTEM,
    catalogue_path,
    effective_language,
    install_translators,
    remove_translators,
    save_language,
    saved_language,
    system_language,
)
from itsm_desktop.ui.main_window import MainWindow
from itsm_desktop.ui.preferences import PreferencesDialog

EXPECTED = {
    "de": {
        "menus": ["&Datei", "&Bearbeiten", "&Gehe zu", "&Hilfe"],
        "pages": ["Startseite", "Servicekatalog", "Organisationen", "Kontakte", "Vereinbarungen",
                  "Service-Level"],
        "catalog_search": "Services nach Code, Name, Anbieter, Owner, Lieferant suchen…",
        "new_service": "Service anlegen",
        "qt_button": "Abbrechen",
        "family_column": "Servicefamilie",
        "live": "Produktiv",
    },
    "fr": {
        "menus": ["&Fichier", "É&dition", "A&ller à", "&Aide"],
        "pages": ["Accueil", "Catalogue de services", "Organisations", "Contacts", "Accords",
                  "Niveaux de service"],
        "catalog_search": "Rechercher des services par code, nom, prestataire, propriétaire, fournisseur…",
        "new_service": "Créer : service",
        "qt_button": "Annuler",
        "family_column": "Famille",
        "live": "En production",
    },
}


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The application's and Qt's catalogues of the language, installed for one test."""
    code = request.param
    translators = install_translators(QApplication.instance(), code)  # type: ignore[arg-type]
    assert len(translators) == 2, "the application's or Qt's catalogue did not load"
    yield code
    remove_translators(QApplication.instance(), translators)  # type: ignore[arg-type]


def _visible_menus(window: MainWindow) -> list[str]:
    bar = window.findChild(QMenuBar)
    assert bar is not None
    return [action.text() for action in bar.actions() if action.isVisible()]


@pytest.mark.parametrize("language", ["de", "fr"], indirect=True)
def test_the_window_speaks_the_language(language: str, make_window: Any, db: Database) -> None:
    window = make_window(db)
    expected = EXPECTED[language]
    assert _visible_menus(window) == expected["menus"]
    navigation = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert navigation == expected["pages"]
    catalog = window.pages["catalog"]
    assert catalog.heading_label.text() == expected["pages"][1]
    assert catalog.search.placeholderText() == expected["catalog_search"]
    new_button = catalog.findChild(QAbstractButton, "placeholder_new")
    assert new_button is not None and new_button.text() == expected["new_service"]
    assert QApplication.translate("QPlatformTheme", "Cancel") == expected["qt_button"]
    header = catalog.table.model().headerData(2, Qt.Orientation.Horizontal)
    assert header == expected["family_column"]
    assert label_of(ServiceStatus.LIVE) == expected["live"]


@pytest.mark.parametrize("language", ["de", "fr"], indirect=True)
def test_preferences_in_the_language(language: str, tmp_path: Any, qtbot: Any) -> None:
    dialog = PreferencesDialog(7, tmp_path, None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == {"de": "Einstellungen", "fr": "Préférences"}[language]


def test_english_needs_no_catalogue_and_an_unknown_language_falls_back() -> None:
    app = QApplication.instance()
    assert install_translators(app, "en") == []  # type: ignore[arg-type]
    assert install_translators(app, "xx") == []  # type: ignore[arg-type]
    assert QApplication.translate("MainWindow", "&File") == "&File"


def test_every_offered_language_has_a_compiled_catalogue() -> None:
    for code in LANGUAGES:
        if code != "en":
            assert catalogue_path(code).is_file(), code


def test_the_system_language_is_followed_unless_one_is_chosen(settings: QSettings) -> None:
    assert system_language(QLocale("de_AT")) == "de"
    assert system_language(QLocale("fr_CA")) == "fr"
    assert system_language(QLocale("ja_JP")) == "en"
    assert saved_language(settings) == SYSTEM
    save_language(settings, "fr")
    assert effective_language(settings) == "fr"
    save_language(settings, "klingon")
    assert saved_language(settings) == SYSTEM


def test_preferences_choose_the_language_for_the_next_start(main_window: MainWindow,
                                                             fake_dialogs: FakeDialogs,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from itsm_desktop.ui import preferences

    def choose_german(_parent: Any, dialog: PreferencesDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("de"))
        return PreferencesDialog.DialogCode.Accepted.value

    monkeypatch.setattr(preferences.Dialogs, "run_dialog", staticmethod(choose_german))
    assert main_window.backups.edit_preferences()
    assert saved_language(main_window.ctx.settings) == "de"
