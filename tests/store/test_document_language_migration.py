"""The migration giving organizations and agreements a document language and clause versions
their translations: existing rows print in English, nothing else changes, on a local file and
on the team server (``ITSM_TEST_POSTGRESQL_URL``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import URL

from itsm_desktop.store import migrate

BEFORE = "0012"


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.Engine]:
    if request.param == "sqlite":
        engine = sa.create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    else:
        url: URL = request.getfixturevalue("postgresql_url")
        engine = sa.create_engine(url, poolclass=sa.NullPool)
    try:
        yield engine
    finally:
        engine.dispose()


def _old_rows(connection: sa.Connection) -> None:
    now, true = "CURRENT_TIMESTAMP", ("1" if connection.dialect.name == "sqlite" else "true")
    connection.execute(sa.text(
        "INSERT INTO organization (name, code, kind, email, phone, website, address, notes, active, "
        f"search_text, created_at, updated_at, version) VALUES ('Kunde GmbH', '', 'customer', '', '', '', '', "
        f"'', {true}, 'kunde gmbh', {now}, {now}, 1)"))
    connection.execute(sa.text(
        "INSERT INTO agreement (reference, revision, title, kind, status, scope, hours_text, support_text, "
        "limitations, reporting, escalation, security, charges, not_applicable, support_hours_name, "
        f"support_hours, search_text, created_at, updated_at, version) VALUES ('SLA-2026-001', 1, 'Mail', "
        f"'SLA', 'draft', '', '', '', '', '', '', '', '', '[]', '', '', 'sla-2026-001 mail', {now}, {now}, 1)"))
    connection.execute(sa.text(
        f"INSERT INTO clause (topic, title, default_for, created_at, updated_at, version) VALUES "
        f"('liability', 'Limits of liability', '[]', {now}, {now}, 1)"))
    connection.execute(sa.text(
        "INSERT INTO clause_version (clause_id, number, text, credit_cap, created_at, who) "
        f"SELECT id, 1, 'Neither party is liable for indirect loss.', '', {now}, 'ann' FROM clause"))


def test_existing_rows_print_in_english_and_stay_searchable(engine: sa.Engine) -> None:
    with engine.connect() as connection:
        migrate.upgrade(connection, BEFORE)
    with engine.begin() as connection:
        _old_rows(connection)
    with engine.connect() as connection:
        migrate.upgrade(connection, "head")
    with engine.connect() as connection:
        assert connection.execute(sa.text("SELECT name, language FROM organization")).all() == [
            ("Kunde GmbH", "en")]
        assert connection.execute(sa.text("SELECT reference, language FROM agreement")).all() == [
            ("SLA-2026-001", "en")]
        (translations,) = connection.execute(sa.text("SELECT translations FROM clause_version")).one()
        assert translations in ({}, "{}")
        # the search companions still follow the table (no rebuild lost their triggers)
        connection.execute(sa.text("UPDATE organization SET name = 'Client SA', search_text = 'client sa'"))
        names = connection.exec_driver_sql("SELECT names FROM organization_search").scalars().all()
        assert len(names) == 1 and "client sa" in names[0]
        connection.rollback()
