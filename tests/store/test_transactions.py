"""One transaction per use case: a failure part-way through leaves nothing half-saved."""

from __future__ import annotations

import sqlite3
from contextlib import closing, suppress

import pytest
from sqlalchemy.exc import DBAPIError

from itsm_desktop.domain.errors import ValidationError
from itsm_desktop.domain.forms import (
    ComponentRow,
    OrganizationForm,
    ServiceForm,
)
from itsm_desktop.domain.models import Organization
from itsm_desktop.services import agreements, catalog, stakeholders
from itsm_desktop.store import Database, StoreError

COUNTED = ("service", "service_component", "service_supplier", "service_consumer", "service_dependency",
           "agreement", "agreement_customer", "agreement_service", "service_level_target", "responsibility",
           "agreement_contact", "history_entry")


def _counts(sql) -> dict[str, int]:
    return {t: sql(f"SELECT count(*) FROM {t}")[0][0] for t in COUNTED}


def _fail_inserts_into(db: Database, table: str) -> None:
    """Make the database itself refuse rows of ``table``, as a full disk or a bug would."""
    if db.engine.dialect.name == "postgresql":
        with db.engine.begin() as connection:
            connection.exec_driver_sql(
                f"CREATE FUNCTION refuse_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "RAISE EXCEPTION 'refused for the test' USING ERRCODE = 'check_violation'; END $$")
            connection.exec_driver_sql(f"CREATE TRIGGER refuse_{table} BEFORE INSERT ON {table} "
                                       f"FOR EACH ROW EXECUTE FUNCTION refuse_{table}()")
        return
    with closing(sqlite3.connect(db.path)) as con:
        con.execute(f"CREATE TRIGGER refuse_{table} BEFORE INSERT ON {table} "
                    "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")
        con.commit()


def test_failure_after_the_service_row_rolls_back_everything(db: Database, make, sql) -> None:
    make.service("DNS")
    before = _counts(sql)
    _fail_inserts_into(db, "service_component")
    form = ServiceForm(code="EMAIL", name="E-mail", components=[ComponentRow(name="Exchange")])
    with pytest.raises(ValidationError) as caught:
        catalog.create_service(db, form=form)
    assert set(caught.value.fields) == {""}
    assert _counts(sql) == before
    assert sql("SELECT code FROM service") == [("DNS",)]


def test_failure_while_replacing_rows_keeps_the_old_ones(db: Database, make, sql) -> None:
    service = make.service("EMAIL", components=[ComponentRow(name="Exchange")])
    before = (_counts(sql), sql("SELECT * FROM service"), sql("SELECT * FROM service_component"))
    _fail_inserts_into(db, "service_component")
    form = catalog.load_service(db, service.id).form
    form.name, form.components = "Mail", [ComponentRow(name="Postfix")]
    with pytest.raises(ValidationError):
        catalog.update_service(db, service_id=service.id, version=1, form=form)
    assert (_counts(sql), sql("SELECT * FROM service"), sql("SELECT * FROM service_component")) == before


def test_failure_after_the_agreement_row_rolls_back_everything(db: Database, make, sql) -> None:
    form = make.agreement_form()
    before = _counts(sql)
    _fail_inserts_into(db, "service_level_target")
    with pytest.raises(ValidationError):
        agreements.create_agreement(db, form=form)
    assert _counts(sql) == before


def test_history_failure_undoes_the_change(db: Database, sql) -> None:
    _fail_inserts_into(db, "history_entry")
    with pytest.raises(Exception, match="refused for the test"):
        stakeholders.create_organization(db, form=OrganizationForm(name="Finance"))
    assert sql("SELECT count(*) FROM organization") == [(0,)]


def test_write_block_commits_whole_or_not_at_all(db: Database, sql) -> None:
    with pytest.raises(RuntimeError), db.write() as session:
        session.add(Organization(name="One"))
        session.flush()
        session.add(Organization(name="Two"))
        session.flush()
        raise RuntimeError("user action failed")
    assert sql("SELECT count(*) FROM organization") == [(0,)]
    with db.write() as session:
        session.add(Organization(name="One"))
        session.add(Organization(name="Two"))
    assert sql("SELECT name FROM organization ORDER BY name") == [("One",), ("Two",)]


def test_read_sessions_never_commit(db: Database, sql) -> None:
    with suppress(DBAPIError), db.read() as session:  # a server refuses the write at once
        session.add(Organization(name="Ghost"))
        session.flush()
    assert sql("SELECT count(*) FROM organization") == [(0,)]


@pytest.mark.sqlite_only  # the file's write lock
def test_a_second_writer_waits_for_the_first(db: Database, sql) -> None:
    # while another connection holds the write lock, a use case fails cleanly after the busy timeout
    slow = Database.open(db.path, busy_timeout=0.2)
    try:
        with closing(sqlite3.connect(db.path, isolation_level=None)) as other:
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(StoreError):
                stakeholders.create_organization(slow, form=OrganizationForm(name="Blocked"))
            other.execute("ROLLBACK")
        stakeholders.create_organization(slow, form=OrganizationForm(name="Later"))
    finally:
        slow.close()
    assert sql("SELECT name FROM organization") == [("Later",)]
