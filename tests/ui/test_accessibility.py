"""Every control of every page and editor has a name a screen reader can say."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QStackedWidget,
    QTabBar,
    QTextEdit,
    QWidget,
)

from itsm_desktop.ui.actions import PAGE_KEYS
from itsm_desktop.ui.main_window import MainWindow

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QPlainTextEdit, QTextEdit, QAbstractSlider, QTabBar)
# the parts Qt builds inside its own controls (a combo's popup list, a table's headers, a
# date field's calendar) and names itself
QT_PARTS = (QAbstractSpinBox, QComboBox, QScrollBar, QTabBar, QLineEdit, QAbstractItemView)


def _ancestors(widget: QWidget, root: QWidget) -> list[QWidget]:
    out, node = [], widget.parentWidget()
    while node is not None and node is not root:
        out.append(node)
        node = node.parentWidget()
    return out


def _qt_part(widget: QWidget, root: QWidget) -> bool:
    return (widget.objectName().startswith("qt_") or isinstance(widget, QScrollBar | QHeaderView)
            or type(widget).__name__ in ("QTableCornerButton", "QLineEditIconButton")
            or any(isinstance(a, QT_PARTS) for a in _ancestors(widget, root)))


def _put_away(widget: QWidget, root: QWidget) -> bool:
    """Hidden by the program (a banner not needed now), not a page or tab the user can show."""
    return any(node.isHidden() and not isinstance(node.parentWidget(), QStackedWidget)
               for node in [widget, *_ancestors(widget, root)])


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as the control's name."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed_controls(root: QWidget) -> list[str]:
    """The interactive widgets under ``root`` without an accessible name, by their path."""
    out = []
    for widget in root.findChildren(QWidget):
        if (isinstance(widget, INTERACTIVE) and not _qt_part(widget, root)
                and not _put_away(widget, root) and not accessible_name(widget)):
            path, node = [], widget
            while node is not None and node is not root:
                path.append(node.objectName() or type(node).__name__)
                node = node.parentWidget()
            out.append("/".join(reversed(path)))
    return sorted(out)


def test_every_control_of_every_page_and_editor_is_named(main_window: MainWindow, make: Any) -> None:
    make.service("A", name="Alpha")
    for key in PAGE_KEYS:
        assert main_window.show_page(key)
    unnamed = unnamed_controls(main_window)
    assert unnamed == [], f"{len(unnamed)} unnamed: " + "\n".join(unnamed)


def test_form_fields_are_named_by_their_labels(main_window: MainWindow) -> None:
    assert main_window.show_page("catalog")
    editor = main_window.pages["catalog"].editor
    texts = {key: accessible_name(getattr(editor, key)) for key in ("code", "name", "summary")}
    assert texts == {"code": "Code", "name": "Name", "summary": "Summary"}
    assert accessible_name(editor.provider.edit) == "Provider"
    assert accessible_name(editor.provider.button) == "Provider: Show the choices"
    assert accessible_name(editor.depends_on.list) == "Dependencies"
    assert accessible_name(editor.depends_on.search) == "Dependencies: Add a dependency: type a code or name"
    page = main_window.pages["catalog"]
    assert accessible_name(page.search) == "Search" and accessible_name(page.table) == "Service catalog"
