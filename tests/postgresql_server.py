"""The PostgreSQL server the tests run against, and a fresh database on it for each test.

``ITSM_TEST_POSTGRESQL_URL`` names a role on a server that may create databases (CI starts a
throwaway one with ``.ci/postgres-server``). Unset, the tests that need the server are skipped
with that reason; set but unreachable, they fail: CI must never pass by skipping them.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import URL, make_url

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
