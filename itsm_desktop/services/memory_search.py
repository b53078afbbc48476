"""Search as you type, in memory, over the folded search texts of a table's records.

A table reads the texts once (``Listing.search_texts``) and keeps them in display order in
``SearchTexts``, which joins them into one text. A keystroke finds the first screen of matching
records in that text with ``str.find`` (which runs in C from one match to the next: no record
is looked at in Python unless it matches), the rest on demand (testing each text instead when
most match); a search that extends the previous one completes among the previous matches only.

Matches are ranked as ``domain.search_layout.match_rank`` and the SQL search rank them: records
one of whose names is the search, then those with a name beginning with it, then the rest, each
group in display order. The names of all records are kept sorted (``SearchTexts.name_index``),
so the exact and prefix matches of a search are found by bisection.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate, compress

from itsm_desktop.domain.search_layout import (
    EXACT,
    PREFIX,
    after_prefix,
    match_rank,
    names_of,
)

SEPARATOR = "\x00"  # between two records' texts in the joined text (no search contains it)
DENSE = 0.1  # matches per record above which testing every text beats finding each match
FEW = 2_000  # up to this many, the last search's matches are tested rather than the joined text searched
MANY_PREFIXES = 20_000  # above this many prefix matches, the first screen's are picked rather than all sorted


class SearchTexts:
    """The folded search texts of a table's ids in display order, each apart and all joined.

    ``joined`` is the texts separated by ``SEPARATOR``; ``starts[i]`` is where text ``i`` begins
    in it (and ``starts[len(ids)]`` one past its end), so that a bisection tells which record a
    match found in the joined text belongs to. ``name_index`` is every record's names, sorted,
    beside the row of each: the records with a name equal to, or beginning with, a search lie
    side by side in it. Both are built when first needed; an edited record's names are moved in
    the index, while the joined text is built again.
    """

    def __init__(self, ids: list[int], texts: list[str]) -> None:
        self.ids, self.texts = ids, texts
        self._joined: tuple[str, list[int]] | None = None
        self._index: tuple[list[str], list[int]] | None = None

    @property
    def joined(self) -> tuple[str, list[int]]:
        if self._joined is None:
            starts = list(accumulate(map((1).__add__, map(len, self.texts)), initial=0))
            self._joined = (SEPARATOR.join(self.texts), starts)
        return self._joined

    @property
    def name_index(self) -> tuple[list[str], list[int]]:
        if self._index is None:
            pairs = sorted((name, row) for row, text in enumerate(self.texts) for name in names_of(text))
            self._index = ([name for name, _ in pairs], [row for _, row in pairs])
        return self._index

    @property
    def is_joined(self) -> bool:
        return self._joined is not None and self._index is not None

    def prepare(self) -> None:
        """Build the joined text and the name index now (when idle), rather than on a keystroke."""
        self.joined  # noqa: B018 - built now, kept
        self.name_index  # noqa: B018

    def changed(self, position: int, text: str) -> None:
        """The record at ``position`` has a new text: the joined text is built again when needed."""
        if self._index is not None:
            names, rows = self._index
            for name in names_of(self.texts[position]):
                at = bisect_left(names, name)
                while rows[at] != position:
                    at += 1
                del names[at], rows[at]
            for name in names_of(text):
                at = bisect_left(names, name)
                while at < len(names) and names[at] == name and rows[at] < position:
                    at += 1
                names.insert(at, name)
                rows.insert(at, position)
        self.texts[position] = text
        self._joined = None


class _Matches:
    """The records whose folded search text contains ``key``, found in display order, a part at
    a time. Records are rows of ``every``, the table's complete list.

    With ``within`` (the rows the previous search found, when this key extends its key) only
    those are tested. Otherwise the key is found in the joined text: ``str.find`` runs in C from
    one matching record to the next, whatever lies between; when the matches turn out dense
    (looking for all of them), testing each remaining text is quicker.
    """

    def __init__(self, key: str, every: SearchTexts, within: list[int] | None = None) -> None:
        self.key, self.every, self.within = key, every, within
        self.done = 0  # the rows before this one were looked at
        self.found: list[int] = []  # the matching rows, in order

    @property
    def complete(self) -> bool:
        return self.done >= len(self.every.ids)

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


class Search:
    """The records whose search text contains ``key``, ranked, found a part at a time.

    ``found_ids`` lists exact matches of a name, then prefix matches, then the rest, each in
    display order; while the search is not ``complete`` it lists the beginning of that order.
    Exact and prefix matches come from the name index at once; only when prefix matches are
    very many (most records) are they picked in display order a screen at a time (and sorted
    when all are wanted). The other matches are found once every prefix match is known.
    """

    def __init__(self, key: str, every: SearchTexts, within: list[int] | None = None) -> None:
        self.key, self.every = key, every
        self._matches = _Matches(key, every, within)
        self._prefix_at = 0  # the rows before this one were looked at for prefix matches
        self._prefixed: list[int] = []  # rows with a name beginning with the key (some maybe exact)
        self._limit: int | None = None  # how many the last scan asked for
        if within is not None and len(within) <= FEW:  # a few to rank: test them
            ranks = [match_rank(every.texts[row], key) for row in within]
            self._exact = list(compress(within, [rank == EXACT for rank in ranks]))
            self._prefix = list(compress(within, [rank == PREFIX for rank in ranks]))
            self._prefix_complete = True
            return
        names, rows = every.name_index
        first, after_exact = bisect_left(names, key), bisect_right(names, key)
        self._exact = sorted(set(rows[first:after_exact]))
        self._prefixed = rows[after_exact:bisect_left(names, after_prefix(key), after_exact)]
        self._prefix_complete = len(self._prefixed) <= MANY_PREFIXES
        self._prefix = self._sorted_prefixes() if self._prefix_complete else []

    @property
    def complete(self) -> bool:
        return self._prefix_complete and self._matches.complete

    @property
    def found(self) -> list[int]:
        """Every match known so far, in display order (not ranked)."""
        return self._matches.found

    def found_ids(self) -> list[int]:
        """The ids of the matches known so far in ranked order (as many as the last scan asked for)."""
        rows = self._exact + self._prefix
        if self._prefix_complete:
            ranked = set(rows)
            rows += [row for row in self._matches.found if row not in ranked]
        return list(map(self.every.ids.__getitem__, rows if self.complete else rows[:self._limit]))

    def scan(self, until_found: int | None = None) -> None:
        """Look on until the first ``until_found`` matches in ranked order are known, or to the end."""
        self._limit = until_found
        wanted = None if until_found is None else until_found - len(self._exact)
        self._pick_prefixes(wanted)
        if not self._prefix_complete:
            return
        if wanted is None:
            self._matches.scan()
            return
        ranked = set(self._exact).union(self._prefix)
        while not self._matches.complete:
            others = sum(row not in ranked for row in self._matches.found)
            missing = wanted - len(self._prefix) - others
            if missing <= 0:
                return
            self._matches.scan(until_found=len(self._matches.found) + missing)

    def _sorted_prefixes(self) -> list[int]:
        prefixed = set(self._prefixed)
        prefixed.difference_update(self._exact)
        return sorted(prefixed)

    def _pick_prefixes(self, wanted: int | None) -> None:
        """Of many prefix matches, know the first ``wanted`` in display order (all: sort them).
        Many means most records, so the first are picked quickly by testing each record's names."""
        if self._prefix_complete:
            return
        if wanted is None:
            self._prefix, self._prefix_complete = self._sorted_prefixes(), True
            return
        key, texts, prefix, row, total = self.key, self.every.texts, self._prefix, self._prefix_at, len(self.every.ids)
        while len(prefix) < wanted and row < total:
            if match_rank(texts[row], key) == PREFIX:
                prefix.append(row)
            row += 1
        self._prefix_at = row

    def narrowed(self, key: str) -> Search:
        """The search for ``key``, which contains this key: among this one's matches when all
        are known."""
        return Search(key, self.every, self._matches.found if self._matches.complete else None)
