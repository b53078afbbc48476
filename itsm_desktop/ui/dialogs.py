"""Every blocking dialog of the application, behind one class so tests can replace them.

Widgets never call ``QMessageBox`` or ``QFileDialog`` themselves: they call a classmethod of
``Dialogs``. Tests monkeypatch these classmethods and so never wait on a modal dialog.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

DATABASE_FILTER = "ITSM Desktop databases (*.db *.sqlite *.sqlite3);;All files (*)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


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
    def ask_reload(cls, parent: QWidget | None, title: str, text: str) -> bool:
        """After a conflicting save: reload the stored record (True) or keep editing."""
        return cls.confirm(parent, title,
                           text + "\n\n" + _tr("Reload the stored version? Your changes will be lost."),
                           accept=_tr("Reload"))

    @classmethod
    def ask_retire(cls, parent: QWidget | None, title: str, text: str, *, retire: str) -> bool:
        """After a refused delete: offer to retire (or deactivate) the record instead."""
        return cls.confirm(parent, title, text, accept=retire)

    @classmethod
    def open_file(cls, parent: QWidget | None, title: str, directory: str = "",
                  file_filter: str = DATABASE_FILTER) -> Path | None:
        """Choose an existing file; None when cancelled."""
        name, _ = QFileDialog.getOpenFileName(parent, title, directory, file_filter)
        return Path(name) if name else None

    @classmethod
    def save_file(cls, parent: QWidget | None, title: str, directory: str = "",
                  file_filter: str = DATABASE_FILTER) -> Path | None:
        """Choose a file name to create; None when cancelled."""
        name, _ = QFileDialog.getSaveFileName(
            parent, title, directory, file_filter,
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

    # --- agreement lifecycle (dialogs in ui/agreements/dialogs.py) ----------------------

    @classmethod
    def ask_activation(cls, parent: QWidget | None, **details: object) -> object | None:
        """Activate an agreement: an ``Activation`` (date, signatories) or None when cancelled."""
        from .agreements.dialogs import ActivationDialog
        return ActivationDialog.ask(parent, **details)

    @classmethod
    def ask_termination(cls, parent: QWidget | None, *, title: str) -> str | None:
        """Confirm terminating an agreement: the reason given ("" for none), or None when cancelled."""
        from .agreements.dialogs import TerminationDialog
        return TerminationDialog.ask(parent, title=title)

    @classmethod
    def ask_duplicate_agreement(cls, parent: QWidget | None, **details: object) -> object | None:
        """Duplicate an agreement: a ``DuplicateRequest`` (customer, title) or None when cancelled."""
        from .agreements.dialogs import DuplicateDialog
        return DuplicateDialog.ask(parent, **details)
