"""PDF bytes as a ``QPdfDocument``, and the print settings kept in ``QSettings`` (paper size,
the catalog report's language, the export folder)."""

from __future__ import annotations

import os

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QObject,
    QSettings,
)
from PySide6.QtPdf import QPdfDocument

from itsm_desktop.domain.languages import DocumentLanguage
from itsm_desktop.services.printing import default_page_size

from ..languages import effective_language

# the names of documents.layout.PAGE_SIZES, which loads reportlab: that waits until printing
PAGE_SIZES = ("A4", "Letter")

PAGE_SIZE_KEY = "print/page_size"
EXPORT_FOLDER_KEY = "export/folder"
PREVIEW_GEOMETRY_KEY = "print/preview_geometry"
CATALOG_LANGUAGE_KEY = "print/catalog_language"


def page_size_names() -> list[tuple[str, str]]:
    """The paper sizes documents can be rendered on: (setting value, label for the user)."""
    labels = {"A4": QCoreApplication.translate("Printing", "A4"),
              "Letter": QCoreApplication.translate("Printing", "US Letter")}
    return [(name, labels.get(name, name)) for name in PAGE_SIZES]


def locale_page_size(locale: QLocale | None = None) -> str:
    """The paper of ``locale`` (the system's by default): Letter where it is the norm, else A4.

    Qt knows the US measurement system; the other Letter countries (Canada, Mexico, the
    Philippines …) come from the documents' list, as on the command line. A paper locale set
    apart (``LC_PAPER``) wins over the system's.
    """
    if locale is None and os.environ.get("LC_PAPER"):
        return default_page_size(os.environ["LC_PAPER"])
    locale = locale if locale is not None else QLocale.system()
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return "Letter"
    return default_page_size(locale.name())


def page_size_choice(settings: QSettings) -> str:
    """The paper chosen in Preferences: "A4", "Letter", or "" to follow the locale."""
    value = settings.value(PAGE_SIZE_KEY, "")
    return value if isinstance(value, str) and value in PAGE_SIZES else ""


def page_size_setting(settings: QSettings, locale: QLocale | None = None) -> str:
    """The paper documents are laid out for ("A4" or "Letter"): the chosen one, else the locale's."""
    return page_size_choice(settings) or locale_page_size(locale)


def set_page_size_setting(settings: QSettings, name: str) -> None:
    """Remember ``name`` as the paper size of printed documents ("" follows the locale again)."""
    if name and name not in PAGE_SIZES:
        raise ValueError(f"unknown page size {name!r}")
    if name:
        settings.setValue(PAGE_SIZE_KEY, name)
    else:
        settings.remove(PAGE_SIZE_KEY)


def catalog_language_setting(settings: QSettings) -> str:
    """The language the catalog report prints in ("en", "de", "fr"): the one last chosen for
    it, else the language of the screens."""
    value = settings.value(CATALOG_LANGUAGE_KEY, "")
    if isinstance(value, str) and value in {language.value for language in DocumentLanguage}:
        return value
    return DocumentLanguage.parse(effective_language(settings)).value


def set_catalog_language_setting(settings: QSettings, language: str) -> None:
    """Remember ``language`` for the catalog report (a code of ``DocumentLanguage``)."""
    settings.setValue(CATALOG_LANGUAGE_KEY, DocumentLanguage.parse(language).value)


def load_pdf(data: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A ``QPdfDocument`` reading ``data`` from memory.

    The buffer is a child of the document, so it lives exactly as long as the document reads
    from it. ``status()`` tells whether the bytes were a readable PDF.
    """
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    replace_pdf(document, data)
    return document


def replace_pdf(document: QPdfDocument, data: bytes) -> None:
    """Make ``document`` show ``data`` instead of what it showed before."""
    previous = document.findChildren(QBuffer)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    for old in previous:
        old.close()
        old.deleteLater()
