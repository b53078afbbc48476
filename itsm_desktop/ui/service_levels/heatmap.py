"""The heatmap: targets down, months across, each cell coloured by its status and saying it in
words and a symbol too, so nobody needs to tell the colours apart."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette

from itsm_desktop.domain.measurement.status import Status
from itsm_desktop.services.service_levels.board import Board, BoardCell, BoardTarget

from ..common.local_formats import show_decimal
from ..common.messages import say
from ..common.theme import relative_luminance
from ..common.translate import tr as _tr

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
            return f"{SYMBOLS[status]} {_short(cell)}{note}"
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
                target=say(target.name), period=cell.period, value=local_value_text(cell.text), status=status_words(status),
                promised=target.promised)
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
                return f"{target.agreement}: {say(target.name)} — {say(target.service)}, {target.promised}"
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.board.months[section - FIXED] if section - FIXED < len(self.board.months) else None

    def position_of(self, target_id: int) -> int:
        """The row of a target, -1 when it is not shown."""
        return next((n for n, t in enumerate(self.board.targets) if t.target_id == target_id), -1)


def _short(cell: BoardCell) -> str:
    """A value short enough for a cell: 99.81 %, 96 %, 4 h (99,81 % in German)."""
    text = local_value_text(cell.text)
    if text.endswith("% within target"):
        return text.replace(" within target", "")
    return text


_LEADING_NUMBER = re.compile(r"^(-?\d+)(?:\.(\d+))?(?=\s|$)")


def local_value_text(text: str) -> str:
    """A measured value as the services write it ("99.812 %", "4.5 h") with its number in the
    user's locale ("99,812 %"); other texts as they are."""
    found = _LEADING_NUMBER.match(text)
    if found is None:
        return text
    places = len(found.group(2) or "")
    return show_decimal(Decimal(found.group(0)), places) + text[found.end():]
