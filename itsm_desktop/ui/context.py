"""What every page and editor of one open database shares."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from itsm_desktop.store import Database


class ChangeHub(QObject):
    """Tells every page which records changed, after each successful service call.

    ``changed`` carries the entity name ("service", "organization", "contact", "agreement",
    "family") and the ids that changed (an empty tuple means "reload everything of this kind").
    ``error`` carries a sentence for the user when a deferred action (undo/redo) failed.
``database_changed`` tells every page that ``AppContext.db`` now is another file.
    """

    changed = Signal(str, tuple)
    error = Signal(str, str)  # title, message
    open_record = Signal(str, int)  # entity, id: a page is asked to show a record
    database_changed = Signal()  # another database file was opened: forget records and reload

    def notify(self, entity: str, *ids: int | None) -> None:
        self.changed.emit(entity, tuple(i for i in ids if i is not None))


class AppContext:
    """The open database, the change hub, the undo stack and the settings."""

    def __init__(self, db: Database, settings: QSettings, parent: QObject | None = None) -> None:
        self.db = db
        self.settings = settings
        self.hub = ChangeHub(parent)
        self.undo_stack = QUndoStack(parent)

    def switch_database(self, db: Database) -> Database:
        """Make ``db`` the open database; returns the previous one (for the caller to close).

        The undo history belongs to the previous file, so it is cleared.
        """
        previous, self.db = self.db, db
        self.undo_stack.clear()
        self.hub.database_changed.emit()
        return previous
