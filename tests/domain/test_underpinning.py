"""The margin an SLA target leaves above the OLA and UC targets it rests on."""

from __future__ import annotations

import pytest

from itsm_desktop.domain.enums import AgreementKind, AgreementStatus, Metric, Priority, TargetUnit
from itsm_desktop.domain.underpinning import (
    ChainedTarget,
    MarginState,
    TargetChain,
    TargetTerms,
    chain_margin,
    link_refusal,
    margin_text,
)

H, MIN, BH, BD, D, PCT = (TargetUnit.HOURS, TargetUnit.MINUTES, TargetUnit.BUSINESS_HOURS,
                          TargetUnit.BUSINESS_DAYS, TargetUnit.DAYS, TargetUnit.PERCENT)


def resolution(value: float, unit: TargetUnit = H) -> TargetTerms:
    return TargetTerms(Metric.RESOLUTION_TIME, value, unit, Priority.P1)


def availability(value: float) -> TargetTerms:
    return TargetTerms(Metric.AVAILABILITY, value, PCT)


def notice(value: float, unit: TargetUnit) -> TargetTerms:
    return TargetTerms(Metric.MAINTENANCE_NOTICE, value, unit)


def test_a_supplier_promising_the_whole_time_leaves_no_margin() -> None:
    margin = chain_margin(resolution(4), [resolution(4)])
    assert margin.state is MarginState.NO_MARGIN and margin.flagged
    assert margin.minutes == 0
    assert margin_text(margin) == "None"


def test_the_longest_time_beneath_decides_and_units_are_converted() -> None:
    margin = chain_margin(resolution(4), [resolution(90, MIN), resolution(3)])
    assert margin.state is MarginState.MARGIN and not margin.flagged
    assert margin.minutes == 60 and margin.binding == 1
    assert margin_text(margin) == "1 h"


def test_a_supplier_slower_than_the_sla_falls_short() -> None:
    margin = chain_margin(resolution(4), [resolution(8)])
    assert margin.state is MarginState.NO_MARGIN and margin.minutes == -240
    assert margin_text(margin) == "None (4 h short)"


def test_business_time_beneath_a_clock_target_assures_nothing() -> None:
    margin = chain_margin(resolution(4), [resolution(2, BH)])
    assert margin.state is MarginState.NOT_COMPARABLE and margin.flagged
    assert "business time" in margin.reason


def test_a_business_time_sla_is_compared_conservatively_with_clock_times_beneath() -> None:
    # eight business hours take at least eight elapsed hours: six clock hours fit with two to spare
    assert chain_margin(resolution(8, BH), [resolution(6)]).minutes == 120
    assert chain_margin(resolution(1, BD), [resolution(20)]).minutes == 240


def test_the_same_business_unit_on_both_sides_compares_as_it_stands() -> None:
    margin = chain_margin(resolution(3, BD), [resolution(2, BD)])
    assert margin.state is MarginState.MARGIN
    assert margin_text(margin) == "1 business day"
    assert chain_margin(resolution(3, BD), [resolution(20, BH)]).state is MarginState.NOT_COMPARABLE


def test_availabilities_beneath_multiply() -> None:
    margin = chain_margin(availability(99.5), [availability(99.8), availability(99.9)])
    assert margin.state is MarginState.MARGIN
    assert margin.points == pytest.approx(0.2002)
    assert margin.binding == 0
    # each beneath promises more than the SLA, but together they promise less
    short = chain_margin(availability(99.9), [availability(99.95), availability(99.9)])
    assert short.state is MarginState.NO_MARGIN and short.points == pytest.approx(-0.04995)
    assert margin_text(short) == "None (0.05 percentage points short)"


def test_a_maintenance_notice_beneath_must_be_longer() -> None:
    assert chain_margin(notice(5, D), [notice(10, D)]).minutes == 5 * 1440
    assert chain_margin(notice(10, D), [notice(5, D)]).state is MarginState.NO_MARGIN
    # the supplier's business days last at least as long as clock days: safe to compare
    assert chain_margin(notice(5, D), [notice(5, BD)]).state is MarginState.NO_MARGIN
    assert chain_margin(notice(3, D), [notice(5, BD)]).minutes == 2 * 1440
    assert chain_margin(notice(5, BD), [notice(10, D)]).state is MarginState.NOT_COMPARABLE


def test_only_the_same_measurable_metric_can_underpin() -> None:
    assert link_refusal(resolution(4), TargetTerms(Metric.RESPONSE_TIME, 1, H)) != ""
    satisfaction = TargetTerms(Metric.CUSTOMER_SATISFACTION, 90, PCT)
    assert "cannot rest" in link_refusal(satisfaction, satisfaction)
    assert link_refusal(resolution(4), resolution(2)) == ""


def test_nothing_linked_is_not_flagged() -> None:
    margin = chain_margin(resolution(4), [])
    assert margin.state is MarginState.NOT_UNDERPINNED and not margin.flagged


def _beneath(terms: TargetTerms, status: AgreementStatus, target_id: int) -> ChainedTarget:
    return ChainedTarget(target_id, 1, f"UC-{target_id}", 1, AgreementKind.UC, status, "Supplier", "",
                         "P1 resolution", terms)


def test_an_ended_contract_beneath_does_not_count() -> None:
    chain = TargetChain.of(1, "", "P1 resolution 4 hours", resolution(4),
                           [_beneath(resolution(4), AgreementStatus.TERMINATED, 7),
                            _beneath(resolution(3), AgreementStatus.ACTIVE, 8)])
    assert chain.margin.minutes == 60
    assert chain.binding_target is not None and chain.binding_target.target_id == 8
