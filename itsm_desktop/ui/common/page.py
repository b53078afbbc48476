"""What the main window knows of any page of its navigation."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QWidget

from .context import AppContext


class Page(QWidget):
    """A page of the navigation. Subclasses set ``title``, ``icon_name`` and ``entity``."""

    title = ""
    icon_name = ""
    entity: str | None = None

    status_changed = Signal()  # ``status_text`` changed
    actions_changed = Signal()  # answers of ``action_enabled`` changed
    dirty_changed = Signal(bool)
    action_requested = Signal(str)  # the page asks the window to run one of its actions
    message = Signal(str)  # a short note for the status bar

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def status_text(self) -> str:
        """What the status bar says while the page is shown (e.g. the row count)."""
        return ""

    def is_dirty(self) -> bool:
        return False

    def can_leave(self) -> bool:
        """Ask about unsaved changes; False when the user wants to stay."""
        return True

    def action_enabled(self, name: str) -> bool:
        """Whether the window's action ``name`` (new, save, delete …) applies now."""
        return False

    def trigger_action(self, name: str) -> None:
        """Run the window's action ``name`` on this page."""

    def show_record(self, record_id: int) -> bool:
        """Select and show one record; False if the page cannot."""
        return False

    def page_shown(self) -> None:
        """Called each time the page becomes the current one."""

    def save_state(self, settings: QSettings) -> None:
        """Store splitter positions and column widths."""

    def restore_state(self, settings: QSettings) -> None:
        """Restore what ``save_state`` stored."""

    def settings_key(self, name: str) -> str:
        return f"pages/{self.objectName() or type(self).__name__}/{name}"
