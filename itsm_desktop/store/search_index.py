"""Finding records by a piece of their folded search text, the way each backend does it best.

``search_text`` is unbounded, so it carries no B-tree index (PostgreSQL refuses index rows
over about 2.7 kB). On SQLite each searched table has a narrow companion table
``<table>_search`` (rowid = the record's id; ``names``, the record's own names at the start of
its text; ``text``, the whole text), kept equal to the record by triggers. A search scans that
narrow table instead of the wide rows — as quick as the index it replaces, for any search, and
nothing to rebuild when a text changes — and a table reads every record's text from it. Ranking
a match reads the short ``names``, never the whole text. Other backends search the column
itself (PostgreSQL's ``pg_trgm`` index comes with that backend).

Callers above ``store/`` stay portable: they ask ``ranked`` for the matching ids and their
ranks and ``source`` for the texts to read, and never name the companion tables.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from itsm_desktop.domain.search_layout import NAME_SEPARATOR, OTHER, rank_expression

SEARCHED_TABLES = ("organization", "contact", "service", "agreement")
SUFFIX = "_search"


def _companion(table: str) -> sa.TableClause:
    return sa.table(table + SUFFIX, sa.column("rowid", sa.Integer), sa.column("names", sa.Text),
                    sa.column("text", sa.Text))


def _names_of(text: str) -> str:
    """SQLite's expression for the names at the start of the search text ``text``."""
    return f"substr({text}, 1, instr({text} || char(31), char(31)) - 1)"


def _like(key: str) -> str:
    return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def is_companion(name: str) -> bool:
    """True for the companion tables, which are no model's."""
    return any(name == table + SUFFIX for table in SEARCHED_TABLES)


def include_name(name: str | None, type_: str, _parent_names: Any) -> bool:
    """Alembic's ``include_name`` hook: comparing the schema with the models leaves the
    companion tables out."""
    return not (type_ == "table" and name is not None and is_companion(name))


def ranked(dialect: str, id_column: Any, text_column: Any, key: str, *, names_only: bool = False) -> sa.Subquery:
    """The records whose search text contains ``key`` (folded, not empty), with the rank of
    each match (``domain.search_layout.match_rank``): a subquery of ``id`` and ``rank``.

    With ``names_only``, only the records with a name equal to or beginning with ``key`` (the
    first ranks), found from the names alone.
    """
    k = _like(key)
    if dialect == "sqlite":
        companion = _companion(text_column.table.name)
        names = companion.c.names
        stmt = sa.select(companion.c.rowid.label("id"), rank_expression(names, key).label("rank"))
        if names_only:
            return stmt.where(sa.or_(names.like(f"{k}%", escape="\\"),
                                     names.like(f"%{NAME_SEPARATOR}{k}%", escape="\\"))).subquery()
        return stmt.where(companion.c.text.like(f"%{k}%", escape="\\")).subquery()
    rank = rank_expression(text_column, key)
    stmt = sa.select(id_column.label("id"), rank.label("rank")).where(text_column.like(f"%{k}%", escape="\\"))
    return (stmt.where(rank < OTHER) if names_only else stmt).subquery()


def source(dialect: str, id_column: Any, text_column: Any) -> tuple[Any, Any]:
    """The (id, text) columns to read search texts from, without reading the wide rows."""
    if dialect == "sqlite":
        companion = _companion(text_column.table.name)
        return companion.c.rowid, companion.c.text
    return id_column, text_column


def create(conn: sa.Connection) -> None:
    """Create the companion tables and their triggers, filled from the records (SQLite only)."""
    if conn.dialect.name != "sqlite":
        return
    for table in SEARCHED_TABLES:
        companion = table + SUFFIX
        # the names first: ranking reads them without stepping over a long text
        conn.exec_driver_sql(f"CREATE TABLE {companion} "
                             "(rowid INTEGER PRIMARY KEY, names TEXT NOT NULL, text TEXT NOT NULL)")
        conn.exec_driver_sql(f"INSERT INTO {companion} (rowid, names, text) "
                             f"SELECT id, {_names_of('search_text')}, search_text FROM {table}")
        conn.exec_driver_sql(
            f"CREATE TRIGGER {companion}_insert AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {companion} (rowid, names, text) "
            f"VALUES (new.id, {_names_of('new.search_text')}, new.search_text); END")
        conn.exec_driver_sql(
            f"CREATE TRIGGER {companion}_update AFTER UPDATE OF search_text ON {table} "
            f"WHEN new.search_text IS NOT old.search_text BEGIN "
            f"UPDATE {companion} SET names = {_names_of('new.search_text')}, text = new.search_text "
            f"WHERE rowid = old.id; END")
        conn.exec_driver_sql(
            f"CREATE TRIGGER {companion}_delete AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM {companion} WHERE rowid = old.id; END")


def drop(conn: sa.Connection) -> None:
    """Remove what ``create`` made."""
    if conn.dialect.name != "sqlite":
        return
    for table in SEARCHED_TABLES:
        companion = table + SUFFIX
        for event in ("insert", "update", "delete"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {companion}_{event}")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {companion}")
