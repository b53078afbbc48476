"""A lazy table model over a ``Listing``: ordered ids up front, rows fetched a page at a time."""

from __future__ import annotations

from collections import OrderedDict
from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from itsm_desktop.services.listing import Listing
from itsm_desktop.store import Database

PAGE = 200
CACHE_ROWS = 5_000
Index = QModelIndex | QPersistentModelIndex


def display_value(value: Any) -> str:
    """How a listing value reads in a table cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, Enum):
        label = getattr(value, "label", None)
        return str(label if label is not None else value.value)
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class ListingModel(QAbstractTableModel):
    """Rows of one ``Listing``; searching and sorting happen in SQL."""

    def __init__(self, db: Database, listing: Listing, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self.listing = listing
        self._ids: list[int] = []
        self._rows: OrderedDict[int, tuple[Any, ...]] = OrderedDict()
        self.search = ""
        self.filters: dict[str, Any] = {}
        self.sort_key = listing.default_sort
        self.descending = False

    # --- querying ----------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        self._db = db
        self.reload()

    def set_search(self, text: str) -> None:
        self.search = text
        self.reload()

    def set_filters(self, **filters: Any) -> None:
        self.filters.update(filters)
        self.reload()

    def reload(self) -> None:
        """Run the query again (after a search, a filter, a sort or a change elsewhere)."""
        self.beginResetModel()
        self._ids = self.listing.ids(self._db, search=self.search, sort=self.sort_key,
                                     descending=self.descending, filters=self.filters)
        self._rows.clear()
        self.endResetModel()

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def _row_values(self, row: int) -> tuple[Any, ...] | None:
        record_id = self._ids[row]
        values = self._rows.get(record_id)
        if values is not None:
            self._rows.move_to_end(record_id)
            return values
        start = max(0, row - PAGE // 4)
        page = self._ids[start:start + PAGE]
        fetched = self.listing.rows(self._db, page)
        for rid in page:
            self._rows[rid] = fetched.get(rid, ())
        while len(self._rows) > CACHE_ROWS:
            self._rows.popitem(last=False)
        return self._rows.get(record_id)

    # --- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.listing.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = self._row_values(index.row())
            if not values or index.column() >= len(values):
                return None
            text = display_value(values[index.column()])
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if len(text) > 30 else None
            return text
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.listing.columns):
                return self.listing.columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.listing.columns) or not self.listing.columns[column].sortable:
            return
        self.sort_key = self.listing.columns[column].key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
