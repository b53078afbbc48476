"""The print actions the windows offer: preview, print and export documents.

A document takes a moment to lay out, so printing is a use case the operation runner runs on
a pool thread while the window stays responsive (a progress dialog appears when it takes
longer than a blink; cancelling it discards the result). One use case gives the PDF bytes,
the title and the file name from one snapshot of the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMainWindow, QWidget

from itsm_desktop.documents.progress import RenderCancelled
from itsm_desktop.domain.errors import ItsmError
from itsm_desktop.domain.languages import DocumentLanguage
from itsm_desktop.services import clauses, printing
from itsm_desktop.services.printing import PrintedDocument
from itsm_desktop.services.service_levels.printed import print_report
from itsm_desktop.ui.common.background import BackgroundJob, JobControl
from itsm_desktop.ui.common.context import AppContext
from itsm_desktop.ui.common.operations import Refusal

from ..common.translate import tr as _tr
from .dialogs import PrintDialogs
from .export import ask_export_path, write_pdf
from .pdf import (
    catalog_language_setting,
    load_pdf,
    page_size_setting,
    set_catalog_language_setting,
    set_page_size_setting,
)
from .preview import PreviewDialog
from .printer import print_document

Source = Callable[[str, JobControl], PrintedDocument | None]
"""page size, progress and cancel → the printed document (a use case); None when cancelled."""
SourceIn = Callable[[str], Source]
"""A document language code → the source of the document in that language."""


@dataclass
class _Shown:
    """What a preview shows: how it was rendered and the result (a new paper size or language
    replaces both)."""

    source: Source
    document: PrintedDocument


class PrintActions(QObject):
    """Preview, Print… and Export PDF… for agreements and the catalog report.

    Every method returns at once: the document renders in the background, then the preview,
    the print dialog or the file is produced. The methods return the ``BackgroundJob`` (or None
    when nothing was started), so callers and tests can follow it.
    """

    preview_opened = Signal(object)  # PreviewDialog
    printed = Signal(int)  # pages sent to the printer
    exported = Signal(object)  # Path of the written file
    print_note = Signal(str)  # how the last document was printed

    def __init__(self, ctx: AppContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._ctx = ctx
        self._parent_widget = parent_widget
        self._printer: QPrinter | None = None
        self._previews: list[PreviewDialog] = []
        ctx.hub.database_changed.connect(self.close_previews)

    # --- settings ------------------------------------------------------------------------

    def page_size(self) -> str:
        """The paper size documents are rendered for ("A4" or "Letter")."""
        return page_size_setting(self._ctx.settings)

    def set_page_size(self, name: str) -> None:
        """Render documents for paper ``name`` from now on."""
        set_page_size_setting(self._ctx.settings, name)

    def catalog_language(self) -> str:
        """The language the catalog report prints in: the last chosen, else the screens'."""
        return catalog_language_setting(self._ctx.settings)

    def set_catalog_language(self, language: str) -> None:
        """Print the catalog report in ``language`` from now on (chosen in its preview)."""
        set_catalog_language_setting(self._ctx.settings, language)

    def printer(self) -> QPrinter:
        """The printer of this window; it keeps the user's choices between print jobs."""
        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        return self._printer

    def previews(self) -> list[PreviewDialog]:
        """The preview windows open now."""
        self._previews = [p for p in self._previews if shiboken6.isValid(p) and p.isVisible()]
        return list(self._previews)

    @Slot()
    def close_previews(self) -> None:
        """Close every preview (another database was opened: they show the old one)."""
        for preview in self.previews():
            preview.close()

    # --- agreements ------------------------------------------------------------------------

    def preview_agreement(self, agreement_id: int) -> BackgroundJob | None:
        """Render the agreement, then show it in a preview window."""
        if not self._clauses_accepted(agreement_id):
            return None
        return self._preview(self._agreement_source(agreement_id), self._agreement_label())

    def print_agreement(self, agreement_id: int) -> BackgroundJob | None:
        """Render the agreement, then open the print dialog."""
        if not self._clauses_accepted(agreement_id):
            return None
        return self._print(self._agreement_source(agreement_id), self._agreement_label())

    def export_agreement(self, agreement_id: int) -> BackgroundJob | None:
        """Render the agreement, then ask where to save it (good default name) and write it."""
        if not self._clauses_accepted(agreement_id):
            return None
        return self._export(self._agreement_source(agreement_id), self._agreement_label())

    def _clauses_accepted(self, agreement_id: int) -> bool:
        """Whether to go on: every clause of the agreement has a text in its language, or the
        user agrees to print the others in English (never silently)."""
        try:
            missing = clauses.untranslated_clauses(self._ctx.db, agreement_id)
            language = clauses.agreement_language(self._ctx.db, agreement_id)
        except ItsmError:
            return True  # the rendering reports what is wrong with the agreement
        if not missing:
            return True
        return PrintDialogs.confirm_untranslated(self._parent_widget, missing,
                                                 DocumentLanguage.parse(language).label)

    # --- catalog report --------------------------------------------------------------------

    def preview_catalog(self) -> BackgroundJob:
        """Render the catalog report, then show it in a preview window (which offers its
        language)."""
        return self._preview(self._catalog_source(self.catalog_language()), self._catalog_label(),
                             languages=self._catalog_source)

    def print_catalog(self) -> BackgroundJob:
        """Render the catalog report in its language, then open the print dialog."""
        return self._print(self._catalog_source(self.catalog_language()), self._catalog_label())

    def export_catalog(self) -> BackgroundJob:
        """Render the catalog report in its language, then ask where to save it and write it."""
        return self._export(self._catalog_source(self.catalog_language()), self._catalog_label())

    # --- service level report ------------------------------------------------------------

    def preview_levels_report(self, agreement_id: int, period: str, language: str) -> BackgroundJob:
        """Render an agreement's service level report for ``period`` in ``language``, then show
        it in a preview window (which prints and exports it)."""
        db = self._ctx.db
        return self._preview(lambda page_size, _control: print_report(
            db, agreement_id=agreement_id, period=period, language=language, page_size=page_size),
            _tr("Preparing the service level report…"))

    # --- the flows -------------------------------------------------------------------------

    def _agreement_source(self, agreement_id: int) -> Source:
        db = self._ctx.db
        return lambda page_size, _control: printing.print_agreement(db, agreement_id, page_size=page_size)

    def _catalog_source(self, language: str) -> Source:
        """The catalog report in ``language``, streamed from the database with real progress;
        Cancel stops the work itself, not only the wait for it (a large catalog takes minutes)."""
        from itsm_desktop.documents.catalog_pdf import CATALOG_TITLE
        from itsm_desktop.documents.language import wording

        db = self._ctx.db
        title = wording(language).catalogue.gettext(CATALOG_TITLE)  # the window and file name too

        def source(page_size: str, control: JobControl) -> PrintedDocument | None:
            try:
                return printing.print_catalog(db, title=title, page_size=page_size, progress=control.report,
                                              cancelled=control.cancelled, language=language)
            except RenderCancelled:
                return None  # nobody waits for it any more

        return source

    @staticmethod
    def _agreement_label() -> str:
        return _tr("Preparing the agreement…")

    @staticmethod
    def _catalog_label() -> str:
        return _tr("Preparing the catalog report…")

    def _run(self, source: Source, label: str, title: str, on_done: Callable[[PrintedDocument], object],
             parent: QWidget | None = None) -> BackgroundJob:
        """Run the printing use case for the page size chosen now, off the GUI thread; its
        progress dialog shows the share done and its Cancel stops the work."""
        page_size = self.page_size()
        refusal = Refusal(parent or self._parent_widget, title, show_error=PrintDialogs.error)
        control = JobControl()

        def done(rendered: PrintedDocument | None) -> None:
            if rendered is not None:
                on_done(rendered)

        job = self._ctx.operations.start(lambda: source(page_size, control), refusal, label=label, on_done=done)
        job.follow(control)
        return job

    def _preview(self, source: Source, label: str, languages: SourceIn | None = None) -> BackgroundJob:
        """``languages``: how to render the document in another language, when the preview
        offers the choice."""
        page_size = self.page_size()
        language = self.catalog_language() if languages is not None else None
        return self._run(source, label, _tr("Preview"),
                         lambda rendered: self._open_preview(source, rendered, page_size, language, languages))

    def _open_preview(self, source: Source, rendered: PrintedDocument, page_size: str,
                      language: str | None, languages: SourceIn | None) -> None:
        if not shiboken6.isValid(self):
            return
        dialog = PreviewDialog(rendered.data, title=rendered.title, page_size=page_size, language=language,
                               settings=self._ctx.settings, parent=self._parent_widget)
        shown = _Shown(source, rendered)
        dialog.print_requested.connect(lambda: self._print_preview(dialog, shown.document.title))
        dialog.export_requested.connect(lambda: self._export_preview(dialog, shown.document.file_name))

        def paper(name: str) -> None:
            self.set_page_size(name)
            self._render_again(dialog, shown, name)

        def speak(code: str) -> None:
            assert languages is not None
            self.set_catalog_language(code)
            shown.source = languages(code)
            self._render_again(dialog, shown, dialog.page_size, code)

        dialog.page_size_requested.connect(paper)
        dialog.language_requested.connect(speak)
        self._previews.append(dialog)
        dialog.show()
        self.preview_opened.emit(dialog)

    def _render_again(self, dialog: PreviewDialog, shown: _Shown, page_size: str,
                      language: str | None = None) -> BackgroundJob:
        """Render the previewed document again for ``page_size`` (in ``language``)."""

        def show(rendered: PrintedDocument) -> None:
            if shiboken6.isValid(dialog):
                shown.document = rendered
                dialog.set_pdf(rendered.data, page_size, language)

        def revert(*_args: object) -> None:
            if shiboken6.isValid(dialog):
                dialog.revert_choices()

        job = self._run(shown.source, dialog.tr("Laying out the pages again…"), _tr("Preview"), show,
                        parent=dialog)
        for ended in (job.refused, job.failed, job.cancelled):
            ended.connect(revert)
        return job

    def _print_preview(self, dialog: PreviewDialog, title: str) -> None:
        pages = print_document(dialog, dialog.document, self.printer(), title=title,
                               current_page=dialog.current_page(), data=dialog.pdf_data(),
                               protect=self._ctx.db.local_files(), told=self._tell)
        self.printed.emit(pages)

    def _tell(self, note: str) -> None:
        """Say how the document was printed (vector PDF or images) in the window's status bar."""
        self.print_note.emit(note)
        if isinstance(self._parent_widget, QMainWindow):
            self._parent_widget.statusBar().showMessage(note, 10_000)

    def _export_preview(self, dialog: PreviewDialog, file_name: str) -> None:
        path = ask_export_path(dialog, self._ctx.settings, file_name)
        if path is not None and write_pdf(dialog, path, dialog.pdf_data(), self._ctx.db.local_files()):
            self.exported.emit(path)

    def _print(self, source: Source, label: str) -> BackgroundJob:
        return self._run(source, label, _tr("Print"), self._print_rendered)

    @Slot(object)
    def _print_rendered(self, rendered: PrintedDocument) -> None:
        if not shiboken6.isValid(self):
            return
        document = load_pdf(rendered.data, self)
        try:
            pages = print_document(self._parent_widget, document, self.printer(), title=rendered.title,
                                   data=rendered.data, protect=self._ctx.db.local_files(), told=self._tell)
        finally:
            document.deleteLater()
        self.printed.emit(pages)

    def _export(self, source: Source, label: str) -> BackgroundJob:
        return self._run(source, label, _tr("Export PDF"), self._save_rendered)

    def _save_rendered(self, rendered: PrintedDocument) -> None:
        if not shiboken6.isValid(self):
            return
        path = ask_export_path(self._parent_widget, self._ctx.settings, rendered.file_name)
        if path is not None and write_pdf(self._parent_widget, path, rendered.data, self._ctx.db.local_files()):
            self.exported.emit(path)
