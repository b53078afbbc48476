"""Printing use cases: agreements and the catalog as PDF files."""

from __future__ import annotations

import re
from pathlib import Path

from itsm_desktop.store import Database

from .agreements import find_agreement
from .output_files import write_file  # exports are written, and refused, there
from .snapshots import agreement_snapshot, catalog_snapshot


def default_page_size() -> str:
    """The paper size of the user's locale (reportlab is loaded only when printing)."""
    from itsm_desktop.documents.layout import default_page_size as locale_page_size

    return locale_page_size()


def agreement_pdf(db: Database, agreement_id: int, *, page_size: str | None = None) -> bytes:
    """The agreement rendered as PDF bytes."""
    from itsm_desktop.documents.agreement_pdf import (
        render_agreement,  # reportlab only when printing
    )

    return render_agreement(agreement_snapshot(db, agreement_id), page_size=page_size or default_page_size())


def catalog_pdf(db: Database, *, page_size: str | None = None) -> bytes:
    """The live service catalog rendered as PDF bytes."""
    from itsm_desktop.documents.catalog_pdf import render_catalog

    return render_catalog(catalog_snapshot(db), page_size=page_size or default_page_size())


def default_file_name(db: Database, agreement_id: int) -> str:
    """A good file name for an agreement, e.g. ``SLA-2026-004 r2 - Finance.pdf``."""
    snap = agreement_snapshot(db, agreement_id)
    customers = ", ".join(c.name for c in snap.customers[:2]) + (" …" if len(snap.customers) > 2 else "")
    name = f"{snap.reference} r{snap.revision}" + (f" - {customers}" if customers else "")
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", name).strip(" .") + ".pdf"


def export_agreement_pdf(db: Database, *, reference: str, output: Path, revision: int | None = None,
                         page_size: str | None = None) -> Path:
    """Write the agreement with ``reference`` (current revision unless given) to ``output``."""
    agreement = find_agreement(db, reference, revision)
    assert agreement.id is not None
    return write_file(output, agreement_pdf(db, agreement.id, page_size=page_size))


def export_catalog_pdf(db: Database, *, output: Path, page_size: str | None = None) -> Path:
    return write_file(output, catalog_pdf(db, page_size=page_size))
