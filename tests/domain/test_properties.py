"""Property-based checks of folding, weekly hours and cycle detection."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from itsm_desktop.domain.rules import find_cycle
from itsm_desktop.domain.values import WEEKDAYS, DayHours, WeeklyHours, fold

FAST = settings(max_examples=150, deadline=None, database=None)

# Letters whose case mapping is not one-to-one in Unicode (Turkish dotless i, Greek iota
# subscript and the Greek Extended block that carries it) are left out of the case property.
_CASE_ALPHABET = st.characters(
    codec="utf-8",
    categories=("Lu", "Ll", "Lt", "Nd", "Zs", "Mn"),
    exclude_characters="\u0131\u0345",
).filter(lambda c: not "\u1f00" <= c <= "\u1fff")


@FAST
@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    once = fold(text)
    assert fold(once) == once


@FAST
@given(st.text(alphabet=_CASE_ALPHABET))
def test_fold_is_case_insensitive(text: str) -> None:
    assert fold(text.upper()) == fold(text) == fold(text.lower())
    assert fold(text.swapcase()) == fold(text)


@FAST
@given(st.text(), st.text(), st.text())
def test_fold_preserves_containment(before: str, word: str, after: str) -> None:
    # A folded word is found in the folded text it was part of: what search relies on.
    assert fold(word) in fold(f"{before} {word} {after}")


_TIMES = st.builds("{:02d}:{:02d}".format, st.integers(0, 23), st.integers(0, 59))
_HOURS = st.builds(
    WeeklyHours,
    always=st.booleans(),
    days=st.dictionaries(st.sampled_from(WEEKDAYS), st.builds(DayHours, _TIMES, _TIMES)),
)


@FAST
@given(_HOURS)
def test_weekly_hours_json_round_trip(hours: WeeklyHours) -> None:
    data = hours.to_json()
    assert WeeklyHours.from_json(data) == hours
    assert WeeklyHours.from_json(data).to_json() == data


def _reachable(edges: dict[int, list[int]], source: int, goal: int) -> bool:
    seen, todo = {source}, [source]
    while todo:
        node = todo.pop()
        if node == goal:
            return True
        for nxt in edges.get(node, []):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return False


_NODES = st.integers(min_value=0, max_value=7)


@FAST
@given(st.dictionaries(_NODES, st.lists(_NODES, max_size=4)), _NODES, _NODES)
def test_find_cycle_agrees_with_reachability(edges: dict[int, list[int]], start: int, target: int) -> None:
    cycle = find_cycle(start, target, edges)
    closes = start == target or _reachable(edges, target, start)
    assert (cycle is not None) is closes
    if cycle is not None:
        assert cycle[0] == cycle[-1] == start
        assert cycle[1] == target
        for a, b in zip(cycle[1:], cycle[2:], strict=False):
            assert b in edges.get(a, []), (a, b)
