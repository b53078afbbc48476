"""The main window on a team server's database: it says which database is open, lists and
lists records as on a file, and remembers its address without the password.

Runs against the test server (``ITSM_TEST_POSTGRESQL_URL``); skipped where none is set.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from ui_helpers import FakeDialogs

from itsm_desktop.domain.forms import ServiceForm
from itsm_desktop.services import catalog
from itsm_desktop.store import Database
from itsm_desktop.ui.about import AboutDialog
from itsm_desktop.ui.main_window import MainWindow
from itsm_desktop.ui.settings import recent_databases


@pytest.fixture
def server_db(postgresql_template: Any) -> Iterator[Database]:
    with Database.open(postgresql_template.create()) as db:
        yield db


def test_the_window_names_the_server_database_without_its_password(
        make_window: Any, server_db: Database, fake_dialogs: FakeDialogs) -> None:
    catalog.create_service(server_db, form=ServiceForm(code="MAIL", name="Mail"))
    window: MainWindow = make_window(server_db)
    window.show_page("catalog")
    window.reload_page()
    where = server_db.describe()  # user@host:port/database
    assert window.windowTitle() == f"{where}[*] — ITSM Desktop"
    assert window.path_label.text() == where and window.rows_label.text() == "1 service"
    shown: list[AboutDialog] = []
    fake_dialogs.answer("show_about", lambda _parent, dialog: shown.append(dialog))
    window.window_actions.about.trigger()
    assert where in shown[0].findChild(QLabel, "about_database").text()
    password = str(server_db.backend.url.password)
    assert password not in window.windowTitle() + window.path_label.text()
    assert [str(t) for t in recent_databases(window.settings)] == [server_db.target()]  # without the password
    window.settings.sync()
    stored = Path(window.settings.fileName())
    assert not stored.exists() or password not in stored.read_text(encoding="utf-8")
