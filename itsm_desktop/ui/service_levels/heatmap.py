"""The heatmap: targets down, months across, each cell coloured by its status and saying it in
words and a symbol too, so nobody needs to tell the colours apart."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QStyle, QTableView

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
            if cell is None:
                return cell_text(target, None, computed=False, status=status, noted=False)
            return cell_text(target, cell.value, computed=cell.source is ValueSource.COMPUTED, status=status,
                             noted=cell.has_breach_note)
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

    def widest_texts(self) -> list[str]:
        """A cell's text for each shape a stored value takes, so that the widest cell is among
        them, without making a cell of every month: values of one target kind, status and
        note whose numbers have the same digits before and after the point (once rounded as
        shown) are as wide as each other, the digits of a font being of one width."""
        texts = {f"{SYMBOLS[s]} {status_words(Status.NOT_MEASURED)}" for s in Status}
        shapes: set[tuple[Any, ...]] = set()
        for target, value, source, status, noted in self.board.stored_values():
            shape = (target.metric, target.unit, source, status, noted, _digit_shape(value))
            if shape not in shapes:
                shapes.add(shape)
                texts.add(cell_text(target, value, computed=source is ValueSource.COMPUTED, status=status,
                                    noted=noted))
        return sorted(texts)

    def position_of(self, target_id: int) -> int:
        """The row of a target, -1 when it is not shown."""
        return next((n for n, t in enumerate(self.board.targets) if t.target_id == target_id), -1)


def cell_text(target: BoardTarget, value: float | None, *, computed: bool, status: Status, noted: bool) -> str:
    """What a month's cell says: ``✓ 96.0 %``, ``✗ 3.5 hours ✎``, ``– no data``."""
    if value is None:
        return f"{SYMBOLS[status]} {status_words(Status.NOT_MEASURED)}"
    note = " ✎" if noted else ""
    return f"{SYMBOLS[status]} {wording.achieved(target.metric, target.unit, value, computed, short=True)}{note}"


def _digit_shape(value: float | None) -> tuple[Any, ...]:
    """``99.812`` → ``00.000``, with the number of digits before the point once rounded to 1, 3
    or 6 places (99.96 shows as 100.0): values of one shape are written equally wide."""
    if value is None:
        return ()
    return (_DIGIT.sub("0", str(value)), *(len(str(int(abs(round(value, places))))) for places in (1, 3, 6)))


_DIGIT = re.compile(r"\d")


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


def text_margin(view: QTableView) -> int:
    """The room a cell of ``view`` leaves beside its text, both sides together (the delegate's
    margins and the grid line)."""
    return 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 1


def fit_columns(view: QTableView, model: HeatmapModel) -> None:
    """Make the months as wide as their widest text (never narrower than the default), so that
    no value is cut short, whatever the language's words for it ("– aucune donnée")."""
    header, metrics = view.horizontalHeader(), view.fontMetrics()
    room = text_margin(view) + 6  # a little air beside the widest text
    widest = max((metrics.horizontalAdvance(text) for text in model.widest_texts()), default=0)
    width = max(header.defaultSectionSize(), widest + room)
    for column in range(model.columnCount()):
        header.resizeSection(column, width)
