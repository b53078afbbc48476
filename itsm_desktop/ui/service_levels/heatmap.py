"""The heatmap: targets down, months across, each cell coloured by its status and saying it in
words and a symbol too, so nobody needs to tell the colours apart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette

from itsm_desktop.domain.enums import PRIORITY_METRICS, TargetUnit, ValueSource
from itsm_desktop.domain.measurement.status import Status
from itsm_desktop.services.service_levels.board import Board, BoardCell, BoardTarget

from ..common.messages import say
from ..common.theme import relative_luminance
from ..common.translate import label_of
from ..common.translate import tr as _tr
from . import wording

Index = QModelIndex | QPersistentModelIndex
CellRole = Qt.ItemDataRole.UserRole + 1  # the BoardCell of a month cell (None: no data)
FIXED = 0  # the targets are named in the vertical header, which stays while months scroll

SYMBOLS = {Status.MET: "✓", Status.AT_RISK: "!", Status.BREACHED: "✗", Status.NOT_MEASURED: "–"}
# (light theme, dark theme) backgrounds; the palette's text stays readable on each (≥ 4.5 : 1)
COLOURS = {Status.MET: ("#cdebd3", "#1d4a2a"), Status.AT_RISK: ("#fbe1ad", "#5a4110"),
           Status.BREACHED: ("#f6c3be", "#66231e")}


def status_words(status: Status) -> str:
    """The status as the page says it."""
    return {Status.MET: _tr("met"), Status.AT_RISK: _tr("at risk"), Status.BREACHED: _tr("breached"),
            Status.NOT_MEASURED: _tr("no data")}[status]


def status_colour(status: Status, palette: QPalette | None = None) -> QColor | None:
    """The background of a cell of ``status`` in the current theme (None: the view's own)."""
    pair = COLOURS.get(status)
    if pair is None:
        return None
    palette = palette or QGuiApplication.palette()
    dark = relative_luminance(palette.color(QPalette.ColorRole.Base)) < 0.2
    return QColor(pair[1] if dark else pair[0])


class HeatmapModel(QAbstractTableModel):
    """The board as a table: one row per target (named in the vertical header), one column per month."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.board = Board((), ())

    def set_board(self, board: Board) -> None:
        self.beginResetModel()
        self.board = board
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.board.targets)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else FIXED + len(self.board.months)

    def target(self, row: int) -> BoardTarget:
        return self.board.targets[row]

    def month(self, column: int) -> str | None:
        return self.board.months[column - FIXED] if column >= FIXED else None

    def cell(self, index: Index) -> BoardCell | None:
        month = self.month(index.column())
        if month is None or not index.isValid():
            return None
        return self.board.cell(self.target(index.row()).target_id, month)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        target = self.target(index.row())
        column = index.column()
        cell = self.cell(index)
        status = cell.status if cell is not None else Status.NOT_MEASURED
        if role == Qt.ItemDataRole.DisplayRole:
            if cell is None or cell.value is None:
                return f"{SYMBOLS[status]} {status_words(Status.NOT_MEASURED)}"
            note = " ✎" if cell.has_breach_note else ""
            return f"{SYMBOLS[status]} {value_words(target, cell, short=True)}{note}"
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = status_colour(status)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            month = self.month(column) or ""
            if cell is None:
                return _tr("{target}, {month}: no value stored").format(target=say(target.name), month=month)
            return _tr("{target}, {period}: {value} — {status} (promised {promised})").format(
                target=say(target.name), period=cell.period, value=value_words(target, cell), status=status_words(status),
                promised=promised_words(target))
        if role == CellRole:
            return cell
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self.board.targets):
                return None
            target = self.board.targets[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{target.agreement} · {say(target.name)} · {say(target.service)}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{target.agreement}: {say(target.name)} — {say(target.service)}, {promised_words(target)}"
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.board.months[section - FIXED] if section - FIXED < len(self.board.months) else None

    def position_of(self, target_id: int) -> int:
        """The row of a target, -1 when it is not shown."""
        return next((n for n, t in enumerate(self.board.targets) if t.target_id == target_id), -1)


def value_words(target: BoardTarget, cell: BoardCell, *, short: bool = False) -> str:
    """What ``cell`` achieved, in the screens' language: ``96.0 % within target`` (``96.0 %``
    in a cell), ``99.812 %``, ``3.5 hours``."""
    return wording.achieved(target.metric, target.unit, cell.value, cell.source is ValueSource.COMPUTED,
                            short=short)


def promised_words(target: BoardTarget) -> str:
    """``within 4 hours``, ``at least 99.5 %``, in the screens' language."""
    return wording.promised(target.metric, target.target_value, target.unit)


def axis_words(target: BoardTarget) -> str:
    """What the trend chart's values are: ``% within target``, ``%``, ``Hours``."""
    if target.metric in PRIORITY_METRICS:
        return _tr("% within target")
    return "%" if target.unit is TargetUnit.PERCENT else label_of(target.unit)
