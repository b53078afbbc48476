"""The document snapshots read in plain SQL: the application's transaction (on either backend)
and a bare ``sqlite3`` connection to a file read the same agreement alike, in every language."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from itsm_desktop.domain.enums import AgreementStatus
from itsm_desktop.services import agreements
from itsm_desktop.services.demo import load_demo
from itsm_desktop.services.reads.agreements import find_agreement_row
from itsm_desktop.services.snapshots import agreement_snapshot, read_agreement_snapshot
from itsm_desktop.store import Database
from itsm_desktop.store.file_reads import current_file_rows
from itsm_desktop.store.rows import SqliteRows, as_money, expanded

SAMPLES = [("SLA-2026-001", None), ("SLA-2025-004", 1), ("SLA-2025-004", 2), ("OLA-2026-001", None),
           ("UC-2025-002", None), ("UC-2026-001", None), ("SLA-2026-002", None), ("SLA-2026-003", None)]
TODAY = date(2026, 6, 1)


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.db"
    shutil.copy2(migrated_template, path)
    with Database.open(path) as db:
        load_demo(db)
    return path


@pytest.mark.parametrize("language", [None, "de", "fr"])
def test_the_application_and_a_bare_file_read_the_same_snapshots(db: Database, sample_file: Path,
                                                                  language: str | None) -> None:
    load_demo(db)  # on this test's backend: the same records under the same ids
    with current_file_rows(sample_file) as rows:
        assert isinstance(rows, SqliteRows)
        for reference, revision in SAMPLES:
            found = agreements.find_agreement(db, reference, revision)
            assert found.id is not None
            in_file = find_agreement_row(rows, reference, revision)
            assert in_file.id == found.id
            via_application = agreement_snapshot(db, found.id, today=TODAY, language=language)
            via_file = read_agreement_snapshot(rows, in_file.id, today=TODAY, language=language)
            assert via_application == via_file, reference
            assert via_file.services and via_file.history and via_file.signatures


def test_the_current_revision_is_the_active_one(sample_file: Path) -> None:
    with current_file_rows(sample_file) as rows:
        assert rows is not None
        assert find_agreement_row(rows, " sla-2025-004 ").status is AgreementStatus.ACTIVE
        assert find_agreement_row(rows, "SLA-2025-004", 1).status is AgreementStatus.SUPERSEDED


def test_lists_are_spelled_out_and_an_empty_one_matches_nothing() -> None:
    assert expanded("SELECT 1 WHERE id IN (:ids) AND x = :x", {"ids": [4, 5], "x": "a"}) == (
        "SELECT 1 WHERE id IN (:ids_0, :ids_1) AND x = :x", {"ids_0": 4, "ids_1": 5, "x": "a"})
    assert expanded("id IN (:ids)", {"ids": []}) == ("id IN (NULL)", {})


def test_money_reads_as_stored_hundredths() -> None:
    assert str(as_money(945000)) == "9450.00" and as_money(None) is None


def test_the_printed_sections_are_the_agreements_text_sections() -> None:
    from itsm_desktop.domain.forms import AGREEMENT_TEXT_FIELDS
    from itsm_desktop.services.reads.agreements import TEXT_SECTIONS

    assert TEXT_SECTIONS == AGREEMENT_TEXT_FIELDS
