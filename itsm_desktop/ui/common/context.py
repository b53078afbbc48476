"""What every page and editor of one open database shares."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from itsm_desktop.services.changes import Changes
from itsm_desktop.store import Database

from .operations import OperationRunner

# more changed records of one kind than this: pages read everything again instead
MANY_CHANGES = 500


class ChangeHub(QObject):
    """Tells every page which records changed; the operation runner publishes what use cases did.

    ``changed`` carries the entity name ("service", "organization", "contact", "agreement",
    "family") and the ids that changed (an empty tuple means "reload everything of this kind").
    ``error`` carries a sentence for the user when a deferred action (undo/redo) failed.
    ``database_changed`` tells every page that ``AppContext.db`` now is another file.
    """

    changed = Signal(str, tuple)
    error = Signal(str, str)  # title, message
    open_record = Signal(str, int)  # entity, id: a page is asked to show a record
    database_changed = Signal()  # another database file was opened: forget records and reload

    def publish(self, changes: Changes) -> None:
        """Tell every page what a use case changed, one signal per kind of record."""
        for kind in changes.kinds():
            ids = changes.ids(kind)
            self.changed.emit(kind, ids if len(ids) <= MANY_CHANGES else ())

    def reload(self, entity: str) -> None:
        """Ask the pages showing ``entity`` to read all of it again (View ▸ Reload)."""
        self.changed.emit(entity, ())


class AppContext:
    """The open database, the change hub, the undo stack, the operation runner and the settings."""

    def __init__(self, db: Database, settings: QSettings, parent: QObject | None = None, *,
                 undo_stack: QUndoStack | None = None) -> None:
        """``undo_stack``: the history of a window this one replaces on the same database
        (its steps are adopted by the caller); a new, empty one by default."""
        self.db = db
        self.settings = settings
        self.hub = ChangeHub(parent)
        if undo_stack is not None:
            undo_stack.setParent(parent)
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(parent)
        self.operations = OperationRunner(self.hub, self.undo_stack, parent)

    def switch_database(self, db: Database) -> Database:
        """Make ``db`` the open database; returns the previous one (for the caller to close).

        The undo history belongs to the previous file, so it is cleared.
        """
        previous, self.db = self.db, db
        self.undo_stack.clear()
        self.hub.database_changed.emit()
        return previous
