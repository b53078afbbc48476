"""The printed service level report read back: a table whose headings and values do not break
inside a word, trend charts, and the breach notes written on the Service Levels page."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pypdf
import pytest

from itsm_desktop.documents.service_level_report import render_report
from itsm_desktop.domain.measurement.status import Status
from itsm_desktop.services.demo import load_demo
from itsm_desktop.services.service_levels.notes import set_breach_note
from itsm_desktop.services.service_levels.report import build_report
from itsm_desktop.store import Database


def _previous_month() -> str:
    today = datetime.now(UTC)
    return f"{today.year - (today.month == 1)}-{(today.month - 2) % 12 + 1:02d}"


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_the_targets_table_keeps_words_and_values_whole(db: Database, paper: str) -> None:
    load_demo(db)
    report = build_report(db, reference="SLA-2025-004", period=_previous_month())
    text = "\n".join(_pages(render_report(report, page_size=paper))).replace("\u00a0", " ")
    lines = [line.strip() for line in text.splitlines()]  # one line of a cell each
    assert {"Target", "Service", "Promised", "Achieved", "Change", "Status", "Margin"} <= set(lines)
    assert {"Breached", "Met", "Not measured"} <= set(lines)
    fragments = {"Chang", "e", "Breache", "d", "Not mea", "sured", "%", "Managemen", "t"}
    assert not fragments & set(lines)
    for line in report.lines:  # a percentage printed with its sign on the same line
        if line.achieved_text.endswith(" %"):
            assert line.achieved_text in lines


def test_the_report_has_a_trend_chart_per_target_and_the_breach_notes(db: Database) -> None:
    load_demo(db)
    period = _previous_month()
    report = build_report(db, reference="SLA-2025-004", period=period)
    breached = next(line for line in report.lines if line.status in (Status.BREACHED, Status.AT_RISK))
    set_breach_note(db, target_id=breached.target_id, period=breached.period,
                    cause="Scanner firmware froze", action="Firmware rolled back; vendor ticket opened")
    report = build_report(db, reference="SLA-2025-004", period=period)
    charted = [line for line in report.lines if sum(v is not None for _, v in line.history) >= 2]
    assert len(charted) >= 8
    assert all(len(line.history) == 12 and line.history[-1][0] == line.period for line in report.lines
               if line.period == period)
    text = "\n".join(_pages(render_report(report)))
    assert "Trends over the last periods" in text
    assert text.count("(dashed)") == len(charted)  # one chart, with its legend, per target with a trend
    assert "Cause: Scanner firmware froze" in text
    assert "Action: Firmware rolled back; vendor ticket opened" in text
