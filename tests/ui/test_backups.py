"""Backups in the window: File ▸ Back Up / Restore, the automatic backup, Preferences, About.

The round trip is tried as a user would: the sample portfolio, a backup from the File menu,
the database file damaged on disk, the backup restored from the File menu, the data back.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel
from ui_helpers import FakeDialogs

from itsm_desktop.services import catalog
from itsm_desktop.services.demo import load_demo
from itsm_desktop.services.maintenance import (
    DEFAULT_KEEP_BACKUPS,
    check_database,
    default_backup_folder,
    list_automatic_backups,
)
from itsm_desktop.store import Database
from itsm_desktop.ui.about import AboutDialog
from itsm_desktop.ui.backups import KEEP_KEY, keep_backups
from itsm_desktop.ui.common.dialogs import Answer
from itsm_desktop.ui.main_window import MainWindow
from itsm_desktop.ui.preferences import PreferencesDialog

SHOTS = Path("/tmp/shots")


@pytest.fixture
def window(make_window: Any, db: Database) -> Iterator[MainWindow]:
    window = make_window(db)
    yield window
    window.backups.wait()
    if window.ctx.db is not db:  # restored or switched: the window opened this one itself
        window.ctx.db.close()


@pytest.fixture
def portfolio(db: Database) -> Database:
    load_demo(db)
    return db


def codes(db: Database) -> list[str]:
    return [code for _id, code, _name, _status in catalog.service_choices(db)]


def damage_middle(path: Path) -> None:
    """Overwrite bytes in the middle of a database file, as a failing disk would."""
    with closing(sqlite3.connect(path)) as con:  # every committed page into the file itself
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    start = (len(data) // page // 2) * page - page
    data[start:start + 3 * page] = (b"\xde\xad\xbe\xef" * page)[: 3 * page]
    path.write_bytes(bytes(data))


def shot(widget: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"safety_{name}.png"))


# --- menus --------------------------------------------------------------------------------------


def test_backup_commands_in_the_file_menu_and_preferences_in_the_edit_menu(window: MainWindow) -> None:
    a = window.window_actions
    # held: PySide6 before 6.11.2 invalidates a menu reached through a temporary action
    menu_actions = window.menuBar().actions()
    menus = {m.menu().objectName() or m.text(): m.menu() for m in menu_actions}
    assert {a.back_up_database, a.restore_backup} <= set(menus["&File"].actions())
    assert a.preferences in menus["&Edit"].actions()
    assert a.back_up_database.text() == "&Back Up Database…"
    assert a.restore_backup.text() == "Res&tore from Backup…"
    assert a.preferences.text() == "Pr&eferences…"


# --- manual backup ------------------------------------------------------------------------------


def test_back_up_offers_a_dated_name_and_says_where_the_copy_went(window: MainWindow, portfolio: Database,
                                                                   tmp_path: Path,
                                                                   fake_dialogs: FakeDialogs) -> None:
    target = tmp_path / "elsewhere" / "monday"
    target.parent.mkdir()
    fake_dialogs.answer("save_file", target)

    window.window_actions.back_up_database.trigger()

    offered = fake_dialogs.calls[0][1][1]
    assert offered == str(portfolio.path.parent / f"itsm-{date.today().isoformat()}.db")
    written = target.with_suffix(".db")
    assert check_database(written)[0] == []
    assert codes(Database.open(written)) == codes(portfolio)
    assert str(written) in window.statusBar().currentMessage()

    fake_dialogs.answer("confirm", False)
    window.window_actions.back_up_database.trigger()  # the next one is offered in the same folder
    offers = [args[1] for name, args in fake_dialogs.calls if name == "save_file"]
    assert offers[-1] == str(target.parent / f"itsm-{date.today().isoformat()}.db")


def test_back_up_asks_before_replacing_a_file(window: MainWindow, tmp_path: Path,
                                              fake_dialogs: FakeDialogs) -> None:
    existing = tmp_path / "old-backup.db"
    existing.write_text("an older backup")
    fake_dialogs.answer("save_file", existing)
    fake_dialogs.answer("confirm", False)

    window.window_actions.back_up_database.trigger()

    assert fake_dialogs.names() == ["save_file", "confirm"]
    assert "already exists" in fake_dialogs.texts("confirm")[0]
    assert existing.read_text() == "an older backup"


def test_back_up_onto_the_database_itself_is_refused(window: MainWindow, db: Database,
                                                     fake_dialogs: FakeDialogs) -> None:
    fake_dialogs.answer("save_file", db.path)
    window.window_actions.back_up_database.trigger()
    assert fake_dialogs.names() == ["save_file", "error"]
    assert "cannot overwrite the database" in fake_dialogs.texts("error")[0]


# --- restore ----------------------------------------------------------------------------------


def test_round_trip_back_up_damage_restore(window: MainWindow, portfolio: Database, tmp_path: Path,
                                           qtbot: Any, fake_dialogs: FakeDialogs) -> None:
    """As a user: back up, the file gets damaged, restore the backup; everything is back."""
    before = codes(portfolio)
    assert len(before) > 20
    path = portfolio.path
    catalog_page = window.pages["catalog"]
    window.show_page("catalog")
    catalog_page.model.reload()
    assert catalog_page.model.rowCount() == len(before)

    backup = tmp_path / "backups-by-hand" / "itsm-monday.db"
    backup.parent.mkdir()
    fake_dialogs.answer("save_file", backup)
    window.window_actions.back_up_database.trigger()
    assert backup.exists()

    damage_middle(path)
    problems, _summary = check_database(path)
    assert problems  # the file really is damaged now

    fake_dialogs.answer("open_file", backup)
    fake_dialogs.answer("confirm", True)
    window.window_actions.restore_backup.trigger()

    assert fake_dialogs.names() == ["save_file", "open_file", "confirm", "info"]
    confirm = fake_dialogs.texts("confirm")[0]
    assert str(path) in confirm and "copy of the database as it is now is kept" in confirm
    kept = sorted(path.parent.glob("itsm.before-restore-*.db"))
    assert len(kept) == 1
    assert str(kept[0]) in fake_dialogs.texts("info")[0]
    assert check_database(path)[0] == []
    assert window.ctx.db is not portfolio and window.ctx.db.path == path
    assert codes(window.ctx.db) == before
    assert catalog_page.model.rowCount() == len(before)  # the window shows the restored records
    assert window.windowTitle().startswith("itsm.db")
    assert "Restored" in window.statusBar().currentMessage()
    assert check_database(kept[0])[0]  # the damaged file is what was kept


def test_a_damaged_backup_is_refused_and_the_database_stays(window: MainWindow, portfolio: Database,
                                                             tmp_path: Path,
                                                             fake_dialogs: FakeDialogs) -> None:
    before = codes(portfolio)
    bad = tmp_path / "bad-backup.db"
    with Database.open(tmp_path / "source.db") as source:
        load_demo(source)
    (tmp_path / "source.db").rename(bad)
    damage_middle(bad)
    fake_dialogs.answer("open_file", bad)
    fake_dialogs.answer("confirm", True)

    window.window_actions.restore_backup.trigger()

    assert fake_dialogs.names() == ["open_file", "confirm", "error"]
    message = fake_dialogs.texts("error")[0]
    assert "cannot be restored" in message
    assert "Traceback" not in message
    assert codes(window.ctx.db) == before  # reopened, unchanged
    assert not list(portfolio.path.parent.glob("*.before-restore-*"))
    window.show_page("catalog")
    assert window.pages["catalog"].model.rowCount() == len(before)


def test_restore_of_a_file_that_is_no_database(window: MainWindow, tmp_path: Path,
                                               fake_dialogs: FakeDialogs) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("my notes")
    fake_dialogs.answer("open_file", notes)
    fake_dialogs.answer("confirm", True)
    window.window_actions.restore_backup.trigger()
    assert "is not an ITSM Desktop database backup" in fake_dialogs.texts("error")[0]
    assert notes.read_text() == "my notes"


def test_restore_settles_unsaved_edits_first(window: MainWindow, make: Any,
                                             fake_dialogs: FakeDialogs) -> None:
    service = make.service("MAIL", name="E-mail")
    window.show_page("catalog")
    page = window.pages["catalog"]
    page.model.reload()
    assert page.show_record(service.id)
    page.editor.name.setText("E-mail and calendar")
    fake_dialogs.answer("ask_save_discard_cancel", Answer.CANCEL)

    window.window_actions.restore_backup.trigger()

    assert fake_dialogs.names() == ["ask_save_discard_cancel"]  # no file asked for
    assert page.editor.is_dirty()


def test_restore_cancelled_at_the_question_changes_nothing(window: MainWindow, db: Database, tmp_path: Path,
                                                           fake_dialogs: FakeDialogs) -> None:
    backup = tmp_path / "b.db"
    fake_dialogs.answer("save_file", backup)
    window.window_actions.back_up_database.trigger()
    fake_dialogs.answer("open_file", backup)
    fake_dialogs.answer("confirm", False)

    window.window_actions.restore_backup.trigger()

    assert window.ctx.db is db
    assert not list(db.path.parent.glob("*.before-restore-*"))


def test_restore_refuses_the_open_database_itself(window: MainWindow, db: Database,
                                                  fake_dialogs: FakeDialogs) -> None:
    fake_dialogs.answer("open_file", db.path)
    window.window_actions.restore_backup.trigger()
    assert fake_dialogs.names() == ["open_file", "error"]
    assert "open database itself" in fake_dialogs.texts("error")[0]
    assert window.ctx.db is db


def test_restore_while_another_program_has_the_database_open(window: MainWindow, db: Database,
                                                             tmp_path: Path,
                                                             fake_dialogs: FakeDialogs) -> None:
    backup = tmp_path / "b.db"
    fake_dialogs.answer("save_file", backup)
    window.window_actions.back_up_database.trigger()
    fake_dialogs.answer("open_file", backup)
    fake_dialogs.answer("confirm", True)
    with closing(sqlite3.connect(db.path)) as other:
        other.execute("BEGIN")
        other.execute("SELECT count(*) FROM service").fetchone()  # a reader holds the file
        window.window_actions.restore_backup.trigger()  # written in place by SQLite: the reader goes on
        other.rollback()
    assert fake_dialogs.names()[-1] == "info" and "error" not in fake_dialogs.names()
    assert window.ctx.db.path == db.path
    assert len(list(db.path.parent.glob("*.before-restore-*"))) == 1


# --- automatic backups ----------------------------------------------------------------------


def test_automatic_backup_once_a_day_off_the_gui_thread(window: MainWindow, db: Database, qtbot: Any) -> None:
    folder = default_backup_folder(db.path)
    with qtbot.waitSignal(window.backups.automatic_done, timeout=10_000) as first:
        assert window.backups.back_up_automatically()
    made, error = first.args
    assert error == "" and made is not None and made.parent == folder
    assert check_database(made)[0] == []
    assert "automatic backup" in window.statusBar().currentMessage()

    with qtbot.waitSignal(window.backups.automatic_done, timeout=10_000) as second:
        window.backups.back_up_automatically()
    assert second.args == [None, ""]  # today's exists already
    assert len(list_automatic_backups(db.path)) == 1


def test_automatic_backups_can_be_turned_off(window: MainWindow, db: Database, settings: Any) -> None:
    settings.setValue(KEEP_KEY, 0)
    assert not window.backups.back_up_automatically()
    assert not default_backup_folder(db.path).exists()


def test_automatic_backup_when_another_database_is_opened(window: MainWindow, tmp_path: Path, qtbot: Any,
                                                          fake_dialogs: FakeDialogs) -> None:
    window.backups.automatic = True  # as the application turns them on when it starts
    other = tmp_path / "other" / "team.db"
    fake_dialogs.answer("save_file", other)
    with qtbot.waitSignal(window.backups.automatic_done, timeout=10_000) as done:
        window.window_actions.new_database.trigger()
    made, _error = done.args
    assert made is not None and made.parent == other.parent / "backups"
    assert made.name.startswith("team-")


def test_a_failing_automatic_backup_is_a_status_message(window: MainWindow, db: Database, qtbot: Any) -> None:
    default_backup_folder(db.path).write_text("a file where the folder should be")
    with qtbot.waitSignal(window.backups.automatic_done, timeout=10_000) as done:
        window.backups.back_up_automatically()
    made, error = done.args
    assert made is None and "Cannot make the automatic backup" in error
    assert window.statusBar().currentMessage() == error
    assert window.isVisible()


def test_start_automatic_waits_for_the_window_then_backs_up(window: MainWindow, db: Database,
                                                            qtbot: Any) -> None:
    with qtbot.waitSignal(window.backups.automatic_done, timeout=10_000):
        window.backups.start_automatic(delay_ms=10)
    assert len(list_automatic_backups(db.path)) == 1


# --- preferences and About --------------------------------------------------------------------


def test_preferences_set_how_many_backups_are_kept(window: MainWindow, db: Database, settings: Any,
                                                   fake_dialogs: FakeDialogs) -> None:
    seen: list[PreferencesDialog] = []

    def change(_parent: Any, dialog: PreferencesDialog) -> int:
        seen.append(dialog)
        assert dialog.keep.value() == DEFAULT_KEEP_BACKUPS
        assert dialog.folder_edit.text() == str(default_backup_folder(db.path))
        assert dialog.folder_edit.isReadOnly()
        assert not dialog.open_button.isEnabled()  # no backup folder yet
        dialog.keep.setValue(3)
        return QDialog.DialogCode.Accepted.value

    fake_dialogs.answer("run_dialog", change)
    window.window_actions.preferences.trigger()
    assert seen and keep_backups(settings) == 3

    fake_dialogs.answer("run_dialog", lambda _p, dialog: (dialog.keep.setValue(0), 0)[1])  # cancelled
    window.window_actions.preferences.trigger()
    assert keep_backups(settings) == 3


def test_preferences_dialog_looks_tidy(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "a rather long folder name for backups" / "backups"
    folder.mkdir(parents=True)
    opened: list[Any] = []
    monkeypatch.setattr("itsm_desktop.ui.preferences.QDesktopServices.openUrl",
                        lambda url: opened.append(url) or True)
    dialog = PreferencesDialog(7, folder, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.open_button.isEnabled()
    dialog.open_button.click()
    assert opened and opened[0].toLocalFile() == str(folder)
    assert dialog.keep_label.text().startswith("automatic backups")
    dialog.keep.setValue(1)
    assert dialog.keep_label.text().startswith("automatic backup ")
    dialog.keep.setValue(7)
    assert dialog.width() < 700 and dialog.height() < 400
    shot(dialog, "preferences")


def test_about_shows_the_automatic_backup_folder(window: MainWindow, db: Database,
                                                 fake_dialogs: FakeDialogs) -> None:
    shown: list[AboutDialog] = []
    fake_dialogs.answer("show_about", lambda _parent, dialog: shown.append(dialog))
    window.window_actions.about.trigger()
    label = shown[0].findChild(QLabel, "about_backups")
    assert label is not None
    assert str(default_backup_folder(db.path)) in label.text()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_manual_backup_is_private(window: MainWindow, tmp_path: Path, fake_dialogs: FakeDialogs) -> None:
    target = tmp_path / "private.db"
    fake_dialogs.answer("save_file", target)
    window.window_actions.back_up_database.trigger()
    assert target.stat().st_mode & 0o077 == 0


def test_the_paper_size_is_set_in_preferences(window: MainWindow, settings: Any, fake_dialogs: FakeDialogs,
                                              qtbot: Any) -> None:
    from itsm_desktop.ui.printing.pdf import page_size_setting

    automatic = page_size_setting(settings)
    chosen = "Letter" if automatic == "A4" else "A4"

    def choose(_parent: Any, dialog: PreferencesDialog) -> int:
        assert dialog.paper.currentData() == "" and automatic in dialog.paper.currentText()
        dialog.paper.setFocus()
        for _ in range(2 if chosen == "Letter" else 1):  # Automatic, A4, US Letter
            qtbot.keyClick(dialog.paper, Qt.Key.Key_Down)
        assert dialog.paper.currentData() == chosen
        return QDialog.DialogCode.Accepted.value

    fake_dialogs.answer("run_dialog", choose)
    window.window_actions.preferences.trigger()
    assert page_size_setting(settings) == chosen
    assert window.print_actions.page_size() == chosen  # what preview, print and export use

    def automatic_again(_parent: Any, dialog: PreferencesDialog) -> int:
        assert dialog.paper.currentData() == chosen
        dialog.paper.setCurrentIndex(0)
        return QDialog.DialogCode.Accepted.value

    fake_dialogs.answer("run_dialog", automatic_again)
    window.window_actions.preferences.trigger()
    assert page_size_setting(settings) == automatic


def test_a_number_of_backups_out_of_range_is_kept_and_ok_refuses_it(qtbot: Any, tmp_path: Path) -> None:
    dialog = PreferencesDialog(7, tmp_path / "backups", None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.keep.setFocus()
    dialog.keep.lineEdit().selectAll()
    qtbot.keyClicks(dialog.keep, "500")
    assert dialog.keep.cleanText() == "500"  # not a silent 50
    assert dialog.keep_error.isVisible()
    assert dialog.keep_error.text() == "500 is out of range: enter a number from 0 to 365."
    assert dialog.height() >= dialog.sizeHint().height()  # the message is not cut off

    qtbot.keyClick(dialog.keep, Qt.Key.Key_Return)  # OK
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted.value

    dialog.keep.lineEdit().selectAll()
    qtbot.keyClicks(dialog.keep, "30")
    assert not dialog.keep_error.isVisible()
    qtbot.keyClick(dialog.keep, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted.value and dialog.keep_value() == 30
