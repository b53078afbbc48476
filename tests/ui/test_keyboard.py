"""The keyboard: no shortcut is claimed twice, and Undo/Redo work wherever the focus is."""

from __future__ import annotations

import io
from collections import defaultdict
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget
from ui_helpers import FakeDialogs

from itsm_desktop.services import catalog
from itsm_desktop.store import Database
from itsm_desktop.ui.actions import PAGE_KEYS
from itsm_desktop.ui.main_window import MainWindow

Ctrl = Qt.KeyboardModifier.ControlModifier
Context = Qt.ShortcutContext


def _scope(item: QAction | QShortcut) -> QObject:
    """Where a shortcut is live: its widget, its window, or the application."""
    context = item.shortcutContext() if isinstance(item, QAction) else item.context()
    if context == Context.ApplicationShortcut:
        return QApplication.instance()  # type: ignore[return-value]
    owners = ([o for o in item.associatedObjects() if isinstance(o, QWidget)]
              if isinstance(item, QAction) else [])
    parent = item.parent()
    widget = owners[0] if owners else parent if isinstance(parent, QWidget) else None
    assert widget is not None, f"{item.objectName()} belongs to no widget"
    return widget.window() if context == Context.WindowShortcut else widget


def shortcut_clashes(root: QWidget) -> list[str]:
    """Key sequences that two different actions or shortcuts claim in the same place."""
    claims: dict[tuple[int, str], set[str]] = defaultdict(set)
    items: list[QAction | QShortcut] = [*root.findChildren(QAction), *root.findChildren(QShortcut)]
    for item in items:
        sequences = item.shortcuts() if isinstance(item, QAction) else item.keys()
        name = item.objectName() or (item.text() if isinstance(item, QAction) else "") or repr(item)
        for sequence in sequences:
            if not sequence.isEmpty():
                key = (id(_scope(item)), sequence.toString(QKeySequence.SequenceFormat.PortableText))
                claims[key].add(name)
    return sorted(f"{seq}: {', '.join(sorted(names))}" for (_s, seq), names in claims.items()
                  if len(names) > 1)


def every_platform_binding() -> dict[str, str]:
    """Each key sequence the platform binds to a standard meaning (Delete, Undo, …)."""
    out: dict[str, str] = {}
    for name, key in QKeySequence.StandardKey.__members__.items():
        for sequence in QKeySequence.keyBindings(key):
            out.setdefault(sequence.toString(QKeySequence.SequenceFormat.PortableText), name)
    return out


def test_no_shortcut_is_claimed_twice_on_any_page_or_editor(main_window: MainWindow) -> None:
    for key in PAGE_KEYS:  # every page and its editor, built
        assert main_window.show_page(key)
    assert len(main_window.findChildren(QAction)) > 30
    assert shortcut_clashes(main_window) == []


def test_no_shortcut_is_claimed_twice_in_the_print_preview(main_window: MainWindow, qtbot: Any) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from itsm_desktop.ui.printing.preview import PreviewDialog

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, "One page")
    canvas.save()
    preview = PreviewDialog(out.getvalue(), title="One page", page_size="A4", parent=main_window)
    qtbot.addWidget(preview)
    assert len(preview.findChildren(QAction)) >= 4
    assert shortcut_clashes(preview) == []


def test_our_own_keys_never_mean_something_else_on_this_platform(main_window: MainWindow) -> None:
    # a literal key (Ctrl+Shift+D for Duplicate) must not be what the platform means by a
    # standard one (GNOME and KDE bind Ctrl+D to Delete, macOS binds Meta+D)
    standard = every_platform_binding()
    actions = main_window.window_actions.by_name
    literal = {"duplicate", "quit", *(f"go_{key}" for key in PAGE_KEYS)}
    for name, action in actions.items():
        if name not in literal and not name.startswith("go_"):
            continue
        for sequence in action.shortcuts():
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            assert standard.get(text, "Quit") == "Quit", f"{name}: {text} is {standard[text]}"
    assert actions["duplicate"].shortcut() == QKeySequence("Ctrl+Shift+D")


def test_duplicate_by_its_key(main_window: MainWindow, make: Any, qtbot: Any) -> None:
    first = make.service("A", name="Alpha")
    assert main_window.show_page("catalog")
    page = main_window.pages["catalog"]
    page.model.reload()
    page.table.selectRow(page.model.row_of(first.id))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_D, Ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert page.editor.is_dirty()
    assert "Alpha" in page.editor.name.text() and page.editor.record_id is None


def _open_service(window: MainWindow, make: Any) -> tuple[Any, Any]:
    first = make.service("A", name="Alpha")
    assert window.show_page("catalog")
    page = window.pages["catalog"]
    page.model.reload()
    page.table.selectRow(page.model.row_of(first.id))
    return page, first


def test_undo_key_in_a_field_undoes_its_unsaved_typing_then_saved_steps(
        main_window: MainWindow, make: Any, qtbot: Any, db: Database, fake_dialogs: FakeDialogs) -> None:
    page, first = _open_service(main_window, make)
    name = page.editor.name
    name.setFocus()
    name.end(False)
    qtbot.keyClicks(name, " one")
    qtbot.keyClick(name, Qt.Key.Key_S, Ctrl)  # saved: one step on the window's undo stack
    assert catalog.get_service(db, first.id).name == "Alpha one"
    qtbot.keyClicks(name, " two")
    assert page.editor.is_dirty()

    qtbot.keyClick(name, Qt.Key.Key_Z, Ctrl)  # the unsaved typing first: the field's own undo
    assert name.text() != "Alpha one two"
    while page.editor.is_dirty() and name.isUndoAvailable() and name.text() != "Alpha one":
        qtbot.keyClick(name, Qt.Key.Key_Z, Ctrl)
    assert name.text() == "Alpha one"
    assert catalog.get_service(db, first.id).name == "Alpha one"
    page.editor._set_clean()  # back to what is saved (the field's undo gives no notice)

    qtbot.keyClick(name, Qt.Key.Key_Z, Ctrl)  # nothing unsaved: the window's undo of the save
    assert catalog.get_service(db, first.id).name == "Alpha"
    assert page.editor.name.text() == "Alpha"
    qtbot.keyClick(page.editor.name, Qt.Key.Key_Z, Ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert catalog.get_service(db, first.id).name == "Alpha one"
    assert fake_dialogs.names() == []


def _key_to_focus(qtbot: Any, fallback: QWidget, key: Qt.Key) -> None:
    """Press ``key`` where the keyboard is: an open popup (the completer's list) or the field."""
    qtbot.keyClick(QApplication.activePopupWidget() or fallback, key)


def test_dependency_picker_by_keyboard(main_window: MainWindow, make: Any, qtbot: Any) -> None:
    make.service("INET", name="Internet access")
    make.service("INTRA", name="Intranet")
    page, _first = _open_service(main_window, make)
    picker = page.editor.depends_on
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "internet")
    qtbot.waitUntil(lambda: picker.completer.popup().isVisible(), timeout=2000)
    _key_to_focus(qtbot, picker.search, Qt.Key.Key_Down)
    _key_to_focus(qtbot, picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.ids() != [], timeout=2000)
    assert [picker.list.item(i).text() for i in range(picker.list.count())] == ["INET — Internet access"]
    assert page.editor.is_dirty()
    qtbot.waitUntil(lambda: picker.search.text() == "", timeout=2000)

