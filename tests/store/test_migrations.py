"""The schema comes from the shipped migrations, agrees with the models, and upgrades safely."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from itsm_desktop.domain.forms import OrganizationForm
from itsm_desktop.domain.models import SQLModel
from itsm_desktop.services import stakeholders
from itsm_desktop.store import Database, StoreError, migrate, search_index
from itsm_desktop.store.backup import backup_to

NEXT_REVISION = '''"""add a test table

Revision ID: {new}
Revises: {old}
"""
import sqlalchemy as sa
from alembic import op

revision = "{new}"
down_revision = "{old}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("upgrade_probe", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("upgrade_probe")
'''


ROOT = Path(__file__).resolve().parents[2]


def _revision(path: Path) -> str | None:
    with closing(sqlite3.connect(path)) as con:
        rows = con.execute("SELECT version_num FROM alembic_version").fetchall()
    return rows[0][0] if rows else None


def _tables(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as con:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")}


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    with Database.open(tmp_path / "fresh.db") as db, db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True,
                                                               "compare_server_default": True,
                                                               "include_name": search_index.include_name})
        differences = compare_metadata(context, SQLModel.metadata)
    assert differences == []


@pytest.mark.sqlite_only  # the file's tables (tests/store/test_postgresql_schema.py: the server's)
def test_every_model_table_comes_from_the_migrations(db: Database) -> None:
    tables = {t for t in _tables(db.path) if not search_index.is_companion(t)}
    assert set(SQLModel.metadata.tables) | {"alembic_version"} == tables


def test_database_is_at_the_shipped_head(db: Database, sql) -> None:
    assert sql("SELECT version_num FROM alembic_version") == [(migrate.head_revision(),)]
    assert migrate.head_revision() in migrate.known_revisions()
    with db.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()


def test_revisions_read_from_the_files_are_alembics(newer_migrations: tuple[Path, str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    for folder in (migrate.MIGRATIONS, newer_migrations[0]):  # as shipped, and with one more
        monkeypatch.setattr(migrate, "MIGRATIONS", folder)
        script = migrate.script_directory()
        assert migrate.head_revision() == script.get_current_head()
        assert migrate.known_revisions() == {r.revision for r in script.walk_revisions()}
    assert migrate.head_revision() == newer_migrations[1]


@pytest.mark.sqlite_only  # a server is never upgraded by opening it
def test_opening_a_current_database_does_not_import_alembic(db: Database) -> None:
    """Alembic and what it brings (templates, highlighting) cost every start: only an upgrade needs them."""
    path = db.path
    db.close()
    probe = ("import sys\nfrom itsm_desktop.store import Database\n"
             f"Database.open({str(path)!r}).close()\n"
             "print(sorted(m for m in ('alembic', 'mako', 'pygments') if m in sys.modules))")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_current_revision_of_a_database_without_one(tmp_path: Path) -> None:
    import sqlalchemy as sa

    engine = sa.create_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    with engine.connect() as connection:
        assert migrate.current_revision(connection) is None
        connection.execute(sa.text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"))
        assert migrate.current_revision(connection) is None
        connection.execute(sa.text("INSERT INTO alembic_version VALUES ('0003')"))
        assert migrate.current_revision(connection) == "0003"
    engine.dispose()


@pytest.fixture
def newer_migrations(tmp_path: Path) -> tuple[Path, str]:
    """A copy of the shipped migrations plus one more revision, as a later release would ship."""
    head = migrate.head_revision()
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    new = "ffff0000test"
    (folder / "versions" / f"{new}_probe.py").write_text(NEXT_REVISION.format(new=new, old=head))
    return folder, new


def test_older_database_is_backed_up_before_upgrading(tmp_path: Path, newer_migrations: tuple[Path, str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    folder, new_head = newer_migrations
    path = tmp_path / "data" / "itsm.db"
    with Database.open(path) as db:
        stakeholders.create_organization(db, form=OrganizationForm(name="Finance"))
    old_head = _revision(path)
    with closing(sqlite3.connect(path)) as con:
        dump_before = list(con.iterdump())

    monkeypatch.setattr(migrate, "MIGRATIONS", folder)
    with Database.open(path) as db:
        backup = db.backup_made
        assert [o.name for o in stakeholders.list_organizations(db)] == ["Finance"]
    assert backup is not None and backup.exists()
    assert backup.parent == path.parent
    assert backup.name.startswith("itsm.before-upgrade-") and backup.suffix == ".db"
    # the copy is the file as it was, the original is upgraded
    assert _revision(backup) == old_head
    with closing(sqlite3.connect(backup)) as con:
        assert list(con.iterdump()) == dump_before
    assert _revision(path) == new_head
    assert "upgrade_probe" in _tables(path) and "upgrade_probe" not in _tables(backup)

    # opening again at the new head makes no further copy
    with Database.open(path) as db:
        assert db.backup_made is None
    assert len(list(path.parent.glob("*before-upgrade*"))) == 1


def test_database_of_the_newer_release_is_refused_by_the_older_one(
        tmp_path: Path, newer_migrations: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "itsm.db"
    with monkeypatch.context() as m:
        m.setattr(migrate, "MIGRATIONS", newer_migrations[0])
        Database.open(path).close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version"):
        Database.open(path)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*before-upgrade*"))


@pytest.mark.sqlite_only  # SQLite's own copy of a file
def test_backup_to_copies_a_database_in_use(db: Database, tmp_path: Path) -> None:
    stakeholders.create_organization(db, form=OrganizationForm(name="Finance"))
    target = backup_to(db.path, tmp_path / "backups" / "copy.db")
    assert target.exists() and not target.with_name("copy.db.part").exists()
    with closing(sqlite3.connect(target)) as con:
        assert con.execute("SELECT name FROM organization").fetchall() == [("Finance",)]
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # the copy is itself a database the application opens
    with Database.open(target) as copy:
        assert copy.backup_made is None
        assert [o.name for o in stakeholders.list_organizations(copy)] == ["Finance"]


@pytest.mark.sqlite_only  # SQLite's own copy of a file
def test_backup_to_writes_under_a_name_of_its_own(db: Database, tmp_path: Path) -> None:
    # another process's copy in progress, under its own temporary name, is left alone
    target = tmp_path / "copy.db"
    theirs = tmp_path / f".copy.db.{os.getppid()}-0123abcd.part"
    theirs.write_bytes(b"another process is writing this")
    backup_to(db.path, target)
    assert target.read_bytes().startswith(b"SQLite format 3\x00")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".copy")) == [theirs.name]
