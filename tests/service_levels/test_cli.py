"""The service level commands run as a scheduled job runs them: new processes, exit codes."""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from pypdf import PdfReader

from itsm_desktop.domain.enums import Metric, Priority, TargetUnit
from itsm_desktop.domain.forms import TargetRow
from itsm_desktop.store import Database

from .conftest import write_csv

INCIDENTS = """
Ticket,Service,Priority,Opened,Responded,Resolved
INC-1,MAIL,P1,2026-11-02 09:00,2026-11-02 09:10,2026-11-02 11:00
INC-2,MAIL,P1,2026-11-03 10:00,2026-11-03 10:05,2026-11-03 18:30
"""
OUTAGES = """
Reference,Service,Start,End,Planned,Announced
OUT-1,MAIL,2026-11-10 10:00,2026-11-10 11:00,no,
OUT-2,MAIL,2026-11-14 06:00,2026-11-14 08:00,yes,2026-11-01 08:00
"""


def run(tmp_path: Path, database: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "itsm_desktop", "--database", str(database), *map(str, args)],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path, env=env)


def _count(database: Path, table: str) -> int:
    with closing(sqlite3.connect(database)) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _failed(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert fragment in result.stderr.splitlines()[-1], result.stderr


@pytest.fixture
def reference(db: Database, make) -> str:  # type: ignore[no-untyped-def]
    service = make.service("MAIL", name="Mail", hours={"always": True, "days": {}})
    agreement = make.agreement(services=[service], targets=[
        TargetRow(metric=Metric.AVAILABILITY, value=99.8, service_id=service.id),
        TargetRow(metric=Metric.RESOLUTION_TIME, value=4, unit=TargetUnit.HOURS, priority=Priority.P1)])
    return agreement.reference


def test_import_twice_then_report_in_every_format(tmp_path: Path, db: Database, reference: str) -> None:
    incidents = write_csv(tmp_path / "incidents.csv", INCIDENTS)
    first = run(tmp_path, db.path, "import-incidents", incidents)
    assert first.returncode == 0, first.stderr
    assert "2 incidents records created" in first.stdout
    again = run(tmp_path, db.path, "import-incidents", incidents)
    assert again.returncode == 0 and "imported before; nothing changed" in again.stdout
    assert _count(db.path, "incident_record") == 2
    outages = run(tmp_path, db.path, "import-outages", write_csv(tmp_path / "outages.csv", OUTAGES))
    assert outages.returncode == 0, outages.stderr

    result = run(tmp_path, db.path, "report", "--agreement", reference, "--period", "2026-11",
                 "-o", tmp_path / "report.csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO((tmp_path / "report.csv").read_text(encoding="utf-8-sig"))))
    by_target = {r[0]: r for r in rows[1:]}
    assert by_target["Resolution time P1"][4] == "50.0"  # INC-2 took 8½ hours
    assert by_target["Resolution time P1"][7] == "Breached"
    assert by_target["Resolution time P1"][12] == "INC-2"
    assert by_target["Availability"][7] == "Met"  # 60 of 43,200 minutes, the maintenance excused

    assert run(tmp_path, db.path, "report", "--agreement", reference, "--period", "2026-11",
               "-o", tmp_path / "report.xlsx").returncode == 0
    pdf = run(tmp_path, db.path, "report", "--agreement", reference, "--period", "2026-11",
              "-o", tmp_path / "report.pdf")
    assert pdf.returncode == 0, pdf.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "report.pdf").pages)
    assert "Service level report 2026-11" in text and "INC-2" in text and "Availability =" in text


def test_refused_import_changes_nothing_and_says_why(tmp_path: Path, db: Database, reference: str) -> None:
    path = write_csv(tmp_path / "bad.csv", INCIDENTS + "INC-3,NOPE,P1,2026-11-04 09:00,,\n")
    result = run(tmp_path, db.path, "import-incidents", path)
    _failed(result, "Nothing was imported: bad.csv has 1 problem.")
    assert "Row 4 (INC-3): there is no service “NOPE” in the catalog." in result.stderr
    assert _count(db.path, "incident_record") == 0 and _count(db.path, "import_batch") == 0


@pytest.mark.parametrize(("args", "message"), [
    (("--agreement", "SLA-1999-009", "--period", "2026-11", "-o", "r.csv"), "no agreement with the reference"),
    (("--agreement", "{ref}", "--period", "Nov", "-o", "r.csv"), "is not a period"),
    (("--agreement", "{ref}", "--period", "2026-11", "-o", "r.txt"), "Cannot tell the format"),
    (("--agreement", "{ref}", "--period", "2026-11", "-o", "r.pdf", "--format", "csv"), "needs a file name ending in .csv"),
    (("--agreement", "{ref}", "--period", "2026-11", "-o", "missing/r.csv"), "does not exist"),
    (("--agreement", "{ref}", "--period", "2026-11", "-o", "r.csv", "--zone", "Mars/Olympus"), "Mars/Olympus"),
])
def test_report_errors_are_one_sentence(tmp_path: Path, db: Database, reference: str,
                                        args: tuple[str, ...], message: str) -> None:
    result = run(tmp_path, db.path, "report", *(a.replace("{ref}", reference) for a in args))
    _failed(result, message)


def test_report_never_overwrites_the_database(tmp_path: Path, db: Database, reference: str) -> None:
    before = db.path.stat().st_size
    result = run(tmp_path, db.path, "report", "--agreement", reference, "--period", "2026-11",
                 "-o", db.path, "--format", "pdf")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert db.path.stat().st_size == before
