"""Rendering documents in the background, and the print actions the windows offer.

A document takes a moment to lay out, so the work runs on a ``QThreadPool`` thread while the
window stays responsive; a progress dialog appears when it takes longer than a blink and
cancelling it discards the result. The services open their own database session in the
worker thread (the engine allows connections to be used from any thread).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

from itsm_desktop.domain.errors import ItsmError
from itsm_desktop.services import printing
from itsm_desktop.services.snapshots import agreement_snapshot
from itsm_desktop.store import Database
from itsm_desktop.ui.context import AppContext

from .dialogs import PrintDialogs
from .export import ask_export_path, export_error_text, write_pdf
from .pdf import load_pdf, page_size_setting, set_page_size_setting
from .preview import PreviewDialog
from .printer import print_document

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 300  # quick renders finish before a progress dialog would flash


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintActions", text)


@dataclass(frozen=True)
class RenderedPdf:
    """A rendered document: its bytes, a title for windows and print jobs, a file name."""

    data: bytes
    title: str
    file_name: str


class _Task(QRunnable):
    """Runs ``work`` on a pool thread and reports back through the job's signals."""

    def __init__(self, job: RenderJob, work: Callable[[], Any]) -> None:
        super().__init__()
        self._job = job
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except ItsmError as exc:
            self._job.worker_failed.emit(str(exc))
        except OSError as exc:
            self._job.worker_failed.emit(export_error_text(Path(exc.filename or ""), exc))
        except Exception as exc:  # a bug must reach the user as a message, not kill the thread
            log.exception("rendering a document failed")
            self._job.worker_failed.emit(
                _tr("The document could not be produced: {error}").format(error=exc))
        else:
            self._job.worker_done.emit(result)


class RenderJob(QObject):
    """One piece of background work with a progress dialog over ``parent_widget``.

    Exactly one of ``finished`` (the result), ``failed`` (a sentence for the user) or
    ``cancelled`` is emitted, in the GUI thread.
    """

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    worker_done = Signal(object)  # emitted from the pool thread
    worker_failed = Signal(str)  # emitted from the pool thread

    _running: ClassVar[set[RenderJob]] = set()  # kept alive until the worker has reported

    def __init__(self, work: Callable[[], Any], *, label: str, parent_widget: QWidget | None) -> None:
        super().__init__()
        self._work = work
        self._label = label
        self._parent_widget = parent_widget
        self._progress: QProgressDialog | None = None
        self._state = "new"
        self.worker_done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self.worker_failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        """Whether the work has started and nothing has been reported yet."""
        return self._state == "running"

    def start(self, pool: QThreadPool | None = None) -> RenderJob:
        """Start the work on ``pool`` (the global pool by default); returns self."""
        self._state = "running"
        RenderJob._running.add(self)
        QTimer.singleShot(PROGRESS_DELAY_MS, self, self._show_progress)
        (pool or QThreadPool.globalInstance()).start(_Task(self, self._work))
        return self

    @Slot()
    def cancel(self) -> None:
        """Stop waiting: the result, when it comes, is thrown away."""
        if self._state == "running":
            self._state = "cancelled"
            self._close_progress()
            self.cancelled.emit()

    @Slot()
    def _show_progress(self) -> None:
        if self._state != "running":
            return
        parent = self._parent_widget if shiboken6.isValid(self._parent_widget) else None
        dialog = QProgressDialog(self._label, _tr("Cancel"), 0, 0, parent)
        dialog.setObjectName("render_progress")
        dialog.setWindowTitle(_tr("Preparing document"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self._progress = dialog

    def _close_progress(self) -> None:
        dialog, self._progress = self._progress, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.canceled.disconnect(self.cancel)
            dialog.close()
            dialog.deleteLater()

    def _release(self) -> None:
        # Not deleted while Qt is still delivering this very event: let go once it is done.
        QTimer.singleShot(0, partial(RenderJob._running.discard, self))

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self._release()
        if self._state != "running":
            return
        self._state = "done"
        self._close_progress()
        self.finished.emit(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._release()
        if self._state != "running":
            return
        self._state = "failed"
        self._close_progress()
        self.failed.emit(message)


def render_agreement(db: Database, agreement_id: int, page_size: str) -> RenderedPdf:
    """The agreement as PDF, with its title and export file name (runs in a worker)."""
    snapshot = agreement_snapshot(db, agreement_id)
    data = printing.agreement_pdf(db, agreement_id, page_size=page_size)
    title = f"{snapshot.reference} r{snapshot.revision} · {snapshot.title}"
    return RenderedPdf(data, title, printing.default_file_name(db, agreement_id))


def render_catalog(db: Database, page_size: str, title: str) -> RenderedPdf:
    """The catalog report as PDF (runs in a worker)."""
    data = printing.catalog_pdf(db, page_size=page_size)
    return RenderedPdf(data, title, f"{title} {date.today().isoformat()}.pdf")


Source = Callable[[str], RenderedPdf]  # page size → rendered document


class PrintActions(QObject):
    """Preview, Print… and Export PDF… for agreements and the catalog report.

    Every method returns at once: the document renders in the background, then the preview,
    the print dialog or the file is produced. The methods return the ``RenderJob`` (or None
    when nothing was started), so callers and tests can follow it.
    """

    preview_opened = Signal(object)  # PreviewDialog
    printed = Signal(int)  # pages sent to the printer
    exported = Signal(object)  # Path of the written file

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

    def preview_agreement(self, agreement_id: int) -> RenderJob:
        """Render the agreement, then show it in a preview window."""
        return self._preview(self._agreement_source(agreement_id), self._agreement_label())

    def print_agreement(self, agreement_id: int) -> RenderJob:
        """Render the agreement, then open the print dialog."""
        return self._print(self._agreement_source(agreement_id), self._agreement_label())

    def export_agreement(self, agreement_id: int) -> RenderJob | None:
        """Ask where to save the agreement (good default name), then render and write it."""
        try:
            file_name = printing.default_file_name(self._ctx.db, agreement_id)
        except ItsmError as exc:
            PrintDialogs.error(self._parent_widget, _tr("Export PDF"), str(exc))
            return None
        return self._export(self._agreement_source(agreement_id), file_name, self._agreement_label())

    # --- catalog report --------------------------------------------------------------------

    def preview_catalog(self) -> RenderJob:
        """Render the catalog report, then show it in a preview window."""
        return self._preview(self._catalog_source(), self._catalog_label())

    def print_catalog(self) -> RenderJob:
        """Render the catalog report, then open the print dialog."""
        return self._print(self._catalog_source(), self._catalog_label())

    def export_catalog(self) -> RenderJob | None:
        """Ask where to save the catalog report, then render and write it."""
        title = _tr("Service catalog")
        return self._export(self._catalog_source(), f"{title} {date.today().isoformat()}.pdf",
                            self._catalog_label())

    # --- the flows -------------------------------------------------------------------------

    def _agreement_source(self, agreement_id: int) -> Source:
        db = self._ctx.db
        return lambda page_size: render_agreement(db, agreement_id, page_size)

    def _catalog_source(self) -> Source:
        db, title = self._ctx.db, _tr("Service catalog")
        return lambda page_size: render_catalog(db, page_size, title)

    @staticmethod
    def _agreement_label() -> str:
        return _tr("Preparing the agreement…")

    @staticmethod
    def _catalog_label() -> str:
        return _tr("Preparing the catalog report…")

    def _job(self, work: Callable[[], Any], label: str, title: str,
             parent: QWidget | None = None) -> RenderJob:
        widget = parent or self._parent_widget
        job = RenderJob(work, label=label, parent_widget=widget)
        job.failed.connect(lambda message: PrintDialogs.error(widget, title, message))
        return job

    def _preview(self, source: Source, label: str) -> RenderJob:
        page_size = self.page_size()
        job = self._job(lambda: source(page_size), label, _tr("Preview"))
        job.finished.connect(lambda rendered: self._open_preview(source, rendered, page_size))
        return job.start()

    def _open_preview(self, source: Source, rendered: RenderedPdf, page_size: str) -> None:
        if not shiboken6.isValid(self):
            return
        dialog = PreviewDialog(rendered.data, title=rendered.title, page_size=page_size,
                               settings=self._ctx.settings, parent=self._parent_widget)
        dialog.print_requested.connect(lambda: self._print_preview(dialog, rendered.title))
        dialog.export_requested.connect(lambda: self._export_preview(dialog, rendered.file_name))
        dialog.page_size_requested.connect(lambda name: self._render_again(dialog, source, name))
        self._previews.append(dialog)
        dialog.show()
        self.preview_opened.emit(dialog)

    def _render_again(self, dialog: PreviewDialog, source: Source, page_size: str) -> RenderJob:
        self.set_page_size(page_size)
        job = self._job(lambda: source(page_size), dialog.tr("Laying out the pages again…"),
                        _tr("Preview"), parent=dialog)

        def show(rendered: RenderedPdf) -> None:
            if shiboken6.isValid(dialog):
                dialog.set_pdf(rendered.data, page_size)

        def revert(*_args: object) -> None:
            if shiboken6.isValid(dialog):
                dialog.revert_page_size()

        job.finished.connect(show)
        job.failed.connect(revert)
        job.cancelled.connect(revert)
        return job.start()

    def _print_preview(self, dialog: PreviewDialog, title: str) -> None:
        pages = print_document(dialog, dialog.document, self.printer(), title=title,
                               current_page=dialog.current_page())
        self.printed.emit(pages)

    def _export_preview(self, dialog: PreviewDialog, file_name: str) -> None:
        path = ask_export_path(dialog, self._ctx.settings, file_name)
        if path is not None and write_pdf(dialog, path, dialog.pdf_data()):
            self.exported.emit(path)

    def _print(self, source: Source, label: str) -> RenderJob:
        page_size = self.page_size()
        job = self._job(lambda: source(page_size), label, _tr("Print"))
        job.finished.connect(self._print_rendered)
        return job.start()

    @Slot(object)
    def _print_rendered(self, rendered: RenderedPdf) -> None:
        if not shiboken6.isValid(self):
            return
        document = load_pdf(rendered.data, self)
        try:
            pages = print_document(self._parent_widget, document, self.printer(), title=rendered.title)
        finally:
            document.deleteLater()
        self.printed.emit(pages)

    def _export(self, source: Source, file_name: str, label: str) -> RenderJob | None:
        path = ask_export_path(self._parent_widget, self._ctx.settings, file_name)
        if path is None:
            return None
        page_size = self.page_size()

        def work() -> Path:
            return printing.write_file(path, source(page_size).data)

        job = self._job(work, label, _tr("Export PDF"))
        job.finished.connect(self.exported.emit)
        return job.start()
