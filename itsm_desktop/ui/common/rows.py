"""An editable table of rows owned by a record (components, suppliers, consumers …)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .icons import icon
from .local_formats import show_whole
from .lookup import Lookup, LookupDelegate
from .widgets import hbox, muted

VALUE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class RowColumn:
    """A column of a ``RowsTable``: "text", "int", "choice" (a few choices) or "lookup" (a record)."""

    key: str
    title: str
    kind: str = "text"
    choices: Callable[[], Sequence[tuple[str, Any]]] | None = None
    width: int = 0
    default: Any = None
    lookup: Lookup | None = None


class _ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box; the cell keeps the value in ``UserRole``."""

    def __init__(self, choices: Callable[[], Sequence[tuple[str, Any]]], parent: QWidget) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem,  # noqa: N802
                     _index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, value in self._choices():
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(VALUE))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), VALUE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


MAX_WHOLE_NUMBER = 10_000_000


class _IntDelegate(QStyledItemDelegate):
    """Edits a cell as a whole number (empty allowed).

    What is typed is kept as typed, even when it is not a number: ``RowsTable.problems`` says
    so, rather than a validator silently swallowing the keystrokes.
    """

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem,  # noqa: N802
                     _index: Index) -> QWidget:
        return QLineEdit(parent)


def _whole_number(text: str) -> int | None:
    """``text`` as a whole number from 0 to ``MAX_WHOLE_NUMBER``, else None."""
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() and int(text) <= MAX_WHOLE_NUMBER else None


class RowsTable(QWidget):
    """A small table with Add and Remove buttons; ``rows()`` gives a dict per row.

    A row's ``id`` (the stored row it shows, None for a new one) is kept beside the table and
    handed back by ``rows()``, so that saving updates that row rather than replacing it.
    """

    changed = Signal()

    def __init__(self, columns: Sequence[RowColumn], *, add_text: str, empty_text: str = "",
                 visible_rows: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._visible_rows = visible_rows
        self._row_ids: list[int | None] = []
        self.table = QTableWidget(0, len(self.columns), self)
        self.table.setObjectName("rows")
        self.table.setHorizontalHeaderLabels([c.title for c in self.columns])
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        triggers = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(triggers.DoubleClicked | triggers.SelectedClicked
                                   | triggers.EditKeyPressed | triggers.AnyKeyPressed)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for i, column in enumerate(self.columns):
            if column.kind == "choice" and column.choices is not None:
                self.table.setItemDelegateForColumn(i, _ChoiceDelegate(column.choices, self.table))
            elif column.kind == "lookup" and column.lookup is not None:
                self.table.setItemDelegateForColumn(i, LookupDelegate(column.lookup, self.table, VALUE))
            elif column.kind == "int":
                self.table.setItemDelegateForColumn(i, _IntDelegate(self.table))
            if column.width:
                header.resizeSection(i, column.width)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = QToolButton(self)
        self.add_button.setObjectName("add_row")
        self.add_button.setIcon(icon("new"))
        self.add_button.setText(add_text)
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("remove_row")
        self.remove_button.setIcon(icon("delete"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.remove_button.clicked.connect(self.remove_selected)
        self.empty_label = muted(empty_text, self)
        self.empty_label.setWordWrap(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table)
        layout.addLayout(hbox(self.add_button, self.remove_button, None, self.empty_label))
        self._fit()

    def _fit(self) -> None:
        rows = max(self._visible_rows, min(self.table.rowCount(), 10))
        height = (self.table.horizontalHeader().sizeHint().height()
                  + rows * self.table.verticalHeader().defaultSectionSize() + 2 * self.table.frameWidth() + 2)
        self.table.setFixedHeight(height)
        self.empty_label.setVisible(self.table.rowCount() == 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(360, super().sizeHint().height())

    # --- values -------------------------------------------------------------------------

    def _set_cell(self, row: int, col: int, value: Any, labels: dict[Any, str] | None = None) -> None:
        column = self.columns[col]
        item = QTableWidgetItem()
        if column.kind == "lookup" and column.lookup is not None:
            if labels is None:
                labels = column.lookup.labels([value]) if value is not None else {}
            item.setData(VALUE, value)
            item.setText(labels.get(value, "") if value is not None else "")
            item.setToolTip(item.text())
        elif column.kind == "choice":
            labels = {v: label for label, v in (column.choices() if column.choices else ())}
            item.setData(VALUE, value)
            item.setText(labels.get(value, "" if value is None else str(value)))
        else:
            item.setText("" if value is None else str(value))
        self.table.setItem(row, col, item)

    def _append(self, values: dict[str, Any], labels: dict[str, dict[Any, str]] | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._row_ids.append(values.get("id"))
        for col, column in enumerate(self.columns):
            self._set_cell(row, col, values.get(column.key, column.default),
                           (labels or {}).get(column.key))
        return row

    def _lookup_labels(self, rows: Sequence[dict[str, Any]]) -> dict[str, dict[Any, str]]:
        """The names of every record the rows refer to, read at once per column."""
        return {c.key: c.lookup.labels([v for r in rows if (v := r.get(c.key)) is not None])
                for c in self.columns if c.kind == "lookup" and c.lookup is not None}

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        """Replace every row (signals about each cell are suppressed)."""
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self._row_ids = []
        labels = self._lookup_labels(rows)
        for values in rows:
            self._append(values, labels)
        self.table.blockSignals(False)
        self._fit()

    def value(self, row: int, key: str) -> Any:
        col = next(i for i, c in enumerate(self.columns) if c.key == key)
        item = self.table.item(row, col)
        if item is None:
            return None
        column = self.columns[col]
        if column.kind == "lookup":
            return item.data(VALUE)
        if column.kind == "choice":
            raw = item.data(VALUE)  # Qt hands enum members back as plain strings
            return next((v for _label, v in (column.choices() if column.choices else ())
                         if raw is not None and v == raw), raw)
        if column.kind == "int":
            return _whole_number(item.text())
        return item.text()

    def problems(self) -> list[str]:
        """What is wrong with the numbers typed in the table, one sentence per cell."""
        found = []
        for col, column in enumerate(self.columns):
            if column.kind != "int":
                continue
            for row in range(self.table.rowCount()):
                item = self.table.item(row, col)
                text = item.text().strip() if item is not None else ""
                if text and _whole_number(text) is None:
                    found.append(self.tr("Row {row}, {column}: “{text}” is not a whole number from 0 to "
                                         "{high}.").format(row=row + 1, column=column.title, text=text,
                                                           high=show_whole(MAX_WHOLE_NUMBER)))
        return found

    def rows(self) -> list[dict[str, Any]]:
        return [{"id": self._row_ids[r], **{c.key: self.value(r, c.key) for c in self.columns}}
                for r in range(self.table.rowCount())]

    def refresh_labels(self) -> None:
        """Re-read the labels of choice and lookup cells (records may have been renamed)."""
        rows = self.rows()
        labels = self._lookup_labels(rows)
        self.table.blockSignals(True)
        for col, column in enumerate(self.columns):
            if column.kind not in ("choice", "lookup"):
                continue
            for row in range(self.table.rowCount()):
                self._set_cell(row, col, rows[row][column.key], labels.get(column.key))
        self.table.blockSignals(False)

    # --- editing -------------------------------------------------------------------------

    def add_row(self, values: dict[str, Any] | None = None) -> int:
        """Append a row with default values and start editing its first cell."""
        self.table.blockSignals(True)
        row = self._append(values or {})
        self.table.blockSignals(False)
        self._fit()
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if self.isVisible() and item is not None:
            self.table.editItem(item)
        self.changed.emit()
        return row

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
            del self._row_ids[row]
        if rows:
            self._fit()
            self.changed.emit()

    def set_value(self, row: int, key: str, value: Any) -> None:
        """Set one cell as the user would (tests, presets)."""
        col = next(i for i, c in enumerate(self.columns) if c.key == key)
        self._set_cell(row, col, value)
        self.changed.emit()

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        self.changed.emit()
