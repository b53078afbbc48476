"""The blocking dialogs of printing and export, behind classmethods that tests replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from itsm_desktop.ui.common.dialogs import Dialogs

from ..common.translate import tr as _tr


class PrintDialogs:
    """The system print dialog, the save dialog for PDF files, and error messages."""

    @classmethod
    def print_setup(cls, parent: QWidget | None, printer: QPrinter, page_count: int, *,
                    current_page: bool = False) -> bool:
        """Let the user choose printer, page range and copies; False when cancelled.

        The choices are stored in ``printer`` (``pageRanges``, ``copyCount``, ``collateCopies``).
        """
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(_tr("Print"))
        options = QAbstractPrintDialog.PrintDialogOption
        dialog.setOption(options.PrintPageRange, True)
        dialog.setOption(options.PrintCollateCopies, True)
        dialog.setOption(options.PrintCurrentPage, current_page)
        dialog.setOption(options.PrintSelection, False)
        dialog.setMinMax(1, max(1, page_count))
        return dialog.exec() == QDialog.DialogCode.Accepted

    @classmethod
    def save_pdf(cls, parent: QWidget | None, title: str, suggested: Path) -> Path | None:
        """Choose where to save a PDF, starting from ``suggested``; None when cancelled.

        The dialog itself asks before replacing an existing file.
        """
        dialog = QFileDialog(parent, title, str(suggested.parent), _tr("PDF documents (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("pdf")  # added before the overwrite question, not after it
        dialog.selectFile(str(suggested))
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    @classmethod
    def confirm_untranslated(cls, parent: QWidget | None, clauses: list[str], language: str) -> bool:
        """Whether to print although these clauses have no text in the agreement's language
        (they print in English)."""
        names = "\n".join(f"• {name}" for name in clauses)
        return Dialogs.confirm(parent, _tr("Clauses without a translation"), _tr(
            "These standard clauses have no text in {language} yet:\n\n{names}\n\nTranslate them in "
            "the clause library (Go ▸ Clause Library…), or print them in English.").format(
            language=language, names=names), accept=_tr("Print Them in English"), destructive=True)

    @classmethod
    def error(cls, parent: QWidget | None, title: str, text: str) -> None:
        """Report a failed print or export as a sentence."""
        Dialogs.error(parent, title, text)
