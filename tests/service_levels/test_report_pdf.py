"""The printed service level report read back: a table whose headings and values do not break
inside a word, trend charts, and the breach notes written on the Service Levels page."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime

import pypdf
import pytest

from itsm_desktop.documents.language import speaking
from itsm_desktop.documents.service_level_lines import detail, margin
from itsm_desktop.documents.service_level_report import render_report
from itsm_desktop.documents.trend_charts import value_steps
from itsm_desktop.domain.enums import Metric, TargetUnit, ValueSource
from itsm_desktop.domain.measurement.status import Status
from itsm_desktop.domain.service_level_report import ReportLine, Tally, TargetTerms
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


@pytest.mark.parametrize(("language", "words"), [
    ("de", {"promised": "innerhalb von", "within": "innerhalb des Ziels", "records": "Vorgängen innerhalb des Ziels",
            "all": "Alle Services"}),
    ("fr", {"promised": "au plus", "within": "dans l’objectif", "records": "enregistrements sur",
            "all": "Tous les services"}),
])
def test_the_report_speaks_its_language_in_every_target_line(db: Database, language: str,
                                                             words: dict[str, str]) -> None:
    load_demo(db)
    report = replace(build_report(db, reference="SLA-2025-004", period=_previous_month()), language=language)
    text = " ".join(_pages(render_report(report))).replace("\u00a0", " ").replace("\u202f", " ")
    flat = " ".join(text.split())
    for english in ("within target", "records within the target", "more records may miss", "no further record",
                    "of downtime left", "of agreed service time", "All services"):
        assert english not in flat
    assert words["promised"] in flat and words["within"] in flat and words["records"] in flat
    shares = [line for line in report.lines if line.tally is not None and line.tally.kind == "records"
              and line.achieved is not None and not float(line.achieved).is_integer()]
    assert shares  # a share with decimals, printed with the language's decimal comma
    value = f"{shares[0].achieved:.1f}".replace(".", ",")
    assert f"{value} %" in flat
    if any(line.terms is not None and line.terms.all_services for line in report.lines):
        assert words["all"] in flat


def test_a_time_target_at_risk_says_its_warning_threshold_is_a_share_of_the_time_allowed() -> None:
    line = ReportLine(
        target_id=1, target="Response time P2", service="E-mail", period="2026-11", promised="within 4 hours",
        achieved=100.0, achieved_text="100.0 % within target", previous=None, status=Status.AT_RISK, margin="",
        source=ValueSource.COMPUTED, terms=TargetTerms(Metric.RESPONSE_TIME, 4, TargetUnit.HOURS, "P2", 80),
        tally=Tally("records", counted=9, within=9, close_calls=1), margin_left=0)
    with speaking("en"):
        assert detail(line) == ("9 of 9 records within the target. 1 of them took more than 80 % of the time "
                                "allowed: the warning threshold is that share of the target, at 80 % of the target.")
        assert margin(line) == "no further record may miss"
    with speaking("fr"):  # 0 and 1 are singular in French
        assert detail(replace(line, tally=Tally("records", counted=1, within=1))).startswith(
            "1 enregistrement sur 1 dans l’objectif")
        assert margin(replace(line, margin_left=0.0)) == "aucun autre enregistrement ne peut manquer l’objectif"
        assert margin(replace(line, margin_left=1.0)) == "encore 1 enregistrement peut manquer l’objectif"
    with speaking("de"):
        assert margin(replace(line, margin_left=2.0)) == "noch 2 Vorgänge dürfen das Ziel verfehlen"


@pytest.mark.parametrize(("low", "high", "step", "decimals"), [
    (99.6, 100.02, 0.1, 1), (70.0, 102.0, 10.0, 0), (99.95, 100.02, 0.02, 2), (0.0, 9.0, 2.0, 0),
    (99.0, 100.1, 0.25, 2)])
def test_chart_value_labels_fall_on_round_steps(low: float, high: float, step: float, decimals: int) -> None:
    found, places = value_steps(low, high)
    assert found == pytest.approx(step) and places == decimals
    assert (high - low) / found <= 5


def test_the_charts_label_their_values_in_the_reports_language(db: Database) -> None:
    load_demo(db)
    report = replace(build_report(db, reference="SLA-2025-004", period=_previous_month()), language="de")
    pages = _pages(render_report(report))
    charts = next(page for page in pages if "Entwicklung über die letzten Zeiträume" in page)
    assert "99,9" in charts and "99.9" not in charts  # a decimal comma on the value axis
    assert charts.count("(gestrichelt)") >= 8
