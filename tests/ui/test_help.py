"""Help: the user guide (offline, in the application), the shortcut list, the first-run Home page."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QPushButton

from itsm_desktop.ui.help import GuideWindow, ShortcutsWindow, guide_text, typed_keys
from itsm_desktop.ui.main_window import MainWindow


def _shown(kind: type) -> Any:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1
    return found[0]


def test_f1_opens_the_user_guide_in_the_application(main_window: MainWindow, qtbot: Any) -> None:
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    guide = _shown(GuideWindow)
    text = guide.browser.toPlainText()
    for heading in ("Getting started", "Keep the catalog", "Agreements", "Print and share",
                    "Undo, saving and backups", "When something goes wrong"):
        assert heading in text
    assert "Load Sample Portfolio" in text and "Import…" in text
    main_window.window_actions.user_guide.trigger()  # again: the same window, not a second one
    assert _shown(GuideWindow) is guide
    guide.close()


def test_the_guide_names_only_keys_that_exist(main_window: MainWindow) -> None:
    real = {k.toString(QKeySequence.SequenceFormat.PortableText)
            for action in main_window.window_actions.by_name.values() for k in action.shortcuts()}
    named = set(re.findall(r"\b(?:Ctrl\+(?:Shift\+)?[A-Z0-9/]|F\d+)\b", guide_text()))
    assert named and named <= real, named - real


def test_keyboard_shortcuts_are_read_from_the_menus(main_window: MainWindow) -> None:
    main_window.window_actions.keyboard_shortcuts.trigger()
    window = _shown(ShortcutsWindow)
    table = window.table
    rows = {(table.item(r, 0).text(), table.item(r, 1).text()): table.item(r, 2).text()
            for r in range(table.rowCount())}
    assert rows[("Edit", "Duplicate")] == "Ctrl+Shift+D"
    assert rows[("Edit", "Save")] == "Ctrl+S"
    assert rows[("Help", "User Guide")] == "F1"
    assert rows[("Edit", "Undo")] == "Ctrl+Z, Alt+Backspace"
    assert rows[("Go", "Service Catalog")] == "Ctrl+2"
    listed = {table.item(r, 2).text() for r in range(table.rowCount())}
    for name, action in main_window.window_actions.by_name.items():
        keys = typed_keys(action)
        if keys:
            assert ", ".join(keys) in listed, name
    window.close()


def test_first_run_home_page_says_what_to_do_first(main_window: MainWindow, qtbot: Any) -> None:
    home = main_window.pages["home"]
    qtbot.waitUntil(home.welcome.isVisible)  # read once the window has painted
    assert "sample portfolio" in home.welcome.text.text()
    assert "spreadsheet" in home.welcome.text.text() and "first service" in home.welcome.text.text()
    buttons = {b.objectName(): b for b in home.welcome.findChildren(QPushButton)}
    assert {"welcome_sample", "welcome_import", "welcome_new_service", "welcome_guide"} <= set(buttons)

    imported: list[bool] = []
    main_window.window_actions.import_data.triggered.disconnect()
    main_window.window_actions.import_data.triggered.connect(lambda: imported.append(True))
    qtbot.mouseClick(buttons["welcome_import"], Qt.MouseButton.LeftButton)
    assert imported == [True]

    qtbot.mouseClick(buttons["welcome_new_service"], Qt.MouseButton.LeftButton)
    assert main_window.page_key() == "catalog"
    assert main_window.pages["catalog"].editor.record_id is None
