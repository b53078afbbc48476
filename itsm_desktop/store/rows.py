"""Plain SQL reads that need no ORM: the small interface the document snapshots read through.

``Rows.rows(sql, **params)`` runs one SELECT with ``:name`` parameters and returns its rows as
tuples. A list or tuple parameter stands for an ``IN (…)`` list (expanded here, the same way
for every backend). Two readers implement it: ``SessionRows`` inside an application's read
transaction (SQLAlchemy, SQLite or PostgreSQL), and ``SqliteRows`` over a bare ``sqlite3``
connection (the lean path of the command line, which never loads SQLAlchemy).

The raw values differ per backend (SQLite hands ISO strings for dates, 0/1 for booleans,
JSON as text; PostgreSQL native types): the ``as_…`` helpers and ``Rows.json`` turn either
into what the tables' models hold, so the readers above them never ask which backend they read.

This module imports nothing of SQLAlchemy at import time.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Row = tuple[Any, ...]
E = TypeVar("E", bound=Enum)

_PARAMETER = re.compile(r"(?<![:\w]):(\w+)")


class Rows(Protocol):
    """A read transaction that answers plain SQL."""

    def rows(self, sql: str, **params: Any) -> list[Row]:
        """The rows of the SELECT ``sql`` with ``:name`` parameters ``params``."""
        ...

    def json(self, value: Any) -> Any:
        """A JSON column's value, decoded (SQLite hands its text, PostgreSQL decodes it)."""
        ...


def expanded(sql: str, params: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """``sql`` and ``params`` with each list or tuple parameter spelled out as ``:name_0,
    :name_1 …`` (an empty one as ``NULL``, which matches nothing)."""
    out: dict[str, Any] = {}

    def spell(match: re.Match[str]) -> str:
        name = match.group(1)
        value = params[name]
        if not isinstance(value, list | tuple | set | frozenset):
            out[name] = value
            return match.group(0)
        values = list(value)
        out.update((f"{name}_{i}", v) for i, v in enumerate(values))
        return ", ".join(f":{name}_{i}" for i in range(len(values))) or "NULL"

    return _PARAMETER.sub(spell, sql), out


class SqliteRows:
    """``Rows`` over a stdlib ``sqlite3`` connection (one the caller opened and began a
    transaction on)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def rows(self, sql: str, **params: Any) -> list[Row]:
        text, values = expanded(sql, params)
        return self.connection.execute(text, values).fetchall()

    def json(self, value: Any) -> Any:
        return None if value is None else json.loads(value)


class SessionRows:
    """``Rows`` inside an application session's transaction (SQLite or PostgreSQL)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def rows(self, sql: str, **params: Any) -> list[Row]:
        from sqlalchemy import text

        statement, values = expanded(sql, params)
        return [tuple(r) for r in self.session.connection().execute(text(statement), values)]

    def json(self, value: Any) -> Any:
        if value is None or self.session.connection().dialect.name != "sqlite":
            return value
        return json.loads(value)


def rows_of(session: Session) -> Rows:
    """The plain-SQL reader of ``session``'s transaction."""
    return SessionRows(session)


def in_chunks(ids: Sequence[int], size: int = 500) -> list[list[int]]:
    """``ids`` in lists short enough for one ``IN (…)`` each."""
    return [list(ids[i:i + size]) for i in range(0, len(ids), size)]


# --- values as the models hold them ------------------------------------------------------


def as_date(value: Any) -> date | None:
    """A DATE column's value (SQLite: ``2026-03-31``)."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def as_datetime(value: Any) -> datetime:
    """A (NOT NULL) DATETIME column's value as SQLAlchemy reads it: naive, as stored (SQLite:
    ``2026-03-31 09:30:00.000000``)."""
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


def as_bool(value: Any) -> bool:
    """A BOOLEAN column's value (SQLite: 0 or 1)."""
    return bool(value)


def as_money(value: Any) -> Decimal | None:
    """A money column's value: stored as integer hundredths (see ``domain.column_types``)."""
    return None if value is None else (Decimal(int(value)) / 100).quantize(Decimal("0.01"))


def as_enum(kind: type[E], value: Any) -> E:
    """An enum column's value: stored by the member's value."""
    return kind(value)


def as_optional_enum(kind: type[E], value: Any) -> E | None:
    """A nullable enum column's value."""
    return None if value is None else kind(value)


def as_bytes(value: Any) -> bytes | None:
    """A binary column's value (PostgreSQL hands a ``memoryview``)."""
    return None if value is None else bytes(value)
