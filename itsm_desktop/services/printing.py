"""Printing use cases: agreements and the catalog as PDF files."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from itsm_desktop.documents.snapshot import AgreementSnapshot
from itsm_desktop.domain.languages import DocumentLanguage

from .output_files import write_file  # exports are written, and refused, there
from .reads.agreements import find_agreement_row
from .reads.clauses import untranslated
from .reads.letterheads import letterhead_paper
from .snapshots import agreement_snapshot, read_agreement_snapshot

if TYPE_CHECKING:  # this module is also the command line's lean way to print: no SQLAlchemy
    from itsm_desktop.documents.progress import CancelCheck, ProgressCallback
    from itsm_desktop.store import Database


def default_page_size(locale_name: str | None = None) -> str:
    """The paper size of the user's locale, or of ``locale_name`` (``en_CA``) when given.

    reportlab is loaded only when printing.
    """
    from itsm_desktop.documents.layout import default_page_size as locale_page_size

    return locale_page_size(locale_name)


@dataclass(frozen=True)
class PrintedDocument:
    """A document ready to show, print or save: PDF bytes, a title for windows, a file name."""

    data: bytes
    title: str
    file_name: str


def print_agreement(db: Database, agreement_id: int, *, page_size: str | None = None,
                    language: str | None = None) -> PrintedDocument:
    """The agreement as PDF in its language (or ``language``), its title and file name, all
    from one snapshot (one read). Clauses without a text in that language print in English:
    ask ``untranslated_clauses`` first and let the user decide."""
    snapshot = agreement_snapshot(db, agreement_id, language=language)
    return PrintedDocument(_rendered(snapshot, page_size), agreement_title(snapshot), agreement_file_name(snapshot))


def _rendered(snapshot: AgreementSnapshot, page_size: str | None) -> bytes:
    from itsm_desktop.documents.agreement_pdf import (
        render_agreement,  # reportlab only when printing
    )

    return render_agreement(snapshot, page_size=page_size or letterhead_paper(snapshot.letterhead)
                            or default_page_size())


def print_catalog(db: Database, *, title: str, page_size: str | None = None, today: date | None = None,
                  progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None,
                  language: str = "en") -> PrintedDocument:
    """The live service catalog as PDF, headed ``title``; the file name carries the date.

    Built streaming from the database (see ``catalog_report``): ``progress`` hears the share
    done, and once ``cancelled`` returns True the work stops with ``RenderCancelled``.
    """
    from .catalog_report import catalog_report

    rendered = catalog_report(db, title=title, page_size=page_size, progress=progress, cancelled=cancelled,
                              today=today, language=language)
    return PrintedDocument(rendered.pdf, title, _safe_file_name(f"{title} {(today or date.today()).isoformat()}"))


def catalog_pdf(db: Database, *, page_size: str | None = None) -> bytes:
    """The live service catalog rendered as PDF bytes."""
    from .catalog_report import catalog_report

    return catalog_report(db, page_size=page_size).pdf


def agreement_pdf(db: Database, agreement_id: int, *, page_size: str | None = None,
                  language: str | None = None) -> bytes:
    """The agreement rendered as PDF bytes (in its language unless ``language`` is given)."""
    return print_agreement(db, agreement_id, page_size=page_size, language=language).data


def agreement_title(snapshot: AgreementSnapshot) -> str:
    """How windows and print jobs name an agreement: ``SLA-2026-004 r2 · Finance SLA``."""
    return f"{snapshot.reference} r{snapshot.revision} · {snapshot.title}"


def agreement_file_name(snapshot: AgreementSnapshot) -> str:
    """A good file name for an agreement, e.g. ``SLA-2026-004 r2 - Finance.pdf``."""
    customers = ", ".join(c.name for c in snapshot.customers[:2]) + (" …" if len(snapshot.customers) > 2 else "")
    return _safe_file_name(f"{snapshot.reference} r{snapshot.revision}" + (f" - {customers}" if customers else ""))


def default_file_name(db: Database, agreement_id: int) -> str:
    """The file name of the agreement with ``agreement_id`` as it is stored now."""
    return agreement_file_name(agreement_snapshot(db, agreement_id))


def _safe_file_name(name: str) -> str:
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", name).strip(" .") + ".pdf"


def export_agreement_pdf(db: Database, *, reference: str, output: Path, revision: int | None = None,
                         page_size: str | None = None, language: str | None = None) -> Path:
    """Write the agreement with ``reference`` (current revision unless given) to ``output``,
    in its language unless ``language`` is given."""
    from .agreements import find_agreement

    agreement = find_agreement(db, reference, revision)
    assert agreement.id is not None
    return write_file(output, agreement_pdf(db, agreement.id, page_size=page_size, language=language))


def export_catalog_pdf(db: Database, *, output: Path, page_size: str | None = None,
                       language: str = "en") -> tuple[Path, tuple[str, ...]]:
    """Write the live service catalog to ``output`` in ``language``, streamed (bounded memory
    at any size), never over the database; the file and the rendering's warnings (characters
    no font has)."""
    from .catalog_report import export_catalog_report

    return export_catalog_report(db, output=output, page_size=page_size, protect=db.local_files(),
                                 language=language)


@dataclass(frozen=True)
class ExportedAgreement:
    """An agreement written to a file: where, in which language, and the titles of the
    clauses that had no text in it (printed in English)."""

    written: Path
    language: str
    untranslated: list[str]


def export_agreement_from_file(database: Path, *, reference: str, output: Path, revision: int | None = None,
                               page_size: str | None = None, language: str | None = None) -> ExportedAgreement | None:
    """``export_agreement_pdf`` straight from the local database file ``database``, read in
    one transaction through ``sqlite3`` (start-up without SQLAlchemy); None, with nothing
    written, when the file must be opened the usual way first (see ``store.file_reads``).
    An unknown reference is refused as ``export_agreement_pdf`` refuses it."""
    from itsm_desktop.store.file_reads import current_file_rows

    try:
        with current_file_rows(database) as rows:
            if rows is None:
                return None
            found = find_agreement_row(rows, reference, revision)
            missing = untranslated(rows, found.id, DocumentLanguage.parse(language or found.language))
            snapshot = read_agreement_snapshot(rows, found.id, language=language)
    except sqlite3.Error:
        return None
    written = write_file(output, _rendered(snapshot, page_size))
    return ExportedAgreement(written, language or found.language, missing)
