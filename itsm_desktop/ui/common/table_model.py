"""A lazy table model over a ``Listing``: ordered ids up front, rows fetched a page at a time.

Showing a table costs one short query: the first page of ids (``LIMIT``); the complete id list
follows once the table has painted (appended as rows, not a reset), and never for a table that
is not shown. Searching narrows in memory, without a query: once the complete list has painted,
the folded search text of every record is read (from the search index) while the application
is idle, and joined, in display order, into one text. A keystroke finds the first screen of
matching records in that text with ``str.find`` (which runs in C from one match to the next:
no record is looked at in Python unless it matches), and the rest of the matches right after
the table has painted (testing each text instead when most match); a search that extends the
previous one completes among the previous matches only. Cell texts are kept (up to
``CACHE_ROWS`` rows) until the records change, whatever the search.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Sequence
from datetime import date, datetime
from enum import Enum
from itertools import accumulate, compress
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer

from itsm_desktop.services.listing import Listing, search_key
from itsm_desktop.store import Database

PAGE = 200  # ids shown before the complete list is known: more than a screen
FETCH = 64  # rows read at a time for painting: a screen and some
CACHE_ROWS = 5_000
SEPARATOR = "\x00"  # between two records' texts in the joined text (no search contains it)
DENSE = 0.1  # matches per record above which testing every text beats finding each match
FEW = 2_000  # up to this many, the last search's matches are tested rather than the joined text searched
REJOIN_DELAY_MS = 500  # after records changed, the joined text is rebuilt this much later (when idle)
Index = QModelIndex | QPersistentModelIndex
_DISPLAY, _TOOLTIP, _USER = (int(role.value) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole))


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


class _Texts:
    """The folded search texts of a table's ids in display order, each apart and all joined.

    ``joined`` is the texts separated by ``SEPARATOR``; ``starts[i]`` is where text ``i`` begins
    in it (and ``starts[len(ids)]`` one past its end), so that a bisection tells which record a
    match found in the joined text belongs to. It is built when first needed after a change.
    """

    def __init__(self, ids: list[int], texts: list[str]) -> None:
        self.ids, self.texts = ids, texts
        self._joined: tuple[str, list[int]] | None = None

    @property
    def joined(self) -> tuple[str, list[int]]:
        if self._joined is None:
            starts = list(accumulate(map((1).__add__, map(len, self.texts)), initial=0))
            self._joined = (SEPARATOR.join(self.texts), starts)
        return self._joined

    @property
    def is_joined(self) -> bool:
        return self._joined is not None

    def changed(self, position: int, text: str) -> None:
        """The record at ``position`` has a new text: the joined text is built again when needed."""
        self.texts[position] = text
        self._joined = None


class _Search:
    """The records whose folded search text contains ``key``, found in display order, a part at
    a time. Records are rows of ``every``, the table's complete list.

    With ``within`` (the rows the previous search found, when this key extends its key) only
    those are tested. Otherwise the key is found in the joined text: ``str.find`` runs in C from
    one matching record to the next, whatever lies between; when the matches turn out dense
    (looking for all of them), testing each remaining text is quicker.
    """

    def __init__(self, key: str, every: _Texts, within: list[int] | None = None) -> None:
        self.key, self.every, self.within = key, every, within
        self.done = 0  # the rows before this one were looked at
        self.found: list[int] = []  # the matching rows, in order

    @property
    def complete(self) -> bool:
        return self.done >= len(self.every.ids)

    def found_ids(self) -> list[int]:
        return list(map(self.every.ids.__getitem__, self.found))

    def scan(self, until_found: int | None = None) -> None:
        """Look on until ``until_found`` matches are known, or to the end."""
        within = self.within
        if within is not None and (until_found is None or len(within) - bisect_left(within, self.done) <= FEW):
            self._test_within(until_found)  # to complete the search, or only a few to test anyway
            return
        if SEPARATOR not in self.key:
            self._find(until_found)
        if until_found is None or len(self.found) < until_found:
            self._test_all(until_found)

    def _find(self, until_found: int | None) -> None:
        """Find the matches in the joined text. Looking for all of them, stops early when they
        are dense: ``_test_all`` goes on from there."""
        joined, starts = self.every.joined
        find, key, total, found = joined.find, self.key, len(self.every.ids), self.found
        first_row, first_found = self.done, len(found)
        position = starts[self.done] if self.done < total else len(joined)
        while self.done < total:
            at = find(key, position)
            if at < 0:
                self.done = total
                return
            row = bisect_right(starts, at) - 1
            found.append(row)
            self.done = row + 1
            position = starts[self.done]
            if until_found is not None:
                if len(found) >= until_found:
                    return
            elif len(found) - first_found >= 256 and len(found) - first_found > DENSE * (self.done - first_row):
                return

    def _test_all(self, until_found: int | None) -> None:
        """Test each text from where the search is, a growing part at a time."""
        step = 1024
        key, texts, total = self.key, self.every.texts, len(self.every.ids)
        while self.done < total and (until_found is None or len(self.found) < until_found):
            end = total if until_found is None else min(total, self.done + step)
            part = texts[self.done:end] if self.done or end < total else texts
            self.found += compress(range(self.done, end), [key in text for text in part])
            self.done = end
            step *= 4

    def _test_within(self, until_found: int | None) -> None:
        """Test the texts of the rows ``within``, from where the search is."""
        assert self.within is not None
        step = 1024
        key, text_of, within, total = self.key, self.every.texts.__getitem__, self.within, len(self.every.ids)
        i = bisect_left(within, self.done)
        while i < len(within) and (until_found is None or len(self.found) < until_found):
            end = len(within) if until_found is None else min(len(within), i + step)
            rows = within[i:end] if i or end < len(within) else within
            self.found += compress(rows, [key in text for text in map(text_of, rows)])
            i = end
            step *= 4
        self.done = within[i - 1] + 1 if i < len(within) else total

    def narrowed(self, key: str) -> _Search:
        """The search for ``key``, which contains this key: among this one's matches when all
        are known."""
        return _Search(key, self.every, self.found if self.complete else None)


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
        self._by_id: dict[int, str] | None = None  # folded search texts, read once until a reload
        self._texts: _Texts | None = None  # those texts aligned with ``_all``
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
        elif self._all is not None:
            ids, partial = self._all, False
        else:
            ids = self.listing.ids(self._db, sort=self.sort_key, descending=self.descending,
                                   filters=self.filters, limit=PAGE)
            partial = len(ids) >= PAGE
            if not partial:
                self._all = ids
        self._reset(ids, partial)

    def _aligned_texts(self) -> _Texts:
        """The search texts aligned with the complete id list (read when first needed)."""
        every = self._all_ids()
        if self._texts is None or self._texts.ids is not every:
            if self._by_id is None:
                self._by_id = self.listing.search_texts(self._db)
            self._texts = _Texts(every, list(map(self._by_id.get, every, [""] * len(every))))
            self._search = None
        return self._texts

    def _searching(self, key: str) -> _Search:
        """The search for ``key``: over the last search's matches when it extends that search."""
        every = self._aligned_texts()
        last = self._search
        if last is not None and last.key in key:
            return last.narrowed(key)  # typing on
        return _Search(key, every)

    def _join_texts(self) -> None:
        """Read (when needed) and join the search texts of the complete list, for the searches."""
        if self._all is not None and (self._texts is None or not self._texts.is_joined):
            self._aligned_texts().joined  # noqa: B018 - built now, kept

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
        start = max(0, row - FETCH // 8)
        page = [i for i in self._ids[start:start + FETCH] if i not in self._rows]
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
            return self.listing.columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.listing.columns) or not self.listing.columns[column].sortable:
            return
        self.sort_key = self.listing.columns[column].key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self._all = None
        self._query()
