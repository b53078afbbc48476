"""The agreement editor's tab titles as a strip that wraps onto a second row in a narrow pane,
so that every title stays readable whole instead of shrinking to "Ge…" or scrolling away."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QWidget,
)


class FlowLayout(QLayout):
    """Items left to right, wrapping to the next row when the width runs out (Qt's flow
    layout example, without the per-item spacing rules)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 2) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt override)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        width = sum(i.sizeHint().width() for i in self._items) + self._spacing * max(len(self._items) - 1, 0)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt override)
        """As narrow as the widest single title: the rest wraps."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, row_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and x > rect.x():
                x, y, row_height = rect.x(), y + row_height + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y()


class TabStrip(QWidget):
    """One checkable button per tab of ``tabs`` (whose own bar it hides), kept in step with it."""

    def __init__(self, tabs: QTabWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreement_tab_strip")
        self._tabs = tabs
        tabs.tabBar().hide()
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: list[QToolButton] = []
        layout = FlowLayout(self)
        for index in range(tabs.count()):
            button = QToolButton(self)
            button.setObjectName(f"agreement_tab_{index}")
            button.setText(tabs.tabText(index))
            button.setToolTip(tabs.tabToolTip(index))
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self._group.addButton(button, index)
            layout.addWidget(button)
            self.buttons.append(button)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._group.idClicked.connect(tabs.setCurrentIndex)
        tabs.currentChanged.connect(self._show_current)
        self._show_current(tabs.currentIndex())

    def sync_icons(self) -> None:
        """Show the tabs' icons (a warning on a tab that needs attention) on their buttons."""
        for index, button in enumerate(self.buttons):
            button.setIcon(self._tabs.tabIcon(index))

    def _show_current(self, index: int) -> None:
        if 0 <= index < len(self.buttons):
            self.buttons[index].setChecked(True)
