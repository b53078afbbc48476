"""The rows of an import preview as a table model: cells are made as they are painted, so a
preview of hundreds of thousands of rows costs no more to show than one screen of them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from itsm_desktop.services.exchange.importer import Action, ImportPreview

from ..common.messages import say
from ..common.theme import tone_background
from ..common.translate import tr as _tr

Index = QModelIndex | QPersistentModelIndex
PROBLEM_ROLE = Qt.ItemDataRole.UserRole  # the sentence about a cell's problem, "" if none
ROW, ACTION = 0, 1


def action_text(action: Action) -> str:
    return {Action.CREATE: _tr("Create"), Action.UPDATE: _tr("Update"),
            Action.UNCHANGED: _tr("Unchanged"), Action.SKIP: _tr("Skip")}[action]


class PreviewModel(QAbstractTableModel):
    """Row number, action, then the mapped columns; a cell with a problem is marked and
    explains itself in its tool tip."""

    def __init__(self, preview: ImportPreview | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self._columns: list[tuple[int, str]] = []  # (column of the file, field key) shown after row and action
        self.set_preview(preview)

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self.preview = preview
        self._columns = sorted(preview.mapping.items()) if preview is not None else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() or self.preview is None else len(self.preview.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() or self.preview is None else 2 + len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal or self.preview is None:
            return None
        if section == ROW:
            return _tr("Row")
        if section == ACTION:
            return _tr("Action")
        return _tr(self.preview.kind.column(self._columns[section - 2][1]).heading)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.preview is None:
            return None
        plan = self.preview.rows[index.row()]
        column = index.column()
        key = "" if column == ACTION else None if column == ROW else self._columns[column - 2][1]
        problem = plan.problems.get(key, "") if key is not None else ""
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ROW:
                return str(plan.line)
            return action_text(plan.action) if column == ACTION else plan.cell(self._columns[column - 2][0])
        if role in (PROBLEM_ROLE, Qt.ItemDataRole.ToolTipRole):
            return say(problem) or None
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return QBrush(tone_background("error"))
        return None
