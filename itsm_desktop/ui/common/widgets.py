"""Small widgets shared by every page: search field, empty state, headings, link lists."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .icons import icon

SEARCH_DELAY_MS = 150
SPACING = 8
MARGIN = 12


def heading(text: str = "", *, size_delta: int = 4, bold: bool = True,
            parent: QWidget | None = None) -> QLabel:
    """A label in a larger, bold font, for page and section titles."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(max(1.0, font.pointSizeF() + size_delta))
    font.setBold(bold)
    label.setFont(font)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def muted(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A secondary, greyed label (hints, counts, subtitles)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setForegroundRole(label.foregroundRole())
    label.setStyleSheet("color: palette(placeholder-text);")
    label.setWordWrap(True)
    return label


class SearchField(QLineEdit):
    """A search box that reports its text after the user paused typing (debounced)."""

    search_changed = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search")
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(self.tr("Search"))
        self.setAccessibleDescription(placeholder)
        self.setClearButtonEnabled(True)
        self.addAction(icon("find"), QLineEdit.ActionPosition.LeadingPosition)
        self.setToolTip(placeholder)  # read whole where the field is too narrow to show it
        self.setMinimumWidth(120)
        self.setMaximumWidth(440)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(lambda _text: self._timer.start())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Wide enough to show the whole placeholder (German and French ones are long), within
        the maximum width: a header gives it that much wherever the window has the room."""
        hint = super().sizeHint()
        margins = self.textMargins()
        # the search icon takes a square on the left (the clear button shows only over a text)
        need = (self.fontMetrics().horizontalAdvance(self.placeholderText()) + hint.height()
                + margins.left() + margins.right() + 16)
        return QSize(min(max(hint.width(), need), self.maximumWidth()), hint.height())

    def flush(self) -> None:
        """Report the current text now (Return key, or tests that do not want to wait)."""
        self._timer.stop()
        self.search_changed.emit(self.text())

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.flush()
            return
        if event.matches(QKeySequence.StandardKey.Cancel) and self.text():
            self.clear()
            self.flush()
            return
        super().keyPressEvent(event)


class EmptyState(QFrame):
    """A centred icon, title, explanation and action buttons, shown where a table has no rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("empty_state")
        self._icon = QLabel(self)
        self._icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = heading(size_delta=3, parent=self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.text = muted(parent=self)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setFixedWidth(440)  # narrowed to the room there is on resizing
        self._locked: frozenset[str] = frozenset()  # buttons shown disabled (a viewer's window)
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(SPACING)
        self._buttons.addStretch(1)
        self._buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(SPACING)
        layout.addStretch(1)
        layout.addWidget(self._icon)
        layout.addWidget(self.title)
        layout.addLayout(hbox(None, self.text, None))
        layout.addSpacing(SPACING)
        layout.addLayout(self._buttons)
        layout.addStretch(2)

    def set_content(self, icon_name: str, title: str, text: str,
                    buttons: Sequence[tuple[str, str, Callable[[], None]]] = ()) -> None:
        """Show ``title`` and ``text``; ``buttons`` are (object name, text, callback)."""
        self._icon.setPixmap(icon(icon_name).pixmap(QSize(48, 48)))
        self.title.setText(title)
        self.text.setText(text)
        while self._buttons.count() > 2:
            item = self._buttons.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for position, (name, label, callback) in enumerate(buttons, start=1):
            button = QPushButton(label, self)
            button.setObjectName(name)
            button.clicked.connect(callback)
            button.setEnabled(name not in self._locked)
            if position == 1:
                button.setDefault(True)
            self._buttons.insertWidget(position, button)

    def lock(self, names: Iterable[str]) -> None:
        """Show the buttons named ``names`` disabled, now and whenever the content changes."""
        self._locked = frozenset(names)
        for button in self.findChildren(QPushButton):
            button.setEnabled(button.objectName() not in self._locked)

    def button(self, name: str) -> QPushButton | None:
        return self.findChild(QPushButton, name)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(200, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.text.setFixedWidth(max(160, min(440, self.width() - 48)))


class LinkList(QListWidget):
    """A compact read-only list whose items open a record when activated (click or Return)."""

    activated_record = Signal(str, int)  # entity, id

    def __init__(self, parent: QWidget | None = None, *, rows: int = 4) -> None:
        super().__init__(parent)
        self.setAlternatingRowColors(True)
        self.setUniformItemSizes(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._rows = rows
        self.itemActivated.connect(self._activate)
        self.itemClicked.connect(self._activate)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        row = max(self.sizeHintForRow(0), self.fontMetrics().height() + 6)
        return QSize(super().sizeHint().width(), row * self._rows + 2 * self.frameWidth())

    def set_links(self, links: Sequence[tuple[str, int | None, str]], empty_text: str = "") -> None:
        """Fill with (entity, id, text); a None id makes a plain, non-clickable line."""
        self.clear()
        for entity, record_id, text in links:
            item = QListWidgetItem(text, self)
            item.setToolTip(text)
            if record_id is not None:
                item.setData(Qt.ItemDataRole.UserRole, (entity, record_id))
        if not links and empty_text:
            item = QListWidgetItem(empty_text, self)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _activate(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target:
            self.activated_record.emit(target[0], int(target[1]))


class LinkTable(QTreeWidget):
    """A read-only table of records with columns; activating a row opens its record."""

    activated_record = Signal(str, int)  # entity, id

    def __init__(self, headers: Sequence[str], widths: Sequence[int] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels(list(headers))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QTreeWidget.SelectionMode.SingleSelection)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(widths):
            if width < 0:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.resizeSection(column, width)
        self.itemActivated.connect(self._activate)
        self.itemClicked.connect(self._activate)

    def set_rows(self, rows: Sequence[tuple[str, int | None, Sequence[str]]], empty_text: str = "",
                 icons: Sequence[str | None] = ()) -> None:
        """Fill with (entity, id, cells); a None id makes a plain, non-clickable row."""
        self.clear()
        for index, (entity, record_id, cells) in enumerate(rows):
            item = QTreeWidgetItem(self, list(cells))
            for column, text in enumerate(cells):
                item.setToolTip(column, text)
            if index < len(icons) and icons[index]:
                item.setIcon(0, icon(icons[index] or ""))
            if record_id is not None:
                item.setData(0, Qt.ItemDataRole.UserRole, (entity, record_id))
        if not rows and empty_text:
            item = QTreeWidgetItem(self, [empty_text])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setFirstColumnSpanned(True)

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, Qt.ItemDataRole.UserRole)
        if target:
            self.activated_record.emit(target[0], int(target[1]))


def hbox(*widgets: QWidget | int | None, spacing: int = SPACING) -> QHBoxLayout:
    """A horizontal layout of widgets; an int adds that much stretch, None adds stretch 1."""
    layout = QHBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    for widget in widgets:
        if widget is None:
            layout.addStretch(1)
        elif isinstance(widget, int):
            layout.addStretch(widget)
        else:
            layout.addWidget(widget)
    return layout
