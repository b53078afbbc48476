"""Importing incidents and outages: whole files or nothing, re-imports that change nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest

from itsm_desktop.domain.enums import RecordStream
from itsm_desktop.services.exchange.errors import ExchangeError, ImportRefused
from itsm_desktop.services.service_levels.imports import import_file, undo_import
from itsm_desktop.store import Database

from .conftest import write_csv

INCIDENTS = """
Ticket;Service;Priority;Opened;Responded;Resolved
INC-1;MAIL;P1;2026-11-02 09:00;2026-11-02 09:10;2026-11-02 11:00
INC-2;Mail service;2;03.11.2026 10:00;;03.11.2026 18:30
INC-3;MAIL;low;2026-11-04T08:00:00+01:00;;
"""


def _epoch(*parts: int) -> int:
    return int(datetime(*parts, tzinfo=UTC).timestamp())


@pytest.fixture
def mail(make) -> None:  # type: ignore[no-untyped-def]
    make.service("MAIL", name="Mail service")


def _count(sql, table: str) -> int:  # type: ignore[no-untyped-def]
    return sql(f"SELECT count(*) FROM {table}")[0][0]


def test_incidents_import_with_guessed_columns_and_dates_in_several_formats(
        db: Database, mail: None, sql, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "tickets.csv", INCIDENTS)
    outcome = import_file(db, path, RecordStream.INCIDENTS, zone="Europe/Berlin")
    assert (outcome.created, outcome.unchanged) == (3, 0) and outcome.batch_id is not None
    rows = dict((r[0], r[1:]) for r in sql(
        "SELECT reference, priority, opened_at, responded_at, resolved_at FROM incident_record"))
    assert rows["INC-1"] == ("P1", _epoch(2026, 11, 2, 8), _epoch(2026, 11, 2, 8, 10), _epoch(2026, 11, 2, 10))
    assert rows["INC-2"] == ("P2", _epoch(2026, 11, 3, 9), None, _epoch(2026, 11, 3, 17, 30))
    assert rows["INC-3"] == ("P4", _epoch(2026, 11, 4, 7), None, None)  # its own offset kept


def test_the_same_file_again_changes_nothing(db: Database, mail: None, sql, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "tickets.csv", INCIDENTS)
    import_file(db, path, RecordStream.INCIDENTS)
    dump = sql("SELECT * FROM incident_record ORDER BY id")
    again = import_file(db, path, RecordStream.INCIDENTS)
    assert again.already_imported and again.created == 0
    assert sql("SELECT * FROM incident_record ORDER BY id") == dump
    assert _count(sql, "import_batch") == 1
    # another file naming the same tickets adds only the new one
    other = write_csv(tmp_path / "more.csv", INCIDENTS + "INC-4;MAIL;P3;2026-11-05 08:00;;\n")
    outcome = import_file(db, other, RecordStream.INCIDENTS)
    assert (outcome.created, outcome.unchanged) == (1, 3)
    assert _count(sql, "incident_record") == 4


@pytest.mark.parametrize(("row", "message"), [
    ("INC-9;NOPE;P1;2026-11-02 09:00;;", "no service “NOPE”"),
    ("INC-9;MAIL;P7;2026-11-02 09:00;;", "“P7” is not a priority"),
    ("INC-9;MAIL;P1;2026-11-02 09:00;;2026-11-01 09:00", "resolved before it was opened"),
    ("INC-9;MAIL;P1;next tuesday;;", "“next tuesday” is not a date and time"),
    ("INC-1;MAIL;P1;2026-11-02 09:00;;", "used before, in row 2"),
])
def test_one_bad_row_refuses_the_file_and_changes_nothing(
        db: Database, mail: None, sql, tmp_path: Path, row: str, message: str) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "tickets.csv", INCIDENTS + row + "\n")
    before = (sql("SELECT * FROM incident_record"), sql("SELECT * FROM import_batch"),
              sql("SELECT count(*) FROM history_entry"))
    with pytest.raises(ImportRefused) as refused:
        import_file(db, path, RecordStream.INCIDENTS)
    assert any(message in p and p.startswith("Row 5 (INC-") for p in refused.value.problems), refused.value.problems
    assert (sql("SELECT * FROM incident_record"), sql("SELECT * FROM import_batch"),
            sql("SELECT count(*) FROM history_entry")) == before


def test_empty_file_and_header_only_file_are_refused(db: Database, mail: None, tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match="no text|empty"):
        import_file(db, write_csv(tmp_path / "e.csv", ""), RecordStream.INCIDENTS)
    with pytest.raises(ExchangeError, match="no records"):
        import_file(db, write_csv(tmp_path / "h.csv", "Ticket;Service"), RecordStream.INCIDENTS)


def test_file_in_windows_encoding_reads_with_a_note(db: Database, make, sql, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make.service("CAFE", name="Café réseau")
    path = write_csv(tmp_path / "w.csv", "Ticket;Service;Priority;Opened\nINC-1;Café réseau;P2;2026-11-02 09:00",
                     encoding="cp1252")
    outcome = import_file(db, path, RecordStream.INCIDENTS)
    assert outcome.created == 1 and outcome.notes


def test_undo_removes_what_the_import_brought_as_one_step(db: Database, mail: None, sql, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = import_file(db, write_csv(tmp_path / "a.csv", INCIDENTS), RecordStream.INCIDENTS)
    second = import_file(db, write_csv(tmp_path / "b.csv", INCIDENTS + "INC-4;MAIL;P3;2026-11-05 08:00;;"),
                         RecordStream.INCIDENTS)
    assert second.batch_id is not None and first.batch_id is not None
    assert undo_import(db, second.batch_id) == 1
    assert [r[0] for r in sql("SELECT reference FROM incident_record ORDER BY reference")] == ["INC-1", "INC-2", "INC-3"]
    # undone, the file can be imported again
    again = import_file(db, tmp_path / "b.csv", RecordStream.INCIDENTS)
    assert again.created == 1


def test_outages_from_xlsx_with_planned_maintenance_and_overlaps_noted(
        db: Database, mail: None, sql, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Reference", "Service", "Start", "End", "Planned", "Announced"])
    sheet.append(["OUT-1", "MAIL", datetime(2026, 11, 2, 9), datetime(2026, 11, 2, 10), "no", None])
    sheet.append(["OUT-2", "MAIL", datetime(2026, 11, 2, 9, 30), datetime(2026, 11, 2, 11), "no", None])
    sheet.append(["OUT-3", "MAIL", datetime(2026, 11, 7, 6), datetime(2026, 11, 7, 8), "yes",
                  datetime(2026, 10, 20, 12)])
    path = tmp_path / "outages.xlsx"
    book.save(path)
    outcome = import_file(db, path, RecordStream.OUTAGES, zone="UTC")
    assert outcome.created == 3
    assert any("OUT-2" in n and "overlaps OUT-1" in n for n in outcome.notes)
    assert sql("SELECT planned, announced_at FROM outage WHERE reference = 'OUT-3'") == [(1, _epoch(2026, 10, 20, 12))]


def test_outage_ending_before_it_starts_is_refused(db: Database, mail: None, sql, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "o.csv", "Reference,Service,Start,End\nOUT-1,MAIL,2026-11-02 10:00,2026-11-02 09:00")
    with pytest.raises(ImportRefused, match="ends before it starts"):
        import_file(db, path, RecordStream.OUTAGES)
    assert _count(sql, "outage") == 0


@pytest.mark.parametrize("zone", ["UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe"])
def test_times_without_offset_read_in_the_zone_as_the_standard_library_reads_them(zone: str) -> None:
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    from itsm_desktop.services.service_levels.moments import instant_of

    moment = datetime(2026, 3, 1)
    while moment < datetime(2026, 12, 1):  # through both daylight-saving changes, every 10 minutes
        text = moment.isoformat(sep=" ")
        assert instant_of(text, zone) == int(moment.replace(tzinfo=ZoneInfo(zone)).timestamp()), text
        moment += timedelta(minutes=10)


def test_a_cancelled_import_keeps_nothing(db: Database, mail: None, sql) -> None:  # type: ignore[no-untyped-def]
    from itsm_desktop.services.service_levels.imports import CHUNK, ImportCancelled, import_rows

    rows = ([f"INC-{n}", "MAIL", "P3", "2026-11-02 09:00", "", ""] for n in range(3 * CHUNK))
    seen: list[int] = []
    with pytest.raises(ImportCancelled):
        import_rows(db, RecordStream.INCIDENTS, rows, dict(enumerate(("reference", "service", "priority", "opened"))),
                    zone="UTC", file_name="big.csv", fingerprint="big", progress=seen.append,
                    cancelled=lambda: bool(seen))
    assert seen == [CHUNK]
    assert _count(sql, "incident_record") == 0 and _count(sql, "import_batch") == 0
