"""A store named by a path or URL, and database errors classified by result code."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError

from itsm_desktop.domain.models import Contact, Organization
from itsm_desktop.services.common import integrity_message
from itsm_desktop.store import Database, ErrorKind, StoreError, error_kind, public_target
from itsm_desktop.store.backends import backend_for, describe_url, is_url, sqlstate_kind
from itsm_desktop.store.sqlite_files import file_uri


def test_a_path_and_an_sqlite_url_open_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "team db #1.db"
    with Database.open(path) as db:
        with db.write() as session:
            session.add(Organization(name="Acme", kind="customer"))
        assert db.location == path.resolve()
        assert db.describe() == str(path.resolve())
        assert db.target() == str(path.resolve())
    with Database.open(f"sqlite:///{path}") as db:
        with db.read() as session:
            assert [o.name for o in session.exec(text("SELECT name FROM organization"))] == ["Acme"]
        assert db.location == path.resolve()


def test_a_url_is_told_from_a_path() -> None:
    assert is_url("postgresql+psycopg://me@host:5432/itsm")
    assert is_url("sqlite:///tmp/x.db")
    assert not is_url("/home/me/itsm.db")
    assert not is_url("C:\\Users\\me\\itsm.db")
    assert not is_url(Path("sqlite:/x"))


def test_a_server_is_described_and_remembered_without_its_password() -> None:
    target = "postgresql+psycopg://alice:s3cret@db.example.org:5433/itsm?sslmode=require"
    assert public_target(target) == "postgresql+psycopg://alice@db.example.org:5433/itsm?sslmode=require"
    assert "s3cret" not in public_target(target)
    from sqlalchemy.engine import make_url
    assert describe_url(make_url(target)) == "alice@db.example.org:5433/itsm"


@pytest.mark.parametrize("target", ["mysql://me@host/itsm", "sqlite://", "sqlite:///:memory:"])
def test_a_database_that_is_not_a_file_or_a_known_server_is_refused(target: str) -> None:
    with pytest.raises(StoreError) as caught:
        Database.open(target)
    assert "\n" not in str(caught.value)


@pytest.mark.sqlite_only  # a file's URL (tests/store/test_postgresql_backend.py: a server's)
def test_the_backend_checks_and_backs_up_by_url(db: Database, tmp_path: Path) -> None:
    url = f"sqlite:///{db.location}"
    assert backend_for(url).check().healthy
    copy = db.backup_to(tmp_path / "copy.db")
    assert backend_for(copy).check().problems == []
    with pytest.raises(StoreError, match="cannot overwrite the database itself"):
        db.backup_to(db.location)  # type: ignore[arg-type]


# --- errors by result code -----------------------------------------------------------------


def _integrity_error(db: Database, statement: str) -> IntegrityError:
    with pytest.raises(IntegrityError) as caught, db.write() as session:
        session.exec(text(statement))  # type: ignore[call-overload]
    return caught.value


def test_a_taken_unique_value_is_classified_by_its_code(db: Database, make) -> None:
    make.customer("Acme")
    columns = ", ".join(c.name for c in Organization.__table__.columns if c.name != "id")
    error = _integrity_error(db, f"INSERT INTO organization ({columns}) SELECT {columns} FROM organization")
    assert error_kind(error) is ErrorKind.UNIQUE
    assert db.error_kind(error) is ErrorKind.UNIQUE
    assert error_kind(error.orig) is ErrorKind.UNIQUE  # the driver's own exception too
    assert integrity_message(error) == "A record with the same unique value already exists."


def test_a_missing_reference_is_classified_by_its_code(db: Database, make) -> None:
    make.contact(make.customer("Acme"), "Ann")
    columns = [c.name for c in Contact.__table__.columns if c.name != "id"]
    values = ["9999" if c == "organization_id" else c for c in columns]
    error = _integrity_error(db, f"INSERT INTO contact ({', '.join(columns)}) SELECT {', '.join(values)} FROM contact")
    assert error_kind(error) is ErrorKind.FOREIGN_KEY
    assert integrity_message(error) == "It is still referred to by other records."


def test_a_deleted_referenced_record_is_a_foreign_key_error(db: Database, make) -> None:
    org = make.customer("Acme")
    make.contact(org, "Ann")
    error = _integrity_error(db, f"DELETE FROM organization WHERE id = {org.id}")
    assert error_kind(error) is ErrorKind.FOREIGN_KEY
    with db.read() as session:
        assert session.get(Contact, 1) is not None


def test_another_rule_of_the_schema_is_a_constraint_error(db: Database) -> None:
    error = _integrity_error(db, "INSERT INTO organization (name) VALUES (NULL)")
    assert error_kind(error) is ErrorKind.CONSTRAINT
    assert integrity_message(error) == "The change would break the database's integrity."


def test_a_locked_database_is_busy_and_the_save_says_so(tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    with Database.open(path, busy_timeout=0.1) as db:
        with closing(sqlite3.connect(file_uri(path), uri=True, isolation_level=None)) as other:
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(StoreError) as caught, db.write() as session:
                session.add(Organization(name="Acme", kind="customer"))
            other.execute("ROLLBACK")
        assert isinstance(caught.value.__cause__, DBAPIError)
        assert error_kind(caught.value.__cause__) is ErrorKind.BUSY
        assert str(caught.value).startswith("The database is busy")


def test_a_file_that_is_not_a_database_is_classified(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"These are my notes, not a database. " * 200)
    with closing(sqlite3.connect(path)) as con, pytest.raises(sqlite3.DatabaseError) as caught:
        con.execute("SELECT * FROM sqlite_master").fetchall()
    assert error_kind(caught.value) is ErrorKind.NOT_A_DATABASE
    with pytest.raises(StoreError, match="not an ITSM Desktop database"):
        Database.open(path)


def test_an_error_that_is_not_a_database_error_has_no_kind() -> None:
    assert error_kind(ValueError("UNIQUE constraint failed")) is None


@pytest.mark.parametrize(("sqlstate", "kind"), [
    ("23505", ErrorKind.UNIQUE), ("23503", ErrorKind.FOREIGN_KEY), ("23502", ErrorKind.CONSTRAINT),
    ("40001", ErrorKind.RETRY), ("40P01", ErrorKind.RETRY), ("57014", ErrorKind.CANCELLED),
    ("08006", ErrorKind.CONNECTION), ("08001", ErrorKind.CONNECTION), ("55P03", ErrorKind.BUSY),
    ("25006", ErrorKind.READ_ONLY), ("42P01", None), ("", None), (None, None),
])
def test_a_server_error_is_classified_by_its_sqlstate(sqlstate: str | None, kind: ErrorKind | None) -> None:
    assert sqlstate_kind(sqlstate) is kind
