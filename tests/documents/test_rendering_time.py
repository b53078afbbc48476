"""Rendering stays fast: styles and fonts are shared, not rebuilt per paragraph."""

from __future__ import annotations

import time

import pytest
from document_samples import large_agreement_snapshot, large_catalog_snapshot

from itsm_desktop.documents import render_agreement, render_catalog


def best_cpu_seconds(action, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        action()
        best = min(best, time.process_time() - start)
    return best


def test_a_twenty_service_agreement_renders_quickly():
    snapshot = large_agreement_snapshot(services=20, targets=100)
    render_agreement(snapshot)  # fonts load once per process
    # The budget is 0.5 s; the bound leaves room for a busy machine.
    assert best_cpu_seconds(lambda: render_agreement(snapshot), 3) < 1.0


@pytest.mark.slow
def test_a_thousand_service_catalog_renders_in_under_three_seconds():
    snapshot = large_catalog_snapshot(services=1000)
    render_catalog(large_catalog_snapshot(services=10))
    assert best_cpu_seconds(lambda: render_catalog(snapshot), 2) < 3.0
