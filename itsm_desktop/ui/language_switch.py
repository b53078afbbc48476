"""Changing the language of the screens while the application runs, without losing work.

Qt translates a text when it is made, so a window shows the language it was built in. After
the usual question about unsaved changes (Save / Discard / Cancel), the main window is built
anew in the new language on the same database, showing the same page, record and geometry,
and the old one is closed: to the user, the window simply speaks the other language. The undo
history goes with it, each step named in the new language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from itsm_desktop.store import Database

from .languages import use_language

if TYPE_CHECKING:
    from .main_window import MainWindow


def _shown_record(window: MainWindow) -> int | None:
    editor = getattr(window.current_page(), "editor", None)
    record_id = getattr(editor, "record_id", None)
    return record_id if isinstance(record_id, int) else None


def rebuild_in_language(window: MainWindow, language: str) -> MainWindow | None:
    """Show ``window`` anew in ``language``: the new window, or None when the user kept
    unsaved changes open (Cancel) and nothing changed."""
    if not window.can_leave_all():
        return None
    app = QApplication.instance()
    assert app is not None
    page, record_id = window.page_key(), _shown_record(window)
    geometry, maximized = window.geometry(), window.isMaximized()
    window.save_state()
    window.integrity.cancel()
    window.live.stop()
    use_language(app, language)
    from .main_window import MainWindow  # the window module imports this one

    history = window.ctx.undo_stack
    for signal in (history.canUndoChanged, history.canRedoChanged, history.undoTextChanged,
                   history.redoTextChanged, history.cleanChanged, history.indexChanged):
        signal.disconnect()  # the old window's actions and runner no longer follow it
    fresh = MainWindow(window.ctx.db, window.settings, undo_stack=history)
    fresh.setGeometry(geometry)
    fresh.show_page(page)
    if record_id is not None:
        fresh.pages[page].show_record(record_id)
    if maximized:
        fresh.showMaximized()
    else:
        fresh.show()
    window.close()  # nothing left to ask: its state is saved, and it goes once nothing holds it
    return fresh


def open_databases(first: MainWindow) -> list[Database]:
    """The databases of the main windows open at the end (the first one's, if it is the only
    one): each closed once by the caller."""
    from .main_window import MainWindow

    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)] or [first]
    found: list[Database] = []
    for window in windows:
        if all(window.ctx.db is not db for db in found):
            found.append(window.ctx.db)
    return found
