"""Achieved values computed from imported records: time bases, thresholds, maintenance."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from itsm_desktop.domain.enums import MeasurementPeriod, Metric, Priority, TargetUnit
from itsm_desktop.domain.errors import ItsmError
from itsm_desktop.domain.forms import TargetRow
from itsm_desktop.domain.measurement.status import Status
from itsm_desktop.services.service_levels.report import HEADINGS, build_report, write_report_table
from itsm_desktop.store import Database

from .helpers import add_incidents, add_outages

OFFICE = {"always": False, "days": {d: ["08:00", "18:00"] for d in ("mon", "tue", "wed", "thu", "fri")}}
NOW = datetime(2026, 12, 5, 12, tzinfo=UTC)


def _agreement(make, targets: list[TargetRow], hours=OFFICE,  # type: ignore[no-untyped-def]
               support_hours="Monday to Friday 08:00–18:00"):
    service = make.service("MAIL", name="Mail", hours=hours)
    for t in targets:
        if t.service_id is None and t.metric is Metric.AVAILABILITY:
            t.service_id = service.id
    return make.agreement(services=[service], targets=targets, support_hours_name="Service desk hours",
                          support_hours=support_hours)


def _line(report, metric_text: str):  # type: ignore[no-untyped-def]
    return next(line for line in report.lines if line.target.startswith(metric_text))


@pytest.mark.parametrize(("resolved", "status"), [("2026-11-09 09:29", Status.MET),
                                                   ("2026-11-09 09:31", Status.BREACHED)])
def test_minutes_outside_support_hours_are_not_counted(db: Database, make, resolved: str, status: Status) -> None:  # type: ignore[no-untyped-def]
    agreement = _agreement(make, [TargetRow(metric=Metric.RESOLUTION_TIME, value=2, unit=TargetUnit.BUSINESS_HOURS,
                                            priority=Priority.P2)])
    # Friday 17:30 to Monday 09:29 is 30 + 89 minutes of support hours: the weekend does not count
    add_incidents(db, [["INC-1", "MAIL", "P2", "2026-11-06 17:30", "", resolved]])
    report = build_report(db, reference=agreement.reference, period="2026-11", now=NOW)
    line = _line(report, "Resolution time P2")
    assert line.status is status
    assert line.achieved == (100.0 if status is Status.MET else 0.0)
    assert line.evidence == (() if status is Status.MET else ("INC-1",))


def test_clock_time_target_counts_the_weekend(db: Database, make) -> None:  # type: ignore[no-untyped-def]
    agreement = _agreement(make, [TargetRow(metric=Metric.RESOLUTION_TIME, value=2, unit=TargetUnit.HOURS,
                                            priority=Priority.P2)])
    add_incidents(db, [["INC-1", "MAIL", "P2", "2026-11-06 17:30", "", "2026-11-09 09:29"]])
    report = build_report(db, reference=agreement.reference, period="2026-11", now=NOW)
    assert _line(report, "Resolution time P2").status is Status.BREACHED


@pytest.mark.parametrize(("down_minutes", "status"), [(43, Status.MET), (44, Status.AT_RISK),
                                                      (129, Status.AT_RISK), (130, Status.BREACHED)])
def test_availability_status_follows_target_and_warning_threshold(
        db: Database, make, down_minutes: int, status: Status) -> None:  # type: ignore[no-untyped-def]
    # 24×7 in a 30-day month: 43,200 minutes; 99.9 % warning allows 43.2 min, 99.7 % target 129.6 min
    agreement = _agreement(make, [TargetRow(metric=Metric.AVAILABILITY, value=99.7, warning_threshold=99.9)],
                           hours={"always": True, "days": {}})
    add_outages(db, [["OUT-1", "MAIL", "2026-11-10 10:00", f"2026-11-10 {10 + down_minutes // 60}:{down_minutes % 60:02d}",
                      "no", ""]])
    line = _line(build_report(db, reference=agreement.reference, period="2026-11", now=NOW), "Availability")
    assert line.achieved == pytest.approx(100 - down_minutes * 100 / 43_200, abs=1e-4)
    assert line.status is status


def test_announced_maintenance_is_not_downtime_and_late_notice_is(db: Database, make) -> None:  # type: ignore[no-untyped-def]
    agreement = _agreement(make, [TargetRow(metric=Metric.AVAILABILITY, value=99.5)])
    add_outages(db, [
        ["OUT-1", "MAIL", "2026-11-10 10:00", "2026-11-10 14:00", "yes", "2026-11-01 09:00"],  # announced
        ["OUT-2", "MAIL", "2026-11-12 10:00", "2026-11-12 11:00", "yes", ""],  # never announced
    ])
    line = _line(build_report(db, reference=agreement.reference, period="2026-11", now=NOW), "Availability")
    # 21 working days × 10 h = 210 h of service hours, less 4 h announced maintenance = 206 h agreed
    assert line.achieved == pytest.approx((206 - 1) * 100 / 206, abs=1e-4)
    assert line.evidence == ("OUT-2",)
    assert "240 min of announced maintenance" in line.detail


def test_outage_outside_service_hours_costs_nothing(db: Database, make) -> None:  # type: ignore[no-untyped-def]
    agreement = _agreement(make, [TargetRow(metric=Metric.AVAILABILITY, value=99.5)])
    add_outages(db, [["OUT-1", "MAIL", "2026-11-14 01:00", "2026-11-15 23:00", "no", ""]])  # a weekend
    line = _line(build_report(db, reference=agreement.reference, period="2026-11", now=NOW), "Availability")
    assert line.achieved == 100.0 and line.status is Status.MET


def test_report_table_as_csv_and_xlsx(db: Database, make, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import csv

    import openpyxl

    agreement = _agreement(make, [TargetRow(metric=Metric.AVAILABILITY, value=99.5),
                                  TargetRow(metric=Metric.CUSTOMER_SATISFACTION, value=80)])
    report = build_report(db, reference=agreement.reference, period="2026-11", now=NOW)
    rows = list(csv.reader(write_report_table(report, tmp_path / "r.csv").open(encoding="utf-8-sig")))
    assert tuple(rows[0]) == HEADINGS and len(rows) == 3
    assert rows[2][7] == "Not measured" and rows[2][9] == ""
    book = openpyxl.load_workbook(write_report_table(report, tmp_path / "r.xlsx"))
    assert book.active.max_row == 3


def test_quarterly_target_reports_its_quarter(db: Database, make) -> None:  # type: ignore[no-untyped-def]
    agreement = _agreement(make, [TargetRow(metric=Metric.AVAILABILITY, value=99.5,
                                            period=MeasurementPeriod.QUARTER)])
    report = build_report(db, reference=agreement.reference, period="2026-11", now=NOW)
    assert report.lines[0].period == "2026-Q4"


def test_bad_periods_and_unknown_agreements_are_one_sentence(db: Database, make) -> None:  # type: ignore[no-untyped-def]
    agreement = _agreement(make, [TargetRow(metric=Metric.AVAILABILITY, value=99.5)])
    with pytest.raises(ItsmError, match="not a period"):
        build_report(db, reference=agreement.reference, period="November", now=NOW)
    with pytest.raises(ItsmError, match="not started yet"):
        build_report(db, reference=agreement.reference, period="2027-03", now=NOW)
    with pytest.raises(ItsmError, match="no agreement"):
        build_report(db, reference="SLA-1999-001", period="2026-11", now=NOW)


@pytest.mark.parametrize(("paused", "status"), [("2026-11-09 10:00/2026-11-09 12:00", Status.MET),
                                                ("", Status.BREACHED)])
def test_paused_time_is_not_counted(db: Database, make, paused: str, status: Status) -> None:  # type: ignore[no-untyped-def]
    from itsm_desktop.domain.enums import RecordStream
    from itsm_desktop.services.service_levels.imports import import_rows

    agreement = _agreement(make, [TargetRow(metric=Metric.RESOLUTION_TIME, value=3, unit=TargetUnit.HOURS,
                                            priority=Priority.P2)])
    columns = dict(enumerate(("reference", "service", "priority", "opened", "resolved", "paused")))
    import_rows(db, RecordStream.INCIDENTS, [["INC-1", "MAIL", "P2", "2026-11-09 09:00", "2026-11-09 13:00", paused]],
                columns, zone="UTC", file_name="p.csv", fingerprint="p")
    report = build_report(db, reference=agreement.reference, period="2026-11", now=NOW)
    assert _line(report, "Resolution time P2").status is status


def test_records_settled_before_the_first_period_are_left_out_without_changing_a_value(
        db: Database, make, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """The look-back reads only records still open at the start of the first period; every
    value, count, margin and breaching record stays what reading them all gives (a quarterly
    target too, whose quarter began before the first month)."""
    import random

    from itsm_desktop.domain.measurement.periods import Period
    from itsm_desktop.services.service_levels import measure as measuring
    from itsm_desktop.services.service_levels.scopes import target_scopes

    rows = [TargetRow(metric=metric, value=value, unit=unit, priority=priority, period=period, warning_threshold=80)
            for metric in (Metric.RESPONSE_TIME, Metric.RESOLUTION_TIME)
            for priority, value, unit in ((Priority.P1, 4, TargetUnit.HOURS), (Priority.P2, 2, TargetUnit.BUSINESS_DAYS))
            for period in (MeasurementPeriod.MONTH, MeasurementPeriod.QUARTER)]
    agreement = _agreement(make, rows)
    rng, records = random.Random(3), []
    start = int(datetime(2026, 5, 1, tzinfo=UTC).timestamp())
    for n in range(600):
        opened = start + rng.randrange(0, 200 * 86_400)
        responded = opened + int(rng.expovariate(1 / 7200))
        resolved = responded + int(rng.expovariate(1 / 150_000))

        def text(at: int) -> str:
            return datetime.fromtimestamp(at, UTC).strftime("%Y-%m-%d %H:%M")
        records.append([f"INC-{n}", "MAIL", rng.choice(("P1", "P2")), text(opened),
                        "" if rng.random() < 0.1 else text(responded), "" if rng.random() < 0.1 else text(resolved)])
    add_incidents(db, records)
    with db.read() as session:
        scopes = target_scopes(session, agreement.id, zone="UTC")
    first = Period.parse("2026-11")  # its quarter began in October

    def results() -> dict[int, list[tuple[object, ...]]]:
        found = measuring.measure(db, scopes, first=first, as_of=NOW, zone="UTC")
        return {k: [(m.period, m.value, m.status, m.margin, m.counted, m.evidence, m.tally) for m in v]
                for k, v in found.items()}

    loaded: list[int] = []
    real = measuring.load_incidents

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        batch, references = real(*args, **kwargs)
        loaded.append(len(references))
        return batch, references

    monkeypatch.setattr(measuring, "load_incidents", counting)
    settled = results()
    monkeypatch.setattr(measuring, "load_incidents", lambda *a, settled_before=None, **k: counting(*a, **k))
    everything = results()
    assert settled == everything
    assert loaded[0] < loaded[1]  # fewer records read, the same values
    assert any(m[1] is not None for rows_ in settled.values() for m in rows_)
