"""A lazy table model over a ``Listing``: ordered ids up front, rows fetched a page at a time.

Showing a table costs one short query: the first page of ids (``LIMIT``); the complete id list
follows once the table has painted (appended as rows, not a reset), and never for a table that
is not shown. Searching happens in memory, without a query (``services.memory_search``): once
the complete list has painted, the folded search text of every record is read while the
application is idle and joined in display order. A keystroke shows the first screen of ranked
matches at once, and the rest right after the table has painted. Cell texts are kept (up to
``CACHE_ROWS`` rows) until the records change, whatever the search.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer

from itsm_desktop.domain.enums import LabelledEnum
from itsm_desktop.services.listing import Listing, search_key
from itsm_desktop.services.memory_search import Search, SearchTexts
from itsm_desktop.store import Database

from .local_formats import show_date, show_datetime, show_decimal, show_number
from .translate import label_of, tr

PAGE = 200  # ids shown before the complete list is known: more than a screen
FETCH = 64  # rows read at a time for painting: a screen and some
CACHE_ROWS = 5_000
READ_AHEAD = 128  # cell texts of a search's first matches read while idle: typing on narrows to them
REJOIN_DELAY_MS = 500  # after records changed, the joined text is rebuilt this much later (when idle)
Index = QModelIndex | QPersistentModelIndex
_DISPLAY, _TOOLTIP, _USER = (int(role.value) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole))


def display_value(value: Any) -> str:
    """How a listing value reads in a table cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, LabelledEnum):
        return label_of(value)
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return show_datetime(value)
    if isinstance(value, date):
        return show_date(value)
    if isinstance(value, Decimal):
        return show_decimal(value)
    if isinstance(value, float):
        return show_number(value)
    return str(value)


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
        self._reading_ahead = False
        self._by_id: dict[int, str] | None = None  # folded search texts, read once until a reload
        self._texts: SearchTexts | None = None  # those texts aligned with ``_all``
        self._search: Search | None = None  # the last search, to narrow while the user types on
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
        self._by_id = None
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
        if self._partial and every is not None and not search_key(self.search):
            self._extend(every)  # the first page of a list known whole: the rest now
        if not ids or every is None or self._partial:
            self.reload()
            return
        try:
            positions = {i: every.index(i) for i in ids}
        except ValueError:  # a new record, or one the filters did not show
            self.reload()
            return
        neighbours = {every[p + d] for p in positions.values() for d in (-1, 1) if 0 <= p + d < len(every)}
        # the database orders them (Python's order of text is not the database's collation)
        order = self.listing.ordered(self._db, [*ids, *neighbours], sort=self.sort_key,
                                     descending=self.descending)
        place = {record_id: n for n, record_id in enumerate(order)}
        try:
            for position in positions.values():
                around = [place[every[p]] for p in (position - 1, position, position + 1) if 0 <= p < len(every)]
                if around != sorted(around):
                    raise LookupError
        except (KeyError, LookupError):  # removed, or moved in the sort order
            self.reload()
            return
        for record_id in ids:
            self._rows.pop(record_id, None)
        if self._by_id is not None:
            changed = self.listing.search_texts(self._db, ids)
            aligned = self._texts if self._texts is not None and self._texts.ids is every else None
            for record_id, position in positions.items():
                text = self._by_id[record_id] = changed.get(record_id, "")
                if aligned is not None:
                    aligned.changed(position, text)
            if aligned is not None:  # joined again when idle, unless a search needs it sooner
                QTimer.singleShot(REJOIN_DELAY_MS, self, self._join_texts)
        self._search = None
        if self._ids is every:  # no search: the rows keep their places, only theirs are painted again
            last = self.columnCount() - 1
            for position in positions.values():
                self.dataChanged.emit(self.index(position, 0), self.index(position, last))
            return
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
            ids, partial = search.found_ids(), not search.complete
            if partial and not self._completing:
                self._completing = True
                QTimer.singleShot(0, self._complete)
        elif self._all is not None:  # the first page paints at once, the rest is appended after
            ids, partial = (self._all[:PAGE], True) if len(self._all) > PAGE else (self._all, False)
        else:
            ids = self.listing.ids(self._db, sort=self.sort_key, descending=self.descending,
                                   filters=self.filters, limit=PAGE)
            partial = len(ids) >= PAGE
            if not partial:
                self._all = ids
        self._reset(ids, partial)
        if key and not self._reading_ahead:
            self._reading_ahead = True
            QTimer.singleShot(0, self, self._read_ahead)

    def _read_ahead(self) -> None:
        """Read the cell texts of the first matches once the table has painted: the next
        keystroke's first screen is mostly among them, and then paints without a query."""
        self._reading_ahead = False
        self._read_rows([i for i in self._ids[:READ_AHEAD] if i not in self._rows])

    def _aligned_texts(self) -> SearchTexts:
        """The search texts aligned with the complete id list (read when first needed)."""
        every = self._all_ids()
        if self._texts is None or self._texts.ids is not every:
            if self._by_id is None:
                self._by_id = self.listing.search_texts(self._db)
            self._texts = SearchTexts(every, list(map(self._by_id.get, every, [""] * len(every))))
            self._search = None
        return self._texts

    def _searching(self, key: str) -> Search:
        """The search for ``key``: over the last search's matches when it extends that search."""
        every = self._aligned_texts()
        last = self._search
        if last is not None and last.key in key:
            return last.narrowed(key)  # typing on
        return Search(key, every)

    def _join_texts(self) -> None:
        """Read (when needed) and join the search texts of the complete list, for the searches."""
        if self._all is not None and (self._texts is None or not self._texts.is_joined):
            self._aligned_texts().prepare()

    def _reset(self, ids: list[int], partial: bool) -> None:
        self.beginResetModel()
        self._ids = ids
        self._partial = partial
        self.endResetModel()

    def _extend(self, ids: list[int]) -> None:
        """Show ``ids``, which begin with the rows shown: the others are appended, not reset."""
        shown = len(self._ids)
        if len(ids) < shown or ids[:shown] != self._ids:
            self._reset(ids, False)
            return
        self._partial = False
        if len(ids) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
        else:
            self._ids = ids

    def _complete(self) -> None:
        """Complete the first page shown: the rest of the list is appended to it."""
        self._completing = False
        if not self._partial:
            return
        search = self._search
        if search_key(self.search) and search is not None:
            search.scan()
            self._extend(search.found_ids())
        else:
            self._extend(self._all_ids())
            if self._texts is None or not self._texts.is_joined:  # read once the list has painted,
                QTimer.singleShot(0, self, self._join_texts)  # rather than on the first keystroke

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int, *, complete: bool = True) -> int:
        """The row of ``record_id`` (-1 if not listed). A list still being completed is
        completed first, unless ``complete`` is False: then only the rows shown are looked at."""
        try:
            return self._ids.index(record_id)
        except ValueError:
            if not self._partial or not complete:
                return -1
        self._complete()
        return self.row_of(record_id)

    def _row_texts(self, row: int) -> tuple[str, ...] | None:
        record_id = self._ids[row]
        texts = self._rows.get(record_id)
        if texts is not None:
            self._rows.move_to_end(record_id)
            return texts
        start = max(0, row - FETCH // 8)
        self._read_rows([i for i in self._ids[start:start + FETCH] if i not in self._rows])
        return self._rows.get(record_id)

    def _read_rows(self, ids: list[int]) -> None:
        """Read and keep the cell texts of ``ids`` (none of them kept yet)."""
        if not ids:
            return
        fetched = self.listing.rows(self._db, ids)
        for rid in ids:
            self._rows[rid] = tuple(display_value(v) for v in fetched.get(rid, ()))
        while len(self._rows) > CACHE_ROWS:
            self._rows.popitem(last=False)

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
        if role != _DISPLAY and role != _TOOLTIP and role != _USER:
            return None  # a painted cell is asked for seven roles: answer the others at once
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._ids):
            return None
        if self._partial and not self._completing:
            # the table is being painted: load the rest of the ids once that is done
            self._completing = True
            QTimer.singleShot(0, self._complete)
        if role == _USER:
            return self._ids[row]
        texts = self._row_texts(row)
        column = index.column()
        if not texts or column >= len(texts):
            return None
        text = texts[column]
        if role == _TOOLTIP:
            return text if len(text) > 30 else None
        return text

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.listing.columns)):
            return tr(self.listing.columns[section].title)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.listing.columns) or not self.listing.columns[column].sortable:
            return
        self.sort_key = self.listing.columns[column].key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self._all = None
        self._query()
