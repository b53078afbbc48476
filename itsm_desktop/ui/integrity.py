"""The full integrity check of the open database, run in the background.

Opening a database checks it quickly (a large SQLite file only its structure:
``Database.integrity_checked`` is False), which cannot see an index that no longer matches its
table or foreign keys to records that are gone. ``IntegrityWatch`` runs the full check
(``Database.integrity_check()``) on a pool thread about a second after the window opens, and
warns the user if the database is damaged.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import (
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    SignalInstance,
    Slot,
)
from PySide6.QtWidgets import QWidget

from itsm_desktop.store import Database
from itsm_desktop.store.backends import BackgroundCheck

from .common.dialogs import Dialogs
from .common.messages import say
from .common.translate import tr as _tr

START_DELAY_MS = 1000  # after the first paint, and out of the way of the first clicks


class _Task(QRunnable):
    def __init__(self, check: BackgroundCheck, report: SignalInstance) -> None:
        super().__init__()
        self._check, self._report = check, report

    def run(self) -> None:
        try:
            problem = self._check.run()
        except Exception:  # noqa: BLE001 - a check that cannot run is no finding
            problem = None
        with contextlib.suppress(RuntimeError):  # the window has gone meanwhile
            self._report.emit(self._check, problem or "")


class IntegrityWatch(QObject):
    """Checks the window's database fully in the background, once the window has opened.

    ``finished`` (database, message) is emitted in the GUI thread when a check ends: the
    database as ``Database.describe()`` names it; the message is empty when it is sound. A
    damaged database is reported with ``Dialogs.error``.
    """

    finished = Signal(str, str)
    _reported = Signal(object, object)  # the check that ended and its sentence, from the pool thread

    def __init__(self, window: QWidget, *, delay_ms: int | None = None) -> None:
        super().__init__(window)
        self._window = window
        self.delay_ms = START_DELAY_MS if delay_ms is None else delay_ms
        self._check: BackgroundCheck | None = None
        self._pending: Database | None = None
        self._checked = ""  # what the running check checks, as finished names it
        self._reported.connect(self._on_reported, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._check is not None

    def watch(self, db: Database) -> None:
        """Check ``db`` fully in a moment; a check of another file stops."""
        self.cancel()
        self._pending = db
        QTimer.singleShot(self.delay_ms, self, self._start)

    @Slot()
    def _start(self) -> None:
        db, self._pending = self._pending, None
        if db is None:
            return
        self._check, self._checked = db.integrity_check(), db.describe()
        QThreadPool.globalInstance().start(_Task(self._check, self._reported))

    def cancel(self) -> None:
        """Stop a check that is waiting or running (another file is opened, the window closes)."""
        self._pending = None
        check, self._check = self._check, None
        if check is not None:
            check.cancel()

    @Slot(object, object)
    def _on_reported(self, check: BackgroundCheck, problem: str) -> None:
        if self._check is None or self._check is not check:
            return  # cancelled meanwhile
        self._check = None
        self.finished.emit(self._checked, problem)
        if problem:
            Dialogs.error(self._window, _tr("Database Damaged"), say(problem))
