"""Columns as wide as what they show: fitted once when a list first has rows, within limits.

A column the user has resized keeps the user's width: the page saves the header's state and
restores it, and a list whose widths were chosen or restored is never fitted again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableView

SAMPLE_ROWS = 200
"""Rows measured beyond those in sight: enough for a representative width, cheap at 100,000."""
NARROWEST = 40
WIDEST = 360


class ColumnFitter(QObject):
    """Size the columns of ``table`` to their contents and headings once, when it first has
    rows (after the events then pending: the page's delegates say what a cell shows)."""

    fitted = Signal()

    def __init__(self, table: QTableView, *, widest: int = WIDEST) -> None:
        super().__init__(table)
        self.table = table
        self.widest = widest
        self.settled = False  # fitted once, resized by the user, or saved widths restored
        self._fitting = False
        self._pending = False
        header = table.horizontalHeader()
        header.setResizeContentsPrecision(SAMPLE_ROWS)
        header.sectionResized.connect(self._resized)
        model = table.model()
        model.modelReset.connect(self._soon)
        model.rowsInserted.connect(self._soon)
        self._soon()

    def _soon(self) -> None:
        if not self.settled and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._fit_now)

    def _fit_now(self) -> None:
        self._pending = False
        if self.fit():
            self.fitted.emit()

    def _resized(self, *_args: object) -> None:
        # a resize while a mouse button is down is the user's (dragging or double-clicking a
        # divider); the header's own stretching of the last column is not
        if not self._fitting and QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self.settled = True

    def restored(self) -> None:
        """Saved widths were put back: they stay."""
        self.settled = True

    def fit(self) -> bool:
        """Fit every column shown but the last (which stretches) unless the widths are settled;
        True if it fitted. It fits once, the first time the table has rows."""
        table, header = self.table, self.table.horizontalHeader()
        model = table.model()
        if self.settled or model is None or model.rowCount() == 0:
            return False
        self._fitting = True
        try:
            last = header.logicalIndex(header.count() - 1)
            for column in range(header.count()):
                if header.isSectionHidden(column) or column == last:
                    continue
                wanted = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
                header.resizeSection(column, max(NARROWEST, min(wanted + 8, self.widest)))
        finally:
            self._fitting = False
        self.settled = True  # later searches and reloads keep the widths
        return True
