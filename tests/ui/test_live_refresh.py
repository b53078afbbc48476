"""Live: what another user saves on a team server shows in the window without a manual refresh,
an editor with unsaved changes keeps them, and a lost listening connection re-reads everything.

Runs against the test server (``ITSM_TEST_POSTGRESQL_URL``); skipped where none is set.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
import sqlalchemy as sa

from itsm_desktop.domain.forms import ServiceForm
from itsm_desktop.services import catalog
from itsm_desktop.store import Database
from itsm_desktop.ui.main_window import MainWindow

ARRIVES_WITHIN_MS = 5000  # the notices come within a second; room for a loaded test machine


@pytest.fixture
def two_clients(postgresql_template: Any) -> Iterator[tuple[Database, Database]]:
    url = postgresql_template.create()
    with Database.open(url) as mine, Database.open(url) as theirs:
        yield mine, theirs


def _listening_window(make_window: Any, qtbot: Any, db: Database) -> MainWindow:
    window: MainWindow = make_window(db)
    window.show_page("catalog")
    qtbot.waitUntil(lambda: window.live.listening, timeout=ARRIVES_WITHIN_MS)
    return window


def _names(window: MainWindow) -> list[str]:
    model = window.pages["catalog"].model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_another_users_new_and_renamed_services_appear(make_window: Any, qtbot: Any,
                                                       two_clients: tuple[Database, Database]) -> None:
    mine, theirs = two_clients
    window = _listening_window(make_window, qtbot, mine)
    assert _names(window) == []
    service = catalog.create_service(theirs, form=ServiceForm(code="MAIL", name="Mail"))
    qtbot.waitUntil(lambda: _names(window) == ["Mail"], timeout=ARRIVES_WITHIN_MS)
    form = catalog.load_service(theirs, service.id).form
    catalog.update_service(theirs, service_id=service.id, version=service.version,
                           form=replace(form, name="Corporate Mail"))
    qtbot.waitUntil(lambda: _names(window) == ["Corporate Mail"], timeout=ARRIVES_WITHIN_MS)


def test_an_editor_with_unsaved_changes_is_never_overwritten(make_window: Any, qtbot: Any,
                                                             two_clients: tuple[Database, Database]) -> None:
    mine, theirs = two_clients
    service = catalog.create_service(theirs, form=ServiceForm(code="MAIL", name="Mail"))
    window = _listening_window(make_window, qtbot, mine)
    page = window.pages["catalog"]
    page.model.reload()
    page.table.selectRow(page.model.row_of(service.id))
    page.editor.name.clear()
    qtbot.keyClicks(page.editor.name, "My unsaved name")
    form = catalog.load_service(theirs, service.id).form
    catalog.update_service(theirs, service_id=service.id, version=service.version,
                           form=replace(form, name="Their saved name"))
    qtbot.waitUntil(lambda: _names(window) == ["Their saved name"], timeout=ARRIVES_WITHIN_MS)
    assert page.editor.name.text() == "My unsaved name" and page.editor.is_dirty()


def test_a_lost_listening_connection_reads_everything_again(make_window: Any, qtbot: Any,
                                                            two_clients: tuple[Database, Database]) -> None:
    mine, theirs = two_clients
    window = _listening_window(make_window, qtbot, mine)
    reloads: list[str] = []
    window.ctx.hub.changed.connect(lambda kind, ids: reloads.append(kind) if ids == () else None)
    with theirs.engine.connect() as connection:  # as a server restart would drop it
        connection.execute(sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                   "WHERE query LIKE 'LISTEN%' AND datname = current_database()"))
    qtbot.waitUntil(lambda: "service" in reloads and window.live.listening, timeout=ARRIVES_WITHIN_MS * 2)
    catalog.create_service(theirs, form=ServiceForm(code="LATER", name="Saved after the reconnect"))
    qtbot.waitUntil(lambda: _names(window) == ["Saved after the reconnect"], timeout=ARRIVES_WITHIN_MS)


def test_a_local_file_has_nothing_to_listen_to(main_window: MainWindow) -> None:
    assert not main_window.live.listening
