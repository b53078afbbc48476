"""Starting the graphical application: one QApplication, one database, the main window."""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from itsm_desktop import APP_ID, APP_NAME, __version__
from itsm_desktop.domain.errors import ItsmError
from itsm_desktop.store import Database, StoreError

from .common.dialogs import Dialogs
from .common.icons import app_icon
from .common.messages import say_error
from .common.theme import apply_theme, saved_theme
from .diagnostics import install_diagnostics
from .files import database_is_empty, demo_available, load_sample
from .language_switch import open_databases
from .languages import effective_language, use_language
from .settings import open_settings


def application() -> QApplication:
    """The QApplication, created once, with the application's name, organization and icon."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName("io.github.itsm_desktop.ItsmDesktop")
    app.setWindowIcon(app_icon())
    return app


EXIT_AFTER_PAINT_ENV = "ITSM_DESKTOP_EXIT_AFTER_PAINT"
PAINTED_MARK = "itsm-desktop: first paint at"
CPU_MARK = "itsm-desktop: CPU seconds to first paint"


class _FirstPaint(QObject):
    """Reports on stdout once the window has painted, then quits: the process's CPU time by
    then (a line of its own, first) and the wall-clock time (seconds since the epoch).

    For start-up measurements: ``ITSM_DESKTOP_EXIT_AFTER_PAINT=1`` turns it on.
    """

    def __init__(self, app: QApplication, window: QWidget) -> None:
        super().__init__(app)
        self._app, self._window, self._seen = app, window, False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (not self._seen and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and watched.window() is self._window):
            self._seen = True
            QTimer.singleShot(0, self._report)  # after the whole window has painted
        return False

    def _report(self) -> None:
        painted, cpu = time.time(), time.process_time()
        print(f"{CPU_MARK} {cpu:.6f}", flush=True)
        print(f"{PAINTED_MARK} {painted:.6f}", flush=True)
        self._app.quit()


def _quit_after_first_paint(app: QApplication, window: QWidget) -> None:
    app.installEventFilter(_FirstPaint(app, window))


def run_gui(database: str | Path, demo: bool = False) -> int:
    """Open the database ``database`` (a file path or URL) and run the main window; the exit code.

    With ``demo``, an empty database is first filled with the sample portfolio. A database
    that cannot be opened is reported in a message box and gives exit code 1.
    """
    app = application()
    settings = open_settings()
    use_language(app, effective_language(settings))
    install_diagnostics(app)
    try:
        db = Database.open(database)
    except StoreError as exc:
        Dialogs.error(None, app.translate("run_gui", "Cannot Open Database"), say_error(exc))
        return 1
    if demo and demo_available() and database_is_empty(db):
        gc.enable()  # filling a database makes garbage: collected as usual, not frozen below
        try:
            load_sample(db)
        except ItsmError as exc:
            Dialogs.error(None, app.translate("run_gui", "Load Sample Portfolio"), say_error(exc))
    from .main_window import MainWindow  # after the QApplication exists

    # What is loaded by now (modules, classes, the models' tables) lives as long as the
    # application: keep the garbage collector from walking it again in every full collection,
    # one of which would otherwise fall while the window is built. (The command line starts
    # with collection off: the few cycles left by loading are frozen too, a few hundred KB.)
    gc.freeze()
    gc.enable()
    apply_theme(saved_theme(settings))
    window = MainWindow(db, settings)
    window.show()
    window.backups.start_automatic()  # the day's backup, off the GUI thread, after the first paint
    if os.environ.get(EXIT_AFTER_PAINT_ENV):
        _quit_after_first_paint(app, window)
    try:
        return app.exec()
    finally:
        for db_now in open_databases(window):
            db_now.close()
