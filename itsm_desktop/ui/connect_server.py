"""File ▸ Connect to Team Server…: the address of a team's PostgreSQL database, and a
password kept for this session only.

The password is never stored: left empty, the driver looks in PostgreSQL's password file
(``~/.pgpass``); typed, it is kept in memory until the application quits, so that the same
server opens again from the recent list without asking. Addresses are remembered without it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url

from .common.dialogs import Dialogs

DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerAddress:
    """Where a team's database is, and who signs in (the password only when one was typed)."""

    host: str
    port: int
    database: str
    user: str
    password: str = ""

    def url(self) -> URL:
        return URL.create("postgresql", username=self.user or None, password=self.password or None,
                          host=self.host, port=self.port, database=self.database)


class SessionPasswords:
    """Passwords typed in this session, by the address they open (kept in memory only)."""

    def __init__(self) -> None:
        self._by_address: dict[str, str] = {}

    def remember(self, public: str, password: str) -> None:
        """Keep ``password`` for the address ``public`` (as ``Database.target`` gives it)."""
        if password:
            self._by_address[public] = password

    def target(self, public: str | Path) -> str:
        """What opens ``public`` (a remembered address): with this session's password, if any."""
        password = self._by_address.get(str(public))
        if password is None:
            return str(public)
        return make_url(str(public)).set(password=password).render_as_string(hide_password=False)


class ConnectDialog(QDialog):
    """Host, port, database, user and (optionally) password of a team server's database."""

    def __init__(self, parent: QWidget | None = None, *, last: ServerAddress | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connect_server_dialog")
        self.setWindowTitle(self.tr("Connect to Team Server"))
        self.setMinimumWidth(420)  # the password field's hint whole
        self.host = QLineEdit(last.host if last else "", self)
        self.host.setObjectName("server_host")
        self.host.setPlaceholderText(self.tr("dbserver.example.org"))
        self.port = QSpinBox(self)
        self.port.setObjectName("server_port")
        self.port.setRange(1, 65535)
        self.port.setValue(last.port if last else DEFAULT_PORT)
        self.database = QLineEdit(last.database if last else "itsm", self)
        self.database.setObjectName("server_database")
        self.user = QLineEdit(last.user if last else "", self)
        self.user.setObjectName("server_user")
        self.password = QLineEdit(self)
        self.password.setObjectName("server_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("from ~/.pgpass when left empty"))
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        note = QLabel(self.tr("The password is kept only until ITSM Desktop quits; it is never saved."), self)
        note.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("server_problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Connect"))
        ok.setObjectName("server_connect")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def address(self) -> ServerAddress:
        return ServerAddress(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                             self.user.text().strip(), self.password.text())

    def _accept(self) -> None:
        address = self.address()
        if not address.host or not address.database:
            self.problem.setText(self.tr("Give the server and the database."))
            self.problem.show()
            (self.host if not address.host else self.database).setFocus()
            return
        self.accept()


def ask_server(parent: QWidget | None, last: ServerAddress | None = None) -> ServerAddress | None:
    """Ask for a team server's address; None when cancelled."""
    dialog = ConnectDialog(parent, last=last)
    if Dialogs.run_dialog(parent, dialog) != QDialog.DialogCode.Accepted.value:
        return None
    return dialog.address()
