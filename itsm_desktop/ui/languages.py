"""The language of the screens: English, German or French, the system's unless chosen.

The application's catalogues (``resources/translations/itsm_desktop_<code>.qm``, built from
the ``.ts`` files by ``packaging/translations.py``) and Qt's own for its dialogs
(``qtbase_<code>.qm`` from PySide6) are installed at start; a language chosen in Preferences
is installed in their place at once (``use_language``) and the window built anew in it
(``language_switch``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from itsm_desktop.resources import resource_path

LANGUAGE_KEY = "appearance/language"
SYSTEM = ""  # the setting's value when the language follows the system
SOURCE_LANGUAGE = "en"
# The languages offered, each named in itself (a reader finds their own in any language).
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "fr": "Français"}
CATALOGUES = resource_path("translations")
CATALOGUE_NAME = "itsm_desktop"


def saved_language(settings: QSettings) -> str:
    """The language chosen in Preferences ("en", "de", "fr"), or ``SYSTEM``."""
    value = str(settings.value(LANGUAGE_KEY, SYSTEM) or SYSTEM)
    return value if value in LANGUAGES else SYSTEM


def save_language(settings: QSettings, language: str) -> None:
    settings.setValue(LANGUAGE_KEY, language if language in LANGUAGES else SYSTEM)


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's preferred languages that the application has; else English."""
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def effective_language(settings: QSettings) -> str:
    """The language the screens are shown in: the one chosen, else the system's."""
    return saved_language(settings) or system_language()


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale dates and numbers are written in under ``language``: the system's when it
    speaks that language (a Swiss German keeps "1'250.50"), else the language's main one."""
    system = system if system is not None else QLocale.system()
    if system.language() == QLocale.Language.C and language == SOURCE_LANGUAGE:
        return system  # no locale configured: ISO dates (see common.local_formats)
    code = system.name().split("_")[0]
    return system if code == language else QLocale(language if language in LANGUAGES else SOURCE_LANGUAGE)


def apply_locale(language: str, system: QLocale | None = None) -> QLocale:
    """Make the locale of ``language`` Qt's default (read by every field and list); it."""
    locale = locale_for(language, system)
    QLocale.setDefault(locale)
    return locale


def catalogue_path(language: str) -> Path:
    """The compiled catalogue of the application's strings in ``language``."""
    return CATALOGUES / f"{CATALOGUE_NAME}_{language}.qm"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the application's and Qt's catalogues for ``language``; those loaded.

    English needs none; a catalogue that is missing or lacks a string leaves that string in
    English (Qt falls back to the source text), never a raw key.
    """
    if language == SOURCE_LANGUAGE or language not in LANGUAGES:
        return []
    installed = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_folder),
                         (f"{CATALOGUE_NAME}_{language}", str(CATALOGUES))):
        translator = QTranslator(app)
        if translator.load(name, folder) and app.installTranslator(translator):
            installed.append(translator)
    return installed


_in_use: list[QTranslator] = []  # the catalogues ``use_language`` installed last


def use_language(app: QCoreApplication, language: str) -> QLocale:
    """Make ``language`` the language and locale of the screens, replacing the one in use
    (only texts made from now on are in it: windows are built anew to show it); the locale."""
    remove_translators(app, _in_use)
    _in_use[:] = install_translators(app, language)
    return apply_locale(language)


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo ``install_translators`` (tests switch languages within one process)."""
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
