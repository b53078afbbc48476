"""Diagnostics: the rotating log file, the handler of unexpected errors, and Help ▸ About."""

from __future__ import annotations

import sqlite3
import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QLabel
from ui_helpers import FakeDialogs

from itsm_desktop import __version__
from itsm_desktop.ui.about import AboutDialog, package_version
from itsm_desktop.ui.diagnostics import install_diagnostics, log, log_path, start_logging
from itsm_desktop.ui.main_window import MainWindow


def test_the_log_file_is_written_in_the_log_folder(log_dir: Path) -> None:
    path = start_logging()
    assert path == log_dir / "itsm-desktop.log" == log_path()
    log.warning("a line to find")
    text = path.read_text(encoding="utf-8")
    assert "ITSM Desktop 0.1.0 started" in text and "a line to find" in text


def test_the_log_file_rotates_instead_of_growing(log_dir: Path) -> None:
    start_logging()
    for n in range(3000):
        log.info("line %d %s", n, "x" * 500)
    sizes = sorted(p.name for p in log_dir.iterdir())
    assert sizes[:2] == ["itsm-desktop.log", "itsm-desktop.log.1"]
    assert all(p.stat().st_size <= 1024 * 1024 for p in log_dir.iterdir())
    assert len(sizes) <= 4  # the current file and three before it


def test_an_uncaught_error_is_logged_and_shown_with_the_log_location(
        qtbot: Any, log_dir: Path, fake_dialogs: FakeDialogs) -> None:
    install_diagnostics()
    try:
        raise ValueError("the unexpected thing")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: fake_dialogs.names() == ["error"])
    message = fake_dialogs.texts("error")[0]
    assert "Unexpected Error" in message
    assert "ValueError: the unexpected thing" in message
    assert str(log_dir / "itsm-desktop.log") in message
    logged = (log_dir / "itsm-desktop.log").read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and "the unexpected thing" in logged


def test_an_error_in_another_thread_is_reported_on_the_gui_thread(
        qtbot: Any, log_dir: Path, fake_dialogs: FakeDialogs) -> None:
    install_diagnostics()
    shown_on: list[threading.Thread] = []
    fake_dialogs.answer("error", lambda *_args: shown_on.append(threading.current_thread()))

    def fail() -> None:
        raise RuntimeError("in a worker")

    worker = threading.Thread(target=fail, name="worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(shown_on))
    assert shown_on == [threading.main_thread()]
    logged = (log_dir / "itsm-desktop.log").read_text(encoding="utf-8")
    assert "RuntimeError: in a worker" in logged


def test_about_shows_versions_and_folders(main_window: MainWindow, log_dir: Path,
                                          fake_dialogs: FakeDialogs) -> None:
    shown: list[AboutDialog] = []
    fake_dialogs.answer("show_about", lambda _parent, dialog: shown.append(dialog))
    main_window.window_actions.about.trigger()
    dialog = shown[0]
    versions = dialog.findChild(QLabel, "about_versions")
    assert versions is not None
    text = versions.text()
    for part in (f"ITSM Desktop {__version__}", f"Python {sys.version.split()[0]}", f"Qt {qVersion()}",
                 "PySide6 ", f"SQLite {sqlite3.sqlite_version}",
                 f"reportlab {package_version('reportlab')}"):
        assert part in text
    assert str(log_dir) in dialog.findChild(QLabel, "about_log_folder").text()
    assert "Data folder: " in dialog.findChild(QLabel, "about_data_folder").text()
    dialog.deleteLater()
