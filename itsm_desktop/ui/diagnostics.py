"""What a user can send when something goes wrong: a rotating log file and a crash handler.

The log lives in the platform's log folder (``$ITSM_DESKTOP_LOG_DIR`` overrides it, for tests
and portable installs). An exception nobody caught, on the GUI thread or another one, is
written there with its traceback and reported in one dialog that says where the log is.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QObject, Signal, Slot

from itsm_desktop import APP_ID, APP_NAME, __version__

from .common.dialogs import Dialogs
from .common.translate import tr as _tr

LOG_DIR_ENV = "ITSM_DESKTOP_LOG_DIR"
LOG_FILE = "itsm-desktop.log"
LOG_MAX_BYTES = 1024 * 1024
LOG_BACKUPS = 3  # itsm-desktop.log.1 … .3: the last few sessions, a few MB at most
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"

log = logging.getLogger("itsm_desktop")


def log_folder() -> Path:
    """Where the log file is written: ``$ITSM_DESKTOP_LOG_DIR``, else the platform's log folder."""
    chosen = os.environ.get(LOG_DIR_ENV)
    return Path(chosen) if chosen else Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def log_path() -> Path:
    """The current log file."""
    return log_folder() / LOG_FILE


def start_logging() -> Path | None:
    """Send the application's log records to the rotating log file; its path, None if unwritable.

    Called again (a second window, a test), it replaces its own handler and adds no other.
    """
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS,
                                      encoding="utf-8")
    except OSError:
        return None  # a read-only home folder must not keep the application from starting
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.set_name("itsm_desktop_file")
    stop_logging()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.info("%s %s started (Python %s)", APP_NAME, __version__, sys.version.split()[0])
    return path


def stop_logging() -> None:
    """Close the log file (tests; the application keeps it open until it exits)."""
    for old in [h for h in log.handlers if h.get_name() == "itsm_desktop_file"]:
        log.removeHandler(old)
        old.close()


class CrashReporter(QObject):
    """Logs every uncaught exception and tells the user, on the GUI thread, where the log is."""

    _report = Signal(str)  # crosses from any thread to the GUI thread (a queued connection)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._report.connect(self._show)
        self._showing = False

    def install(self) -> None:
        """Become ``sys.excepthook`` and ``threading.excepthook``."""
        sys.excepthook = self.handle
        threading.excepthook = self.handle_thread

    def handle(self, kind: type[BaseException], error: BaseException,
               tb: TracebackType | None) -> None:
        """Log the traceback and report it (``sys.excepthook``)."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        text = "".join(traceback.format_exception(kind, error, tb))
        log.error("Unexpected error:\n%s", text.rstrip())
        self._report.emit(f"{kind.__name__}: {error}")

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook``: the same for exceptions of other threads."""
        if args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str)
    def _show(self, summary: str) -> None:
        if self._showing:  # one dialog at a time: an error inside a repaint must not cascade
            return
        self._showing = True
        try:
            Dialogs.error(None, _tr("Unexpected Error"), crash_message(summary))
        finally:
            self._showing = False


def crash_message(summary: str) -> str:
    """The sentence shown after an unexpected error: what happened and where the log is."""
    return _tr("Something went wrong that {app} did not expect ({summary}). Your saved work is "
               "safe; what you were typing may not be. The details are in the log file {path} — "
               "please attach it when you report this.").format(
        app=APP_NAME, summary=summary, path=log_path())


def install_diagnostics(parent: QObject | None = None) -> CrashReporter:
    """Start the log file and the crash handler (at application start)."""
    start_logging()
    reporter = CrashReporter(parent)
    reporter.install()
    return reporter
