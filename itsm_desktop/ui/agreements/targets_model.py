"""The service level targets of an agreement as an editable table model.

Units and allowed ranges follow the metric: a percentage metric is measured in % between
0 and 100, a duration in minutes, hours or days and must be positive, and only response and
resolution times have a priority. Cells that break a rule are tinted and explain why.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from itsm_desktop.domain.definitions import warns_at_share
from itsm_desktop.domain.enums import (
    DURATION_METRICS,
    DURATION_UNITS,
    PERCENT_METRICS,
    PRIORITY_METRICS,
    MeasurementPeriod,
    Metric,
    Priority,
    TargetUnit,
)
from itsm_desktop.domain.forms import AgreementForm, TargetRow
from itsm_desktop.domain.rules import target_problems
from itsm_desktop.domain.translatable import translatable

from ..common.local_formats import show_number, show_percent
from ..common.messages import say
from ..common.translate import label_of
from .common import tr

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("metric", "service_id", "priority", "value", "unit", "warning_threshold", "period", "notes",
           "definition")
METRIC, SERVICE, PRIORITY, VALUE, UNIT, WARNING, PERIOD, NOTES, DEFINITION = range(len(COLUMNS))
HEADERS = (translatable("Metric"), translatable("Service"), translatable("Priority"), translatable("Target"), translatable("Unit"), translatable("Warning at"), translatable("Period"), translatable("Notes"),
           translatable("Definition (custom metrics)"))
ORDERED_DURATION_UNITS = [u for u in TargetUnit if u in DURATION_UNITS]
DEFAULT_VALUES = {
    Metric.AVAILABILITY: (99.5, TargetUnit.PERCENT),
    Metric.CUSTOMER_SATISFACTION: (90.0, TargetUnit.PERCENT),
    Metric.FIRST_CONTACT_RESOLUTION: (70.0, TargetUnit.PERCENT),
    Metric.RESPONSE_TIME: (4.0, TargetUnit.HOURS),
    Metric.RESOLUTION_TIME: (2.0, TargetUnit.BUSINESS_DAYS),
    Metric.RTO: (8.0, TargetUnit.HOURS),
    Metric.RPO: (24.0, TargetUnit.HOURS),
    Metric.MAINTENANCE_NOTICE: (5.0, TargetUnit.BUSINESS_DAYS),
}
ERROR_BRUSH = QBrush(QColor("#fbe1df"))
ERROR_TEXT = QBrush(QColor("#8c1d18"))


def units_for(metric: Metric) -> list[TargetUnit]:
    """The units a target of ``metric`` may be measured in."""
    if metric in PERCENT_METRICS:
        return [TargetUnit.PERCENT]
    if metric in DURATION_METRICS:
        return ORDERED_DURATION_UNITS
    return list(TargetUnit)


def value_range(metric: Metric, unit: TargetUnit) -> tuple[float, float, int]:
    """(lowest, highest, decimals) a target value of ``metric`` in ``unit`` may take."""
    if metric in PERCENT_METRICS or unit == TargetUnit.PERCENT:
        return 0.0, 100.0, 3
    if metric in DURATION_METRICS or unit in DURATION_UNITS:
        return 0.01, 1_000_000.0, 2
    return -1_000_000.0, 1_000_000.0, 2


def format_number(value: float) -> str:
    """``99.5``, ``4``, ``0.25`` (``99,5`` in German): no trailing zeros, at most three decimals."""
    if not math.isfinite(value):
        return str(value)
    return show_number(round(value, 3))


SHORT_LABELS = {Metric.RTO: translatable("Recovery time (RTO)"), Metric.RPO: translatable("Recovery point (RPO)")}


def metric_label(row: TargetRow, *, short: bool = False) -> str:
    """The metric's name; ``short`` for the narrow table column."""
    if row.metric == Metric.CUSTOM:
        return row.custom_metric or tr("Custom metric")
    if short and row.metric in SHORT_LABELS:
        return tr(SHORT_LABELS[row.metric])
    return label_of(row.metric)


def with_metric(row: TargetRow, metric: Metric, custom_name: str = "") -> TargetRow:
    """``row`` changed to ``metric``: the unit, value and priority made to fit it."""
    if metric == row.metric and metric != Metric.CUSTOM:
        return row
    new = replace(row, metric=metric, custom_metric=custom_name if metric == Metric.CUSTOM else "")
    if new.unit not in units_for(metric):
        value, unit = DEFAULT_VALUES.get(metric, (new.value, new.unit))
        new = replace(new, value=value, unit=unit)
    if metric not in PRIORITY_METRICS:
        new = replace(new, priority=None)
    return new


def warning_label(row: TargetRow) -> str:
    """``99.95 %`` (a level) or ``80 % of target`` (a share of a time), as the document says."""
    if row.warning_threshold is None:
        return ""
    number = format_number(row.warning_threshold)
    return tr("{number} % of target").format(number=number) if warns_at_share(row.unit) \
        else show_percent(round(row.warning_threshold, 3))


class TargetsModel(QAbstractTableModel):
    """Rows of ``TargetRow``; ``service_labels`` names the services a target may apply to."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.targets: list[TargetRow] = []
        self.service_labels: dict[int, str] = {}
        self.read_only = False
        self.problems: dict[tuple[int, str], str] = {}

    # --- values -----------------------------------------------------------------------

    def set_targets(self, targets: Sequence[TargetRow]) -> None:
        self.beginResetModel()
        self.targets = [replace(t) for t in targets]
        self.endResetModel()
        self.check()

    def set_services(self, labels: dict[int, str]) -> None:
        """The covered services (id → label) a target may name."""
        self.service_labels = dict(labels)
        if self.targets:
            self.dataChanged.emit(self.index(0, SERVICE), self.index(len(self.targets) - 1, SERVICE))
        self.check()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only

    def check(self) -> None:
        """Recompute which cells break a rule, and repaint them."""
        form = AgreementForm(targets=self.targets, service_ids=list(self.service_labels))
        problems: dict[tuple[int, str], str] = {}
        for key, message in target_problems(form).items():
            _, row, field = key.split(".", 2)
            field = "metric" if field == "custom_metric" else field
            problems[(int(row), field)] = message
        if problems != self.problems:
            self.problems = problems
            if self.targets:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.targets) - 1, len(COLUMNS) - 1),
                                      [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole,
                                       Qt.ItemDataRole.ForegroundRole])

    def show_problems(self, problems: dict[str, str]) -> None:
        """Mark the cells named by a save's ``targets.N.field`` messages."""
        self.check()
        extra = {}
        for key, message in problems.items():
            parts = key.split(".")
            if len(parts) == 3 and parts[0] == "targets" and parts[1].isdigit():
                field = "metric" if parts[2] == "custom_metric" else parts[2]
                extra[(int(parts[1]), field)] = say(message)
        if extra and self.targets:
            self.problems.update(extra)
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.targets) - 1, len(COLUMNS) - 1))

    # --- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.targets)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return tr(HEADERS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.targets):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return base
        row = self.targets[index.row()]
        if index.column() == PRIORITY and row.metric not in PRIORITY_METRICS and row.priority is None:
            return base
        if index.column() == UNIT and len(units_for(row.metric)) == 1 and row.unit in units_for(row.metric):
            return base
        if index.column() == DEFINITION and row.metric is not Metric.CUSTOM and not row.definition:
            return base  # a standard metric is defined by the glossary
        return base | Qt.ItemFlag.ItemIsEditable

    def display(self, row: TargetRow, column: int) -> str:
        if column == METRIC:
            return metric_label(row, short=True)
        if column == SERVICE:
            if row.service_id is None:
                return tr("All services")
            return self.service_labels.get(row.service_id, tr("(not covered)")).split(" — ")[0]
        if column == PRIORITY:
            return row.priority.value if row.priority else ("" if row.metric not in PRIORITY_METRICS
                                                            else tr("Any"))
        if column == VALUE:
            return format_number(row.value)
        if column == UNIT:
            return label_of(row.unit)
        if column == WARNING:
            return warning_label(row)
        if column == PERIOD:
            return label_of(row.period)
        if column == DEFINITION:
            return row.definition
        return row.notes

    def edit_value(self, row: TargetRow, column: int) -> Any:
        if column == METRIC:
            return row.metric
        return getattr(row, COLUMNS[column])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.targets):
            return None
        row, column = self.targets[index.row()], index.column()
        problem = self.problems.get((index.row(), COLUMNS[column]))
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if problem:
                return problem
            if column == SERVICE and row.service_id is not None:
                return self.service_labels.get(row.service_id)
            if column == METRIC:
                return metric_label(row)
            if column == WARNING:
                if warns_at_share(row.unit):
                    return tr("Warning threshold: the share of the target time after which a risk of "
                              "missing it is reported.")
                return tr("Warning threshold: the level at which a risk of missing the target is reported.")
            if column == DEFINITION and row.metric is Metric.CUSTOM and not row.definition:
                return tr("What the metric measures: the agreement's glossary prints it.")
            text = self.display(row, column)
            return text if len(text) > 24 else None
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return ERROR_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and problem:
            return ERROR_TEXT
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (VALUE, WARNING):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        r, column = index.row(), index.column()
        if not 0 <= r < len(self.targets):
            return False
        old = self.targets[r]
        try:
            new = self._changed(old, column, value)
        except (TypeError, ValueError):
            return False
        if new == old:
            return False
        self.targets[r] = new
        self.dataChanged.emit(self.index(r, 0), self.index(r, len(COLUMNS) - 1))
        self.check()
        return True

    def _changed(self, row: TargetRow, column: int, value: Any) -> TargetRow:
        if column == METRIC:
            if isinstance(value, tuple):  # (Metric.CUSTOM, name) from the editable combo
                return with_metric(row, value[0], value[1])
            return with_metric(row, Metric(value))
        if column == SERVICE:
            return replace(row, service_id=None if value is None else int(value))
        if column == PRIORITY:
            return replace(row, priority=None if value in (None, "") else Priority(value))
        if column == VALUE:
            number = float(value)
            if not math.isfinite(number):
                raise ValueError("not a number")
            return replace(row, value=number)
        if column == UNIT:
            return replace(row, unit=TargetUnit(value))
        if column == WARNING:
            return replace(row, warning_threshold=None if value in (None, "") or value == 0 else float(value))
        if column == PERIOD:
            return replace(row, period=MeasurementPeriod(value))
        if column == DEFINITION:
            return replace(row, definition=str(value))
        return replace(row, notes=str(value))

    # --- rows -----------------------------------------------------------------------------

    def insert_target(self, row: int, target: TargetRow) -> None:
        row = max(0, min(row, len(self.targets)))
        self.beginInsertRows(QModelIndex(), row, row)
        self.targets.insert(row, target)
        self.endInsertRows()
        self.check()

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        if parent.isValid() or row < 0 or count < 1 or row + count > len(self.targets):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self.targets[row:row + count]
        self.endRemoveRows()
        self.check()
        return True

    def move_target(self, row: int, delta: int) -> bool:
        """Move one row up (-1) or down (+1)."""
        target = row + delta
        if not (0 <= row < len(self.targets) and 0 <= target < len(self.targets)):
            return False
        destination = target + 1 if delta > 0 else target
        if not self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination):
            return False
        self.targets.insert(target, self.targets.pop(row))
        self.endMoveRows()
        self.check()
        return True

    def rows(self) -> list[TargetRow]:
        return [replace(t) for t in self.targets]
