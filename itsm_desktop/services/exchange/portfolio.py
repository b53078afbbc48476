"""The whole portfolio as one portable file, and back into an empty database, record for record.

The file is a zip archive: ``manifest.json`` (format, application version, schema revision,
and each table's columns and row count) and ``tables/<table>.jsonl``, one JSON object per
record. A zip of JSON Lines rather than one JSON document because each table streams in and
out a record at a time (memory stays flat at 100,000 services, where one document would have
to be parsed whole), the archive compresses the repetitive text about tenfold, and every
member is still plain text that a person or another tool can read.

Both directions are generic over the SQLModel metadata: a table or column that a migration
adds is carried without a change here. Ids are kept, so links and history stay exact.
"""

from __future__ import annotations

import base64
import json
import os
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.types import TypeDecorator

from itsm_desktop import __version__
from itsm_desktop.domain.models import ALL_TABLES
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.store import Database
from itsm_desktop.store.migrate import current_revision, known_revisions

from .errors import ExchangeError

FORMAT = "itsm-desktop-portfolio"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
BATCH = 1000


def tables() -> list[sa.Table]:
    """Every table of the application, parents before children."""
    return list(ALL_TABLES.sorted_tables)


# --- values --------------------------------------------------------------------------------


def _to_json(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


_PARSERS: tuple[tuple[type, Callable[[Any], Any]], ...] = (
    (sa.DateTime, lambda text: _utc(datetime.fromisoformat(text))), (sa.Date, date.fromisoformat), (sa.Time, time.fromisoformat),
    (sa.Numeric, Decimal), (sa.LargeBinary, base64.b64decode),
)


def _utc(moment: datetime) -> datetime:
    """An exported moment, aware: files written before moments carried their zone hold UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _from_json(column: sa.Column[Any], value: Any) -> Any:
    """The value of ``column`` that ``_to_json`` wrote as ``value``, found from the column's type."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, sa.Enum) and kind.enum_class is not None:
        return kind.enum_class(value)
    base = kind.impl if isinstance(kind, TypeDecorator) else kind  # e.g. a UTC DateTime, money
    for sa_type, parse in _PARSERS:
        if isinstance(base, sa_type) or (isinstance(base, type) and issubclass(base, sa_type)):
            return parse(value)
    return value


# --- export --------------------------------------------------------------------------------


def export_portfolio(db: Database, output: Path) -> dict[str, int]:
    """Write every table to ``output`` (a zip); returns the number of records per table."""
    output = Path(output).expanduser()
    if output.resolve() == db.location:
        raise ExchangeError(translatable("The output file cannot be the database itself."))
    if not output.parent.is_dir():
        raise ExchangeError(translatable("The folder {folder} does not exist.", folder=output.parent))
    partial = output.with_name(f".{output.name}.partial")
    counts: dict[str, int] = {}
    try:
        with db.read() as session, zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            connection = session.connection()  # one read transaction: a consistent snapshot
            columns = {}
            for table in tables():
                with archive.open(f"tables/{table.name}.jsonl", "w", force_zip64=True) as member:
                    counts[table.name] = 0
                    for record in _records(connection, table):
                        member.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
                        counts[table.name] += 1
                columns[table.name] = [c.name for c in table.columns]
            manifest = {
                "format": FORMAT, "format_version": FORMAT_VERSION, "application_version": __version__,
                "schema_revision": current_revision(connection),
                "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "tables": {name: {"columns": columns[name], "rows": counts[name]} for name in counts},
            }
            archive.writestr(MANIFEST, json.dumps(manifest, indent=2))
        os.replace(partial, output)
    finally:
        if partial.exists():
            partial.unlink()
    return counts


def _records(connection: Connection, table: sa.Table) -> Iterator[dict[str, Any]]:
    names = [c.name for c in table.columns]
    result = connection.execution_options(yield_per=BATCH).execute(
        sa.select(table).order_by(*table.primary_key.columns))
    for row in result:
        yield {name: _to_json(value) for name, value in zip(names, row, strict=True)}


# --- import --------------------------------------------------------------------------------


def read_manifest(archive: zipfile.ZipFile, name: str) -> dict[str, Any]:
    try:
        manifest = json.loads(archive.read(MANIFEST))
    except KeyError:
        raise ExchangeError(translatable("{name} is not a portfolio file: it has no manifest.", name=name)) from None
    except ValueError:
        raise ExchangeError(translatable("The manifest of {name} is damaged.", name=name)) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ExchangeError(translatable("{name} is not an ITSM Desktop portfolio file.", name=name))
    if int(manifest.get("format_version", 0)) > FORMAT_VERSION:
        raise ExchangeError(translatable("{name} was written by a newer version of ITSM Desktop; update the application.", name=name))
    return manifest


def import_portfolio(db: Database, source: Path) -> dict[str, int]:
    """Load a portfolio file into ``db``, which must be empty; all in one transaction."""
    source = Path(source).expanduser()
    if not source.is_file():
        raise ExchangeError(translatable("There is no file {path}.", path=source))
    try:
        archive = zipfile.ZipFile(source)
    except zipfile.BadZipFile:
        raise ExchangeError(translatable("{name} is not a portfolio file (not a zip archive).", name=source.name)) from None
    with archive:
        manifest = read_manifest(archive, source.name)
        known = {t.name: t for t in tables()}
        _check_fits(manifest, known, source.name)
        counts: dict[str, int] = {}
        with db.write() as session:
            connection = session.connection()
            if current_revision(connection) != manifest.get("schema_revision"):
                _check_revision(manifest.get("schema_revision"), source.name)
            _check_empty(connection)
            for table in tables():
                if table.name in manifest["tables"]:
                    counts[table.name] = _load_table(connection, archive, table, source.name)
        return counts


def _check_fits(manifest: dict[str, Any], known: dict[str, sa.Table], name: str) -> None:
    for table_name, info in manifest.get("tables", {}).items():
        table = known.get(table_name)
        if table is None:
            raise ExchangeError(translatable("{name} holds a table “{table_name}” this version does not know; update the application.", name=name, table_name=table_name))
        unknown = set(info.get("columns", [])) - {c.name for c in table.columns}
        if unknown:
            raise ExchangeError(translatable("{name} holds columns this version does not know ({items}); update the application.", name=name, items=', '.join(sorted(unknown))))


def _check_revision(revision: Any, name: str) -> None:
    if revision not in known_revisions():
        raise ExchangeError(translatable("{name} was written by a newer version of ITSM Desktop; update the application.", name=name))


def _check_empty(connection: Connection) -> None:
    for table in tables():
        if connection.execute(sa.select(sa.func.count()).select_from(table)).scalar_one():
            raise ExchangeError(translatable("The database already holds records; a portfolio file is imported only "
                                "into an empty database."))


def _load_table(connection: Connection, archive: zipfile.ZipFile, table: sa.Table, name: str) -> int:
    self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    columns = {c.name: c for c in table.columns}
    batch: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    count = 0
    try:
        member = archive.open(f"tables/{table.name}.jsonl")
    except KeyError:
        raise ExchangeError(translatable("{name} is damaged: the table {table} is missing.", name=name, table=table.name)) from None
    with member:
        for number, line in enumerate(member, start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                record = {key: _from_json(columns[key], value) for key, value in raw.items()}
            except (ValueError, KeyError, TypeError) as exc:
                raise ExchangeError(translatable("{name} is damaged: record {number} of {table} cannot be read ({exc}).", name=name, number=number, table=table.name, exc=str(exc))) from None
            if self_refs:  # a record may name one further down the table: link them afterwards
                pk = {f"key_{c.name}": record[c.name] for c in table.primary_key.columns}
                links.append({**pk, **{f"new_{k}": record.get(k) for k in self_refs}})
                record = {**record, **dict.fromkeys(self_refs)}
            batch.append(record)
            count += 1
            if len(batch) >= BATCH:
                connection.execute(table.insert(), batch)
                batch = []
    if batch:
        connection.execute(table.insert(), batch)
    if links and any(v is not None for link in links for k, v in link.items() if k.startswith("new_")):
        where = sa.and_(*(c == sa.bindparam(f"key_{c.name}") for c in table.primary_key.columns))
        values: dict[str, Any] = {k: sa.bindparam(f"new_{k}") for k in self_refs}
        linked = [link for link in links if any(link[f"new_{k}"] is not None for k in self_refs)]
        connection.execute(table.update().where(where).values(values), linked)
    return count
