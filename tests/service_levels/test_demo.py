"""The sample portfolio carries a year of measurements, so its reports are filled."""

from __future__ import annotations

from datetime import UTC, datetime

from itsm_desktop.domain.measurement.status import Status
from itsm_desktop.services.demo import load_demo
from itsm_desktop.services.service_levels.report import build_report
from itsm_desktop.store import Database


def test_sample_portfolio_reports_are_filled_and_mostly_met(db: Database, sql) -> None:  # type: ignore[no-untyped-def]
    counts = load_demo(db)
    assert counts["sample incidents"] > 1000 and counts["sample outages"] > 100
    today = datetime.now(UTC)
    months = sql("SELECT count(DISTINCT strftime('%Y-%m', opened_at, 'unixepoch')) FROM incident_record")[0][0]
    assert months >= 12
    previous = f"{today.year - (today.month == 1)}-{(today.month - 2) % 12 + 1:02d}"
    for reference in ("SLA-2026-001", "SLA-2025-004"):
        report = build_report(db, reference=reference, period=previous, now=today)
        statuses = report.counts()
        measured = sum(n for s, n in statuses.items() if s is not Status.NOT_MEASURED)
        assert measured >= 8, statuses
        assert statuses[Status.MET] > statuses[Status.BREACHED], statuses
        assert any(line.evidence for line in report.lines)  # something to drill into
