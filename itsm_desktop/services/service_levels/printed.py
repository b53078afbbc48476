"""The service level report of one agreement and month as a printed document, in the
language chosen where it is printed (the agreement's own unless another is chosen)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import Any

from itsm_desktop.documents.language import _, speaking
from itsm_desktop.documents.service_level_report import render_report
from itsm_desktop.domain.languages import DocumentLanguage
from itsm_desktop.domain.models import Agreement
from itsm_desktop.services.common import get_or_404
from itsm_desktop.services.printing import PrintedDocument

from .report import build_report


def print_report(db: Any, *, agreement_id: int, period: str, language: str | None = None,
                 page_size: str | None = None, zone: str = "UTC", now: datetime | None = None) -> PrintedDocument:
    """The report of the agreement ``agreement_id`` for ``period`` (``2026-11``) as PDF, in
    ``language`` or the agreement's, with its title and a file name."""
    with db.read() as session:
        reference = get_or_404(session, Agreement, agreement_id).reference
    report = build_report(db, reference=reference, period=period, zone=zone, now=now)
    if language:
        report = replace(report, language=DocumentLanguage.parse(language).value)
    with speaking(report.language):
        title = _("Service level report {period}").format(period=report.period)
    data = render_report(report, page_size=page_size or "A4")
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", f"{reference} {title}").strip(" .")
    return PrintedDocument(data, f"{title} — {reference}", f"{name}.pdf")
