"""Help ▸ User Guide (shipped with the application, read offline) and Help ▸ Keyboard Shortcuts.

The shortcuts are read from the window's menus when the list is opened, so the list is always
what the keys really do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from itsm_desktop import APP_NAME
from itsm_desktop.resources import resource_path

from .common.accessible import plain
from .common.translate import tr
from .common.widgets import SPACING, muted

GUIDE = ("help", "user-guide.md")
# Qt codes from here on are keys of their own on some keyboards (Save, Undo, Help, Zoom In…):
# real, but listing them beside Ctrl+S would only puzzle
_DEDICATED_KEYS = 0x01000058  # Qt::Key_Help


def typed_keys(action: QAction) -> list[str]:
    """The shortcuts of ``action`` a user types, as the platform writes them."""
    return [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
            if not k.isEmpty() and k[0].key().value < _DEDICATED_KEYS]  # type: ignore[index]


def guide_text() -> str:
    """The user guide (Markdown) shipped in ``resources/help``."""
    try:
        return resource_path(*GUIDE).read_text(encoding="utf-8")
    except OSError:
        return tr("The user guide could not be read.")


class GuideWindow(QDialog):
    """The user guide in a window of its own, beside the application (not modal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user_guide")
        self.setWindowTitle(self.tr("{app} User Guide").format(app=APP_NAME))
        self.setWindowFlag(Qt.WindowType.WindowMinMaxButtonsHint, True)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide_text")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(guide_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)


def shortcut_rows(menu_bar: QMenuBar, extra: list[QAction] | None = None) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every action with a shortcut, in menu order."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def add(menu: str, action: QAction) -> None:
        if id(action) in seen or action.isSeparator():
            return
        seen.add(id(action))
        keys = typed_keys(action)
        if keys:
            command = plain(action.text().split("\t")[0])
            rows.append((menu, command, ", ".join(keys)))

    for top in menu_bar.actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            add(plain(top.text()), action)
    for action in extra or []:
        add("", action)
    return rows


class ShortcutsWindow(QDialog):
    """Every keyboard shortcut of the window, by menu."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboard_shortcuts")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("shortcuts_table")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Keys")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        note = muted(self.tr("In a text field, Ctrl+Z first undoes the typing not yet saved; "
                             "then it undoes saved changes, as Edit ▸ Undo does."), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 620)
