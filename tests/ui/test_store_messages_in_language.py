"""Refusals of the database layer and of the service-level services said in the screens'
language: opening a file that is no database (or one of a newer schema), restoring a file
that is no backup, a value entered for the wrong kind of period, an import's summary."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from language_helpers import speaking
from PySide6.QtGui import QAction
from ui_helpers import FakeDialogs

from itsm_desktop.domain.errors import ValidationError
from itsm_desktop.services.service_levels.values import enter_value
from itsm_desktop.store import Database
from itsm_desktop.ui.common.messages import say_error
from itsm_desktop.ui.main_window import MainWindow


def _newer_schema(path: Path) -> None:
    with Database.open(path):
        pass
    with closing(sqlite3.connect(path)) as con, con:
        con.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")


def _not_a_database(path: Path) -> None:
    path.write_text("my notes", encoding="utf-8")


@pytest.mark.parametrize(("make_file", "german"), [
    (_not_a_database, "ist keine ITSM-Desktop-Datenbank: SQLite erkennt die Datei nicht"),
    (_newer_schema, "wurde von einer neueren Version von ITSM Desktop geschrieben"),
])
def test_opening_a_file_that_cannot_be_opened_is_refused_in_german(make_window: Any, db: Database, tmp_path: Path,
                                                                   fake_dialogs: FakeDialogs, make_file: Any,
                                                                   german: str) -> None:
    refused = tmp_path / "refused.db"
    make_file(refused)
    with speaking("de"):
        window: MainWindow = make_window(db)
        fake_dialogs.answer("open_file", refused)
        window.window_actions.open_database.trigger()
    assert fake_dialogs.names() == ["open_file", "error"]
    message = fake_dialogs.texts("error")[0]
    assert german in message and str(refused) in message
    assert "Datenbank kann nicht geöffnet werden" in message  # the box's title, German too
    assert "database" not in message.replace("Datenbank", "")  # no English sentence left
    assert window.ctx.db is db  # the open database stays


def test_a_restore_refused_is_said_in_french(make_window: Any, db: Database, tmp_path: Path,
                                             fake_dialogs: FakeDialogs) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("my notes", encoding="utf-8")
    with speaking("fr"):
        window: MainWindow = make_window(db)
        fake_dialogs.answer("open_file", notes)
        fake_dialogs.answer("confirm", True)
        window.window_actions.restore_backup.trigger()
        window.backups.wait()
    assert fake_dialogs.names() == ["open_file", "confirm", "error"]
    message = fake_dialogs.texts("error")[0]
    assert (f"{notes} ne peut pas être restauré : le fichier est endommagé, ou ce n’est pas une sauvegarde "
            "de base ITSM Desktop.") in message
    assert "cannot be restored" not in message
    assert notes.read_text(encoding="utf-8") == "my notes"
    if window.ctx.db is not db:
        window.ctx.db.close()


def _monthly_target(db: Database) -> int:
    with closing(sqlite3.connect(db.path)) as con:
        row = con.execute("SELECT id FROM service_level_target WHERE period = 'month' AND metric NOT IN "
                          "('availability', 'response_time', 'resolution_time') ORDER BY id").fetchone()
    assert row is not None, "the sample portfolio has no monthly target entered by hand"
    return int(row[0])


def test_a_value_for_the_wrong_kind_of_period_is_refused_in_german(qapp: Any, demo_db: Database) -> None:
    target = _monthly_target(demo_db)
    with pytest.raises(ValidationError) as refused:
        enter_value(demo_db, target_id=target, period="2026-Q1", value=99.0, note="", now=datetime.now(UTC))
    assert str(refused.value.fields["period"]) == "This target is measured per month; 2026-Q1 is not a month."
    with speaking("de"):
        said = say_error(refused.value)
    assert said == "Dieses Ziel wird pro Monat gemessen; 2026-Q1 bezeichnet keinen solchen Zeitraum."


def test_the_import_summary_is_said_in_german(make_window: Any, demo_db: Database, qtbot: Any,
                                              fake_dialogs: FakeDialogs, tmp_path: Path) -> None:
    path = tmp_path / "outages.csv"
    month = datetime.now(UTC).strftime("%Y-%m")
    path.write_text("Reference,Service,Start,End\n"
                    f"OUT-NEW-1,WMS,{month}-01 10:00,{month}-01 20:00\n"
                    f"OUT-NEW-2,WMS,{month}-02 10:00,{month}-02 11:00\n", encoding="utf-8")
    with speaking("de"):
        window: MainWindow = make_window(demo_db)
        assert window.show_page("service_levels")
        page = window.pages["service_levels"]
        fake_dialogs.answer("open_file", path)
        page.import_button.menu().findChild(QAction, "import_outages").trigger()
        qtbot.waitUntil(lambda: bool(fake_dialogs.texts("info")), timeout=10_000)
    said = fake_dialogs.texts("info")[0]
    assert "outages.csv importiert: 2\u00a0Ausfalldatensätze angelegt, 0 bereits gespeichert" in said, said
    assert "Imported" not in said and "records" not in said
