"""The window names its database by what it is, and remembers URLs without their passwords."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from itsm_desktop.store import Database
from itsm_desktop.ui.main_window import MainWindow
from itsm_desktop.ui.settings import forget_database, recent_databases, remember_database

SERVER = "postgresql+psycopg://alice:s3cret@db.example.org:5433/itsm"


def test_a_server_url_is_remembered_without_its_password(settings: QSettings, settings_path: Path) -> None:
    remember_database(settings, "/data/itsm.db")
    remember_database(settings, SERVER)
    settings.sync()
    assert recent_databases(settings) == ["postgresql+psycopg://alice@db.example.org:5433/itsm", "/data/itsm.db"]
    assert "s3cret" not in settings_path.read_text(encoding="utf-8")
    remember_database(settings, "postgresql+psycopg://alice:other@db.example.org:5433/itsm")
    assert len(recent_databases(settings)) == 2  # the same server, whatever password was typed
    forget_database(settings, SERVER)
    assert recent_databases(settings) == ["/data/itsm.db"]


def test_the_recent_menu_lists_files_and_urls(main_window: MainWindow) -> None:
    remember_database(main_window.settings, SERVER)
    main_window.recent_menu.aboutToShow.emit()
    entries = [a for a in main_window.recent_menu.actions() if a.objectName().startswith("recent_")]
    texts = [a.text() for a in entries]
    assert texts[0] == "&1 postgresql+psycopg://alice@db.example.org:5433/itsm"
    assert not entries[0].isChecked()
    assert texts[1].startswith(f"&2 {main_window.ctx.db.title()}") and entries[1].isChecked()
    assert all("s3cret" not in a.text() + a.toolTip() for a in entries)


def test_a_window_on_an_sqlite_url_shows_the_file(make_window: Any, tmp_path: Path, fake_dialogs: Any) -> None:
    path = (tmp_path / "by url.db").resolve()
    db = Database.open(f"sqlite:///{path}")
    window = make_window(db)
    assert window.windowTitle().startswith("by url.db")
    assert window.path_label.text() == str(path)
    assert recent_databases(window.settings)[0] == str(path)
    shown: list[Any] = []
    fake_dialogs.answer("show_about", lambda _parent, dialog: shown.append(dialog))
    window.window_actions.about.trigger()
    assert str(path) in shown[0].findChild(QLabel, "about_database").text()
