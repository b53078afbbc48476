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
