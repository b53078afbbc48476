"""Is this file ours? The tables and columns a database must have at its schema revision.

The revision label in ``alembic_version`` alone proves nothing: any SQLite file can carry
one. What a revision means is derived, never listed by hand: at the newest revision, from the
models' metadata (a test keeps it equal to the migrations); at an older one, by running the
shipped migrations up to it on an empty in-memory database. So the check follows every
future migration by itself.

Every opening checks the newest schema, and defining every table to learn it would be most
of the application's own start-up: so the newest schema is also written down, generated from
the models into ``head_schema.py`` (``python packaging/head_schema.py`` rewrites it; a test
keeps it equal to the models). Should a newer migration arrive without it being
rewritten, the models are asked, as before.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache

from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

from itsm_desktop.domain import models

from . import head_schema, migrate

Schema = dict[str, frozenset[str]]  # table -> its columns

_INTERNAL = ("alembic_version",)


def from_models() -> Schema:
    """The tables and columns the models define (every table loaded to learn it)."""
    return {name: frozenset(column.name for column in table.columns)
            for name, table in models.load_all_tables().tables.items()}


def _newest() -> Schema:
    if migrate.head_revision() == head_schema.REVISION:
        return {table: frozenset(columns) for table, columns in head_schema.TABLES.items()}
    return from_models()


@lru_cache(maxsize=8)
def _from_migrations(revision: str) -> Schema:
    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        with engine.connect() as connection:
            migrate.upgrade(connection, revision)
            raw = connection.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            return read_schema(raw)
    finally:
        engine.dispose()


def expected_schema(revision: str) -> Schema:
    """The tables and columns an ITSM Desktop database has at ``revision`` (a known one)."""
    if revision == migrate.head_revision():
        return _newest()
    return _from_migrations(revision)


def read_schema(con: sqlite3.Connection) -> Schema:
    """The tables and columns of the database behind ``con``."""
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {table: frozenset(r[1] for r in con.execute("SELECT * FROM pragma_table_info(?)", (table,)))
            for table in tables if table not in _INTERNAL}


def schema_problem(con: sqlite3.Connection, revision: str) -> str | None:
    """What is missing for the database behind ``con`` to be ours at ``revision``; None if nothing.

    Extra tables or columns are tolerated (they harm nothing); a missing one is not.
    """
    return missing_from(read_schema(con), expected_schema(revision), revision)


def missing_from(actual: Schema, expected: Schema, revision: str) -> str | None:
    """What of the tables and columns ``expected`` at ``revision`` the schema ``actual`` lacks."""
    missing_tables = sorted(set(expected) - set(actual))
    if missing_tables:
        shown = ", ".join(missing_tables[:3]) + (" …" if len(missing_tables) > 3 else "")
        return f"it lacks the tables {shown} of schema {revision}"
    for table in sorted(expected):
        missing = sorted(expected[table] - actual[table])
        if missing:
            return f"its table {table} lacks the columns {', '.join(missing[:3])} of schema {revision}"
    return None

