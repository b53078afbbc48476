"""The shipped migrations create and upgrade a PostgreSQL database, and it searches like SQLite.

Runs against the test server (``ITSM_TEST_POSTGRESQL_URL``); skipped where none is set.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from postgresql_server import revision_before_server_search
from sqlalchemy.engine import URL

from itsm_desktop.domain.models import SQLModel
from itsm_desktop.domain.search_layout import EXACT, NAME_SEPARATOR, OTHER, PART_SEPARATOR, PREFIX
from itsm_desktop.store import migrate, search_index

BEFORE_SERVER_SEARCH = revision_before_server_search()


@pytest.fixture
def engine(postgresql_url: URL) -> Iterator[sa.Engine]:
    engine = sa.create_engine(postgresql_url, poolclass=sa.NullPool)
    try:
        yield engine
    finally:
        engine.dispose()


def _upgrade(engine: sa.Engine, revision: str = "head") -> None:
    with engine.connect() as connection:
        migrate.upgrade(connection, revision)


def _add_organization(connection: sa.Connection, name: str, search_text: str) -> int:
    return connection.execute(sa.text(
        "INSERT INTO organization (name, code, kind, email, phone, website, address, notes, active, "
        "search_text, created_at, updated_at, version) "
        "VALUES (:name, '', 'customer', '', '', '', '', '', true, :text, now(), now(), 1) RETURNING id"),
        {"name": name, "text": search_text}).scalar_one()


def _companion(connection: sa.Connection, table: str = "organization") -> dict[int, tuple[str, str]]:
    rows = connection.exec_driver_sql(f"SELECT rowid, names, text FROM {table}_search")
    return {r[0]: (r[1], r[2]) for r in rows}


def test_the_migrations_build_the_models_schema_on_postgresql(engine: sa.Engine) -> None:
    _upgrade(engine)
    with engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
        context = MigrationContext.configure(connection, opts={
            "compare_type": True, "include_name": search_index.include_name})
        assert compare_metadata(context, SQLModel.metadata) == []
        tables = set(sa.inspect(connection).get_table_names())
    assert set(SQLModel.metadata.tables) | {"alembic_version"} == {
        t for t in tables if not search_index.is_companion(t)}
    assert {t + search_index.SUFFIX for t in search_index.SEARCHED_TABLES} <= tables


def test_no_btree_index_holds_an_unbounded_search_text(engine: sa.Engine) -> None:
    """PostgreSQL refuses a B-tree index row over about 2.7 kB: a long text must still save."""
    _upgrade(engine)
    long_text = "acme" + NAME_SEPARATOR + "x" + PART_SEPARATOR + secrets.token_hex(8000)  # 16 kB, incompressible
    with engine.begin() as connection:
        indexes = connection.exec_driver_sql(
            "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND indexdef LIKE '%%search_text%%'"
        ).scalars().all()
        assert indexes == []
        organization = _add_organization(connection, "Acme", long_text)
        assert _companion(connection)[organization] == ("acme" + NAME_SEPARATOR + "x", long_text)


def test_the_companions_follow_every_insert_update_and_delete(engine: sa.Engine) -> None:
    _upgrade(engine)
    with engine.begin() as connection:
        first = _add_organization(connection, "Acme", "acme" + PART_SEPARATOR + "london")
        second = _add_organization(connection, "Beta", "beta")
        connection.execute(sa.text("UPDATE organization SET search_text = :t WHERE id = :id"),
                           {"t": "acme corp" + PART_SEPARATOR + "paris", "id": first})
        connection.execute(sa.text("UPDATE organization SET notes = 'unrelated' WHERE id = :id"), {"id": second})
        assert _companion(connection) == {first: ("acme corp", "acme corp" + PART_SEPARATOR + "paris"),
                                          second: ("beta", "beta")}
        connection.execute(sa.text("DELETE FROM organization WHERE id = :id"), {"id": first})
        assert set(_companion(connection)) == {second}


def test_an_older_server_database_gets_companions_filled_from_its_records(engine: sa.Engine) -> None:
    _upgrade(engine, BEFORE_SERVER_SEARCH)
    with engine.begin() as connection:
        organization = _add_organization(connection, "Acme", "acme" + PART_SEPARATOR + "london")
        assert not sa.inspect(connection).has_table("organization_search")
    _upgrade(engine)
    with engine.connect() as connection:
        assert _companion(connection) == {organization: ("acme", "acme" + PART_SEPARATOR + "london")}
        trigram_indexes = connection.exec_driver_sql(
            "SELECT count(*) FROM pg_indexes WHERE indexname LIKE '%%_search_trgm'").scalar_one()
    assert trigram_indexes == len(search_index.SEARCHED_TABLES)  # the test server offers pg_trgm


BEFORE_LETTERS = "0016"  # the last revision without the letter indexes


def test_an_upgrade_indexes_the_letters_of_the_texts_already_there(engine: sa.Engine) -> None:
    _upgrade(engine, BEFORE_LETTERS)
    with engine.begin() as connection:
        zulu = _add_organization(connection, "Zulu", "zulu" + PART_SEPARATOR + "équipe")
        _add_organization(connection, "Alpha", "alpha")
    _upgrade(engine)
    letters = "SELECT rowid FROM organization_search WHERE search_letters(text) @> CAST(:letters AS text[])"
    with engine.connect() as connection:
        indexes = connection.exec_driver_sql(
            "SELECT count(*) FROM pg_indexes WHERE indexname LIKE '%%_search_letters'").scalar_one()
        assert indexes == len(search_index.SEARCHED_TABLES)
        assert connection.execute(sa.text(letters), {"letters": ["z", "é"]}).scalars().all() == [zulu]
        assert connection.execute(sa.text(letters), {"letters": ["q", "x"]}).scalars().all() == []
        connection.exec_driver_sql("SET enable_seqscan = off")  # as on a large table: through the index
        plan = "\n".join(connection.execute(sa.text("EXPLAIN " + letters), {"letters": ["z"]}).scalars())
        assert "organization_search_letters" in plan
    with engine.connect() as connection, connection.begin():
        command.downgrade(migrate.alembic_config(connection), BEFORE_LETTERS)
    with engine.connect() as connection:
        assert connection.exec_driver_sql(
            "SELECT count(*) FROM pg_proc WHERE proname = 'search_letters'").scalar_one() == 0


def test_the_downgrade_removes_the_companions_and_their_triggers(engine: sa.Engine) -> None:
    _upgrade(engine)
    with engine.connect() as connection, connection.begin():
        command.downgrade(migrate.alembic_config(connection), BEFORE_SERVER_SEARCH)
    with engine.begin() as connection:
        assert not sa.inspect(connection).has_table("organization_search")
        _add_organization(connection, "Acme", "acme")  # no trigger left writing to a dropped table


def test_searches_rank_the_same_as_on_a_local_file(engine: sa.Engine) -> None:
    _upgrade(engine)
    table = sa.table("organization", sa.column("id", sa.Integer), sa.column("search_text", sa.Text))
    with engine.begin() as connection:
        exact = _add_organization(connection, "Mail", "mail" + NAME_SEPARATOR + "m1")
        prefix = _add_organization(connection, "Mailroom", "mailroom")
        other = _add_organization(connection, "Post", "post" + PART_SEPARATOR + "email and letters")
        _add_organization(connection, "None", "nothing" + PART_SEPARATOR + "here")

        def ranks(key: str, *, names_only: bool = False) -> dict[int, int]:
            found = search_index.ranked("postgresql", table.c.id, table.c.search_text, key, names_only=names_only)
            return {r.id: r.rank for r in connection.execute(sa.select(found.c.id, found.c.rank))}

        assert ranks("mail") == {exact: EXACT, prefix: PREFIX, other: OTHER}
        assert ranks("mail", names_only=True) == {exact: EXACT, prefix: PREFIX}
        assert ranks("m_il") == {}  # LIKE's wildcards are searched for literally
