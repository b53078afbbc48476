"""Every blocking dialog of the application, behind one class so tests can replace them.

Widgets never call ``QMessageBox`` or ``QFileDialog`` themselves: they call a classmethod of
``Dialogs``. Tests monkeypatch these classmethods and so never wait on a modal dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QMessageBox, QWidget

from itsm_desktop.domain.translatable import translatable

from .translate import tr as _tr

DATABASE_FILTER = translatable("ITSM Desktop databases (*.db *.sqlite *.sqlite3);;All files (*)")


def reload_box(parent: QWidget | None, title: str, text: str,
               changes: Sequence[str] = ()) -> tuple[QMessageBox, QAbstractButton]:
    """The message after a conflicting save, and its Reload button (Keep Editing is the default)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName("reload_box")
    parts = []
    if changes:
        parts.append(_tr("What changed (yours → theirs):") + "\n"
                     + "\n".join(f"• {line}" for line in changes))
    parts.append(_tr("Reload to see the saved version; your edits are discarded. Keep editing to copy "
                     "what you need first: nothing is saved over the newer version."))
    box.setInformativeText("\n\n".join(parts))
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and values are the user's text, not markup
    for label in box.findChildren(QLabel):
        label.setWordWrap(True)
        if label.objectName() in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
            label.setMinimumWidth(label.fontMetrics().averageCharWidth() * 64)  # lines, not a column
    reload = box.addButton(_tr("Reload"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(_tr("Keep Editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box, reload


class Answer(Enum):
    """The user's choice when leaving unsaved changes."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Dialogs:
    """Modal questions and messages. Replace these classmethods in tests."""

    @classmethod
    def info(cls, parent: QWidget | None, title: str, text: str) -> None:
        """Tell the user something; one OK button."""
        QMessageBox.information(parent, title, text)

    @classmethod
    def error(cls, parent: QWidget | None, title: str, text: str) -> None:
        """Report an error as a sentence; one OK button."""
        QMessageBox.critical(parent, title, text)

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, text: str, *, accept: str,
                destructive: bool = False) -> bool:
        """Ask yes or no, with ``accept`` as the text of the affirmative button."""
        box = QMessageBox(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
                          title, text, parent=parent)
        yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel if destructive else yes)
        box.exec()
        return box.clickedButton() is yes

    @classmethod
    def ask_save_discard_cancel(cls, parent: QWidget | None, title: str, text: str) -> Answer:
        """Ask what to do with unsaved changes."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        box.setInformativeText(_tr("Do you want to save your changes?"))
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        result = box.exec()
        if result == QMessageBox.StandardButton.Save:
            return Answer.SAVE
        if result == QMessageBox.StandardButton.Discard:
            return Answer.DISCARD
        return Answer.CANCEL

    @classmethod
    def ask_reload(cls, parent: QWidget | None, title: str, text: str,
                   changes: Sequence[str] = ()) -> bool:
        """After a conflicting save: reload the stored record (True) or keep editing.

        ``changes`` are lines ``Field: yours → theirs`` telling what someone else changed.
        """
        box, reload = reload_box(parent, title, text, changes)
        box.exec()
        return box.clickedButton() is reload

    @classmethod
    def ask_retire(cls, parent: QWidget | None, title: str, text: str, *, retire: str) -> bool:
        """After a refused delete: offer to retire (or deactivate) the record instead."""
        return cls.confirm(parent, title, text, accept=retire)

    @classmethod
    def open_file(cls, parent: QWidget | None, title: str, directory: str = "",
                  file_filter: str = DATABASE_FILTER) -> Path | None:
        """Choose an existing file; None when cancelled."""
        name, _ = QFileDialog.getOpenFileName(parent, title, directory, _tr(file_filter))
        return Path(name) if name else None

    @classmethod
    def save_file(cls, parent: QWidget | None, title: str, directory: str = "",
                  file_filter: str = DATABASE_FILTER) -> Path | None:
        """Choose a file name to create; None when cancelled."""
        name, _ = QFileDialog.getSaveFileName(
            parent, title, directory, _tr(file_filter),
            options=QFileDialog.Option.DontConfirmOverwrite)
        return Path(name) if name else None

    @classmethod
    def show_about(cls, parent: QWidget | None, dialog: QWidget) -> None:
        """Show a prepared modal dialog (the About box) and wait until it is closed."""
        exec_ = getattr(dialog, "exec", None)
        if exec_ is not None:
            exec_()

    @classmethod
    def run_dialog(cls, parent: QWidget | None, dialog: QWidget) -> int:
        """Run a prepared modal dialog (service families …); its result code."""
        exec_ = getattr(dialog, "exec", None)
        return int(exec_()) if exec_ is not None else 0
