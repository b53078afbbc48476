"""Record files are read as a stream: no row limit, a size limit with a
sentence, and a file that stops being UTF-8 half-way refused with nothing kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from itsm_desktop.domain.enums import RecordStream
from itsm_desktop.services.exchange import sources as exchange_sources
from itsm_desktop.services.exchange.errors import ExchangeError
from itsm_desktop.services.service_levels import sources
from itsm_desktop.services.service_levels.imports import import_file
from itsm_desktop.store import Database

HEADER = "Ticket,Service,Priority,Opened,Resolved\n"


def _rows(count: int) -> str:
    return "".join(f"INC-{n},MAIL,P3,2026-11-02 09:{n % 60:02d},2026-11-02 12:00\n" for n in range(count))


@pytest.fixture
def mail(make) -> None:  # type: ignore[no-untyped-def]
    make.service("MAIL", name="Mail service")


def test_a_csv_file_is_streamed(db: Database, mail: None, sql, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "many.csv"
    path.write_text(HEADER + _rows(50) + "\n\n", encoding="utf-8")
    source = sources.open_records(path)
    assert source.headers == ["Ticket", "Service", "Priority", "Opened", "Resolved"]
    assert not isinstance(source.rows, list)  # read as asked for, never all at once
    assert import_file(db, path, RecordStream.INCIDENTS).created == 50
    assert sql("SELECT count(*) FROM incident_record")[0][0] == 50


def test_a_file_over_the_size_limit_is_refused_before_reading(
        db: Database, mail: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "MAX_RECORD_BYTES", 1024)
    path = tmp_path / "big.csv"
    path.write_text(HEADER + _rows(100), encoding="utf-8")
    with pytest.raises(ExchangeError, match="split it"):
        import_file(db, path, RecordStream.INCIDENTS)


def test_a_file_that_stops_being_utf8_is_refused_with_its_line_and_nothing_kept(
        db: Database, mail: None, sql, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(exchange_sources, "SNIFF_BYTES", 256)  # the encoding is judged on the start of the file
    path = tmp_path / "mixed.csv"
    path.write_bytes((HEADER + _rows(400)).encode() + "INC-X,MAIL,P3,2026-11-02 09:00,Caf\xe9\n".encode("cp1252"))
    with pytest.raises(ExchangeError, match=r"stops being UTF-8 somewhere after line \d+;"):
        import_file(db, path, RecordStream.INCIDENTS)
    assert sql("SELECT count(*) FROM incident_record")[0][0] == 0
    assert sql("SELECT count(*) FROM import_batch")[0][0] == 0
