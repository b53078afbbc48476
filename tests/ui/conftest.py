"""Fixtures of the user-interface tests: the real main window on a temporary database.

Settings go to an INI file in the test's temporary folder, and every blocking dialog is
replaced: a dialog a test did not expect fails the test instead of waiting for a click.
"""

from __future__ import annotations

import shutil
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from ui_helpers import FakeDialogs

from itsm_desktop.services.demo import load_demo
from itsm_desktop.store import Database
from itsm_desktop.ui.diagnostics import LOG_DIR_ENV, stop_logging
from itsm_desktop.ui.main_window import MainWindow
from itsm_desktop.ui.settings import SETTINGS_ENV, open_settings

# The offscreen platform has no window system: it says so when a laid-out window passes on
# its minimum size, or a popup (completer, menu) raises itself and grabs the keyboard. These
# messages are about the test platform, not the application; any other warning fails a test.
OFFSCREEN_LIMITS = (r"This plugin does not support (propagateSizeHints\(\)|raise\(\)"
                    r"|grabbing the keyboard|grabbing the mouse)")
UI_TESTS = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if UI_TESTS in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS))


@pytest.fixture(autouse=True)
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The log file goes to the test's folder; the crash hooks a test installs are undone."""
    folder = tmp_path / "logs"
    monkeypatch.setenv(LOG_DIR_ENV, str(folder))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield folder
    stop_logging()


@pytest.fixture
def fake_dialogs(monkeypatch: pytest.MonkeyPatch) -> FakeDialogs:
    return FakeDialogs(monkeypatch)


@pytest.fixture
def settings_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "settings" / "itsm-desktop.ini"
    monkeypatch.setenv(SETTINGS_ENV, str(path))
    return path


@pytest.fixture
def settings(settings_path: Path) -> QSettings:
    return open_settings(settings_path)


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: Any, settings: QSettings, fake_dialogs: FakeDialogs) -> Iterator[WindowFactory]:
    """Build main windows on a database; they are closed (without questions) afterwards."""
    windows: list[MainWindow] = []

    def build(database: Database, *, settings_: QSettings | None = None, show: bool = True) -> MainWindow:
        chosen = settings_ or settings
        window = MainWindow(database, chosen)
        if chosen.value("window/geometry") is None:
            window.resize(1280, 800)
        if show:
            window.show()
            qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield build
    for window in windows:
        for page in window.pages.values():
            editor = getattr(page, "editor", None)
            if editor is not None:
                editor._set_clean()  # leave without the unsaved-changes question
        window.close()
        window.deleteLater()
    qtbot.wait(1)  # let the deferred deletions happen inside this test

@pytest.fixture
def main_window(make_window: WindowFactory, db: Database) -> MainWindow:
    return make_window(db)


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample portfolio, loaded once; each test works on its own copy."""
    path = tmp_path_factory.mktemp("demo") / "portfolio.db"
    with Database.open(path) as database:
        load_demo(database)
    return path


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "portfolio.db"
    shutil.copyfile(demo_file, copy)
    database = Database.open(copy)
    try:
        yield database
    finally:
        QThreadPool.globalInstance().waitForDone(10_000)  # no worker may outlive the file
        database.close()
