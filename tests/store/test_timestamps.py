"""Every moment the models store comes back timezone-aware in UTC, also from older files."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime, timedelta

import pytest

from itsm_desktop.domain.enums import AgreementStatus, HistoryAction
from itsm_desktop.domain.forms import ServiceForm
from itsm_desktop.domain.models import Agreement, HistoryEntry, Service
from itsm_desktop.services import catalog, listing
from itsm_desktop.services.maintenance import history_of
from itsm_desktop.services.snapshots import ended_on
from itsm_desktop.store import Database
from itsm_desktop.ui.common.table_model import display_value


def test_a_saved_record_reads_back_aware_in_utc(db: Database) -> None:
    before = datetime.now(UTC)
    created = catalog.create_service(db, form=ServiceForm(code="MAIL", name="Mail"))
    with db.read() as session:
        service = session.get(Service, created.id)
    assert service is not None
    for moment in (service.created_at, service.updated_at):
        assert moment.tzinfo is not None and moment.utcoffset() == timedelta(0)
        assert before <= moment <= datetime.now(UTC)  # compares with aware values, no TypeError
    entry = history_of(db, "service", created.id)[0]
    assert entry.at.tzinfo is not None and entry.at.utcoffset() == timedelta(0)
    listed = listing.SERVICES.rows(db, [created.id])[created.id]
    assert any(isinstance(v, datetime) and v.tzinfo is not None for v in listed)


@pytest.mark.sqlite_only  # an older file's text
def test_naive_text_of_an_older_file_reads_as_utc(db: Database, make) -> None:
    service = make.service("MAIL")
    assert db.location is not None
    with closing(sqlite3.connect(db.location)) as con:
        con.execute("UPDATE service SET updated_at = '2025-03-04 05:06:07.000000' WHERE id = ?", (service.id,))
        con.commit()
    with db.read() as session:
        read = session.get(Service, service.id)
    assert read is not None
    assert read.updated_at == datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC)
    assert read.updated_at < read.created_at


@pytest.fixture
def far_east_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The process's local time zone is UTC+13 (Auckland's summer) for the test."""
    monkeypatch.setenv("TZ", "Pacific/Auckland")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_moments_are_shown_and_printed_in_local_time(far_east_clock: None) -> None:
    evening_utc = datetime(2026, 1, 10, 20, 0, tzinfo=UTC)  # already 11 January in Auckland
    assert display_value(evening_utc) == "2026-01-11 09:00"
    agreement = Agreement(reference="SLA-2026-001", title="Mail", status=AgreementStatus.TERMINATED)
    entry = HistoryEntry(entity="agreement", entity_id=1, action=HistoryAction.STATUS, at=evening_utc,
                         who="me", summary="Terminated", changes={"status": ["active", "terminated"]})
    assert ended_on(agreement, [entry]) == date(2026, 1, 11)
