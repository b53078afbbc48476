"""Work that runs on a ``QThreadPool`` thread while the window stays responsive.

A progress dialog appears when the work takes longer than a blink, and cancelling it discards
the result. Use cases open their own database session in the worker thread (the engine allows
connections to be used from any thread).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from functools import partial
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import (
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from itsm_desktop.domain.errors import ItsmError

from .translate import tr as _tr

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 300  # quick work finishes before a progress dialog would flash


class JobControl(QObject):
    """What long work and its progress dialog say to each other across threads: the share done
    (``report``, from the worker) and the user's Cancel (``cancelled``, asked by the worker)."""

    progressed = Signal(float)  # emitted from the worker thread; queued to the dialog

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def report(self, share: float) -> None:
        """The work is ``share`` (0 to 1) done."""
        self.progressed.emit(share)

    def cancelled(self) -> bool:
        """Whether the user asked to stop: the work should end at once."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Task(QRunnable):
    """Runs ``work`` on a pool thread and reports back through the job's signals."""

    def __init__(self, job: BackgroundJob, work: Callable[[], Any]) -> None:
        super().__init__()
        self._job = job
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except ItsmError as exc:
            self._job.worker_refused.emit(exc)
        except OSError as exc:
            self._job.worker_failed.emit(_tr("Cannot use {path}: {reason}.").format(
                path=exc.filename or "", reason=exc.strerror or exc))
        except Exception as exc:  # a bug must reach the user as a message, not kill the thread
            log.exception("background work failed")
            self._job.worker_failed.emit(
                _tr("The work could not be done: {error}").format(error=exc))
        else:
            self._job.worker_done.emit(result)


class BackgroundJob(QObject):
    """One piece of background work with a progress dialog over ``parent_widget``.

    Exactly one of ``finished`` (the result), ``refused`` (the ``ItsmError`` a use case
    raised), ``failed`` (a sentence for the user about anything else) or ``cancelled`` is
    emitted, in the GUI thread.
    """

    finished = Signal(object)
    refused = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    worker_done = Signal(object)  # emitted from the pool thread
    worker_refused = Signal(object)  # emitted from the pool thread
    worker_failed = Signal(str)  # emitted from the pool thread

    _running: ClassVar[set[BackgroundJob]] = set()  # kept alive until the worker has reported

    def __init__(self, work: Callable[[], Any], *, label: str, parent_widget: QWidget | None) -> None:
        super().__init__()
        self._work = work
        self._label = label
        self._parent_widget = parent_widget
        self._progress: QProgressDialog | None = None
        self._state = "new"
        self._control: JobControl | None = None
        self._share = -1.0  # none reported yet: the dialog shows a busy bar
        self.worker_done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self.worker_refused.connect(self._on_refused, Qt.ConnectionType.QueuedConnection)
        self.worker_failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        """Whether the work has started and nothing has been reported yet."""
        return self._state == "running"

    def start(self, pool: QThreadPool | None = None) -> BackgroundJob:
        """Start the work on ``pool`` (the global pool by default); returns self."""
        self._state = "running"
        BackgroundJob._running.add(self)
        QTimer.singleShot(PROGRESS_DELAY_MS, self, self._show_progress)
        (pool or QThreadPool.globalInstance()).start(_Task(self, self._work))
        return self

    def follow(self, control: JobControl) -> None:
        """Show the share of the work ``control`` reports; Cancel tells it to stop."""
        self._control = control
        control.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)

    @Slot(float)
    def _on_progress(self, share: float) -> None:
        self._share = share
        if self._progress is not None and shiboken6.isValid(self._progress):
            self._progress.setRange(0, 1000)
            self._progress.setValue(round(share * 1000))

    @Slot()
    def cancel(self) -> None:
        """Stop waiting: the result, when it comes, is thrown away (work that follows a
        ``JobControl`` is told to stop at once)."""
        if self._control is not None:
            self._control.cancel()
        if self._state == "running":
            self._state = "cancelled"
            self._close_progress()
            self.cancelled.emit()

    @Slot()
    def _show_progress(self) -> None:
        if self._state != "running":
            return
        parent = self._parent_widget if shiboken6.isValid(self._parent_widget) else None
        dialog = QProgressDialog(self._label, _tr("Cancel"), 0, 0, parent)
        dialog.setObjectName("render_progress")
        dialog.setWindowTitle(_tr("Please wait"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self._progress = dialog
        if self._share >= 0:
            self._on_progress(self._share)

    def _close_progress(self) -> None:
        dialog, self._progress = self._progress, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.canceled.disconnect(self.cancel)
            dialog.close()
            dialog.deleteLater()

    def _release(self) -> None:
        # Not deleted while Qt is still delivering this very event: let go once it is done.
        QTimer.singleShot(0, partial(BackgroundJob._running.discard, self))

    def _end(self, state: str) -> bool:
        """Record how the work ended; False when nobody waits for it any more (cancelled)."""
        self._release()
        if self._state != "running":
            return False
        self._state = state
        self._close_progress()
        return True

    @Slot(object)
    def _on_done(self, result: object) -> None:
        if self._end("done"):
            self.finished.emit(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if self._end("failed"):
            self.failed.emit(message)

    @Slot(object)
    def _on_refused(self, error: object) -> None:
        if self._end("refused"):
            self.refused.emit(error)

