"""The main window: databases, recent files, sample portfolio, window state, About, home page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel
from ui_helpers import FakeDialogs

from itsm_desktop import __version__
from itsm_desktop.domain.enums import ServiceStatus
from itsm_desktop.services import catalog
from itsm_desktop.store import Database
from itsm_desktop.ui.about import AboutDialog
from itsm_desktop.ui.main_window import MainWindow
from itsm_desktop.ui.settings import open_settings, recent_databases


def test_title_and_status_bar(main_window: MainWindow, make: Any) -> None:
    make.service("MAIL")
    main_window.show_page("catalog")
    main_window.reload_page()
    assert main_window.windowTitle() == "itsm.db[*] — ITSM Desktop"
    assert not main_window.isWindowModified()
    assert main_window.rows_label.text() == "1 service"
    assert main_window.path_label.text() == str(main_window.ctx.db.path)


def test_every_action_has_a_name_and_the_standard_keys(main_window: MainWindow) -> None:
    actions = main_window.window_actions.by_name
    for name, action in actions.items():
        assert action.objectName() == f"action_{name}"
        assert action.text()
    assert actions["new"].shortcut().toString() == "Ctrl+N"
    assert actions["save"].shortcut().toString() == "Ctrl+S"
    assert actions["find"].shortcut().toString() == "Ctrl+F"
    assert actions["undo"].shortcut().toString() == "Ctrl+Z"
    assert actions["quit"].shortcut().toString() == "Ctrl+Q"


def test_opening_a_bad_database_keeps_the_current_one(main_window: MainWindow, tmp_path: Path,
                                                      make: Any, fake_dialogs: FakeDialogs) -> None:
    make.service("MAIL")
    bad = tmp_path / "notes.db"
    bad.write_text("these are my notes, not a database")
    current = main_window.ctx.db.path
    fake_dialogs.answer("open_file", bad)

    main_window.window_actions.open_database.trigger()

    assert fake_dialogs.names() == ["open_file", "error"]
    assert "not an ITSM Desktop database" in fake_dialogs.texts("error")[0]
    assert main_window.ctx.db.path == current
    assert catalog.find_service_by_code(main_window.ctx.db, "MAIL") is not None
    assert bad.read_text() == "these are my notes, not a database"
    assert main_window.windowTitle().startswith("itsm.db")


def test_new_database_opens_an_empty_one_and_is_remembered(main_window: MainWindow, tmp_path: Path,
                                                           make: Any, fake_dialogs: FakeDialogs) -> None:
    make.service("MAIL")
    main_window.show_page("catalog")
    main_window.reload_page()
    fake_dialogs.answer("save_file", tmp_path / "second")

    main_window.window_actions.new_database.trigger()

    assert main_window.ctx.db.path == (tmp_path / "second.db").resolve()
    assert main_window.windowTitle().startswith("second.db")
    page = main_window.pages["catalog"]
    assert page.model.rowCount() == 0 and page.left.currentWidget() is page.empty
    assert main_window.rows_label.text() == "0 services"
    assert main_window.ctx.undo_stack.count() == 0
    recent = recent_databases(main_window.settings)
    assert recent[:2] == [str((tmp_path / "second.db").resolve()), str(make.db.path)]

    main_window.recent_menu.aboutToShow.emit()
    entries = [a for a in main_window.recent_menu.actions() if a.objectName().startswith("recent_")]
    assert entries[0].isChecked()
    entries[1].trigger()  # back to the first database
    assert main_window.ctx.db.path == Path(make.db.path)
    assert main_window.pages["catalog"].model.rowCount() == 1


def test_new_database_refuses_an_existing_file(main_window: MainWindow, tmp_path: Path,
                                               fake_dialogs: FakeDialogs) -> None:
    existing = tmp_path / "mine.db"
    existing.write_text("keep me")
    fake_dialogs.answer("save_file", existing)
    main_window.window_actions.new_database.trigger()
    assert "already exists" in fake_dialogs.texts("error")[0]
    assert existing.read_text() == "keep me"


def test_load_sample_portfolio_into_an_empty_database(main_window: MainWindow,
                                                      fake_dialogs: FakeDialogs) -> None:
    main_window.show_page("catalog")
    main_window.pages["catalog"].empty.button("empty_sample").click()
    assert main_window.pages["catalog"].model.rowCount() > 10
    assert main_window.rows_label.text().endswith("services")

    main_window.window_actions.load_sample.trigger()  # not into a database that holds records
    assert "only be loaded into an empty database" in fake_dialogs.texts("info")[0]


def test_window_state_is_restored(make_window: Any, db: Database, settings: QSettings,
                                  settings_path: Path) -> None:
    first = make_window(db)
    first.resize(790, 560)  # the offscreen test screen is 800 × 600
    first.show_page("organizations")
    page = first.pages["organizations"]
    page.splitter.setSizes([300, 700])
    sizes = page.splitter.sizes()
    size = first.size()  # as far as the window's minimum size allows
    assert (size.width(), size.height()) != (1280, 800)
    first.close()
    assert settings_path.exists()

    second = make_window(db, settings_=open_settings(settings_path))
    assert second.size() == size
    assert second.page_key() == "organizations"
    assert second.pages["organizations"].splitter.sizes() == sizes


def test_about_shows_version_database_and_licenses(main_window: MainWindow,
                                                   fake_dialogs: FakeDialogs) -> None:
    shown: list[AboutDialog] = []
    fake_dialogs.answer("show_about", lambda _parent, dialog: shown.append(dialog))
    main_window.window_actions.about.trigger()
    dialog = shown[0]
    assert str(main_window.ctx.db.path) in dialog.findChild(QLabel, "about_database").text()
    assert dialog.findChild(QLabel, "about_version").text() == f"Version {__version__}"
    text = dialog.licenses.toPlainText()
    assert "DejaVu" in text and "PySide6" in text


def test_home_page_counts_and_opens_records(main_window: MainWindow, make: Any, qtbot: Any) -> None:
    make.service("LIVE1", name="Uncovered live", status=ServiceStatus.LIVE)
    covered = make.service("LIVE2", name="Covered live", status=ServiceStatus.LIVE)
    make.agreement(services=[covered])
    make.service("PROP", status=ServiceStatus.PROPOSED)
    home = main_window.pages["home"]
    main_window.show_page("home")
    home.refresh()
    assert home.cards[ServiceStatus.LIVE].count.text() == "2"
    assert home.cards[ServiceStatus.PROPOSED].count.text() == "1"
    assert [home.uncovered.item(i).text() for i in range(home.uncovered.count())] == ["LIVE1 — Uncovered live"]
    assert home.recent.topLevelItemCount() > 0

    home.uncovered.itemClicked.emit(home.uncovered.item(0))
    assert main_window.page_key() == "catalog"
    assert main_window.pages["catalog"].editor.name.text() == "Uncovered live"

    main_window.show_page("home")
    qtbot.mouseClick(home.cards[ServiceStatus.PROPOSED], Qt.MouseButton.LeftButton)
    assert main_window.page_key() == "catalog"
    assert main_window.pages["catalog"].model.rowCount() == 1
