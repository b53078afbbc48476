"""The Targets tab: the editable table of service level targets and the standard matrix."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from itsm_desktop.domain.definitions import warns_at_share
from itsm_desktop.domain.enums import (
    PRIORITY_METRICS,
    MeasurementPeriod,
    Metric,
    Priority,
    TargetUnit,
)
from itsm_desktop.domain.forms import TargetRow
from itsm_desktop.domain.templates import standard_matrix

from ..common.dialogs import Dialogs
from ..common.editor import FieldErrors
from ..common.translate import label_of
from ..common.widgets import SPACING, hbox, heading, muted
from .common import tool_button, tr
from .delegates import ChoiceDelegate, MetricDelegate, NumberDelegate
from .targets_model import (
    METRIC,
    PERIOD,
    PRIORITY,
    SERVICE,
    UNIT,
    VALUE,
    WARNING,
    TargetsModel,
    units_for,
    value_range,
)

Index = QModelIndex | QPersistentModelIndex
WIDTHS = {METRIC: 170, SERVICE: 92, PRIORITY: 60, VALUE: 64, UNIT: 108, WARNING: 80, PERIOD: 72}
MIN_VISIBLE_ROWS = 6


class TargetsTab(QWidget):
    """Metric, service, priority, value, unit, warning threshold, period and notes per target."""

    changed = Signal()

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TargetsModel(self)
        self.model.dataChanged.connect(self._changed)
        self.model.rowsInserted.connect(self._rows_changed)
        self.model.rowsRemoved.connect(self._rows_changed)
        self.model.rowsMoved.connect(self._rows_changed)
        self.model.modelReset.connect(self._fit)
        self.table = QTableView(self)
        self.table.setObjectName("targets_table")
        self.table.setAccessibleName(self.tr("Service level targets"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.SelectedClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table.verticalHeader()
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 12)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(48)
        for column, width in WIDTHS.items():
            header.resizeSection(column, width)
        self.table.setItemDelegateForColumn(METRIC, MetricDelegate(self.table))
        self.table.setItemDelegateForColumn(SERVICE, ChoiceDelegate(self._service_choices, self.table))
        self.table.setItemDelegateForColumn(PRIORITY, ChoiceDelegate(self._priority_choices, self.table))
        self.cell_error = errors.label_for("targets", self)
        self.table.setItemDelegateForColumn(VALUE, NumberDelegate(self._value_bounds, self.table, self._say))
        self.table.setItemDelegateForColumn(UNIT, ChoiceDelegate(self._unit_choices, self.table))
        self.table.setItemDelegateForColumn(WARNING, NumberDelegate(self._warning_bounds, self.table,
                                                                            self._say))
        self.table.setItemDelegateForColumn(PERIOD, ChoiceDelegate(
            lambda _i: [(label_of(p), p) for p in MeasurementPeriod], self.table))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

        self.add_button = tool_button("add_target", tr("Add target"), "new", on_click=self.add_target)
        self.remove_button = tool_button("remove_target", tr("Remove"), "delete", on_click=self.remove_selected)
        self.up_button = tool_button("target_up", tr("Up"), tip=tr("Move the target up"),
                                     on_click=lambda: self.move_selected(-1))
        self.down_button = tool_button("target_down", tr("Down"), tip=tr("Move the target down"),
                                       on_click=lambda: self.move_selected(1))
        self.matrix_button = tool_button(
            "standard_matrix", tr("Standard matrix"), "new",
            tip=tr("Response and resolution times for P1–P4 and availability per covered service"),
            on_click=self.fill_standard_matrix)
        self.buttons = (self.add_button, self.remove_button, self.up_button, self.down_button,
                        self.matrix_button)

        self.empty_hint = muted(tr("No targets yet. “Standard matrix” adds response and resolution times for "
                                   "P1–P4 and an availability target for each covered service."), self)
        self.empty_hint.setObjectName("targets_empty")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACING, SPACING, SPACING)
        layout.setSpacing(4)
        layout.addWidget(heading(tr("Service level targets"), size_delta=1))
        layout.addWidget(muted(tr("What is promised and how it is measured. Start from the standard matrix and "
                                  "adjust it; double-click a cell to change it. Response and resolution times "
                                  "can differ by priority.")))
        layout.addSpacing(4)
        layout.addLayout(hbox(self.matrix_button, None, self.add_button, self.up_button, self.down_button,
                              self.remove_button))
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.cell_error)  # above the table: always in view
        layout.addWidget(self.table, 1)
        self._fit()

    # --- delegates' choices ------------------------------------------------------------------

    def _row(self, index: Index) -> TargetRow:
        return self.model.targets[index.row()]

    def _service_choices(self, _index: Index) -> list[tuple[str, Any]]:
        return [(tr("All services"), None), *((label, sid) for sid, label in self.model.service_labels.items())]

    def _priority_choices(self, index: Index) -> list[tuple[str, Any]]:
        if self._row(index).metric not in PRIORITY_METRICS:
            return [(tr("—"), None)]
        return [(tr("Any"), None), *((p.value, p) for p in Priority)]

    def _unit_choices(self, index: Index) -> list[tuple[str, Any]]:
        return [(label_of(u), u) for u in units_for(self._row(index).metric)]

    def _value_bounds(self, index: Index) -> tuple[float, float, int, str, str]:
        row = self._row(index)
        low, high, decimals = value_range(row.metric, row.unit)
        return low, high, decimals, " %" if row.unit == TargetUnit.PERCENT else "", ""

    def _warning_bounds(self, index: Index) -> tuple[float, float, int, str, str]:
        """A level on the target's scale for percentages, a share of the target for times."""
        if warns_at_share(self._row(index).unit):
            return 0.0, 100.0, 0, tr(" % of target"), tr("No warning")
        return 0.0, 100.0, 2, " %", tr("No warning")

    def _say(self, message: str) -> None:
        """Show (or clear) the message about the number typed in a cell, above the table."""
        self.cell_error.setText(message)
        self.cell_error.setVisible(bool(message))

    # --- actions ---------------------------------------------------------------------------------

    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def add_target(self) -> None:
        """Add an availability target after the selected row and start editing its metric."""
        row = self._selected_row()
        row = row + 1 if row >= 0 else self.model.rowCount()
        self.model.insert_target(row, TargetRow(metric=Metric.AVAILABILITY, value=99.5, unit=TargetUnit.PERCENT,
                                                period=MeasurementPeriod.MONTH))
        index = self.model.index(row, METRIC)
        self.table.selectRow(row)
        self.table.scrollTo(index)
        self.table.setFocus()

    def remove_selected(self) -> None:
        row = self._selected_row()
        if row >= 0:
            self.model.removeRows(row, 1)
            if self.model.rowCount():
                self.table.selectRow(min(row, self.model.rowCount() - 1))

    def move_selected(self, delta: int) -> None:
        row = self._selected_row()
        if row >= 0 and self.model.move_target(row, delta):
            self.table.selectRow(row + delta)

    def fill_standard_matrix(self) -> None:
        """Replace the targets with P1–P4 response and resolution and availability per service."""
        count = self.model.rowCount()
        if count and not Dialogs.confirm(
                self, tr("Standard matrix"),
                tr("Replace the {count} targets in the table with the standard matrix?").format(count=count),
                accept=tr("Replace")):
            return
        self.model.set_targets(standard_matrix(list(self.model.service_labels)))
        self._changed()

    # --- state --------------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        self.changed.emit()

    def _rows_changed(self, *_args: object) -> None:
        self._fit()
        self.changed.emit()

    def _fit(self) -> None:
        height = (self.table.horizontalHeader().sizeHint().height()
                  + MIN_VISIBLE_ROWS * self.table.verticalHeader().defaultSectionSize()
                  + 2 * self.table.frameWidth() + self.table.horizontalScrollBar().sizeHint().height())
        self.table.setMinimumHeight(height)
        self.empty_hint.setVisible(self.model.rowCount() == 0 and not self.model.read_only)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self._selected_row()
        editable = not self.model.read_only
        self.remove_button.setEnabled(editable and row >= 0)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < self.model.rowCount() - 1)

    def set_services(self, labels: dict[int, str]) -> None:
        self.model.set_services(labels)

    def set_targets(self, targets: list[TargetRow]) -> None:
        self.model.set_targets(targets)

    def targets(self) -> list[TargetRow]:
        return self.model.rows()

    def set_read_only(self, read_only: bool) -> None:
        self.model.set_read_only(read_only)
        for button in self.buttons:
            button.setVisible(not read_only)
        self._fit()
