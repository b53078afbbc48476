"""Where pages break: tables that never leave a lone header or a row or two on a page, and
headings that start a page only with room for the first lines or rows they introduce.

reportlab's own rules are all or nothing: a heading with ``keepWithNext`` moves to the next
page together with the whole table after it (leaving most of a page empty), and a table
splits after any row (leaving a header and one row at a page foot, or one row overleaf).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

MIN_ROWS = 4
"""The fewest body rows of a split table on either page."""
_MIN_LINES = 3
"""The fewest lines of a paragraph a heading needs below it on the same page."""
_LOOKAHEAD = 6
_OTHER_START = 40.0  # points of another kind of flowable wanted below its heading


class Rows(Table):
    """A table that splits only where each page keeps at least ``MIN_ROWS`` body rows (a
    table with fewer than twice that many moves to the next page whole)."""

    _measured_at: float | None = None

    def _calc(self, availWidth: float, availHeight: float) -> None:  # noqa: N803
        # A table is measured several times at the same width before it is drawn (what
        # follows a heading, a group kept together, the frame); a row's height does not
        # depend on the height offered, so once every row is measured it holds.
        if availWidth == self._measured_at and getattr(self, "_hmax", None) == self._nrows:
            return
        super()._calc(availWidth, availHeight)
        self._measured_at = availWidth

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        parts: list[Any] = super().split(availWidth, availHeight)
        if len(parts) != 2 or self.splitInRow:
            return parts
        header = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        body = len(self._cellvalues) - header
        if body < 2 * MIN_ROWS:
            return []
        heights = self._rowHeights
        height = availHeight
        while True:
            first = len(parts[0]._cellvalues) - header
            if first < MIN_ROWS:
                return []
            if body - first >= MIN_ROWS:
                return parts
            # Hand rows over until the continuation has enough of them.
            height -= heights[header + first - 1]
            parts = super().split(availWidth, height)
            if len(parts) != 2:
                return []


class RoomFor(CondPageBreak):
    """A page break unless what follows can start on this page: the headings and spaces
    before the first real content, and the first lines of a paragraph or the header and
    first rows of a table (all of it when it is short)."""

    def __init__(self, floor: float = 0.0) -> None:
        super().__init__(floor)
        self.floor = floor
        self.following: Sequence[Flowable] = ()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.height = max(self.floor, room_needed(self.following, availWidth, availHeight))
        result: tuple[float, float] = super().wrap(availWidth, availHeight)
        return result


def room_needed(flowables: Sequence[Flowable], width: float, height: float) -> float:
    """The height the flowables need on this page: headings and short introductions whole,
    then the first lines of a paragraph or the first rows of a table."""
    need = 0.0
    for flowable in flowables:
        if isinstance(flowable, RoomFor):
            continue
        if isinstance(flowable, KeepTogether):
            return need + room_needed(flowable._content, width, height)
        if isinstance(flowable, Spacer):
            need += flowable.height
            continue
        _, h = flowable.wrap(width, height)
        before, after = flowable.getSpaceBefore(), flowable.getSpaceAfter()
        if getattr(flowable, "is_heading", False):  # a heading: all of it
            need += before + h + after
            continue
        if isinstance(flowable, Table):
            return need + before + _first_rows_height(flowable)
        lines = getattr(getattr(flowable, "blPara", None), "lines", None)
        if lines is None:  # anything else that can split (the contents …): its start
            return need + before + min(h, _OTHER_START)
        if len(lines) > _MIN_LINES:
            return need + before + h * _MIN_LINES / len(lines)
        # A short introduction: it stays with what it introduces, too.
        need += before + h + after
    return need


def _first_rows_height(table: Table) -> float:
    heights = getattr(table, "_rowHeights", None) or []
    header = table.repeatRows if isinstance(table.repeatRows, int) else len(table.repeatRows)
    return float(sum(heights[: header + MIN_ROWS]))


def link_rooms(story: list[Flowable]) -> None:
    """Tell every ``RoomFor`` in the story (and in its keep-together groups) what follows it."""
    for index, flowable in enumerate(story):
        if isinstance(flowable, RoomFor):
            flowable.following = _following(story, index)
        elif isinstance(flowable, KeepTogether):
            link_rooms(flowable._content)


def _following(story: list[Flowable], index: int) -> list[Flowable]:
    return story[index + 1 : index + 1 + _LOOKAHEAD]


class StreamingStory(list):  # type: ignore[type-arg]
    """A story that fills itself while the layout consumes it, one part (a service) at a
    time, so that a document of tens of thousands of parts never holds all its flowables.

    reportlab's build loop asks for the story's length before each flowable and takes the
    first one off; when fewer than a few remain, the next parts are laid into the list.
    """

    _LOW = 24
    _COLLECT_EVERY = 2000  # parts between two passes of the cycle collector

    def __init__(
        self,
        head: list[Flowable],
        parts: Iterator[list[Flowable]],
    ) -> None:
        super().__init__(head)
        link_rooms(self)
        self._parts: Iterator[list[Flowable]] | None = parts
        self._done = 0

    def __len__(self) -> int:
        while self._parts is not None and super().__len__() < self._LOW:
            part = next(self._parts, None)
            if part is None:
                self._parts = None
                break
            link_rooms(part)
            self.extend(part)
            self._done += 1
            if self._done % self._COLLECT_EVERY == 0:
                # the cycles made since the last pass are all young: a pass over the young
                # generations finds them without walking the pages held so far
                gc.collect(1)
        return super().__len__()

    def __bool__(self) -> bool:
        return len(self) > 0
