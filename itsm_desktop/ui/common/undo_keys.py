"""Ctrl+Z and Ctrl+Shift+Z (the platform's Undo and Redo keys) work wherever the focus is.

A text field claims Undo and Redo for itself, even with nothing to undo, so the window's Undo
would never run while the cursor is in a field. The rule here: the field undoes its own typing
while that typing is unsaved (the field has a step to undo and the page has unsaved changes);
otherwise the key goes to the window's Undo (or Redo), which undoes saved steps.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

StandardKey = QKeySequence.StandardKey


def field_can(widget: QWidget, redo: bool) -> bool | None:
    """Whether the text field ``widget`` has a step of its own to undo (or redo); None if no field."""
    if isinstance(widget, QAbstractSpinBox):
        line = widget.findChild(QLineEdit)
        return None if line is None or widget.isReadOnly() else field_can(line, redo)
    if isinstance(widget, QLineEdit):
        if widget.isReadOnly():
            return False
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        if widget.isReadOnly():
            return False
        document = widget.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    return None


class UndoKeyRouter(QObject):
    """Decides, for the Undo and Redo keys pressed in a text field of ``window``, who takes them.

    ``unsaved`` tells whether the shown page has unsaved changes.
    """

    def __init__(self, window: QWidget, unsaved: Callable[[], bool]) -> None:
        super().__init__(window)
        self._window, self._unsaved = window, unsaved
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False
        if event.matches(StandardKey.Undo):
            redo = False
        elif event.matches(StandardKey.Redo):
            redo = True
        else:
            return False
        own = field_can(watched, redo)
        if own is None or (own and self._unsaved()):
            return False  # not a field, or the field's own unsaved typing: the field takes it
        event.ignore()
        return True  # the field does not see the key: the window's Undo or Redo runs
