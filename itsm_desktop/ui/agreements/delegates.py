"""Cell editors of the agreement tables: choices, metrics that may be custom, bounded numbers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from itsm_desktop.domain.enums import Metric

from ..common.fields import RangeDoubleSpinBox
from ..common.translate import label_of

Index = QModelIndex | QPersistentModelIndex
Choices = Callable[[Index], Sequence[tuple[str, Any]]]
_LEAVE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
Bounds = Callable[[Index], tuple[float, float, int, str, str]]  # low, high, decimals, suffix, special


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of (label, value) choices that may depend on the row."""

    def __init__(self, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("cell_choice")
        for label, value in self._choices(index):
            combo.addItem(label, value)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MetricDelegate(QStyledItemDelegate):
    """Choose a metric, or type a name of your own to make it a custom metric."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem,  # noqa: N802
                     _index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("cell_metric")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for metric in Metric:
            if metric != Metric.CUSTOM:
                combo.addItem(label_of(metric), metric)
        line = combo.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setPlaceholderText(self.tr("or type your own metric"))
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setEditText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        text = editor.currentText().strip()
        if not text:
            return
        known = next((m for m in Metric if label_of(m).casefold() == text.casefold() and m != Metric.CUSTOM), None)
        model.setData(index, known if known is not None else (Metric.CUSTOM, text), Qt.ItemDataRole.EditRole)


class NumberDelegate(QStyledItemDelegate):
    """Edits a number with a spin box whose range, decimals and suffix depend on the row.

    A number typed out of range is kept in the editor and refused: the cell keeps its value and
    ``said`` gets the message (and "" once a value is accepted), never a silently cut number.
    """

    def __init__(self, bounds: Bounds, parent: QWidget | None = None,
                 said: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self._bounds = bounds
        self._said = said or (lambda _message: None)
        self.closeEditor.connect(self._closed)

    def _closed(self, _editor: QWidget, hint: QStyledItemDelegate.EndEditHint) -> None:
        if hint == QStyledItemDelegate.EndEditHint.RevertModelCache:  # Escape: nothing was typed in
            self._said("")

    def _say_problem(self, editor: RangeDoubleSpinBox, index: Index) -> bool:
        """Say what is wrong with the typed number (or clear the message); True when something is."""
        problem = editor.problem()
        self._said(self.tr("Row {row}: {problem} The value was not changed.").format(
            row=index.row() + 1, problem=problem) if problem else "")
        return bool(problem)

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        low, high, decimals, suffix, special = self._bounds(index)
        spin = RangeDoubleSpinBox(parent)
        spin.setObjectName("cell_number")
        spin.setDecimals(decimals)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setSpecialValueText(special)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setKeyboardTracking(False)
        row = QPersistentModelIndex(index)
        spin.lineEdit().textChanged.connect(lambda _text: self._say_problem(spin, row))
        return spin

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        """Enter or Tab on a number out of range keeps the editor open with it (Qt would revert it)."""
        if (isinstance(editor, RangeDoubleSpinBox) and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress and event.key() in _LEAVE_KEYS and editor.problem()):
            return True
        return super().eventFilter(editor, event)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, RangeDoubleSpinBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setValue(editor.minimum() if value is None else float(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, RangeDoubleSpinBox)
        if self._say_problem(editor, index):
            return
        editor.interpretText()
        value = editor.value()
        if editor.specialValueText() and value == editor.minimum():
            model.setData(index, None, Qt.ItemDataRole.EditRole)
        else:
            model.setData(index, value, Qt.ItemDataRole.EditRole)
