"""Counting what a use case asks of the database: statements, transactions and rows written.

Listens to SQLAlchemy's engine events on every engine while the block runs, so that reads on
the reader engine count as well as the writer's statements.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

_WRITE = re.compile(r"^\s*(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+\"?(\w+)\"?", re.IGNORECASE)


@dataclass
class Statements:
    """What the database was asked during a block."""

    statements: int = 0
    transactions: int = 0
    writes: list[tuple[str, str]] = field(default_factory=list)  # (INSERT|UPDATE|DELETE, table)
    texts: list[str] = field(default_factory=list)  # each statement's SQL

    def written_tables(self) -> list[tuple[str, str]]:
        return sorted(self.writes)

    def summary(self) -> dict[str, int]:
        return {"statements": self.statements, "transactions": self.transactions, "writes": len(self.writes)}


@contextmanager
def counting_statements() -> Iterator[Statements]:
    """Count every statement and transaction of every engine while the block runs."""
    seen = Statements()

    def on_statement(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
                     executemany: bool) -> None:
        seen.statements += 1
        seen.texts.append(statement)
        match = _WRITE.match(statement)
        if match:
            verb = match.group(1).split()[0].upper()
            rows = len(parameters) if executemany and isinstance(parameters, list | tuple) else 1
            seen.writes.extend([(verb, match.group(2))] * rows)

    def on_begin(_conn: Any) -> None:
        seen.transactions += 1

    event.listen(Engine, "before_cursor_execute", on_statement)
    event.listen(Engine, "begin", on_begin)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", on_statement)
        event.remove(Engine, "begin", on_begin)
