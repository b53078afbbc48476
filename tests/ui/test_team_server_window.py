"""The main window on a team server's database: File ▸ Connect to Team Server… (a password
asked once per session, never stored), the window saying which database is open, the recent
list remembering the address without the password.

Runs against the test server (``ITSM_TEST_POSTGRESQL_URL``); skipped where none is set.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from ui_helpers import FakeDialogs

from itsm_desktop.domain.forms import ServiceForm
from itsm_desktop.services import catalog
from itsm_desktop.store import Database
from itsm_desktop.ui.about import AboutDialog
from itsm_desktop.ui.connect_server import ConnectDialog
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


def _fill(address: Any) -> Callable[[Any, ConnectDialog], int]:
    """An answer to the connect dialog: type ``address`` into it and press Connect."""
    def answer(_parent: Any, dialog: ConnectDialog) -> int:
        dialog.host.setText(address.host)
        dialog.port.setValue(address.port)
        dialog.database.setText(address.database)
        dialog.user.setText(address.username)
        dialog.password.setText(address.password or "")
        dialog.findChild(QPushButton, "server_connect").click()
        return dialog.result()
    return answer


def test_connecting_asks_once_per_session_and_never_stores_the_password(
        make_window: Any, db: Database, postgresql_template: Any, fake_dialogs: FakeDialogs) -> None:
    server = postgresql_template.create()
    window: MainWindow = make_window(db)
    fake_dialogs.answer("run_dialog", _fill(server))
    window.window_actions.by_name["connect_server"].trigger()
    assert window.ctx.db.location is None and window.windowTitle().startswith(window.ctx.db.describe())
    public = window.ctx.db.target()
    assert str(server.password) not in public and public in recent_databases(window.settings)
    assert window.files.open_path(db.path)  # back to the file …
    assert window.files.open_path(public, must_exist=True)  # … and to the server from the recent list
    assert window.ctx.db.target() == public and fake_dialogs.names().count("run_dialog") == 1
    window.settings.sync()
    assert str(server.password) not in Path(window.settings.fileName()).read_text(encoding="utf-8")


def test_a_wrong_password_keeps_the_open_database(make_window: Any, db: Database, postgresql_template: Any,
                                                  fake_dialogs: FakeDialogs) -> None:
    server = postgresql_template.create().set(password="wrong-password")
    window: MainWindow = make_window(db)
    fake_dialogs.answer("run_dialog", _fill(server))
    fake_dialogs.answer("error", None)
    window.window_actions.by_name["connect_server"].trigger()
    assert window.ctx.db.location == db.path
    (message,) = fake_dialogs.texts("error")
    assert "refused the user" in message and "wrong-password" not in message
    assert all("://" not in str(t) for t in recent_databases(window.settings))


@pytest.fixture
def viewer_db(postgresql_url: Any) -> Iterator[Database]:
    """A server database with one service, opened by a user the server makes a viewer."""
    import secrets

    import sqlalchemy as sa

    from itsm_desktop.services import team_server
    from itsm_desktop.store.backends.postgresql_roles import Role, grant, setup_roles

    team_server.upgrade_server(postgresql_url)
    with Database.open(postgresql_url) as admin:
        catalog.create_service(admin, form=ServiceForm(code="MAIL", name="Mail"))
        setup_roles(admin.backend)
        name, password = f"viewer_{secrets.token_hex(4)}", secrets.token_hex(8)
        engine = sa.create_engine(postgresql_url, poolclass=sa.NullPool)
        with engine.begin() as connection:
            connection.exec_driver_sql(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")
        grant(admin.backend, name, Role.VIEWER)
    try:
        with Database.open(postgresql_url.set(username=name, password=password)) as db:
            yield db
    finally:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"DROP ROLE {name}")
        engine.dispose()


def test_a_viewers_window_is_read_only_with_a_banner(make_window: Any, viewer_db: Database, qtbot: Any) -> None:
    window: MainWindow = make_window(viewer_db)
    assert window.viewer_banner.isVisible()
    assert "Read only: you are a viewer" in window.viewer_banner.text.text()
    window.show_page("catalog")
    page = window.current_page()
    new_button = page.placeholder.button("placeholder_new")  # type: ignore[attr-defined]
    assert new_button is not None and not new_button.isEnabled()  # no "New service" a viewer cannot save
    assert page.show_record(1)  # the only service
    qtbot.wait(10)
    editor = page.editor  # type: ignore[attr-defined]
    fields = editor.findChildren(QLineEdit)
    assert fields and all(field.isReadOnly() for field in fields)
    for name in ("new", "save", "duplicate", "delete", "undo", "import_data", "restore_backup"):
        assert not window.window_actions.by_name[name].isEnabled(), name
    assert window.window_actions.by_name["find"].isEnabled()  # reading and searching stay
    assert window.window_actions.by_name["preview"].isEnabled()  # and printing


def test_an_editors_window_has_no_banner(make_window: Any, server_db: Database) -> None:
    window: MainWindow = make_window(server_db)
    assert server_db.writable and not window.viewer_banner.isVisible()
    assert window.window_actions.by_name["new"].isEnabled() or window.page_key() == "home"


def test_move_to_team_server_copies_the_file_and_opens_the_server(
        make_window: Any, db: Database, postgresql_url: Any, fake_dialogs: FakeDialogs, qtbot: Any) -> None:
    catalog.create_service(db, form=ServiceForm(code="MAIL", name="Mail"))
    window: MainWindow = make_window(db)
    move = window.window_actions.by_name["move_to_server"]
    assert move.isEnabled()  # a local file
    fake_dialogs.answer("run_dialog", _fill(postgresql_url))
    fake_dialogs.answer("info", None)
    move.trigger()
    qtbot.waitUntil(lambda: window.ctx.db.location is None, timeout=60_000)
    assert window.ctx.db.describe() in window.windowTitle() and not move.isEnabled()
    assert catalog.load_service(window.ctx.db, 1).form.name == "Mail"
    (text,) = fake_dialogs.texts("info")
    assert "every record was compared" in text and str(postgresql_url.password) not in text
    assert catalog.load_service(db, 1).form.name == "Mail"  # the file is left as it was


def test_moving_into_a_database_that_is_not_empty_says_so_and_stays_on_the_file(
        make_window: Any, db: Database, server_db: Database, fake_dialogs: FakeDialogs, qtbot: Any) -> None:
    window: MainWindow = make_window(db)
    fake_dialogs.answer("run_dialog", _fill(server_db.backend.url))
    fake_dialogs.answer("error", None)
    window.window_actions.by_name["move_to_server"].trigger()
    qtbot.waitUntil(lambda: "error" in fake_dialogs.names(), timeout=30_000)
    (text,) = fake_dialogs.texts("error")
    assert "is not empty" in text and window.ctx.db.location == db.path
