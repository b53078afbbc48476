"""Where printed pages go, so that they stay vector pages whenever they can.

Qt paints onto a printer only as pictures (see ``printer``), so a document printed that way
becomes 600 dpi images. The document already is a PDF, though: a "print to PDF file" gets
its bytes as they are, and a real printer gets them through the system print service (CUPS
``lp`` takes PDF, with page ranges and copies). Only when neither applies are the pages
rendered as images.
"""

from __future__ import annotations

import shutil
import subprocess
from enum import Enum

from PySide6.QtPrintSupport import QPrinter

from ..common.translate import tr as _tr

PRINT_SERVICE_TIMEOUT_S = 60


class Route(Enum):
    """How a print job reaches the paper (or the file)."""

    PDF_FILE = "pdf_file"  # the document's own PDF, written to the chosen file
    PRINT_SERVICE = "print_service"  # the document's own PDF, handed to lp
    IMAGES = "images"  # every page rendered at the printer's resolution and painted

    def description(self) -> str:
        """The sentence that tells the user how the document was printed."""
        return {
            Route.PDF_FILE: _tr("Saved the document's own PDF pages (vector, as exported)."),
            Route.PRINT_SERVICE: _tr("Sent the PDF to the system print service (vector pages)."),
            Route.IMAGES: _tr("Printed the pages as images: no system print service takes PDF here."),
        }[self]


def prints_whole_document(printer: QPrinter) -> bool:
    """Every page once, in order: what the document's own bytes give."""
    return (printer.printRange() == QPrinter.PrintRange.AllPages and printer.pageRanges().isEmpty()
            and printer.pageOrder() == QPrinter.PageOrder.FirstPageFirst and printer.copyCount() <= 1)


def print_service() -> str | None:
    """The path of the system print command that accepts PDF (CUPS ``lp``), or None."""
    return shutil.which("lp")


def route_for(printer: QPrinter, *, kept_paper: bool) -> Route:
    """How to print on ``printer``; ``kept_paper``: the paper is the document's own."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        whole = printer.outputFileName() and prints_whole_document(printer) and kept_paper
        return Route.PDF_FILE if whole else Route.IMAGES
    if printer.printerName() and kept_paper and print_service() is not None:
        return Route.PRINT_SERVICE
    return Route.IMAGES


def print_service_command(command: str, destination: str, printer: QPrinter, *, title: str,
                          current_page: int | None) -> list[str]:
    """The ``lp`` command line that prints the PDF read from standard input on ``destination``
    (the default printer when empty) with the copies, pages and order chosen in ``printer``."""
    args = [command, *(["-d", destination] if destination else []), "-t", title]
    copies = max(1, printer.copyCount())
    if copies > 1:
        args += ["-n", str(copies), "-o", f"collate={'true' if printer.collateCopies() else 'false'}"]
    if printer.printRange() == QPrinter.PrintRange.CurrentPage and current_page is not None:
        args += ["-P", str(current_page + 1)]
    else:
        ranges = [(r.from_, r.to) for r in printer.pageRanges().toRangeList()]
        if ranges:
            args += ["-P", ",".join(str(a) if a == b else f"{a}-{b}" for a, b in ranges)]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        args += ["-o", "outputorder=reverse"]
    return [*args, "-"]


def send_to_print_service(args: list[str], data: bytes) -> None:
    """Run the print command with the PDF on its standard input; ``OSError`` when it fails."""
    try:
        done = subprocess.run(args, input=data, capture_output=True, timeout=PRINT_SERVICE_TIMEOUT_S,
                              check=False)
    except subprocess.TimeoutExpired as exc:
        raise OSError(_tr("The print service did not answer.")) from exc
    if done.returncode != 0:
        said = done.stderr.decode(errors="replace").strip().splitlines()
        raise OSError(said[-1] if said else _tr("The print service refused the document."))
