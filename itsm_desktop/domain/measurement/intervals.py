"""Half-open intervals of whole seconds, ``(start, end)`` with ``start < end``, as plain tuples.

Every list of intervals this module returns is *normal*: sorted, without empty intervals, and
with overlapping or touching intervals merged, so that a moment is never counted twice.
"""

from __future__ import annotations

from collections.abc import Iterable

Interval = tuple[int, int]


def normalize(intervals: Iterable[Interval]) -> list[Interval]:
    """The union of ``intervals`` as a normal list (overlapping and touching ones merged)."""
    out: list[Interval] = []
    for start, end in sorted(i for i in intervals if i[0] < i[1]):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def subtract(base: list[Interval], cut: list[Interval]) -> list[Interval]:
    """The parts of normal list ``base`` outside normal list ``cut``."""
    out: list[Interval] = []
    j = 0
    for start, end in base:
        while j < len(cut) and cut[j][1] <= start:
            j += 1
        k, cursor = j, start
        while k < len(cut) and cut[k][0] < end:
            if cut[k][0] > cursor:
                out.append((cursor, cut[k][0]))
            cursor = max(cursor, cut[k][1])
            k += 1
        if cursor < end:
            out.append((cursor, end))
    return out


def intersect(first: list[Interval], second: list[Interval]) -> list[Interval]:
    """The parts common to two normal lists."""
    out: list[Interval] = []
    i = j = 0
    while i < len(first) and j < len(second):
        start = max(first[i][0], second[j][0])
        end = min(first[i][1], second[j][1])
        if start < end:
            out.append((start, end))
        if first[i][1] < second[j][1]:
            i += 1
        else:
            j += 1
    return out


def clip(intervals: list[Interval], start: int, end: int) -> list[Interval]:
    """The parts of a normal list within ``[start, end)``."""
    return intersect(intervals, [(start, end)]) if start < end else []


def total(intervals: Iterable[Interval]) -> int:
    """Seconds covered by a normal list."""
    return sum(end - start for start, end in intervals)
