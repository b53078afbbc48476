"""A window on a database its user may only read (a team server's viewer): a banner saying so,
every action that changes records disabled, and the editors' fields read-only.

The server refuses a viewer's writes whatever the window does (see ``postgresql_roles``);
this only spares the user edits that could never be saved.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from itsm_desktop.store import Database

from .common.icons import icon
from .common.theme import set_toned_style
from .common.widgets import EmptyState

# the window's actions that change records or the database
EDITING_ACTIONS = ("new", "save", "revert", "duplicate", "delete", "undo", "redo",
                   "import_data", "load_sample", "restore_backup")
# the buttons of the pages' empty states that create records or fill the database
EDITING_BUTTONS = ("placeholder_new", "empty_new", "empty_sample",
                   "welcome_sample", "welcome_import", "welcome_new_service")


class ViewerBanner(QFrame):
    """The strip above the pages of a read-only window, hidden while the user may save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewer_banner")
        set_toned_style(self, "#viewer_banner {{ background: {warning_background}; border-bottom: 1px solid "
                        "{warning}; }} #viewer_banner QLabel {{ background: transparent; }}")
        mark = QLabel(self)
        mark.setPixmap(icon("warning").pixmap(QSize(20, 20)))
        self.text = QLabel(self)
        self.text.setObjectName("viewer_banner_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(10)
        layout.addWidget(mark)
        layout.addWidget(self.text, 1)
        self.setVisible(False)

    def show_for(self, db: Database) -> None:
        """Show the banner when ``db`` may only be read, hide it otherwise."""
        self.text.setText(self.tr(
            "Read only: you are a viewer of {where}. You can read, search and print, but not change "
            "anything; ask the server's administrator to make you an editor.").format(where=db.describe()))
        self.setVisible(not db.writable)


def lock_editing(editor: QWidget) -> None:
    """Make every input of ``editor`` read-only: text fields keep their text selectable,
    choices, buttons and editable tables stop taking changes."""
    for text in editor.findChildren(QLineEdit) + editor.findChildren(QPlainTextEdit) + editor.findChildren(QTextEdit):
        text.setReadOnly(True)
    for spin in editor.findChildren(QAbstractSpinBox):
        spin.setReadOnly(True)
    for view in editor.findChildren(QAbstractItemView):
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    for choice in editor.findChildren(QComboBox) + editor.findChildren(QAbstractButton):
        choice.setEnabled(False)


def lock_empty_states(page: QWidget, locked: bool) -> None:
    """Disable (or enable again) the buttons of ``page``'s empty states that would change records."""
    for state in page.findChildren(EmptyState):
        state.lock(EDITING_BUTTONS if locked else ())


__all__ = ["EDITING_ACTIONS", "EDITING_BUTTONS", "ViewerBanner", "lock_editing", "lock_empty_states"]
