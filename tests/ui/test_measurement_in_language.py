"""Support hours, calendars and the rows of a service-level import: what is wrong with them is
said in the language of the screens (the hours themselves stay written as they are read)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from language_helpers import speaking
from test_agreement_editor import agreements_page

from itsm_desktop.domain.enums import RecordStream
from itsm_desktop.domain.measurement.calendar import CalendarError, seconds_of_day
from itsm_desktop.services.exchange.errors import ImportRefused
from itsm_desktop.services.service_levels.imports import import_file
from itsm_desktop.store import Database
from itsm_desktop.ui.agreements.editor import TERMS
from itsm_desktop.ui.common.messages import say, say_error
from itsm_desktop.ui.main_window import MainWindow

HOURS = {
    "de": "Nicht messbar, bis festgelegt: „Whenever the desk is staffed“ nennt keine Zeiten; "
          "schreiben Sie sie wie in „Monday to Friday 07:30–18:30 UK time, except bank holidays in England“.",
    "fr": "Non mesurable tant que non défini : « Whenever the desk is staffed » n’indique aucun horaire ; "
          "écrivez-les comme dans « Monday to Friday 07:30–18:30 UK time, except bank holidays in England ».",
}


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    with speaking(request.param) as code:
        yield code


@pytest.mark.parametrize("language", ["de", "fr"], indirect=True)
def test_the_support_hours_field_says_what_is_wrong_in_the_language(
        language: str, main_window: MainWindow, qtbot: Any, make: Any) -> None:
    sla = make.agreement()
    page = agreements_page(main_window)
    page.show_record(sla.id)
    terms = page.editor.terms
    page.editor.tabs.setCurrentIndex(TERMS)
    qtbot.keyClicks(terms.hours_text, "Whenever the desk is staffed")
    assert terms.hours_measured.text() == HOURS[language]


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_a_calendar_error_is_said_in_the_language(language: str) -> None:
    with pytest.raises(CalendarError) as refused:
        seconds_of_day("25:30")
    assert say_error(refused.value) == "'25:30' ist keine Uhrzeit im Format HH:MM, z. B. 08:00."


@pytest.mark.parametrize("language", ["de", "fr"], indirect=True)
def test_the_rows_of_a_refused_service_level_import_are_said_in_the_language(
        language: str, db: Database, make: Any, tmp_path: Path) -> None:
    make.service(code="MAIL", name="Mail service")
    path = tmp_path / "tickets.csv"
    path.write_text("Ticket;Service;Priority;Opened;Responded;Resolved\n"
                    "INC-1;MAIL;P1;2026-11-02 09:00;;2026-11-01 09:00\n"
                    "INC-2;MAIL;P7;2026-11-02 09:00;;\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        import_file(db, path, RecordStream.INCIDENTS)
    assert [say(p) for p in refused.value.problems] == {
        "de": ["Zeile 2 (INC-1): Gelöst vor der Eröffnung.",
               "Zeile 3 (INC-2): „P7“ ist keine Priorität; schreiben Sie P1, P2, P3 oder P4."],
        "fr": ["Ligne 2 (INC-1) : elle a été résolue avant d’être ouverte.",
               "Ligne 3 (INC-2) : « P7 » n’est pas une priorité ; écrivez P1, P2, P3 ou P4."],
    }[language]
    assert refused.value.problems[0] == "Row 2 (INC-1): it was resolved before it was opened."
