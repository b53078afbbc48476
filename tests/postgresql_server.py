"""The PostgreSQL server the tests run against, and a fresh database on it for each test.

``ITSM_TEST_POSTGRESQL_URL`` names a role on a server that may create databases (CI starts a
throwaway one with ``.ci/postgres-server``). Unset, the tests that need the server are skipped
with that reason; set but unreachable, they fail: CI must never pass by skipping them.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import sqlalchemy as sa
from psycopg.types.string import TextLoader
from sqlalchemy.engine import URL, make_url

from itsm_desktop.domain.models import SQLModel
from itsm_desktop.store import Database, migrate

URL_VARIABLE = "ITSM_TEST_POSTGRESQL_URL"
_names = itertools.count(1)


def driver_url(url: str | URL) -> URL:
    """``url`` with the driver SQLAlchemy should use (psycopg 3), whatever it was written with."""
    return make_url(url).set(drivername="postgresql+psycopg")


@dataclass
class PostgresqlServer:
    """The test server: its URL, and a connection able to create and drop databases."""

    url: URL
    admin: sa.Engine

    def create_database(self, *, template: str | None = None) -> URL:
        """A new database (a copy of ``template``, else empty), owned by the test role."""
        name = f"itsm_t{os.getpid()}_{next(_names)}"
        copy = f" TEMPLATE {template} STRATEGY FILE_COPY" if template else ""
        with self.admin.connect() as connection:
            connection.exec_driver_sql(f"CREATE DATABASE {name}{copy}")
        return self.url.set(database=name)

    def drop_database(self, url: URL) -> None:
        with self.admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {url.database} WITH (FORCE)")


@pytest.fixture(scope="session")
def postgresql_server() -> Iterator[PostgresqlServer]:
    """The server named by ``ITSM_TEST_POSTGRESQL_URL``; skips the test when it is unset."""
    written = os.environ.get(URL_VARIABLE)
    if not written:
        pytest.skip(f"no PostgreSQL server for the tests: set {URL_VARIABLE} "
                    "(.ci/postgres-server start DIR prints it)")
    url = driver_url(written)
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT", poolclass=sa.NullPool)
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except sa.exc.OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        pytest.fail(f"{URL_VARIABLE} is set but its server cannot be reached: {reason}", pytrace=False)
    try:
        yield PostgresqlServer(url, admin)
    finally:
        admin.dispose()


@pytest.fixture
def postgresql_url(postgresql_server: PostgresqlServer) -> Iterator[URL]:
    """A fresh, empty database on the test server for this test, dropped afterwards."""
    url = postgresql_server.create_database()
    try:
        yield url
    finally:
        postgresql_server.drop_database(url)


@dataclass
class EmptiedDatabase:
    """One database at the newest schema on the test server, emptied for each test.

    Emptying (deleting every row, restarting the id counters) takes a few milliseconds where
    creating a database takes more than half a second; tests that need a database of their
    own (migrations, copies) take ``postgresql_url``.
    """

    server: PostgresqlServer
    url: URL
    reset: str

    def create(self) -> URL:
        engine = sa.create_engine(self.url, isolation_level="AUTOCOMMIT", poolclass=sa.NullPool)
        try:
            with engine.connect() as connection:
                changed = connection.exec_driver_sql(_FOREIGN_TRIGGERS).scalar_one()
                if not changed:
                    connection.exec_driver_sql(f"SET lock_timeout = 5000; {self.reset}")
        finally:
            engine.dispose()
        if changed:  # a test added a trigger of its own: start again from the migrations
            self.server.drop_database(self.url)
            with self.server.admin.connect() as connection:
                connection.exec_driver_sql(f"CREATE DATABASE {self.url.database}")
            _migrate(self.url)
        return self.url

    def drop(self, url: URL) -> None:
        pass  # emptied by the next test that uses it


# triggers other than the migrations' own (search companions, change notices)
_FOREIGN_TRIGGERS = ("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal "
                     "AND position('_search_' in tgname) = 0 AND position('_notify_change' in tgname) = 0")


def _migrate(url: URL) -> None:
    engine = sa.create_engine(url, poolclass=sa.NullPool)
    try:
        with engine.connect() as connection:
            migrate.upgrade(connection)
    finally:
        engine.dispose()


def _reset_statements() -> str:
    """Delete every row (referring tables first) and restart every id counter."""
    tables = [t.name for t in reversed(SQLModel.metadata.sorted_tables)]
    deletes = [f"DELETE FROM {t}" for t in tables]
    counters = [f"SELECT setval(pg_get_serial_sequence('{t}', 'id'), 1, false)"
                for t in tables if "id" in SQLModel.metadata.tables[t].c
                and SQLModel.metadata.tables[t].c.id.primary_key]
    return "; ".join(deletes + counters)


@pytest.fixture(scope="session")
def postgresql_template(postgresql_server: PostgresqlServer) -> Iterator[EmptiedDatabase]:
    """The database each test's ``db`` opens on the server, migrated once per run."""
    url = postgresql_server.create_database()
    _migrate(url)
    try:
        yield EmptiedDatabase(postgresql_server, url, _reset_statements())
    finally:
        postgresql_server.drop_database(url)


def server_sql(db: Database) -> Callable[..., list[tuple[Any, ...]]]:
    """The ``sql`` fixture for a server database: the query (``?`` placeholders, as for
    SQLite) on a connection of its own, outside the application's engines."""
    url = driver_url(db.backend.url)

    def run(query: str, *params: Any) -> list[tuple[Any, ...]]:
        engine = sa.create_engine(url, poolclass=sa.NullPool)
        try:
            with engine.connect() as connection:
                driver = connection.connection.driver_connection
                assert driver is not None
                for stored_as_text in ("json", "jsonb", "date"):  # as SQLite gives them
                    driver.adapters.register_loader(stored_as_text, TextLoader)
                with driver.cursor() as cursor:
                    cursor.execute(query.replace("%", "%%").replace("?", "%s"), params)
                    rows = cursor.fetchall() if cursor.description else []
                driver.commit()
                return [tuple(row) for row in rows]
        finally:
            engine.dispose()

    return run


BACKENDS = ("sqlite", "postgresql")


def both_backends(metafunc: pytest.Metafunc) -> None:
    """``pytest_generate_tests`` of a folder whose tests run on both backends: each test that
    uses ``db`` runs once per backend, unless marked ``sqlite_only`` (it reads the file itself)."""
    if "backend" in metafunc.fixturenames and "db" in metafunc.fixturenames:
        only_sqlite = metafunc.definition.get_closest_marker("sqlite_only") is not None
        metafunc.parametrize("backend", BACKENDS[:1] if only_sqlite else BACKENDS)


def revision_before_server_search() -> str:
    """The revision before the one that gives PostgreSQL its search companions."""
    for script in migrate.script_directory().walk_revisions():
        if script.path.endswith("_postgresql_search_index.py"):
            assert isinstance(script.down_revision, str)
            return script.down_revision
    raise AssertionError("no revision adds the search companions on PostgreSQL")


def acting(db: Database, os_user: str) -> str:
    """Who the history names for ``os_user``'s changes to ``db``: on a server, the database
    user signed in with the OS user."""
    return os_user if db.signed_in in (None, os_user) else f"{db.signed_in} ({os_user})"
