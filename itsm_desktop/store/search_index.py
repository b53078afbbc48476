"""Finding records by a piece of their folded search text, the way each backend does it best.

``search_text`` is unbounded, so it carries no B-tree index (PostgreSQL refuses index rows
over about 2.7 kB). On SQLite each searched table has a narrow companion table
``<table>_search`` (rowid = the record's id; ``names``, the record's own names at the start of
its text; ``text``, the whole text), kept equal to the record by triggers. A search scans that
narrow table instead of the wide rows — as quick as the index it replaces, for any search, and
nothing to rebuild when a text changes — and a table reads every record's text from it. Ranking
a match reads the short ``names``, never the whole text. Backends without
companion tables search the column itself.

Callers above ``store/`` stay portable: they ask ``ranked`` for the matching ids and their
ranks and ``source`` for the texts to read, and never name the companion tables.

PostgreSQL has the same companion tables, kept by PL/pgSQL triggers (``create_on_postgresql``),
so both backends run the same queries; where the server offers the ``pg_trgm`` extension, a
trigram index on each companion's text serves searches of three characters or more.

A record has at most two names (``domain.search_layout``); each companion indexes both, as
expressions of ``names`` (``create_name_indexes``), so that the records a search names exactly,
or by a name's start, are found without reading every record: ``first_ranked`` gives a picker
the parts of one query that finds its first few matches, ranked, in one round trip.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from itsm_desktop.domain.search_layout import (
    EXACT,
    NAME_SEPARATOR,
    OTHER,
    after_prefix,
    rank_expression,
    search_parameter,
    search_parameters,
)

SEARCHED_TABLES = ("organization", "contact", "service", "agreement")
SUFFIX = "_search"
COMPANION_DIALECTS = ("sqlite", "postgresql")
TRIGRAM_SUFFIX = "_trgm"
LETTERS_SUFFIX = "_letters"
LETTERS_FUNCTION = "search_letters"
NAME_INDEX_SUFFIXES = ("_name1", "_name2")  # a record's first and second name
NAME_INDEX_LENGTH = 200  # characters of a name indexed: PostgreSQL limits an index row's size
PROBED = 1_000  # a list's first records a server looks among before asking an index (first_ranked)
TRIGRAM = 3  # the shortest search a trigram index serves
MANY = 2_000  # candidates of a search beyond which reading records in a list's order beats sorting them
# a server sorts more: the candidates it counts are rarely among the list's first records (those
# were looked among first), so reading the list in order to them would read far
MANY_ON_SERVER = 10_000


def _companion(table: str) -> sa.TableClause:
    return sa.table(table + SUFFIX, sa.column("rowid", sa.Integer), sa.column("names", sa.Text),
                    sa.column("text", sa.Text))


def _names_of(text: str) -> str:
    """SQLite's expression for the names at the start of the search text ``text``."""
    return f"substr({text}, 1, instr({text} || char(31), char(31)) - 1)"


def is_companion(name: str) -> bool:
    """True for the companion tables, which are no model's."""
    return any(name == table + SUFFIX for table in SEARCHED_TABLES)


def companions() -> tuple[str, ...]:
    """The names of the companion tables."""
    return tuple(table + SUFFIX for table in SEARCHED_TABLES)


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
    anywhere = search_parameter(key, "search_anywhere")
    if dialect in COMPANION_DIALECTS:
        companion = _companion(text_column.table.name)
        names = companion.c.names
        stmt = sa.select(companion.c.rowid.label("id"), rank_expression(names, key).label("rank"))
        if names_only:
            return stmt.where(_named_alike(names, key)).subquery()
        return stmt.where(companion.c.text.like(anywhere, escape="\\")).subquery()
    rank = rank_expression(text_column, key)
    stmt = sa.select(id_column.label("id"), rank.label("rank")).where(text_column.like(anywhere, escape="\\"))
    return (stmt.where(rank < OTHER) if names_only else stmt).subquery()


def _named_alike(names: Any, key: str) -> Any:
    """A name in ``names`` begins with ``key``, read from the names themselves."""
    return sa.or_(names.like(search_parameter(key, "search_prefix_first"), escape="\\"),
                  names.like(search_parameter(key, "search_prefix_second"), escape="\\"))


def parameters(key: str) -> dict[str, Any]:
    """The values every search query of ``key`` binds, by name: a statement built once for
    one key (``ranked``, ``first_ranked``) runs for another of the same shape (``shape``)
    with these."""
    cut = key[:NAME_INDEX_LENGTH]
    return {**search_parameters(key), "search_cut": cut, "search_after_cut": after_prefix(cut),
            "search_letters": sorted(set(key))}


def shape(key: str) -> tuple[Any, ...]:
    """What, besides ``parameters``, a search query of ``key`` depends on: whether the key is
    shorter than a trigram and longer than the names indexed, and the numbers of records by
    which ``first_ranked`` chooses its ways."""
    return len(key) < TRIGRAM, len(key) > NAME_INDEX_LENGTH, MANY, MANY_ON_SERVER, PROBED


def _name_expressions(dialect: str, names: str) -> tuple[str, str]:
    """The SQL of the first and the second name in the column ``names``, cut to
    ``NAME_INDEX_LENGTH``: the same text where they are indexed and where they are searched
    (an index on an expression serves only that expression, literals and all)."""
    separator = ord(NAME_SEPARATOR)
    if dialect == "postgresql":
        return tuple(f'(left(split_part({names}, chr({separator}), {n}), {NAME_INDEX_LENGTH}) COLLATE "C")'
                     for n in (1, 2))  # type: ignore[return-value]
    end = f"instr({names} || char({separator}), char({separator}))"
    return (f"substr(substr({names}, 1, {end} - 1), 1, {NAME_INDEX_LENGTH})",
            f"substr(substr({names}, {end} + 1), 1, {NAME_INDEX_LENGTH})")


def create_name_indexes(conn: sa.Connection) -> None:
    """Index the first and second name of every record in the companion tables."""
    if conn.dialect.name not in COMPANION_DIALECTS:
        return
    for table in SEARCHED_TABLES:
        companion = table + SUFFIX
        for suffix, expression in zip(NAME_INDEX_SUFFIXES, _name_expressions(conn.dialect.name, "names"),
                                      strict=True):
            conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {companion}{suffix} ON {companion} ({expression})")


def drop_name_indexes(conn: sa.Connection) -> None:
    """Remove what ``create_name_indexes`` made."""
    if conn.dialect.name not in COMPANION_DIALECTS:
        return
    for table in SEARCHED_TABLES:
        for suffix in NAME_INDEX_SUFFIXES:
            conn.exec_driver_sql(f"DROP INDEX IF EXISTS {table}{SUFFIX}{suffix}")


def create_letter_indexes(conn: sa.Connection) -> None:
    """On PostgreSQL: the function giving a text's distinct characters, and an index of each
    companion's texts by them, which finds the records a search of one or two characters
    matches (``first_ranked``), too short for a trigram index."""
    if conn.dialect.name != "postgresql":
        return
    conn.exec_driver_sql(
        f"CREATE OR REPLACE FUNCTION {LETTERS_FUNCTION}(text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT "
        "PARALLEL SAFE AS $$ SELECT ARRAY(SELECT DISTINCT regexp_split_to_table($1, '')) $$")
    for table in SEARCHED_TABLES:
        companion = table + SUFFIX
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {companion}{LETTERS_SUFFIX} ON {companion} "
                             f"USING gin ({LETTERS_FUNCTION}(text))")


def drop_letter_indexes(conn: sa.Connection) -> None:
    """Remove what ``create_letter_indexes`` made."""
    if conn.dialect.name != "postgresql":
        return
    for table in SEARCHED_TABLES:
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {table}{SUFFIX}{LETTERS_SUFFIX}")
    conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {LETTERS_FUNCTION}(text)")


@dataclass(frozen=True)
class FirstRanked:
    """The first n records of a search ranked, found in parts: records joined through
    ``companion`` (``companion.c.rowid`` is the record's id) where a part's condition holds,
    the first of them in a list's order (as many as the part's limit: none when the part is
    not needed). ``rank`` ranks a record found, from the companion's names.

    The first n records of each part in a list's order, together, hold the first n of the
    whole search ranked: its exact matches come first (part one has the first n of them),
    then the prefix matches (the first n of exact and prefix matches hold as many prefix
    matches as the exact ones leave room for), then the others (alike).
    """

    companion: sa.TableClause
    rank: sa.ColumnElement[int]
    parts: list[tuple[sa.ColumnElement[bool], int | sa.ColumnElement[int]]]


def _name_ranges(dialect: str, companion: sa.TableClause, key: str) -> tuple[Any, Any]:
    """Conditions on the name indexes: a name equal to ``key``, a name beginning with it."""
    values = parameters(key)
    cut = sa.bindparam("search_cut", values["search_cut"], type_=sa.String)
    after_cut = sa.bindparam("search_after_cut", values["search_after_cut"], type_=sa.String)
    names: list[sa.ColumnElement[str]] = [
        sa.literal_column(e) for e in _name_expressions(dialect, f"{companion.name}.names")]
    exact = sa.or_(*(name == cut for name in names))
    prefixed = sa.or_(*(sa.and_(name >= cut, name < after_cut) for name in names))
    return exact, prefixed


def _when(dialect: str, wanted: Any, limit: int) -> Any:
    """A ``LIMIT`` of ``limit`` rows when ``wanted`` holds, else none. PostgreSQL skips a part
    whose condition is false from the start (``wanted`` is in its ``WHERE``); SQLite would
    still read its table, but not past a limit of 0, which it reads before the table."""
    return sa.case((wanted, limit), else_=0) if dialect == "sqlite" else limit


def first_ranked(dialect: str, text_column: Any, key: str, limit: int,
                 listed: Callable[[], Listed] | None = None) -> FirstRanked | None:
    """The parts of one query for the first ``limit`` records of a search for ``key`` (folded,
    not empty) ranked as ``ranked`` ranks them: the records named ``key`` (through the name
    indexes), those with a name beginning with it, and, when those are fewer than ``limit``,
    the other matches.

    Few records with a name beginning with the search (or matching it at all) are found
    through the name (or trigram) indexes and sorted; many are read in the list's order until
    enough are found, which is quick because they are many. Which of the two ways a part takes
    is decided inside the query, on one count of at most ``MANY`` + 1 candidates (the way not
    taken costs nothing): a picker's search is one round trip to the database.

    On PostgreSQL, ``listed`` (which gives the list's first ``PROBED`` records) lets each kind
    of match be looked for first among them (``_first_ranked_on_server``).

    None for backends without companion tables.
    """
    if dialect not in COMPANION_DIALECTS:
        return None
    match = _Match.of(dialect, text_column, key)
    if dialect == "postgresql" and listed is not None:
        return _first_ranked_on_server(match, limit, listed())
    rowid = match.companion.c.rowid

    # at most MANY + 1 candidates of each kind are read, once (a CTE used more than once is
    # kept by both backends); the other matches only when the names' do not fill the list
    named = sa.select(rowid).where(match.prefixed).limit(MANY + 1).cte("named")
    few_named = _count(named) <= MANY
    others_wanted = _count(sa.select(rowid).where(match.prefixed).limit(limit).subquery()) < limit
    found = (sa.select(rowid).where(others_wanted, match.matching)
             .limit(_when(dialect, others_wanted, MANY + 1)).cte("found"))
    few_found = _count(found) <= MANY
    many_found = sa.and_(others_wanted, sa.not_(few_found))
    return FirstRanked(match.companion, match.rank, [
        (match.exact, limit),
        (sa.and_(few_named, rowid.in_(sa.select(named.c.rowid))), _when(dialect, few_named, limit)),
        (sa.and_(sa.not_(few_named), match.named_alike), _when(dialect, sa.not_(few_named), limit)),
        (sa.and_(others_wanted, few_found, rowid.in_(sa.select(found.c.rowid))),
         _when(dialect, sa.and_(others_wanted, few_found), limit)),
        (sa.and_(many_found, match.matching), _when(dialect, many_found, limit))])


@dataclass(frozen=True)
class _Match:
    """The conditions on a companion's rows that tell how a record matches a search."""

    companion: sa.TableClause
    rank: sa.ColumnElement[int]
    exact: Any  # a name is the search (through the name indexes)
    prefixed: Any  # a name begins with it (through the name indexes)
    named_alike: Any  # the same as ``prefixed``, read from the names themselves
    matching: Any  # the text contains it

    @classmethod
    def of(cls, dialect: str, text_column: Any, key: str) -> _Match:
        companion = _companion(text_column.table.name)
        names = companion.c.names
        rank = rank_expression(names, key)
        exact, prefixed = _name_ranges(dialect, companion, key)
        if len(key) > NAME_INDEX_LENGTH:  # the indexes hold names cut short: the rank tells for sure
            exact, prefixed = sa.and_(exact, rank == EXACT), sa.and_(prefixed, rank < OTHER)
        matching: sa.ColumnElement[bool] = companion.c.text.like(search_parameter(key, "search_anywhere"),
                                                                  escape="\\")
        if dialect == "postgresql" and len(key) < TRIGRAM:  # the letter index finds the rare ones
            letters = sa.bindparam("search_letters", sorted(set(key)), type_=postgresql.ARRAY(sa.Text))
            matching = sa.and_(_letters(companion.c.text).contains(letters), matching)
        return cls(companion, rank, exact, prefixed, _named_alike(names, key), matching)


def _count(rows: Any) -> Any:
    return sa.select(sa.func.count()).select_from(rows).scalar_subquery()


@dataclass(frozen=True)
class Listed:
    """A list's first ``PROBED`` records, in its order: ``rows`` has their ``id`` and
    ``sort_value``, listed by the sort value (``descending`` or not), then by id."""

    rows: sa.Subquery
    descending: bool

    def first(self, companion: sa.TableClause, condition: Any, limit: int) -> sa.Select[Any]:
        """The ids of the first ``limit`` of the records where ``condition`` holds: read in the
        list's order, joined one by one, and no further than needed."""
        value = self.rows.c.sort_value
        return (sa.select(self.rows.c.id).join(companion, companion.c.rowid == self.rows.c.id).where(condition)
                .order_by(sa.desc(value) if self.descending else sa.asc(value), self.rows.c.id).limit(limit))


def _first_ranked_on_server(match: _Match, limit: int, listed: Listed) -> FirstRanked:
    """``first_ranked`` on a server, where every record a query reads costs more than in a
    local file: each kind of match (a name's, then any other) is looked for first among the
    list's first ``PROBED`` records, in the list's order. A kind common enough to fill the
    list there (most searches of a letter or two) is done; the indexes are asked only for the
    rarer ones, and count at most ``MANY_ON_SERVER`` + 1 of their candidates to choose between
    sorting them and reading the list in order. A search of fewer than three characters, which the
    trigram index cannot serve, finds its rare matches through the index of its letters.
    """
    rowid = match.companion.c.rowid

    def flag(name: str, condition: Any) -> Any:  # computed once, however often it is used
        return sa.select(sa.select(condition.label("yes")).cte(name).c.yes).scalar_subquery()

    named_listed = listed.first(match.companion, match.named_alike, limit).cte("named_listed")
    names_sought = flag("names_sought", _count(named_listed) < limit)
    others_wanted = flag("others_wanted", sa.and_(
        names_sought, _count(sa.select(rowid).where(match.prefixed).limit(limit).subquery()) < limit))
    others_listed = listed.first(match.companion, sa.and_(others_wanted, match.matching), limit).cte("others_listed")
    others_sought = flag("others_sought", sa.and_(others_wanted, _count(others_listed) < limit))
    named = sa.select(rowid).where(names_sought, match.prefixed).limit(MANY_ON_SERVER + 1).cte("named")
    found = sa.select(rowid).where(others_sought, match.matching).limit(MANY_ON_SERVER + 1).cte("found")
    few_named = flag("few_named", _count(named) <= MANY_ON_SERVER)
    few_found = flag("few_found", _count(found) <= MANY_ON_SERVER)
    return FirstRanked(match.companion, match.rank, [
        (match.exact, limit),
        (rowid.in_(sa.select(named_listed.c.id)), limit),
        (sa.and_(names_sought, few_named, rowid.in_(sa.select(named.c.rowid))), limit),
        (sa.and_(names_sought, sa.not_(few_named), match.named_alike), limit),
        (rowid.in_(sa.select(others_listed.c.id)), limit),
        (sa.and_(others_sought, few_found, rowid.in_(sa.select(found.c.rowid))), limit),
        (sa.and_(others_sought, sa.not_(few_found), match.matching), limit)])


def _letters(text: Any) -> Any:
    """The distinct characters of ``text``: the expression the letter indexes hold."""
    return getattr(sa.func, LETTERS_FUNCTION)(text, type_=postgresql.ARRAY(sa.Text))


def source(dialect: str, id_column: Any, text_column: Any) -> tuple[Any, Any]:
    """The (id, text) columns to read search texts from, without reading the wide rows."""
    if dialect in COMPANION_DIALECTS:
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


def create_on_postgresql(conn: sa.Connection) -> None:
    """On PostgreSQL: the companion tables, filled from the records, the triggers that keep
    them equal to the records, and a trigram index on each text where ``pg_trgm`` is offered."""
    if conn.dialect.name != "postgresql":
        return
    trigrams = _trigram_extension(conn)
    for table in SEARCHED_TABLES:
        companion = table + SUFFIX
        names = "split_part({0}, chr(31), 1)"
        conn.exec_driver_sql(f"CREATE TABLE {companion} "
                             "(rowid INTEGER PRIMARY KEY, names TEXT NOT NULL, text TEXT NOT NULL)")
        conn.exec_driver_sql(f"INSERT INTO {companion} (rowid, names, text) "
                             f"SELECT id, {names.format('search_text')}, search_text FROM {table}")
        # one function per table: it runs for each changed row inside the saving transaction
        conn.exec_driver_sql(
            f"CREATE FUNCTION {companion}_sync() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF TG_OP = 'INSERT' THEN "
            f"INSERT INTO {companion} (rowid, names, text) "
            f"VALUES (NEW.id, {names.format('NEW.search_text')}, NEW.search_text); "
            f"ELSIF TG_OP = 'UPDATE' THEN "
            f"UPDATE {companion} SET names = {names.format('NEW.search_text')}, text = NEW.search_text "
            f"WHERE rowid = OLD.id; "
            f"ELSE DELETE FROM {companion} WHERE rowid = OLD.id; END IF; "
            f"RETURN NULL; END $$")
        conn.exec_driver_sql(f"CREATE TRIGGER {companion}_insert AFTER INSERT ON {table} "
                             f"FOR EACH ROW EXECUTE FUNCTION {companion}_sync()")
        conn.exec_driver_sql(f"CREATE TRIGGER {companion}_update AFTER UPDATE OF search_text ON {table} "
                             "FOR EACH ROW WHEN (NEW.search_text IS DISTINCT FROM OLD.search_text) "
                             f"EXECUTE FUNCTION {companion}_sync()")
        conn.exec_driver_sql(f"CREATE TRIGGER {companion}_delete AFTER DELETE ON {table} "
                             f"FOR EACH ROW EXECUTE FUNCTION {companion}_sync()")
        if trigrams:
            conn.exec_driver_sql(f"CREATE INDEX {companion}{TRIGRAM_SUFFIX} ON {companion} "
                                 "USING gin (text gin_trgm_ops)")


def _trigram_extension(conn: sa.Connection) -> bool:
    """Whether ``pg_trgm`` is (or could be made) available in this database; creates it."""
    offered = conn.exec_driver_sql(
        "SELECT installed_version IS NOT NULL FROM pg_available_extensions WHERE name = 'pg_trgm'").first()
    if offered is None:
        return False
    if offered[0]:
        return True
    try:
        # a trusted extension: the database's owner may create it, no superuser needed; a
        # savepoint, so that a refusal leaves the upgrade going on without the indexes
        with conn.begin_nested():
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError:
        return False
    return True


def drop_on_postgresql(conn: sa.Connection) -> None:
    """Remove what ``create_on_postgresql`` made (the extension stays: others may use it)."""
    if conn.dialect.name != "postgresql":
        return
    for table in SEARCHED_TABLES:
        companion = table + SUFFIX
        for event in ("insert", "update", "delete"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {companion}_{event} ON {table}")
        conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {companion}_sync()")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {companion}")
