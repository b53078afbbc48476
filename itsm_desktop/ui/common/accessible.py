"""Names a screen reader says for every control: set once where controls are built.

A form field is named by its label (and described by its hint) in the form helper; a control
made of parts (a lookup's text box and its arrow button) names each part from the label. What
is left unnamed gets the words the user sees on it: its placeholder, its tooltip.
"""

from __future__ import annotations

from collections.abc import Iterator

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
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
            QPlainTextEdit, QTextEdit, QAbstractSlider, QTabBar)
# Qt builds parts inside these (a combo's popup list, a spin box's text box) and names them
_COMPOSITE_QT = (QAbstractSpinBox, QComboBox, QScrollBar, QTabBar, QLineEdit, QAbstractItemView)


def plain(label: str) -> str:
    """A label as a name: no mnemonic ampersand, no trailing colon or ellipsis."""
    text = label.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":…").strip()


def is_qt_part(widget: QWidget) -> bool:
    """A widget Qt made inside one of its own controls (and names itself)."""
    if widget.objectName().startswith("qt_") or isinstance(widget, QScrollBar | QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, _COMPOSITE_QT):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> Iterator[QWidget]:
    """``root`` and the controls under it that a user can reach, Qt's inner parts left out."""
    if isinstance(root, CONTROLS):
        yield root
    for widget in root.findChildren(QWidget):
        if isinstance(widget, CONTROLS) and not is_qt_part(widget):
            yield widget


def shown_words(widget: QWidget) -> str:
    """What the user reads on or around a control: its placeholder, or its tooltip."""
    placeholder = getattr(widget, "placeholderText", None)
    for text in (placeholder() if callable(placeholder) else "", widget.toolTip(),
                 widget.statusTip()):
        if text and "<" not in text:  # rich-text tooltips are not names
            return plain(text)
    return ""


def name(widget: QWidget, text: str, description: str = "") -> None:
    """Give ``widget`` an accessible name (and description), unless it already has one."""
    if text and not widget.accessibleName():
        widget.setAccessibleName(plain(text))
    if description and not widget.accessibleDescription():
        widget.setAccessibleDescription(description)


def name_field(widget: QWidget, label: str, hint: str = "") -> None:
    """Name a form field by its label: the field itself, or each of its parts.

    The part that takes the focus gets the label; the others "label: what they show".
    """
    label = plain(label)
    parts = list(controls(widget))
    main = widget.focusProxy() or (parts[0] if parts else None)
    name(widget, label, hint)
    for part in parts:
        if part is main or part is widget:
            name(part, label, hint)
        else:
            words = shown_words(part) or (part.text() if isinstance(part, QAbstractButton) else "")
            name(part, f"{label}: {plain(words)}" if words else label)


def name_the_rest(root: QWidget) -> None:
    """Name the controls under ``root`` still without a name by the words shown on them."""
    for widget in controls(root):
        if widget.accessibleName() or (isinstance(widget, QAbstractButton) and plain(widget.text())):
            continue
        name(widget, shown_words(widget))
