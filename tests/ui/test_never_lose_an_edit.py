"""Unsaved changes are guarded when switching records, pages and databases, and on close."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ui_helpers import FakeDialogs

from itsm_desktop.services import catalog
from itsm_desktop.store import Database
from itsm_desktop.ui.common.dialogs import Answer
from itsm_desktop.ui.main_window import MainWindow


def edited_catalog(window: MainWindow, make: Any, qtbot: Any) -> tuple[Any, Any, Any]:
    """The catalog page with two services, the first one open and its name being edited."""
    first = make.service("A", name="Alpha")
    second = make.service("B", name="Beta")
    assert window.show_page("catalog")
    page = window.pages["catalog"]
    page.model.reload()
    page.table.selectRow(page.model.row_of(first.id))
    page.editor.name.clear()
    qtbot.keyClicks(page.editor.name, "Alpha edited")
    assert page.editor.is_dirty() and window.isWindowModified()
    assert window.windowTitle() == f"{Path(window.ctx.db.path).name}[*] — ITSM Desktop"
    return page, first, second


def test_record_switch_cancelled_keeps_the_edit(main_window: MainWindow, make: Any, qtbot: Any,
                                                fake_dialogs: FakeDialogs) -> None:
    page, first, second = edited_catalog(main_window, make, qtbot)
    fake_dialogs.answer("ask_save_discard_cancel", Answer.CANCEL)

    page.table.selectRow(page.model.row_of(second.id))

    assert fake_dialogs.names() == ["ask_save_discard_cancel"]
    assert "Alpha edited" in fake_dialogs.texts("ask_save_discard_cancel")[0]
    assert page.editor.record_id == first.id
    assert page.editor.name.text() == "Alpha edited" and page.editor.is_dirty()
    assert page.table.currentIndex().row() == page.model.row_of(first.id)


def test_record_switch_discarding(main_window: MainWindow, make: Any, qtbot: Any, db: Database,
                                  fake_dialogs: FakeDialogs) -> None:
    page, first, second = edited_catalog(main_window, make, qtbot)
    fake_dialogs.answer("ask_save_discard_cancel", Answer.DISCARD)

    page.table.selectRow(page.model.row_of(second.id))

    assert page.editor.record_id == second.id and not page.editor.is_dirty()
    assert catalog.get_service(db, first.id).name == "Alpha"
    assert not main_window.isWindowModified()


def test_record_switch_saving(main_window: MainWindow, make: Any, qtbot: Any, db: Database,
                              fake_dialogs: FakeDialogs) -> None:
    page, first, second = edited_catalog(main_window, make, qtbot)
    fake_dialogs.answer("ask_save_discard_cancel", Answer.SAVE)

    page.table.selectRow(page.model.row_of(second.id))

    assert catalog.get_service(db, first.id).name == "Alpha edited"
    assert page.editor.record_id == second.id


def test_record_switch_saving_an_invalid_edit_stays(main_window: MainWindow, make: Any, qtbot: Any,
                                                    db: Database, fake_dialogs: FakeDialogs) -> None:
    page, first, second = edited_catalog(main_window, make, qtbot)
    page.editor.name.clear()
    fake_dialogs.answer("ask_save_discard_cancel", Answer.SAVE)

    page.table.selectRow(page.model.row_of(second.id))

    assert page.editor.record_id == first.id
    assert page.editor.errors.text("name") == "Name is required."
    assert catalog.get_service(db, first.id).name == "Alpha"


def test_page_switch_is_guarded(main_window: MainWindow, make: Any, qtbot: Any,
                                fake_dialogs: FakeDialogs) -> None:
    page, _first, _second = edited_catalog(main_window, make, qtbot)
    fake_dialogs.answer("ask_save_discard_cancel", Answer.CANCEL)

    main_window.nav.setCurrentRow(2)  # Organizations

    assert main_window.page_key() == "catalog"
    assert main_window.nav.currentRow() == 1
    assert page.editor.is_dirty()


def test_close_is_guarded(main_window: MainWindow, make: Any, qtbot: Any, db: Database,
                          fake_dialogs: FakeDialogs) -> None:
    page, first, _second = edited_catalog(main_window, make, qtbot)
    fake_dialogs.answer("ask_save_discard_cancel", Answer.CANCEL)

    assert not main_window.close()
    assert main_window.isVisible() and page.editor.is_dirty()

    fake_dialogs.answer("ask_save_discard_cancel", Answer.SAVE)
    assert main_window.close()
    assert catalog.get_service(db, first.id).name == "Alpha edited"


def test_database_switch_is_guarded(main_window: MainWindow, make: Any, qtbot: Any, tmp_path: Path,
                                    fake_dialogs: FakeDialogs) -> None:
    edited_catalog(main_window, make, qtbot)
    current = main_window.ctx.db.path
    fake_dialogs.answer("open_file", tmp_path / "other.db")
    fake_dialogs.answer("ask_save_discard_cancel", Answer.CANCEL)

    main_window.window_actions.open_database.trigger()

    assert main_window.ctx.db.path == current
    assert not (tmp_path / "other.db").exists()


def test_undo_asks_first_when_an_edit_is_unsaved(main_window: MainWindow, make: Any, qtbot: Any,
                                                 db: Database, fake_dialogs: FakeDialogs) -> None:
    page, first, _second = edited_catalog(main_window, make, qtbot)
    main_window.window_actions.save.trigger()
    page.editor.name.setText("Third name")
    fake_dialogs.answer("ask_save_discard_cancel", Answer.DISCARD)

    main_window.window_actions.undo.trigger()

    assert catalog.get_service(db, first.id).name == "Alpha"
    assert page.editor.name.text() == "Alpha" and not page.editor.is_dirty()
