"""Finding records by a piece of their folded search text, the way each backend does it best.

``search_text`` is unbounded, so it carries no B-tree index (PostgreSQL refuses index rows
over about 2.7 kB). On SQLite each searched table has a companion FTS5 table
``<table>_search`` (rowid = the record's id, ``text`` = its search text) with the trigram
tokenizer, kept equal to the column by triggers: a search of three characters or more reads
the trigram index, a shorter one scans that narrow table, and a table reads every record's
text from it without touching the wide rows. Where SQLite lacks the trigram tokenizer (older
than 3.34) the companion is a plain narrow table, searched by scanning. Other backends search
the column itself (PostgreSQL's ``pg_trgm`` index comes with that backend).

The companion also holds the record's names (the start of its text) apart, so that ranking a
match reads a few short names, not the whole text. Callers above ``store/`` stay portable: they
ask ``ranked`` for the matching ids and ranks and ``source`` for the texts to read, and never
name the companion tables.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import sqlalchemy as sa

from itsm_desktop.domain.search_layout import rank_expression

SEARCHED_TABLES = ("organization", "contact", "service", "agreement")
SUFFIX = "_search"
_FTS5_SHADOWS = ("", "_data", "_idx", "_content", "_docsize", "_config")
_GLOB_SPECIALS = frozenset("*?[]")


def _companion(table: str) -> sa.TableClause:
    return sa.table(table + SUFFIX, sa.column("rowid", sa.Integer), sa.column("text", sa.Text),
                    sa.column("names", sa.Text))


def _names_of(text: str) -> str:
    """SQLite's expression for the names at the start of the search text ``text``."""
    return f"substr({text}, 1, instr({text} || char(31), char(31)) - 1)"


def is_companion(name: str) -> bool:
    """True for the companion tables (and FTS5's own tables behind them), which are no model's."""
    return any(name == t + SUFFIX + shadow for t in SEARCHED_TABLES for shadow in _FTS5_SHADOWS)


def include_name(name: str | None, type_: str, _parent_names: Any) -> bool:
    """Alembic's ``include_name`` hook: comparing the schema with the models leaves the
    companion tables out."""
    return not (type_ == "table" and name is not None and is_companion(name))


def ranked(dialect: str, id_column: Any, text_column: Any, key: str) -> sa.Subquery:
    """The records whose search text contains ``key`` (folded, not empty), with the rank of
    each match (``domain.search_layout.match_rank``): a subquery of ``id`` and ``rank``."""
    if dialect == "sqlite":
        companion = _companion(text_column.table.name)
        # the trigram index serves three characters or more (shorter multi-byte keys it would
        # even miss: SQLite 3.40 counts their bytes); others scan the narrow companion table;
        # the rank reads the short names, not the whole text
        found = (companion.c.text.op("GLOB")("*" + key + "*") if len(key) >= 3 and not _GLOB_SPECIALS & set(key)
                 else sa.func.instr(companion.c.text, key) > 0)
        return (sa.select(companion.c.rowid.label("id"), rank_expression(companion.c.names, key).label("rank"))
                .where(found).subquery())
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return (sa.select(id_column.label("id"), rank_expression(text_column, key).label("rank"))
            .where(text_column.like(f"%{escaped}%", escape="\\")).subquery())


def source(dialect: str, id_column: Any, text_column: Any) -> tuple[Any, Any]:
    """The (id, text) columns to read search texts from, without reading the wide rows."""
    if dialect == "sqlite":
        companion = _companion(text_column.table.name)
        return companion.c.rowid, companion.c.text
    return id_column, text_column


def _has_trigram(conn: sa.Connection) -> bool:
    fts5 = conn.exec_driver_sql("SELECT sqlite_compileoption_used('ENABLE_FTS5')").scalar()
    return bool(fts5) and sqlite3.sqlite_version_info >= (3, 34, 0)


def create(conn: sa.Connection) -> None:
    """Create the companion tables and their triggers, filled from the records (SQLite only)."""
    if conn.dialect.name != "sqlite":
        return
    trigram = _has_trigram(conn)
    for table in SEARCHED_TABLES:
        companion = table + SUFFIX
        if trigram:
            # case-sensitive: texts and searches are folded alike, and GLOB then reads the index
            conn.exec_driver_sql(f"CREATE VIRTUAL TABLE {companion} USING fts5(text, names UNINDEXED, "
                                 "tokenize = 'trigram case_sensitive 1')")
        else:
            conn.exec_driver_sql(f"CREATE TABLE {companion} "
                                 "(rowid INTEGER PRIMARY KEY, text TEXT NOT NULL, names TEXT NOT NULL)")
        conn.exec_driver_sql(f"INSERT INTO {companion} (rowid, text, names) "
                             f"SELECT id, search_text, {_names_of('search_text')} FROM {table}")
        conn.exec_driver_sql(
            f"CREATE TRIGGER {companion}_insert AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {companion} (rowid, text, names) "
            f"VALUES (new.id, new.search_text, {_names_of('new.search_text')}); END")
        conn.exec_driver_sql(  # only a text that changed is indexed again
            f"CREATE TRIGGER {companion}_update AFTER UPDATE OF search_text ON {table} "
            f"WHEN new.search_text IS NOT old.search_text BEGIN "
            f"UPDATE {companion} SET text = new.search_text, names = {_names_of('new.search_text')} "
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
