"""Upgrading a file written before ids were kept rising: everything stays, deleted ids stay retired."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from itsm_desktop.domain.forms import ComponentRow, ServiceForm
from itsm_desktop.services import agreements, catalog
from itsm_desktop.store import Database, migrate

pytestmark = pytest.mark.sqlite_only  # the local file itself

BEFORE = "0003"
LATER_COLUMNS = {("agreement", "priority_scheme"), ("agreement", "support_hours_name"),
                 ("agreement", "support_hours"), ("agreement", "support_calendar"),
                 ("service_level_target", "definition"), ("history_entry", "summary_message"),
                 ("agreement", "language"), ("organization", "language")}
"""Columns later revisions add to tables that exist at ``BEFORE``."""


def old_file(source: Path, old: Path, revision: str = BEFORE) -> None:
    """The records of ``source`` in a file as the release at ``revision`` wrote it."""
    engine = create_engine(f"sqlite:///{old}")
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), revision)
    engine.dispose()
    with closing(sqlite3.connect(old)) as con:
        con.execute("ATTACH DATABASE ? AS source", (str(source),))
        tables = [t for (t,) in con.execute("SELECT name FROM main.sqlite_master WHERE type = 'table' "
                                            "AND name NOT IN ('alembic_version')")]
        for table in tables:
            if "_search" in table:  # a search index: its triggers fill it from the records copied
                continue
            columns = ", ".join(r[1] for r in con.execute(f"PRAGMA main.table_info({table})"))
            con.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM source.{table}")
        con.commit()


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with closing(sqlite3.connect(path)) as con:
        tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]
        out = {}
        for table in tables:
            # later revisions add the target links, and compose the search texts anew
            columns = [r[1] for r in con.execute(f"PRAGMA table_info({table})")
                       if r[1] not in ("origin_target_id", "search_text", "not_applicable", "place")
                       and (table, r[1]) not in LATER_COLUMNS]
            rows = sorted(con.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall(), key=repr)
            if rows:  # tables later revisions add start empty
                out[table] = rows
        return out


def test_upgrade_keeps_every_row_and_reference_and_retires_deleted_ids(tmp_path: Path, make, db: Database) -> None:
    service = make.service("MAIL", components=[ComponentRow(name="Server"), ComponentRow(name="Client")])
    make.service("CHAT")
    agreement = make.active_agreement(services=[service])
    doomed = make.service("OLD")  # the highest service id, deleted: SQLite would hand it out again
    catalog.delete_service(db, service_id=doomed.id, version=doomed.version)
    db.close()
    old = tmp_path / "old.db"
    old_file(db.path, old)
    before = _rows(old)

    with Database.open(old) as upgraded:
        assert upgraded.backup_made is not None
        after = _rows(old)
        assert {table: after[table] for table in before} == before
        with closing(sqlite3.connect(old)) as con:
            assert con.execute("PRAGMA foreign_key_check").fetchall() == []
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        new = catalog.create_service(upgraded, form=ServiceForm(code="NEW", name="New"))
        assert new.id is not None and new.id > doomed.id
        # references still act: the agreement's rows and the service's components are its own
        detail = agreements.load_agreement(upgraded, agreement.id)
        assert detail.form.service_ids == [service.id]
        assert [c.name for c in catalog.load_service(upgraded, service.id).form.components] == ["Server", "Client"]
        revision = agreements.revise_agreement(upgraded, agreement_id=agreement.id)
        agreements.delete_agreement(upgraded, agreement_id=revision.id, version=revision.version)
    with closing(sqlite3.connect(old)) as con:
        assert con.execute("SELECT count(*) FROM service_level_target WHERE agreement_id = ?",
                           (revision.id,)).fetchone() == (0,)  # the cascade still deletes a draft's rows
        assert con.execute("SELECT count(*) FROM service_level_target WHERE agreement_id = ?",
                           (agreement.id,)).fetchone() == (1,)
