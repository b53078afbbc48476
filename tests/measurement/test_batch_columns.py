"""Records added a column at a time are the same batch as records added one by one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from itsm_desktop.domain.enums import Priority
from itsm_desktop.domain.measurement.records import IncidentBatch, RecordError

_RECORD = st.tuples(st.sampled_from(["MAIL", "WEB", 7]), st.sampled_from(list(Priority)),
                    st.integers(0, 10**9), st.none() | st.integers(0, 10**6), st.none() | st.integers(0, 10**6))


@given(records=st.lists(_RECORD, max_size=40), split=st.integers(0, 40))
def test_columns_and_rows_make_the_same_batch(records: list[tuple], split: int) -> None:  # type: ignore[type-arg]
    rows = [(s, p, o, None if r is None else o + r, None if d is None else o + d) for s, p, o, r, d in records]
    one_by_one, by_columns = IncidentBatch(), IncidentBatch()
    for s, p, o, r, d in rows:
        one_by_one.add(service=s, priority=p, opened=o, responded=r, resolved=d)
    for part in (rows[:split], rows[split:]):
        by_columns.extend(*(list(c) for c in zip(*part, strict=True)) if part else ([], [], [], [], []))
    assert by_columns == one_by_one


def test_a_record_decided_before_it_was_opened_is_refused() -> None:
    with pytest.raises(RecordError, match="resolved before it was opened"):
        IncidentBatch().extend(["MAIL"], [Priority.P1], [100], [None], [99])
