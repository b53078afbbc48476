"""File ▸ Back Up Database… and Restore from Backup…, and the automatic backup after opening.

A manual backup is SQLite's consistent copy of the open database, written while it stays
open. Restoring closes the window's database, lets ``restore_backup`` check the backup and
write it into the database file under SQLite's lock (keeping a copy of the current
database; other windows on the file may stay open), and opens the database again the way
File ▸ Open does, so that nothing cached from before survives. The automatic backup (at most one a day, the newest N kept) runs on a worker thread so
that a large database never holds up the window; a failure only shows in the status bar.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow

from itsm_desktop.domain.errors import ItsmError
from itsm_desktop.store import Database, StoreError

from .common.context import AppContext
from .common.dialogs import Dialogs
from .common.messages import say_error
from .common.translate import tr as _tr
from .files import DatabaseFiles

# The maintenance services and the preferences dialog are imported when first used, so that
# building the window costs nothing more than these few objects.

KEEP_KEY = "backup/keep"
FOLDER_KEY = "backup/folder"
RESTORE_BUSY_TIMEOUT = 5.0  # seconds to wait for another program's save to end
AUTOMATIC_DELAY_MS = 400  # the automatic backup at start waits until the window has painted
MESSAGE_MS = 8000


def keep_backups(settings: QSettings) -> int:
    """How many automatic backups to keep (0: none are made), from the preferences."""
    from itsm_desktop.services.maintenance import DEFAULT_KEEP_BACKUPS

    value = settings.value(KEEP_KEY, DEFAULT_KEEP_BACKUPS)
    try:
        return max(0, int(str(value)))
    except (TypeError, ValueError):
        return DEFAULT_KEEP_BACKUPS


def set_keep_backups(settings: QSettings, keep: int) -> None:
    settings.setValue(KEEP_KEY, max(0, int(keep)))


def backup_name(db: Database, today: date | None = None) -> str:
    """``itsm-2026-11-21.db``: the name a manual backup of ``db`` is offered under."""
    return f"{db.backend.backup_stem()}-{(today or date.today()).isoformat()}.db"


@contextmanager
def _busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class _Relay(QObject):
    """Carries a worker's result to the GUI thread (a queued signal)."""

    done = Signal(str, str, str)  # database, backup made ("" for none), error ("" for none)


class Backups(QObject):
    """The window's backups: the two File menu commands and the automatic daily backup."""

    automatic_done = Signal(object, str)  # the backup made (or None), an error message ("" if none)

    def __init__(self, ctx: AppContext, window: QMainWindow, files: DatabaseFiles,
                 can_leave: Callable[[], bool]) -> None:
        super().__init__(window)
        self.ctx, self.window, self.files, self._can_leave = ctx, window, files, can_leave
        self.pool = QThreadPool(self)  # created first: destroyed first, waiting for a running job
        self.pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._automatic_finished)
        self.automatic = False  # automatic backups run once the application has started them
        files.switched.connect(self._database_opened)
        app = QCoreApplication.instance()
        if app is not None:  # quitting waits for a backup being written
            app.aboutToQuit.connect(self.wait)

    # --- manual backup ----------------------------------------------------------------------

    def _message(self, text: str, timeout: int = MESSAGE_MS) -> None:
        self.window.statusBar().showMessage(text, timeout)

    def last_folder(self) -> Path:
        """Where the last manual backup went (else the database's own folder)."""
        folder = self.ctx.settings.value(FOLDER_KEY, "")
        path = Path(str(folder)) if folder else self.files.dialog_folder()
        return path if path.is_dir() else self.files.dialog_folder()

    def back_up(self) -> Path | None:
        """Ask where to, then write a consistent copy of the open database; the copy or None."""
        from itsm_desktop.services.maintenance import backup_database

        title = _tr("Back Up Database")
        db = self.ctx.db
        path = Dialogs.save_file(self.window, title, str(self.last_folder() / backup_name(db)))
        if path is None:
            return None
        if path.suffix == "":
            path = path.with_suffix(".db")
        if path.exists() and path.resolve() != db.location and not Dialogs.confirm(
                self.window, title, _tr("{name} already exists in {folder}. Replace it with a new backup?")
                .format(name=path.name, folder=path.parent), accept=_tr("Replace"), destructive=True):
            return None
        try:
            with _busy():
                written = backup_database(db, output=path)
        except ItsmError as exc:
            Dialogs.error(self.window, _tr("Not Backed Up"), say_error(exc))
            return None
        self.ctx.settings.setValue(FOLDER_KEY, str(written.parent))
        self._message(_tr("Backed up the database to {path}.").format(path=written))
        return written

    # --- restore ----------------------------------------------------------------------------

    def restore(self) -> bool:
        """Replace the open database by a backup the user chooses; True when it was restored.

        The current database is kept beside it first. A backup that is damaged, not a
        database or from a newer version is refused with nothing changed.
        """
        from itsm_desktop.services.maintenance import default_backup_folder, restore_backup

        title = _tr("Restore from Backup")
        if not self._can_leave():
            return False
        current, shown, location = self.ctx.db.target(), self.ctx.db.describe(), self.ctx.db.location
        automatic = default_backup_folder(current)
        start = automatic if automatic.is_dir() else self.last_folder()
        backup = Dialogs.open_file(self.window, title, str(start))
        if backup is None:
            return False
        if backup.resolve() == location:
            Dialogs.error(self.window, title, _tr("{path} is the open database itself; choose a backup "
                                                  "of it.").format(path=shown))
            return False
        if not Dialogs.confirm(
                self.window, title,
                _tr("Replace the open database {current} with the backup {backup}?\n\nEverything saved "
                    "since that backup was made is replaced. A copy of the database as it is now is "
                    "kept beside it.").format(current=shown, backup=backup),
                accept=_tr("Restore"), destructive=True):
            return False
        self.pool.waitForDone()  # an automatic backup still reading the file would block the restore
        integrity = getattr(self.window, "integrity", None)
        if integrity is not None:  # nor may a background integrity check keep the file open
            integrity.cancel()
        failure = ""
        kept: Path | None = None
        with _busy():
            self.ctx.db.close()
            try:
                kept = restore_backup(current, backup, busy_timeout=RESTORE_BUSY_TIMEOUT)
            except ItsmError as exc:  # checked and refused: nothing was changed
                failure = say_error(exc)
            except Exception as exc:  # unforeseen: still reopen the database below
                failure = _tr("The backup {backup} could not be restored: {error}.").format(
                    backup=backup, error=str(exc).rstrip(".") or type(exc).__name__)
        reopened = self._reopen(current)
        if failure:
            Dialogs.error(self.window, _tr("Not Restored"), failure)
            return False
        if not reopened:
            return False
        self._message(_tr("Restored the backup {backup}.").format(backup=backup))
        kept_text = (_tr("The database as it was before is kept as {kept}.").format(kept=kept)
                     if kept is not None else "")
        Dialogs.info(self.window, _tr("Backup Restored"),
                     _tr("Restored the backup {backup} into {current}.").format(backup=backup, current=shown)
                     + ("\n\n" + kept_text if kept_text else ""))
        return True

    def _reopen(self, target: str) -> bool:
        """Open the database ``target`` again as the window's database, as File ▸ Open does."""
        try:
            db = Database.open(target)
        except StoreError as exc:
            Dialogs.error(self.window, _tr("Cannot Open Database"), say_error(exc))
            return False
        self.files.use_database(db)
        return True

    # --- preferences ------------------------------------------------------------------------

    def edit_preferences(self) -> bool:
        """Edit ▸ Preferences…; a changed theme or number of backups applies at once.

        True when something changed.
        """
        from .common.theme import apply_theme, save_theme, saved_theme
        from .languages import save_language, saved_language
        from .preferences import ask_preferences
        from .printing.pdf import page_size_choice, set_page_size_setting

        changes = ask_preferences(self.window, keep_backups(self.ctx.settings), self.ctx.db.target(),
                                  saved_theme(self.ctx.settings), page_size_choice(self.ctx.settings),
                                  saved_language(self.ctx.settings))
        if changes is None:
            return False
        if changes.theme is not None:
            save_theme(self.ctx.settings, changes.theme)
            apply_theme(changes.theme)
        if changes.paper is not None:
            set_page_size_setting(self.ctx.settings, changes.paper)
        if changes.language is not None:
            save_language(self.ctx.settings, changes.language)
            self._switch_language()
        keep = changes.keep
        if keep is None:
            return any(value is not None for value in (changes.theme, changes.paper, changes.language))
        set_keep_backups(self.ctx.settings, keep)
        if self.automatic and keep > 0:
            self.back_up_automatically()  # turned on, or fewer kept: prune now
        return True

    def _switch_language(self) -> None:
        """Show the window in the language now chosen, once Preferences has closed."""
        from .language_switch import rebuild_in_language
        from .languages import effective_language
        from .main_window import MainWindow

        window, automatic = self.window, self.automatic

        def rebuild() -> None:
            fresh = rebuild_in_language(window, effective_language(self.ctx.settings)) \
                if isinstance(window, MainWindow) else None
            if fresh is None:
                window.statusBar().showMessage(
                    _tr("The language chosen applies the next time ITSM Desktop starts."), 8000)
                return
            fresh.backups.automatic = automatic  # the day's backup is made already

        QTimer.singleShot(0, self, rebuild)

    # --- automatic backups ------------------------------------------------------------------

    def start_automatic(self, delay_ms: int = AUTOMATIC_DELAY_MS) -> None:
        """Turn automatic backups on: one now (shortly), and one whenever a database is opened."""
        self.automatic = True
        QTimer.singleShot(delay_ms, self, self._automatic_at_start)

    def _automatic_at_start(self) -> None:
        if self.window.isVisible():
            self.back_up_automatically()

    def _database_opened(self) -> None:
        if self.automatic:
            self.back_up_automatically()

    def back_up_automatically(self) -> bool:
        """Start the day's automatic backup on a worker thread; False when they are turned off.

        ``automatic_done`` tells the outcome; a failure is shown in the status bar.
        """
        from itsm_desktop.services.maintenance import auto_backup

        keep = keep_backups(self.ctx.settings)
        if keep < 1:
            return False
        db, relay = self.ctx.db, self._relay

        def job() -> None:
            made, error = "", ""
            try:
                result = auto_backup(db, keep=keep)
                made = str(result) if result is not None else ""
            except ItsmError as exc:
                error = say_error(exc)
            except Exception as exc:  # a damaged file, a full disk: reported, never a crash
                error = _tr("Cannot make the automatic backup of {path}: {error}.").format(
                    path=db.describe(), error=str(exc).rstrip(".") or type(exc).__name__)
            with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
                relay.done.emit(db.target(), made, error)

        self.pool.start(job)
        return True

    def _automatic_finished(self, database: str, made: str, error: str) -> None:
        if error:
            self._message(error, MESSAGE_MS * 2)
        elif made and database == self.ctx.db.target():
            self._message(_tr("Made the day's automatic backup: {path}.").format(path=made))
        self.automatic_done.emit(Path(made) if made else None, error)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for a running automatic backup (tests, and before a restore)."""
        return self.pool.waitForDone(msecs)
