"""Alembic migrations shipped inside the package, applied when a database is opened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for our shipped revisions, bound to ``connection``."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, revision: str = "head", *,
            before: Callable[[Connection], bool] | None = None) -> None:
    """Bring the schema on ``connection`` up to ``revision`` (the newest shipped one), in one
    transaction.

    ``connection`` must not be in a transaction yet. On SQLite a revision may rebuild a table
    (copy, drop, rename), and dropping a table with foreign keys enforced deletes its rows
    first, cascading into the tables that refer to it; so enforcement is off while the
    revisions run (SQLite ignores that switch inside a transaction) and every reference is
    checked before anything is committed.

    ``before`` runs first inside the transaction (under the write lock that the connection's
    engine takes when it begins); when it returns False nothing is upgraded.
    """
    if connection.in_transaction():
        raise RuntimeError("Migrations begin their own transaction: pass a connection outside one.")
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        _foreign_keys(connection, enforced=False)
    try:
        with connection.begin():
            if before is not None and not before(connection):
                return
            command.upgrade(alembic_config(connection), revision)
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"the upgrade would leave {len(broken)} broken reference(s)")
    finally:
        if sqlite:
            _foreign_keys(connection, enforced=True)


def _foreign_keys(connection: Connection, *, enforced: bool) -> None:
    """Switch SQLite's foreign key enforcement on the connection, outside any transaction."""
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute(f"PRAGMA foreign_keys={'ON' if enforced else 'OFF'}")
