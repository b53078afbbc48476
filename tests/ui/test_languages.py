"""The window in German and French: menus, navigation, page headings and Preferences."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QMenuBar,
    QScrollArea,
    QTabBar,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from ui_helpers import FakeDialogs

from itsm_desktop.domain.enums import ServiceStatus
from itsm_desktop.services import catalog
from itsm_desktop.store import Database
from itsm_desktop.ui.common.dialogs import Answer
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
    use_language,
)
from itsm_desktop.ui.main_window import MainWindow
from itsm_desktop.ui.preferences import PreferencesDialog

EXPECTED = {
    "de": {
        "menus": ["&Datei", "&Bearbeiten", "&Gehe zu", "&Hilfe"],
        "pages": ["Startseite", "Servicekatalog", "Organisationen", "Kontakte", "Vereinbarungen",
                  "Service-Level"],
        "catalog_search": "Code, Name, Anbieter, Owner, Lieferant suchen…",
        "new_service": "Service anlegen",
        "qt_button": "Abbrechen",
        "family_column": "Servicefamilie",
        "live": "Produktiv",
    },
    "fr": {
        "menus": ["&Fichier", "É&dition", "A&ller à", "&Aide"],
        "pages": ["Accueil", "Catalogue de services", "Organisations", "Contacts", "Accords",
                  "Niveaux de service"],
        "catalog_search": "Code, nom, prestataire, propriétaire, fournisseur…",
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


def _choose(language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from itsm_desktop.ui import preferences

    def choose(_parent: Any, dialog: PreferencesDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        return PreferencesDialog.DialogCode.Accepted.value

    monkeypatch.setattr(preferences.Dialogs, "run_dialog", staticmethod(choose))


def _main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


@pytest.fixture
def back_to_english(qapp: Any) -> Iterator[None]:
    yield
    use_language(qapp, "en")
    QLocale.setDefault(QLocale.c())


def test_choosing_a_language_applies_it_at_once_keeping_the_page_record_and_size(
        main_window: MainWindow, fake_dialogs: FakeDialogs, monkeypatch: pytest.MonkeyPatch, make: Any,
        db: Database, qtbot: Any, back_to_english: None) -> None:
    service = make.service("MAIL", name="E-mail")
    assert main_window.show_page("catalog")
    page = main_window.pages["catalog"]
    page.model.reload()  # type: ignore[attr-defined]
    assert page.show_record(service.id)
    main_window.resize(1100, 720)
    page.editor.name.setText("Corporate E-mail")  # type: ignore[attr-defined]  # not saved yet
    fake_dialogs.answer("ask_save_discard_cancel", Answer.SAVE)
    _choose("de", monkeypatch)

    assert main_window.backups.edit_preferences()
    qtbot.waitUntil(lambda: _main_windows() and _main_windows()[0] is not main_window)
    [window] = _main_windows()
    qtbot.addWidget(window)
    assert saved_language(window.ctx.settings) == "de"
    assert window.ctx.db is db
    assert "ask_save_discard_cancel" in fake_dialogs.names()
    assert catalog.get_service(db, service.id).name == "Corporate E-mail"  # the edit was saved first
    assert _visible_menus(window) == EXPECTED["de"]["menus"]
    assert window.page_key() == "catalog"
    assert window.pages["catalog"].editor.record_id == service.id  # type: ignore[attr-defined]
    assert window.size() == main_window.size()
    assert QLocale().name() == "de_DE"


def test_cancelling_the_unsaved_question_keeps_the_window(
        main_window: MainWindow, fake_dialogs: FakeDialogs, monkeypatch: pytest.MonkeyPatch, make: Any,
        db: Database, qtbot: Any, back_to_english: None) -> None:
    service = make.service("MAIL", name="E-mail")
    assert main_window.show_page("catalog")
    page = main_window.pages["catalog"]
    page.model.reload()  # type: ignore[attr-defined]
    assert page.show_record(service.id)
    page.editor.name.setText("Corporate E-mail")  # type: ignore[attr-defined]
    fake_dialogs.answer("ask_save_discard_cancel", Answer.CANCEL)
    _choose("fr", monkeypatch)

    assert main_window.backups.edit_preferences()
    qtbot.waitUntil(lambda: "Corporate" not in main_window.statusBar().currentMessage()
                    and main_window.statusBar().currentMessage() != "")
    assert _main_windows() == [main_window]
    assert page.editor.name.text() == "Corporate E-mail"  # type: ignore[attr-defined]  # still there, unsaved
    assert "next time" in main_window.statusBar().currentMessage()
    assert _visible_menus(main_window)[0] == "&File"


def test_a_string_missing_from_a_catalogue_shows_in_english(qapp: Any, back_to_english: None) -> None:
    use_language(qapp, "de")
    assert QApplication.translate("MainWindow", "&File") == "&Datei"
    assert QApplication.translate("MainWindow", "A sentence no catalogue has") == "A sentence no catalogue has"
    use_language(qapp, "xx")  # a language the application does not have: English, never a key
    assert QApplication.translate("MainWindow", "&File") == "&File"


PAGE_HEADINGS = {
    "de": {"home": "Auf einen Blick", "catalog": "Servicekatalog", "organizations": "Organisationen",
           "contacts": "Kontakte", "agreements": "Vereinbarungen", "service_levels": "Service-Level"},
    "fr": {"home": "En un coup d’œil", "catalog": "Catalogue de services", "organizations": "Organisations",
           "contacts": "Contacts", "agreements": "Accords", "service_levels": "Niveaux de service"},
}


def _translations(language: str) -> dict[str, str]:
    """English source → translation of every message the catalogue words differently."""
    import xml.etree.ElementTree as ET

    found = {}
    for message in ET.parse(catalogue_path(language).with_suffix(".ts")).getroot().iter("message"):
        source, translation = message.findtext("source") or "", message.findtext("translation") or ""
        if translation.strip() and translation != source and "{" not in source:
            found[source.replace("&", "")] = translation
    return found


def _visible_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
    return [t.replace("&", "") for t in texts if t]


@pytest.mark.parametrize("language", ["de", "fr"], indirect=True)
def test_every_page_shows_its_texts_in_the_language(language: str, make_window: Any, demo_db: Database) -> None:
    """Each page in German and French: its heading, and no text left in English that the
    catalogue translates (a string shown without ``tr``, or translated too early)."""
    window = make_window(demo_db)
    english = _translations(language)
    for key, heading in PAGE_HEADINGS[language].items():
        assert window.show_page(key)
        page = window.pages[key]
        table = getattr(page, "table", None)
        if table is not None and table.model().rowCount():
            table.selectRow(0)  # the editor of the first record too
        assert heading in _visible_texts(page), key
        left_in_english = sorted({t for t in _visible_texts(window) if t in english})
        assert left_in_english == [], (key, left_in_english)


@pytest.mark.parametrize("language", ["de", "fr"], indirect=True)
@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_the_editors_fit_their_pane_in_the_language(language: str, size: tuple[int, int], make_window: Any,
                                                    demo_db: Database, qtbot: Any) -> None:
    """German and French words are longer: no editor tab of a page is wider than its pane
    (it would scroll sideways and cut its right edge off)."""
    window = make_window(demo_db)
    window.resize(*size)
    qtbot.wait(50)
    for key in ("catalog", "organizations", "contacts", "agreements"):
        assert window.show_page(key)
        page = window.pages[key]
        page.table.selectRow(0)  # type: ignore[attr-defined]
        scroll = page.findChild(QScrollArea, "editor_scroll")
        assert scroll is not None
        editor = page.editor  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda e=editor, s=scroll: e.width() <= s.viewport().width())
        tabs = editor.findChild(QTabWidget)
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            assert editor.minimumSizeHint().width() <= scroll.viewport().width(), (key, index)


def test_the_undo_history_survives_a_change_of_language_and_speaks_the_new_one(
        main_window: MainWindow, fake_dialogs: FakeDialogs, monkeypatch: pytest.MonkeyPatch, make: Any,
        db: Database, qtbot: Any, back_to_english: None) -> None:
    service = make.service("MAIL", name="E-mail")
    assert main_window.show_page("catalog")
    page = main_window.pages["catalog"]
    page.model.reload()  # type: ignore[attr-defined]
    assert page.show_record(service.id)
    page.editor.name.setText("Corporate E-mail")  # type: ignore[attr-defined]
    main_window.window_actions.save.trigger()
    assert catalog.get_service(db, service.id).name == "Corporate E-mail"
    assert main_window.window_actions.undo.text() == "&Undo Rename service ‘Corporate E-mail’"
    _choose("de", monkeypatch)

    assert main_window.backups.edit_preferences()
    qtbot.waitUntil(lambda: _main_windows() and _main_windows()[0] is not main_window)
    [window] = _main_windows()
    qtbot.addWidget(window)
    undo = window.window_actions.undo
    assert window.ctx.undo_stack.count() == 1
    assert window.ctx.undo_stack.undoText() == "Service „Corporate E-mail“ umbenennen"
    assert undo.isEnabled()
    assert undo.text() == "Service „Corporate E-mail“ umbenennen &rückgängig machen"

    undo.trigger()
    qtbot.waitUntil(lambda: catalog.get_service(db, service.id).name == "E-mail")
    assert window.pages["catalog"].editor.name.text() == "E-mail"  # type: ignore[attr-defined]
    assert window.window_actions.redo.isEnabled()
    assert "umbenennen" in window.window_actions.redo.text()


def _switch_to(language: str, window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> MainWindow:
    """Choose ``language`` in Preferences: the window built anew in it."""
    _choose(language, monkeypatch)
    assert window.backups.edit_preferences()
    qtbot.waitUntil(lambda: bool(_main_windows()) and _main_windows()[0] is not window)
    [fresh] = _main_windows()
    qtbot.addWidget(fresh)
    return fresh


def test_a_letterhead_step_is_named_in_the_new_language_and_still_undoes(
        main_window: MainWindow, fake_dialogs: FakeDialogs, monkeypatch: pytest.MonkeyPatch, make: Any,
        db: Database, qtbot: Any, back_to_english: None) -> None:
    from itsm_desktop.services import letterheads
    from itsm_desktop.ui.organizations.letterhead import LetterheadDialog

    org = make.internal("IT Services")
    dialog = LetterheadDialog(main_window.ctx, org.id, main_window)
    qtbot.addWidget(dialog)
    dialog.legal_name.setText("Northwind Logistics Ltd")
    dialog.save()
    assert letterheads.letterhead_form(db, org.id).version == 1
    assert main_window.ctx.undo_stack.undoText() == "Edit letterhead of organization ‘IT Services’"

    window = _switch_to("de", main_window, monkeypatch, qtbot)

    assert window.ctx.undo_stack.undoText() == "Briefkopf der Organisation „IT Services“ bearbeiten"
    window.window_actions.undo.trigger()
    qtbot.waitUntil(lambda: letterheads.letterhead_form(db, org.id).version is None)


def test_a_sign_in_names_step_is_named_in_the_new_language_and_still_undoes(
        main_window: MainWindow, fake_dialogs: FakeDialogs, monkeypatch: pytest.MonkeyPatch, make: Any,
        db: Database, qtbot: Any, back_to_english: None) -> None:
    from itsm_desktop.services import user_profiles

    person = make.contact(make.it, "Rajesh Patel")
    assert main_window.show_page("contacts")
    page = main_window.pages["contacts"]
    page.model.reload()  # type: ignore[attr-defined]
    assert page.show_record(person.id)
    assert page.editor.set_logins(["rpatel"])  # type: ignore[attr-defined]
    assert main_window.ctx.undo_stack.undoText() == "Change sign-in names of contact ‘Rajesh Patel’"

    window = _switch_to("fr", main_window, monkeypatch, qtbot)

    assert window.ctx.undo_stack.undoText() == "Modifier les identifiants de connexion de contact « Rajesh Patel »"
    window.window_actions.undo.trigger()
    qtbot.waitUntil(lambda: user_profiles.logins_of(db, person.id) == [])
    window.window_actions.redo.trigger()
    qtbot.waitUntil(lambda: user_profiles.logins_of(db, person.id) == ["rpatel"])
