"""Status and margin agree with the target and its warning threshold, as the agreement reads."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from itsm_desktop.domain.measurement.compliance import compliance_status
from itsm_desktop.domain.measurement.status import (
    Status,
    downtime_budget,
    duration_status,
    level_status,
    record_budget,
)

FAST = settings(max_examples=300, deadline=None, database=None)
percent = st.floats(0, 100, allow_nan=False)


@FAST
@given(percent, percent, st.none() | percent)
def test_a_level_status_agrees_with_the_target_and_the_warning_level(
        achieved: float, target: float, warning: float | None) -> None:
    status = level_status(achieved, target, warning)
    if achieved < target - 1e-9:
        assert status is Status.BREACHED
    elif warning is not None and achieved < warning - 1e-9:
        assert status is Status.AT_RISK
    else:
        assert status is Status.MET


@FAST
@given(st.floats(0, 1e6, allow_nan=False), st.floats(1, 1e6, allow_nan=False),
       st.none() | st.floats(1, 100, allow_nan=False))
def test_a_duration_status_agrees_with_the_target_and_the_share(
        achieved: float, target: float, share: float | None) -> None:
    status = duration_status(achieved, target, share)
    if achieved > target + 1e-9:
        assert status is Status.BREACHED
    elif share is not None and achieved > target * share / 100 + 1e-9:
        assert status is Status.AT_RISK
    else:
        assert status is Status.MET


def test_the_agreements_examples() -> None:
    # availability 99.5 % with a warning at 99.7 %
    assert level_status(99.8, 99.5, 99.7) is Status.MET
    assert level_status(99.7, 99.5, 99.7) is Status.MET  # on the warning level: not yet at risk
    assert level_status(99.6, 99.5, 99.7) is Status.AT_RISK
    assert level_status(99.5, 99.5, 99.7) is Status.AT_RISK  # on the target: met, but at risk
    assert level_status(99.49, 99.5, 99.7) is Status.BREACHED
    assert level_status(None, 99.5, 99.7) is Status.NOT_MEASURED
    # resolution within 4 hours (240 minutes) with a warning at 80 %: at risk beyond 192 minutes
    assert duration_status(192, 240, 80) is Status.MET
    assert duration_status(193, 240, 80) is Status.AT_RISK
    assert duration_status(240, 240, 80) is Status.AT_RISK
    assert duration_status(241, 240, 80) is Status.BREACHED


@FAST
@given(st.integers(0, 200), st.data(), st.floats(50, 100), st.booleans())
def test_compliance_status_follows_the_share_of_records(
        counted: int, data: st.DataObject, required: float, has_warning: bool) -> None:
    within = data.draw(st.integers(0, counted))
    warned = data.draw(st.integers(0, within))
    status = compliance_status(counted, within, warned, required, has_warning)
    if counted == 0:
        assert status is Status.NOT_MEASURED
    elif within * 100 / counted < required - 1e-9:
        assert status is Status.BREACHED
    elif has_warning and warned * 100 / counted < required - 1e-9:
        assert status is Status.AT_RISK
    else:
        assert status is Status.MET
    # the margin never allows more misses than the required share permits
    budget = record_budget(required, counted, counted - within)
    assert (budget < 0) == (status is Status.BREACHED) or counted == 0


def test_error_budget_for_99_9_percent_of_a_30_day_month() -> None:
    month = 30 * 86_400
    assert downtime_budget(99.9, month, 0) == 2592  # 43.2 minutes
    assert downtime_budget(99.9, month, 2600) < 0
