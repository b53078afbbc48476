"""Printing a PDF through ``QPrinter``: every page rendered at the printer's resolution.

Qt cannot hand PDF pages to a printer as vector graphics, so each page is rasterised by
PDFium (``QPdfDocument.render``) at the printer's resolution (capped, to bound the memory one
page takes) and painted onto the printer. Page range, page order and copies follow the
choices made in the print dialog; copies are made here when the printer cannot make them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

from itsm_desktop.domain.errors import ItsmError
from itsm_desktop.services.printing import write_file

from ..common.messages import say_error
from ..common.translate import tr as _tr
from .dialogs import PrintDialogs
from .routes import Route, print_service, print_service_command, route_for, send_to_print_service

# 600 dpi is what office laser printers print at; an A4 page at this resolution is ~140 MB.
MAX_RENDER_DPI = 600
POINTS_PER_INCH = 72.0

Progress = Callable[[int, int], bool]


class PrintError(Exception):
    """Printing could not start or a page could not be rendered; the message is for the user."""


def selected_pages(page_count: int, printer: QPrinter, current_page: int = 0) -> list[int]:
    """The pages (0-based) the print dialog asked for, in the order they come out of the printer.

    A page range (``pageRanges``, also set by ``setFromTo``) limits the pages; "current page"
    prints ``current_page`` only. Pages beyond the document are ignored.
    """
    if printer.printRange() == QPrinter.PrintRange.CurrentPage:
        pages = [current_page] if 0 <= current_page < page_count else []
    else:
        ranges = printer.pageRanges()
        if ranges.isEmpty():
            pages = list(range(page_count))
        else:
            pages = [p for p in range(page_count) if ranges.contains(p + 1)]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    return pages


def print_sequence(page_count: int, printer: QPrinter, current_page: int = 0) -> list[int]:
    """Every page to paint, copies included, in printing order.

    A printer that makes copies itself gets each page once; otherwise the copies are repeated
    here, as whole documents when collating ("1 2 3, 1 2 3") or page by page ("1 1, 2 2, 3 3").
    """
    pages = selected_pages(page_count, printer, current_page)
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if copies == 1:
        return pages
    if printer.collateCopies():
        return pages * copies
    return [page for page in pages for _ in range(copies)]


def page_format(size_points: QSizeF) -> tuple[QPageSize, QPageLayout.Orientation]:
    """The paper (a standard size when it is one, e.g. A4) and orientation of a PDF page."""
    width, height = size_points.width(), size_points.height()
    portrait = QSizeF(min(width, height), max(width, height))
    paper = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (QPageLayout.Orientation.Landscape if width > height
                   else QPageLayout.Orientation.Portrait)
    return paper, orientation


def prepare_printer(printer: QPrinter, document: QPdfDocument, title: str) -> None:
    """Name the print job and preset the paper of the document's first page, without margins.

    The PDF pages carry their own margins; the printer's unprintable border only clips what
    lies inside it.
    """
    printer.setDocName(title)
    printer.setFullPage(True)
    if document.pageCount() > 0:
        paper, orientation = page_format(document.pagePointSize(0))
        printer.setPageLayout(QPageLayout(paper, orientation, QMarginsF(0, 0, 0, 0)))


def render_size(size_points: QSizeF, dpi: float) -> QSize:
    """The pixel size of a page of ``size_points`` at ``dpi`` (the render resolution is capped)."""
    scale = min(dpi, MAX_RENDER_DPI) / POINTS_PER_INCH
    return QSize(max(1, round(size_points.width() * scale)),
                 max(1, round(size_points.height() * scale)))


def render_page(document: QPdfDocument, page: int, dpi: float) -> QImage:
    """Page ``page`` as an opaque image at ``dpi``: PDFium leaves the paper transparent."""
    image = document.render(page, render_size(document.pagePointSize(page), dpi))
    if image.isNull():
        raise PrintError(_tr("Page {page} could not be rendered for printing.").format(page=page + 1))
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
    painter.fillRect(image.rect(), Qt.GlobalColor.white)
    painter.end()
    image.convertTo(QImage.Format.Format_RGB32)
    return image


def _target_rect(printer: QPrinter, size_points: QSizeF) -> QRectF:
    """Where a page goes on the paper, in device pixels: true size, shrunk to fit, centred."""
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    scale = printer.resolution() / POINTS_PER_INCH
    width, height = size_points.width() * scale, size_points.height() * scale
    fit = min(1.0, paper.width() / width, paper.height() / height)
    width, height = width * fit, height * fit
    return QRectF(paper.x() + (paper.width() - width) / 2,
                  paper.y() + (paper.height() - height) / 2, width, height)


def print_pdf(document: QPdfDocument, printer: QPrinter, *, current_page: int = 0,
              follow_document_paper: bool = True, progress: Progress | None = None) -> int:
    """Paint the chosen pages of ``document`` onto ``printer``; returns how many were painted.

    With ``follow_document_paper`` each sheet takes the paper size of its PDF page; otherwise
    the paper chosen in the print dialog is kept and pages are scaled to fit it. The
    orientation always follows the page. ``progress(done, total)`` is called before each page
    and stops the job (``printer.abort()``) by returning False.
    """
    sequence = print_sequence(document.pageCount(), printer, current_page)
    if not sequence:
        return 0
    _check_output_file(printer)
    printer.setFullPage(True)
    _set_paper(printer, document.pagePointSize(sequence[0]), follow_document_paper)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(_tr("The printer could not be started. Check that it is available "
                             "and that the output file can be written."))
    done = 0
    try:
        for index, page in enumerate(sequence):
            if progress is not None and not progress(done, len(sequence)):
                printer.abort()
                break
            size = document.pagePointSize(page)
            if index:
                _set_paper(printer, size, follow_document_paper)
                if not printer.newPage():
                    raise PrintError(_tr("The printer stopped accepting pages."))
            image = render_page(document, page, printer.resolution())
            painter.drawImage(_target_rect(printer, size), image)
            done += 1
    finally:
        painter.end()
    return done


def _send_pdf(printer: QPrinter, data: bytes, route: Route, *, title: str, current_page: int | None,
              protect: Sequence[Path]) -> None:
    """Write the PDF to the printer's file, or hand it to the print service; ``PrintError``."""
    if route == Route.PDF_FILE:
        _check_output_file(printer)
        name = printer.outputFileName()
        try:
            write_file(Path(name), data, protect=protect)
        except (ItsmError, OSError) as exc:
            raise PrintError(_tr("Cannot print to {file}: {reason}").format(file=name, reason=say_error(exc))) from exc
        return
    command = print_service()
    assert command is not None, "the route was chosen because the print service is there"
    try:
        send_to_print_service(print_service_command(command, printer.printerName(), printer, title=title,
                                                    current_page=current_page), data)
    except OSError as exc:
        raise PrintError(_tr("The printer {printer} did not take the document: {reason}").format(
            printer=printer.printerName(), reason=exc)) from exc


def _check_output_file(printer: QPrinter) -> None:
    """Printing to a file ("Print to PDF"): say plainly when its folder cannot take it."""
    name = printer.outputFileName()
    if not name:
        return
    folder = Path(name).expanduser().parent
    if not folder.is_dir():
        raise PrintError(_tr("Cannot print to {file}: the folder {folder} does not exist.").format(
            file=name, folder=folder))
    if not os.access(folder, os.W_OK):
        raise PrintError(_tr("Cannot print to {file}: the folder {folder} is not writable.").format(
            file=name, folder=folder))


def _set_paper(printer: QPrinter, size_points: QSizeF, follow_document_paper: bool) -> None:
    paper, orientation = page_format(size_points)
    if follow_document_paper and not printer.pageLayout().pageSize().isEquivalentTo(paper):
        printer.setPageSize(paper)
    if printer.pageLayout().orientation() != orientation:
        printer.setPageOrientation(orientation)


def print_document(parent: QWidget | None, document: QPdfDocument, printer: QPrinter, *,
                   title: str, current_page: int | None = None, data: bytes | None = None,
                   protect: Sequence[Path] = (), told: Callable[[str], object] | None = None) -> int:
    """Ask for printer, range and copies (system print dialog), then print with a progress bar.

    Returns the number of pages printed: 0 when the user cancelled or printing failed (the
    user has then been told why). ``current_page`` (0-based) offers "current page" printing.
    Given the document's PDF bytes (``data``), a PDF file or a printer with a print service
    gets them as vector pages (a file is never written over one of ``protect``); ``told``
    hears how the document was printed.
    """
    prepare_printer(printer, document, title)
    preset = printer.pageLayout().pageSize()
    if not PrintDialogs.print_setup(parent, printer, document.pageCount(),
                                    current_page=current_page is not None):
        return 0
    follow = printer.pageLayout().pageSize().isEquivalentTo(preset)
    total = len(print_sequence(document.pageCount(), printer, current_page or 0))
    if not total:
        PrintDialogs.error(parent, _tr("Print"), _tr(
            "None of the chosen pages is in the document; it has {count} pages.").format(
                count=document.pageCount()))
        return 0
    route = route_for(printer, kept_paper=follow) if data is not None else Route.IMAGES
    if data is not None and route != Route.IMAGES:
        try:
            _send_pdf(printer, data, route, title=title, current_page=current_page, protect=protect)
        except PrintError as exc:
            PrintDialogs.error(parent, _tr("Print"), str(exc))
            return 0
        if told is not None:
            told(route.description())
        return total
    if told is not None and data is not None:
        told(route.description())
    dialog = QProgressDialog(_tr("Printing…"), _tr("Cancel"), 0, total, parent)
    dialog.setObjectName("print_progress")
    dialog.setWindowTitle(_tr("Print"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def step(done: int, count: int) -> bool:
        dialog.setLabelText(_tr("Printing page {page} of {count}…").format(page=done + 1, count=count))
        dialog.setValue(done)
        QCoreApplication.processEvents()
        return not dialog.wasCanceled()

    try:
        return print_pdf(document, printer, current_page=current_page or 0,
                         follow_document_paper=follow, progress=step)
    except PrintError as exc:
        PrintDialogs.error(parent, _tr("Print"), str(exc))
        return 0
    finally:
        dialog.close()
        dialog.deleteLater()
