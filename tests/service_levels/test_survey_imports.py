"""Satisfaction responses and recovery tests come in through the same import as incidents:
whole files or nothing, per-row messages, re-imports that change nothing, and the command line."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from itsm_desktop.domain.enums import RecordStream
from itsm_desktop.services.exchange.errors import ImportRefused
from itsm_desktop.services.exchange.mappings import MappingStore
from itsm_desktop.services.service_levels.imports import import_file, undo_import
from itsm_desktop.store import Database

from .conftest import write_csv
from .test_cli import _count, _failed, run

SATISFACTION = """
Reference;Service;Answered;Score
SAT-1;MAIL;2026-11-02 09:00;5
SAT-2;;03.11.2026 10:00;4,5
SAT-3;Mail service;2026-11-04;2
"""
RECOVERY = """
Test,Service,Performed,Recovery time,Data loss
RT-1,MAIL,2026-11-05 22:00,45 min,15 min
RT-2,,2026-11-06 22:00,1:30,0
RT-3,MAIL,2026-11-07 22:00,2 h 30 min,1 h
"""


def _epoch(*parts: int) -> int:
    return int(datetime(*parts, tzinfo=UTC).timestamp())


@pytest.fixture
def mail(make) -> None:  # type: ignore[no-untyped-def]
    make.service("MAIL", name="Mail service")


def test_satisfaction_responses_import_with_optional_service_and_decimal_commas(
        db: Database, mail: None, sql, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "survey.csv", SATISFACTION)
    outcome = import_file(db, path, RecordStream.SATISFACTION)
    assert outcome.created == 3
    rows = sql("SELECT reference, service_id IS NULL, answered_at, score FROM satisfaction_response ORDER BY reference")
    assert rows == [("SAT-1", 0, _epoch(2026, 11, 2, 9), 5.0), ("SAT-2", 1, _epoch(2026, 11, 3, 10), 4.5),
                    ("SAT-3", 0, _epoch(2026, 11, 4), 2.0)]
    again = import_file(db, path, RecordStream.SATISFACTION)
    assert again.already_imported and sql("SELECT count(*) FROM satisfaction_response")[0][0] == 3
    assert undo_import(db, outcome.batch_id) == 3  # type: ignore[arg-type]
    assert sql("SELECT count(*) FROM satisfaction_response")[0][0] == 0


def test_recovery_tests_read_durations_in_the_usual_spellings(db: Database, mail: None, sql,  # type: ignore[no-untyped-def]
                                                              tmp_path: Path) -> None:
    import_file(db, write_csv(tmp_path / "tests.csv", RECOVERY), RecordStream.RECOVERY_TESTS)
    rows = sql("SELECT reference, recovery_seconds, data_loss_seconds FROM recovery_test ORDER BY reference")
    assert rows == [("RT-1", 2700, 900), ("RT-2", 5400, 0), ("RT-3", 9000, 3600)]


def test_a_file_with_bad_rows_is_refused_whole_with_one_message_per_row(
        db: Database, mail: None, sql, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = write_csv(tmp_path / "bad.csv", """
Reference,Service,Answered,Score
SAT-1,MAIL,2026-11-02 09:00,5
SAT-2,NOPE,2026-11-02 09:00,5
SAT-3,MAIL,yesterday,5
SAT-4,MAIL,2026-11-02 09:00,
SAT-1,MAIL,2026-11-02 09:00,4
""")
    with pytest.raises(ImportRefused) as refused:
        import_file(db, bad, RecordStream.SATISFACTION)
    problems = refused.value.problems
    assert [p.split(":")[0] for p in problems] == ["Row 3 (SAT-2)", "Row 4 (SAT-3)", "Row 5 (SAT-4)", "Row 6 (SAT-1)"]
    assert "no service “NOPE”" in problems[0] and "not a date" in problems[1]
    assert "no score" in problems[2] and "used before, in row 2" in problems[3]
    assert sql("SELECT count(*) FROM satisfaction_response")[0][0] == 0
    assert sql("SELECT count(*) FROM import_batch")[0][0] == 0
    with pytest.raises(ImportRefused) as refused:
        import_file(db, write_csv(tmp_path / "bad-tests.csv", "Test,Performed,Recovery time,Data loss\n"
                                  "RT-1,2026-11-05,soon,0"), RecordStream.RECOVERY_TESTS)
    assert "not a duration" in refused.value.problems[0]


def test_a_mapping_given_once_is_remembered_for_the_same_headers(db: Database, mail: None,  # type: ignore[no-untyped-def]
                                                                 tmp_path: Path, sql) -> None:
    text = "Umfrage;Wann;Note\nU-1;2026-11-02 09:00;4\n"
    first = write_csv(tmp_path / "one.csv", text)
    import_file(db, first, RecordStream.SATISFACTION, mapping={0: "reference", 1: "answered", 2: "score"})
    second = write_csv(tmp_path / "two.csv", text.replace("U-1", "U-2"))
    assert MappingStore().mapping_for(import_file.__globals__["kind_of"](RecordStream.SATISFACTION),
                                      ["Umfrage", "Wann", "Note"])[1] == "answered"
    assert import_file(db, second, RecordStream.SATISFACTION).created == 1


def test_command_line_imports_and_explains_refusals(db: Database, mail: None, tmp_path: Path) -> None:
    database = db.path
    db.close()
    survey = write_csv(tmp_path / "survey.csv", SATISFACTION)
    result = run(tmp_path, database, "import-satisfaction", survey)
    assert result.returncode == 0, result.stderr
    assert "3 satisfaction" in result.stdout.lower() and _count(database, "satisfaction_response") == 3
    tests = write_csv(tmp_path / "tests.csv", RECOVERY)
    result = run(tmp_path, database, "import-recovery-tests", tests, "--dry-run")
    assert result.returncode == 0 and "Dry run" in result.stdout and _count(database, "recovery_test") == 0
    assert run(tmp_path, database, "import-recovery-tests", tests).returncode == 0
    assert _count(database, "recovery_test") == 3
    bad = write_csv(tmp_path / "bad.csv", "Reference,Answered,Score\nS-9,2026-13-45,4\n")
    result = run(tmp_path, database, "import-satisfaction", bad)
    _failed(result, "Nothing was imported")
    assert "Row 2 (S-9)" in result.stderr


def test_imported_responses_and_tests_give_satisfaction_rto_and_rpo_their_values(
        db: Database, make, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from itsm_desktop.domain.enums import Metric, TargetUnit
    from itsm_desktop.domain.forms import TargetRow
    from itsm_desktop.domain.measurement.status import Status
    from itsm_desktop.services.service_levels.report import build_report

    service = make.service("MAIL", name="Mail service")
    agreement = make.agreement(services=[service], targets=[
        TargetRow(metric=Metric.CUSTOMER_SATISFACTION, value=80, unit=TargetUnit.PERCENT),
        TargetRow(metric=Metric.RTO, value=1, unit=TargetUnit.HOURS, service_id=service.id),
        TargetRow(metric=Metric.RPO, value=30, unit=TargetUnit.MINUTES, service_id=service.id)])
    import_file(db, write_csv(tmp_path / "survey.csv", SATISFACTION), RecordStream.SATISFACTION)
    import_file(db, write_csv(tmp_path / "tests.csv", RECOVERY), RecordStream.RECOVERY_TESTS)
    report = build_report(db, reference=agreement.reference, period="2026-11",
                          now=datetime(2026, 12, 2, tzinfo=UTC))
    satisfied, rto, rpo = report.lines
    # two of three responses score 4 or more (on 1 to 5): 66.7 % against 80 %
    assert satisfied.achieved == pytest.approx(66.6667) and satisfied.status is Status.BREACHED
    assert rto.achieved == 2.5 and rto.status is Status.BREACHED  # the slowest restore took 2 h 30 min
    assert rto.evidence == ("RT-2", "RT-3")  # 1:30 and 2 h 30 min exceed the hour
    assert rpo.achieved == 60 and rpo.status is Status.BREACHED and rpo.evidence == ("RT-3",)
