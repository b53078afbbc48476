"""Moving a local database to a team server: copy every record, then compare every record.

The server database must be empty. In one transaction there (PostgreSQL's schema changes are
transactional), the shipped migrations create the schema, every table's rows are copied with
their ids, the id counters are set past every id the file ever handed out (ids are never
reused), and each table is read back and compared with the file row by row. Anything amiss —
a refused row, a difference — rolls all of it back: the server database is left empty.

A record that refers to another of its own table (an organization's parent, an agreement's
previous revision, a target's origin) may refer to a later row, so those references are
written after all the table's rows are in. The search companions fill themselves through
their triggers as the records arrive. Once committed, the copied tables are vacuumed and
analyzed, so that the first searches on the server are as quick as later ones.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import command
from sqlalchemy.engine import Connection, Engine

from itsm_desktop.domain.models import SQLModel
from itsm_desktop.domain.translatable import translatable

from . import migrate
from .backends.postgresql import UPGRADE_LOCK, Backend, inspect, make_engine, vacuum_after_bulk_load
from .errors import StoreError

BATCH = 1000  # rows per INSERT round trip


@dataclass(frozen=True)
class CopyReport:
    """How many rows of each table reached the server, all compared equal."""

    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def copy_to_server(source: Engine, target: Backend, *, busy_timeout: float,
                   on_progress: Callable[[float], object] | None = None) -> CopyReport:
    """Copy the database behind ``source`` (at the newest schema) into the empty server
    database ``target`` and verify it; ``StoreError`` with the server left empty otherwise.

    ``on_progress`` hears the share done (0 to 1) after each table copied or compared."""
    report = on_progress or (lambda _share: None)
    tables = SQLModel.metadata.sorted_tables
    steps = 2 * len(tables)
    engine = make_engine(target.url, busy_timeout)
    try:
        with engine.connect() as server, source.connect() as local:
            if inspect(server).tables:
                raise StoreError(translatable("The database {database} is not empty; a local database "
                                              "is copied only into an empty one.", database=target.describe()))
            server.rollback()
            if migrate.current_revision(local) != migrate.head_revision():
                raise StoreError(translatable("The local database must be at this version's schema to be copied."))
            with server.begin():
                server.exec_driver_sql(f"SELECT pg_advisory_xact_lock({UPGRADE_LOCK})")
                command.upgrade(migrate.alembic_config(server), "head")
                rows = {}
                for done, table in enumerate(tables, start=1):
                    rows[table.name] = _copy_table(local, server, table)
                    report(done / steps)
                _advance_counters(local, server)
                for done, table in enumerate(tables, start=len(tables) + 1):
                    _verify_table(local, server, table)
                    report(done / steps)
        # the first users' searches as quick as later ones: visibility map, statistics, and
        # the search indexes' pending entries merged (outside the copy's transaction)
        vacuum_after_bulk_load(target.url, busy_timeout)
        return CopyReport(rows)
    except sa.exc.DBAPIError as exc:
        raise StoreError(translatable("{problem} Nothing was copied.",
                                      problem=target.error_sentence(exc, doing="written"))) from exc
    finally:
        engine.dispose()


def _own_references(table: sa.Table) -> list[str]:
    """The columns of ``table`` that refer to a row of ``table`` itself."""
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _ordered(table: sa.Table) -> sa.Select[Any]:
    return sa.select(table).order_by(*table.primary_key.columns)


def _batches(rows: Iterable[Any]) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(rows)
    while batch := [dict(row) for row in itertools.islice(iterator, BATCH)]:
        yield batch


def _copy_table(local: Connection, server: Connection, table: sa.Table) -> int:
    later = _own_references(table)
    pending: list[dict[str, Any]] = []
    count = 0
    result = local.execution_options(yield_per=BATCH).execute(_ordered(table)).mappings()
    for batch in _batches(result):
        if later:
            pending += [{"_id": row["id"], **{c: row[c] for c in later}} for row in batch if any(row[c] for c in later)]
            batch = [{**row, **dict.fromkeys(later)} for row in batch]
        server.execute(sa.insert(table), batch)
        count += len(batch)
    if pending:
        update = sa.update(table).where(table.c.id == sa.bindparam("_id")).values(
            {c: sa.bindparam(c) for c in later})
        for start in range(0, len(pending), BATCH):
            server.execute(update, pending[start:start + BATCH])
    return count


def _advance_counters(local: Connection, server: Connection) -> None:
    """Start each id counter past every id the file used, deleted ones included (SQLite's
    ``sqlite_sequence`` remembers those): an id is never handed out twice."""
    retired: dict[str, int] = {}
    if sa.inspect(local).has_table("sqlite_sequence"):
        retired = {name: int(seq or 0) for name, seq in local.exec_driver_sql("SELECT name, seq FROM sqlite_sequence")}
    for table in SQLModel.metadata.sorted_tables:
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        sequence = server.execute(sa.text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table.name}).scalar()
        if sequence is None:
            continue
        highest = server.execute(sa.select(sa.func.max(table.c.id))).scalar() or 0
        highest = max(highest, retired.get(table.name, 0))
        if highest:
            server.execute(sa.text("SELECT setval(:s, :n)"), {"s": sequence, "n": highest})


def _comparable(value: Any) -> Any:
    """SQLite keeps instants without their zone (all UTC); the server gives them in UTC."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def _verify_table(local: Connection, server: Connection, table: sa.Table) -> None:
    ours = local.execution_options(yield_per=BATCH).execute(_ordered(table))
    theirs = server.execution_options(stream_results=True, yield_per=BATCH).execute(_ordered(table))
    for mine, copied in itertools.zip_longest(ours, theirs):
        if mine is None or copied is None or [_comparable(v) for v in mine] != [_comparable(v) for v in copied]:
            key = (mine or copied)._mapping.get("id", "?")
            raise StoreError(translatable("The copy of {table} differs from the local database at record {key}; "
                                          "nothing was copied.", table=table.name, key=key))
