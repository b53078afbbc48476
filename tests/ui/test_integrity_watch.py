"""A large database is checked whole in the background once the window is shown; damage is reported."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from ui_helpers import FakeDialogs

from itsm_desktop.domain.forms import ContactForm, OrganizationForm
from itsm_desktop.services import stakeholders
from itsm_desktop.store import Database
from itsm_desktop.store.backends import sqlite as store_database
from itsm_desktop.ui import integrity

PAGE = 4096


@pytest.fixture
def large_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database that counts as large (only its structure is checked when opened)."""
    path = tmp_path / "large.db"
    with Database.open(path) as db:
        org = stakeholders.create_organization(db, form=OrganizationForm(name="Operations"))
        for i in range(120):
            stakeholders.create_contact(db, form=ContactForm(name=f"Person {i:03d}", organization_id=org.id,
                                                             notes="Lorem ipsum " * 30))
    monkeypatch.setattr(store_database, "FULL_CHECK_MAX_BYTES", 0)
    monkeypatch.setattr(integrity, "START_DELAY_MS", 10)
    return path


def _break_contact_index(path: Path) -> None:
    with closing(sqlite3.connect(path)) as con:
        page = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_contact_name'").fetchone()[0]
    with path.open("r+b") as handle:
        handle.seek((page - 1) * PAGE)
        handle.write(b"\xde\xad\xbe\xef" * (PAGE // 4))


def test_damage_found_after_start_is_reported(large_file: Path, make_window: Any, qtbot: Any,
                                              fake_dialogs: FakeDialogs) -> None:
    _break_contact_index(large_file)
    db = Database.open(large_file)  # opens: the broken page is not read on the way
    try:
        assert not db.integrity_checked
        window = make_window(db)
        with qtbot.waitSignal(window.integrity.finished, timeout=10_000) as done:
            pass
        assert done.args[0] == str(large_file.resolve()) and "damaged" in done.args[1]
        assert fake_dialogs.names() == ["error"]
        text = fake_dialogs.texts("error")[0]
        assert "Database Damaged" in text and "restore it from a backup" in text
        assert not window.integrity.running
    finally:
        db.close()


def test_a_sound_file_is_checked_quietly(large_file: Path, make_window: Any, qtbot: Any,
                                         fake_dialogs: FakeDialogs) -> None:
    with Database.open(large_file) as db:
        window = make_window(db)
        with qtbot.waitSignal(window.integrity.finished, timeout=10_000) as done:
            pass
        assert done.args == [str(large_file.resolve()), ""]
        assert fake_dialogs.names() == []


def test_a_small_file_is_checked_fully_too(tmp_path: Path, make_window: Any, qtbot: Any,
                                           monkeypatch: Any, fake_dialogs: FakeDialogs) -> None:
    # opening ran the quick check, which cannot see an index out of step with its table
    monkeypatch.setattr(integrity, "START_DELAY_MS", 10)
    with Database.open(tmp_path / "small.db") as db:
        assert db.integrity_checked
        window = make_window(db)
        with qtbot.waitSignal(window.integrity.finished, timeout=10_000) as done:
            pass
        assert done.args == [str(db.path), ""]


def test_a_cancelled_check_reports_nothing(large_file: Path, make_window: Any, qtbot: Any,
                                           fake_dialogs: FakeDialogs) -> None:
    _break_contact_index(large_file)
    with Database.open(large_file) as db:
        window = make_window(db)
        window.integrity.cancel()  # as closing the window or opening another file does
        finished: list[Any] = []
        window.integrity.finished.connect(lambda *args: finished.append(args))
        qtbot.wait(100)
        assert finished == [] and fake_dialogs.names() == []


def test_damage_is_reported_in_the_screens_language(large_file: Path, make_window: Any, qtbot: Any,
                                                    fake_dialogs: FakeDialogs) -> None:
    from language_helpers import speaking

    _break_contact_index(large_file)
    db = Database.open(large_file)
    try:
        with speaking("de"):
            window = make_window(db)
            with qtbot.waitSignal(window.integrity.finished, timeout=10_000):
                pass
        [text] = fake_dialogs.texts("error")
        assert text.startswith(f"Datenbank beschädigt Die Datenbank {large_file.resolve()} ist beschädigt")
        assert "aus einer Sicherung wieder her" in text
    finally:
        db.close()
