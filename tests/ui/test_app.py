"""Starting the graphical application."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui_helpers import FakeDialogs

from itsm_desktop.services import catalog
from itsm_desktop.store import Database
from itsm_desktop.ui.app import run_gui
from itsm_desktop.ui.main_window import MainWindow


def close_main_window_soon(seen: list[MainWindow]) -> None:
    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget)
                widget.close()
    QTimer.singleShot(0, close)


def test_a_bad_database_is_reported_and_exits_non_zero(tmp_path: Path, settings_path: Path,
                                                       fake_dialogs: FakeDialogs) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all")
    assert run_gui(bad, demo=False) == 1
    assert fake_dialogs.names() == ["error"]
    assert "not an ITSM Desktop database" in fake_dialogs.texts("error")[0]
    assert bad.read_bytes() == b"not a database at all"


def test_start_with_the_sample_portfolio(tmp_path: Path, settings_path: Path, qtbot: Any,
                                         fake_dialogs: FakeDialogs) -> None:
    path = tmp_path / "new.db"
    seen: list[MainWindow] = []
    close_main_window_soon(seen)
    assert run_gui(path, demo=True) == 0
    assert seen and seen[0].windowTitle() == "new.db[*] — ITSM Desktop"
    assert QApplication.applicationDisplayName() == "ITSM Desktop"
    assert not QApplication.windowIcon().isNull()
    with Database.open(path) as db:
        assert len(catalog.service_choices(db)) > 10
    assert settings_path.exists()  # the window state was stored on closing


def test_the_layers_below_load_before_qt_at_start() -> None:
    # PySide6 reads the source of every module imported after it: the database layers, loaded
    # first, start about a second sooner; what only the Home page's figures need (read once the
    # window has painted) is not loaded to start at all
    probe = ("import sys, itsm_desktop.ui.app; names = list(sys.modules); "
             "print(all(names.index(m) < names.index('PySide6') for m in "
             "('sqlalchemy', 'sqlmodel', 'itsm_desktop.domain.models', 'itsm_desktop.services.changes')) "
             "and not any(m in names for m in ('itsm_desktop.services.overview', "
             "'itsm_desktop.services.dashboard', 'itsm_desktop.services.lifecycle')))")
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", probe], cwd=root, capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(root)), timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "True"


def test_starting_leaves_upgrades_spreadsheets_and_documents_for_later(tmp_path: Path, settings_path: Path) -> None:
    """What the first paint does not need is not loaded to start: migrations (Alembic), the
    spreadsheet readers and writers, reportlab."""
    with Database.open(tmp_path / "current.db"):
        pass
    later = ("alembic", "openpyxl", "reportlab", "itsm_desktop.services.exchange.importer",
             "itsm_desktop.services.exchange.exporter", "itsm_desktop.ui.exchange.wizard")
    probe = ("import sys\nfrom itsm_desktop.cli import main\n"
             f"main(['--database', {str(tmp_path / 'current.db')!r}])\n"
             f"print([m for m in {later!r} if m in sys.modules])")
    assert _start_probe(probe, settings_path) == "[]"


def test_starting_defines_no_table_before_the_first_paint(tmp_path: Path, settings_path: Path) -> None:
    """Defining the tables is left to their first use: the window paints before any module of
    tables is loaded (opening checks the schema from its written-down form)."""
    from itsm_desktop.domain.models import GROUPS

    with Database.open(tmp_path / "current.db"):
        pass
    tables = tuple(f"itsm_desktop.domain.models.{name}" for name in ("base", *GROUPS))
    probe = ("import sys\nimport itsm_desktop.ui.app as app\n"
             "painted = []\nreport = app._FirstPaint._report\n"
             "def noted(self):\n"
             f"    painted.append([m for m in {tables!r} if m in sys.modules])\n"
             "    report(self)\n"
             "app._FirstPaint._report = noted\n"
             "from itsm_desktop.cli import main\n"
             f"main(['--database', {str(tmp_path / 'current.db')!r}])\n"
             "print(painted)")
    assert _start_probe(probe, settings_path) == "[[]]"


def _start_probe(probe: str, settings_path: Path) -> str:
    """Run ``probe`` (which starts the application, quitting after its first paint) in a new
    interpreter; the last line it prints."""
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root), ITSM_DESKTOP_EXIT_AFTER_PAINT="1",
               ITSM_DESKTOP_SETTINGS=str(settings_path), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", probe], cwd=root, capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip().splitlines()[-1]


def test_a_window_left_alone_loads_the_code_of_its_pages_without_building_them(
        tmp_path: Path, settings_path: Path) -> None:
    """A few seconds after the start, the pages not yet shown have their modules loaded (so the
    first visit only builds the page), but none is built nor reads its records."""
    with Database.open(tmp_path / "current.db"):
        pass
    probe = ("import sys, time\nfrom pathlib import Path\n"
             "from itsm_desktop.ui.app import application\napp = application()\n"
             "from itsm_desktop.store import Database\n"
             "from itsm_desktop.ui.main_window import PAGE_CLASSES, PRELOAD_AFTER_MS, MainWindow\n"
             "from itsm_desktop.ui.settings import open_settings\n"
             f"window = MainWindow(Database.open({str(tmp_path / 'current.db')!r}), "
             f"open_settings(Path({str(settings_path)!r})))\n"
             "window.show()\n"
             "modules = [f'itsm_desktop.ui.{k}.page' for k in PAGE_CLASSES]\n"
             "before = [m for m in modules if m in sys.modules]\n"
             "end = time.monotonic() + PRELOAD_AFTER_MS / 1000 + 3\n"
             "while time.monotonic() < end and not all(m in sys.modules for m in modules):\n"
             "    app.processEvents(); time.sleep(0.01)\n"
             "print(before, [m for m in modules if m not in sys.modules], sorted(window.pages))")
    assert _start_probe(probe, settings_path) == "[] [] ['home']"
