"""PDF bytes as a ``QPdfDocument``, and the print settings kept in ``QSettings``."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QSettings
from PySide6.QtPdf import QPdfDocument

from itsm_desktop.services.printing import default_page_size

# the names of documents.layout.PAGE_SIZES, which loads reportlab: that waits until printing
PAGE_SIZES = ("A4", "Letter")

PAGE_SIZE_KEY = "print/page_size"
EXPORT_FOLDER_KEY = "export/folder"
PREVIEW_GEOMETRY_KEY = "print/preview_geometry"


def page_size_names() -> list[tuple[str, str]]:
    """The paper sizes documents can be rendered on: (setting value, label for the user)."""
    labels = {"A4": QCoreApplication.translate("Printing", "A4"),
              "Letter": QCoreApplication.translate("Printing", "US Letter")}
    return [(name, labels.get(name, name)) for name in PAGE_SIZES]


def page_size_setting(settings: QSettings) -> str:
    """The chosen paper size ("A4" or "Letter"); the locale's default until one is chosen."""
    value = settings.value(PAGE_SIZE_KEY, "")
    return value if isinstance(value, str) and value in PAGE_SIZES else default_page_size()


def set_page_size_setting(settings: QSettings, name: str) -> None:
    """Remember ``name`` as the paper size of printed documents."""
    if name not in PAGE_SIZES:
        raise ValueError(f"unknown page size {name!r}")
    settings.setValue(PAGE_SIZE_KEY, name)


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
