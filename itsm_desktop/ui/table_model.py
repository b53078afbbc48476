"""A lazy table model over a ``Listing``: ordered ids up front, rows fetched a page at a time.

Showing a table costs one short query: the first page of ids (``LIMIT``); the complete id list
follows once the table has painted, and never for a table that is not shown. Searching narrows
in memory: the first search reads the folded search text of every record once (from the
search index), and each keystroke after that filters the ids in display order without a query;
a search that extends the previous one filters the previous matches only. Cell texts are kept
(up to ``CACHE_ROWS`` rows) until the records change, whatever the search.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from datetime import date, datetime
from enum import Enum
from itertools import compress
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer

from itsm_desktop.services.listing import Listing, search_key
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


class _Search:
    """The ids whose folded search text contains ``key``, found in display order, a part at a time."""

    def __init__(self, key: str, ids: list[int], texts: list[str]) -> None:
        self.key = key
        self.ids, self.texts = ids, texts  # where to search, in display order
        self.done = 0  # how many of them were looked at
        self.found_ids: list[int] = []
        self.found_texts: list[str] = []

    @property
    def complete(self) -> bool:
        return self.done >= len(self.ids)

    def scan(self, until_found: int | None = None) -> None:
        """Look on until ``until_found`` matches are known, or to the end."""
        step = 1024
        key, total = self.key, len(self.ids)
        while self.done < total and (until_found is None or len(self.found_ids) < until_found):
            end = total if until_found is None else min(total, self.done + step)
            texts = self.texts[self.done:end] if self.done or end < total else self.texts
            mask = [key in text for text in texts]
            self.found_ids += compress(self.ids[self.done:end], mask)
            self.found_texts += compress(texts, mask)
            self.done = end
            step *= 4

    def narrowed(self, key: str) -> _Search:
        """The search for ``key``, which contains this key: among what this search found so
        far and what it has not looked at yet."""
        if self.complete:
            return _Search(key, self.found_ids, self.found_texts)
        return _Search(key, self.found_ids + self.ids[self.done:], self.found_texts + self.texts[self.done:])


class ListingModel(QAbstractTableModel):
    """Rows of one ``Listing``; sorting and filtering happen in SQL, searching in memory."""

    def __init__(self, db: Database, listing: Listing, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self.listing = listing
        self._ids: list[int] = []  # the rows shown
        self._rows: OrderedDict[int, tuple[str, ...]] = OrderedDict()  # cell texts by id
        self._total: int | None = None
        self._all: list[int] | None = None  # every id passing the filters, in display order
        self._partial = False  # ``_ids`` is only the first page of a longer list
        self._completing = False
        # folded search texts: the id list they are aligned with, by id, and aligned with it
        self._texts: tuple[list[int], dict[int, str], list[str]] | None = None
        self._search: _Search | None = None  # the last search, to narrow while the user types on
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
        self._query()

    def set_filters(self, **filters: Any) -> None:
        self.filters.update(filters)
        self._all = None
        self._query()

    def reload(self) -> None:
        """Run the query again, the records having changed (or to be safe)."""
        self._all = None
        self._texts = None
        self._search = None
        self._total = None
        self._rows.clear()
        self._query()

    def refresh(self, ids: Sequence[int] = ()) -> None:
        """The records with ``ids`` changed (all of them when empty): show them as they are now.

        When every changed record still sorts between its neighbours, the id list is kept and
        only those records are read again; otherwise (or when one was added or removed
        elsewhere) everything is.
        """
        every = self._all
        if not ids or every is None or self._partial:
            self.reload()
            return
        try:
            positions = {i: every.index(i) for i in ids}
        except ValueError:  # a new record, or one the filters did not show
            self.reload()
            return
        neighbours = {every[p + d] for p in positions.values() for d in (-1, 1) if 0 <= p + d < len(every)}
        values = self.listing.sort_values(self._db, [*ids, *neighbours], sort=self.sort_key)

        def key(record_id: int) -> tuple[bool, Any, int]:
            value = values[record_id]
            return (value is not None, value if value is not None else 0, record_id)

        try:
            for record_id, position in positions.items():
                here = key(record_id)
                before = key(every[position - 1]) if position > 0 else None
                after = key(every[position + 1]) if position + 1 < len(every) else None
                if self.descending:
                    before, after = after, before
                if (before is not None and not before < here) or (after is not None and not here < after):
                    raise LookupError
        except (KeyError, LookupError, TypeError):  # removed, or moved in the sort order
            self.reload()
            return
        for record_id in ids:
            self._rows.pop(record_id, None)
        if self._texts is not None:
            changed = self.listing.search_texts(self._db, ids)
            by_id, aligned = self._texts[1], self._texts[2]
            for record_id, position in positions.items():
                by_id[record_id] = aligned[position] = changed.get(record_id, "")
        self._search = None
        self._query()

    def _all_ids(self) -> list[int]:
        if self._all is None:
            self._all = self.listing.ids(self._db, sort=self.sort_key, descending=self.descending,
                                         filters=self.filters)
        return self._all

    def _query(self) -> None:
        key = search_key(self.search)
        if key:
            search = self._search = self._searching(key)
            search.scan(until_found=PAGE)  # enough to paint; the rest right after
            ids, partial = list(search.found_ids), not search.complete
            if partial and not self._completing:
                self._completing = True
                QTimer.singleShot(0, self._complete)
        elif self._all is not None:
            ids, partial = self._all, False
        else:
            ids = self.listing.ids(self._db, sort=self.sort_key, descending=self.descending,
                                   filters=self.filters, limit=PAGE)
            partial = len(ids) >= PAGE
            if not partial:
                self._all = ids
        self._reset(ids, partial)

    def _searching(self, key: str) -> _Search:
        """The search for ``key``: over the last search's matches when it extends that search."""
        every = self._all_ids()
        if self._texts is None or self._texts[0] is not every:
            by_id = self.listing.search_texts(self._db) if self._texts is None else self._texts[1]
            self._texts = (every, by_id, [by_id.get(i, "") for i in every])
            self._search = None
        last = self._search
        if last is not None and last.key in key:
            return last.narrowed(key)  # typing on
        return _Search(key, every, self._texts[2])

    def _reset(self, ids: list[int], partial: bool) -> None:
        self.beginResetModel()
        self._ids = ids
        self._partial = partial
        self.endResetModel()

    def _complete(self) -> None:
        """Replace the first page shown by the complete list."""
        self._completing = False
        if not self._partial:
            return
        search = self._search
        if search_key(self.search) and search is not None:
            search.scan()
            self._reset(list(search.found_ids), False)
        else:
            self._reset(self._all_ids(), False)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            if not self._partial:
                return -1
        self._complete()
        return self.row_of(record_id)

    def _row_texts(self, row: int) -> tuple[str, ...] | None:
        record_id = self._ids[row]
        texts = self._rows.get(record_id)
        if texts is not None:
            self._rows.move_to_end(record_id)
            return texts
        start = max(0, row - PAGE // 4)
        page = [i for i in self._ids[start:start + PAGE] if i not in self._rows]
        fetched = self.listing.rows(self._db, page)
        for rid in page:
            self._rows[rid] = tuple(display_value(v) for v in fetched.get(rid, ()))
        while len(self._rows) > CACHE_ROWS:
            self._rows.popitem(last=False)
        return self._rows.get(record_id)

    def total(self) -> int:
        """How many records the listing has, whatever the search and filters (kept until a reload)."""
        if self._total is None:
            self._total = self.listing.count(self._db)
        return self._total

    # --- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.listing.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if self._partial and not self._completing:
            # the table is being painted: load the rest of the ids once that is done
            self._completing = True
            QTimer.singleShot(0, self._complete)
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            texts = self._row_texts(index.row())
            if not texts or index.column() >= len(texts):
                return None
            text = texts[index.column()]
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if len(text) > 30 else None
            return text
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.listing.columns)):
            return self.listing.columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.listing.columns) or not self.listing.columns[column].sortable:
            return
        self.sort_key = self.listing.columns[column].key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self._all = None
        self._query()
