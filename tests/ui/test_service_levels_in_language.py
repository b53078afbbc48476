"""The Service Levels page and Home's service level alerts said in German and French: the
values, what each target promises, the trend's legend and the alerts' sentences."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from typing import Any

import pytest
from language_helpers import speaking
from PySide6.QtCore import Qt

from itsm_desktop.domain.enums import Metric
from itsm_desktop.store import Database
from itsm_desktop.ui.service_levels.heatmap import CellRole
from itsm_desktop.ui.service_levels.page import ServiceLevelsPage

WORDS = {
    "de": {"within": "innerhalb des Ziels", "promised": "innerhalb von", "at_least": "mindestens",
           "hours": ("Stunde", "Stunden", "Minuten"), "breached": "Verfehlt in", "at_risk": "Gefährdet in", "comma": ","},
    "fr": {"within": "dans l’objectif", "promised": "au plus", "at_least": "au moins",
           "hours": ("heure", "heures", "minutes"), "breached": "Manqué en", "at_risk": "Menacé en", "comma": ","},
}


def _cells(page: ServiceLevelsPage) -> list[Any]:
    model = page.model
    return [model.index(row, column) for row in range(model.rowCount()) for column in range(model.columnCount())
            if model.index(row, column).data(CellRole) is not None]


@pytest.mark.parametrize("language", ["de", "fr"])
def test_the_page_says_values_and_promises_in_the_screens_language(make_window: Any, demo_db: Database,
                                                                   language: str) -> None:
    words = WORDS[language]
    with speaking(language):
        window = make_window(demo_db)
        assert window.show_page("service_levels")
        page = window.pages["service_levels"]
        assert isinstance(page, ServiceLevelsPage)
        cells = _cells(page)
        tips = [index.data(Qt.ItemDataRole.ToolTipRole) for index in cells]
        assert not any("within target" in tip or "within " in tip or "at least " in tip for tip in tips)
        timed = [index for index in cells if page.model.target(index.row()).metric is Metric.RESOLUTION_TIME
                 and index.data(CellRole).value is not None]
        assert timed
        tip = timed[0].data(Qt.ItemDataRole.ToolTipRole)
        value = timed[0].data(CellRole).value
        assert words["within"] in tip and words["promised"] in tip
        assert f"{value:.1f}".replace(".", words["comma"]) in tip  # the share with the locale's comma
        assert any(unit in tip for unit in words["hours"])
        available = next(index for index in cells if page.model.target(index.row()).metric is Metric.AVAILABILITY)
        assert words["at_least"] in available.data(Qt.ItemDataRole.ToolTipRole)
        page.view.setCurrentIndex(timed[0])
        legend = [series.name() for series in page.trend.chart().series()]
        assert any(words["promised"] in name for name in legend)
        assert any(words["within"].replace("dans l’objectif", "objectif") in name for name in legend)


@pytest.mark.parametrize("language", ["de", "fr"])
def test_home_says_a_breach_in_the_screens_language(make_window: Any, demo_db: Database, language: str) -> None:
    month = datetime.now(UTC).strftime("%Y-%m")
    with closing(sqlite3.connect(demo_db.path)) as connection, connection:
        connection.execute("UPDATE achieved_value SET status = 'breached' WHERE period = ? AND value IS NOT NULL",
                           (month,))
    with speaking(language):
        window = make_window(demo_db)
        home = window.pages["home"]
        home.refresh()
        attention = home.attention  # type: ignore[attr-defined]
        details = [attention.topLevelItem(n).text(1) for n in range(attention.topLevelItemCount())
                   if attention.topLevelItem(n).data(0, Qt.ItemDataRole.UserRole)[0] == "service_level_target"]
    words = WORDS[language]
    assert any(d.startswith(words["breached"]) for d in details)
    assert all(d.startswith((words["breached"], words["at_risk"])) for d in details)
    assert not any(" against " in d or "within" in d or "at least" in d for d in details)


def test_the_report_dialog_offers_each_agreements_own_language(make_window: Any, demo_db: Database) -> None:
    from itsm_desktop.domain.measurement.periods import Period
    from itsm_desktop.services.service_levels.board import filter_choices
    from itsm_desktop.ui.service_levels.report_dialog import ReportDialog

    _customers, agreements = filter_choices(demo_db)
    first, second = agreements[0], agreements[1]
    with closing(sqlite3.connect(demo_db.path)) as connection, connection:
        connection.execute("UPDATE agreement SET language = 'fr' WHERE id = ?", (first.id,))
        connection.execute("UPDATE agreement SET language = 'de' WHERE id = ?", (second.id,))
    window = make_window(demo_db)
    dialog = ReportDialog(demo_db, agreements, Period.parse("2026-11"), first.id, window)
    assert dialog.language.value() == "fr"
    dialog.agreement.setCurrentIndex(dialog.agreement.findData(second.id))
    assert dialog.language.value() == "de"
    dialog.language.set_value("en")  # the user's choice wins
    assert dialog.choice() is not None and dialog.choice().language == "en"  # type: ignore[union-attr]
    assert dialog.choice().period == "2026-11"  # type: ignore[union-attr]


def test_the_report_is_previewed_in_the_language_chosen(make_window: Any, demo_db: Database, qtbot: Any,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    import pypdf

    from itsm_desktop.ui.service_levels.report_dialog import ReportChoice, ReportDialog

    window = make_window(demo_db)
    assert window.show_page("service_levels")
    page = window.pages["service_levels"]
    assert isinstance(page, ServiceLevelsPage)
    agreement_id = page.agreement.itemData(1)
    today = datetime.now(UTC)
    month = f"{today.year - (today.month == 1)}-{(today.month - 2) % 12 + 1:02d}"
    monkeypatch.setattr(ReportDialog, "ask", classmethod(lambda cls, *a, **k: ReportChoice(agreement_id, month, "de")))
    job = page.print_report()
    assert job is not None
    qtbot.waitUntil(lambda: page._printing is not None and bool(page._printing.previews()), timeout=20_000)
    preview = page._printing.previews()[0]  # type: ignore[union-attr]
    text = " ".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(preview.pdf_data())).pages)
    assert f"Service-Level-Bericht {month}" in text and "Zusammenfassung" in text
    preview.close()


def test_the_records_behind_a_value_are_told_in_the_screens_language(make_window: Any, demo_db: Database) -> None:
    with speaking("de"):
        window = make_window(demo_db)
        assert window.show_page("service_levels")
        page = window.pages["service_levels"]
        assert isinstance(page, ServiceLevelsPage)
        timed = next(index for index in _cells(page) if page.model.target(index.row()).metric is Metric.RESOLUTION_TIME
                     and index.data(CellRole).value is not None)
        page.view.setCurrentIndex(timed)
        page.tabs.setCurrentWidget(page.records)
        summary = page.records.summary.text()
        outcomes = {page.records.table.topLevelItem(n).text(5) for n in range(page.records.table.topLevelItemCount())}
        kinds = {page.records.table.topLevelItem(n).text(1) for n in range(page.records.table.topLevelItemCount())}
    assert "Störungen innerhalb des Ziels" in summary and "within the target" not in summary
    assert outcomes and outcomes <= {"Ziel verfehlt", "Erreicht, aber über der Warnschwelle", "Ziel erreicht",
                                     "Nicht gezählt: ungelöst und am Ende des Zeitraums noch innerhalb des Ziels; "
                                     "zählt in dem Zeitraum, in dem er entschieden wird"}
    assert kinds == {"Störung"}


@pytest.mark.parametrize("language", ["de", "fr"])
def test_every_cell_shows_its_text_whole_in_the_language(make_window: Any, demo_db: Database, language: str) -> None:
    from itsm_desktop.ui.service_levels.heatmap import text_margin

    with closing(sqlite3.connect(demo_db.path)) as connection, connection:  # the widest: a noted breach
        connection.execute("UPDATE achieved_value SET status = 'breached', breach_cause = 'Fibre cut' WHERE id = "
                           "(SELECT id FROM achieved_value WHERE value IS NOT NULL ORDER BY value DESC LIMIT 1)")
    with speaking(language):
        window = make_window(demo_db)
        window.resize(1280, 800)
        assert window.show_page("service_levels")
        page = window.pages["service_levels"]
        assert isinstance(page, ServiceLevelsPage)
        view, model = page.view, page.model
        assert model.rowCount() and model.columnCount()
        metrics, room = view.fontMetrics(), text_margin(view)
        shown = [(model.index(row, column).data(), view.columnWidth(column))
                 for row in range(model.rowCount()) for column in range(model.columnCount())]
        cut = [(text, width) for text, width in shown if metrics.horizontalAdvance(text) + room > width]
        no_data = {"de": "– keine Daten", "fr": "– aucune donnée"}[language]
        assert any(text == no_data for text, _width in shown)
        assert any("✎" in text for text, _width in shown)  # a noted value too
    assert cut == []


@pytest.mark.parametrize(("breached", "said"), [(1, "1 non atteint en"), (3, "3 non atteints en")])
def test_the_status_bar_makes_breached_agree_with_the_count_in_french(make_window: Any, demo_db: Database,
                                                                     breached: int, said: str) -> None:
    with speaking("fr"):
        window = make_window(demo_db)
        assert window.show_page("service_levels")
        page = window.pages["service_levels"]
        assert isinstance(page, ServiceLevelsPage)
        month = page.board.months[-1]
        with closing(sqlite3.connect(demo_db.path)) as connection, connection:
            connection.execute("UPDATE achieved_value SET status = 'met' WHERE period = ?", (month,))
            connection.execute("UPDATE achieved_value SET status = 'breached' WHERE id IN (SELECT id FROM "
                               "achieved_value WHERE period = ? AND value IS NOT NULL LIMIT ?)", (month, breached))
        page.refresh()
        text = page.status_text()
    assert text == f"Objectifs : {len(page.board.targets)} ; {said} {month}"
