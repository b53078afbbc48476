"""Health of a database file: integrity, foreign keys, schema, change history.

Everything here reads through a read-only connection: checking never writes to the file and
leaves nothing beside it (see ``sqlite_files.reading``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from itsm_desktop.domain.enums import HistoryAction

from . import migrate
from .integrity import integrity_problems
from .schema import schema_problem
from .sqlite_files import error_sentence, is_busy, is_damage, reading

RECORD_TABLES = ("organization", "contact", "service_family", "service", "agreement")
MEASUREMENT_ENTITIES = ("import_batch", "achieved_value")
"""Kinds the history also names: what an import brought, achieved values (they go with their
target, so no deletion entry is owed for each)."""
COUNTED_TABLES = ("organization", "contact", "service", "agreement", "history_entry")
_LABELS = {"service_family": "service family", "history_entry": "history"}


@dataclass
class Health:
    """What a check found: ``problems`` make the file unhealthy, ``notes`` are for information."""

    path: Path
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    revision: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    readable: bool = True

    @property
    def healthy(self) -> bool:
        return not self.problems

    @property
    def summary(self) -> str:
        """One line: the file, its schema version, how many records, and the verdict."""
        if not self.readable:
            return "Not checked." if not self.path.exists() or self.path.is_dir() else "Not healthy."
        parts = [f"schema {self.revision or 'none'}"]
        parts += [f"{n} {_LABELS.get(t, t)} rows" for t, n in self.counts.items()]
        verdict = "healthy" if self.healthy else f"{len(self.problems)} problem(s)"
        notes = "".join(f" ({note})" for note in self.notes)
        return f"{self.path}: {', '.join(parts)}{notes}; {verdict}."


def inspect_file(path: Path) -> Health:
    """Check the database file ``path`` without writing to it."""
    health = Health(path)
    if not path.exists():
        health.readable = False
        health.problems.append(f"{path} does not exist.")
        return health
    if path.is_dir():
        health.readable = False
        health.problems.append(f"{path} is a folder, not a database file.")
        return health
    try:
        with reading(path) as con:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            health.problems.extend(integrity_problems(con))
            for label, step in (("the schema", _check_schema),
                                ("the record counts", _count_rows),
                                ("the change history", _check_history)):
                try:
                    step(con, tables, health)
                except sqlite3.DatabaseError as exc:  # damage found above can stop a later step
                    health.problems.append(f"Could not check {label}: {error_sentence(exc, path)}")
    except sqlite3.Error as exc:
        health.readable = False
        if is_busy(exc):
            health.problems.append(f"The database {path} is locked by another program; try again.")
        elif is_damage(exc):
            health.problems.append(f"The file {path} cannot be read as a database: SQLite finds it "
                                   "damaged or not a database at all.")
        else:
            health.problems.append(error_sentence(exc, path))
    except OSError as exc:
        health.readable = False
        health.problems.append(f"The file {path} cannot be read: {exc.strerror or exc}.")
    return health


def _count_rows(con: sqlite3.Connection, tables: set[str], health: Health) -> None:
    for table in COUNTED_TABLES:
        if table in tables:
            health.counts[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _check_schema(con: sqlite3.Connection, tables: set[str], health: Health) -> None:
    if "alembic_version" in tables:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        health.revision = row[0] if row else None
    head = migrate.head_revision()
    if health.revision is None:
        health.problems.append("Schema: the file has no ITSM Desktop schema version.")
    elif health.revision not in migrate.known_revisions():
        health.problems.append(f"Schema: version {health.revision} is newer than this application ({head}).")
    else:
        problem = schema_problem(con, health.revision)
        if problem is not None:
            health.problems.append(f"Schema: this is not an ITSM Desktop database: {problem}.")
        elif health.revision != head:
            health.notes.append(f"schema {health.revision} will be upgraded to {head} when opened")


def _sample(ids: list[int]) -> str:
    shown = ", ".join(str(i) for i in ids[:5])
    return shown + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")


def _check_history(con: sqlite3.Connection, tables: set[str], health: Health) -> None:
    """Every change is recorded: entries are well-formed and agree with the records."""
    if "history_entry" not in tables:
        return
    problems = health.problems
    for (entity, n) in con.execute(
            "SELECT entity, count(*) FROM history_entry WHERE entity NOT IN "
            f"({', '.join('?' * len(RECORD_TABLES + MEASUREMENT_ENTITIES))}) GROUP BY entity",
            RECORD_TABLES + MEASUREMENT_ENTITIES):
        problems.append(f"History: {n} entries are about an unknown kind of record “{entity}”.")
    actions = [a.value for a in HistoryAction]
    n = con.execute(f"SELECT count(*) FROM history_entry WHERE action NOT IN ({', '.join('?' * len(actions))})",
                    actions).fetchone()[0]
    if n:
        problems.append(f"History: {n} entries have an unknown action.")
    try:
        n = con.execute("SELECT count(*) FROM history_entry WHERE changes IS NOT NULL AND "
                        "(NOT json_valid(changes) OR json_type(changes) NOT IN ('object', 'null'))"
                        ).fetchone()[0]
    except sqlite3.OperationalError:  # an SQLite without JSON functions: skip this part
        n = 0
    if n:
        problems.append(f"History: {n} entries have unreadable change details.")
    for table in RECORD_TABLES:
        if table not in tables:
            continue
        label = _LABELS.get(table, table)
        gone = [r[0] for r in con.execute(
            f"SELECT DISTINCT h.entity_id FROM history_entry h WHERE h.entity = ? "
            f"AND NOT EXISTS (SELECT 1 FROM {table} r WHERE r.id = h.entity_id) "
            "AND NOT EXISTS (SELECT 1 FROM history_entry d WHERE d.entity = h.entity "
            "AND d.entity_id = h.entity_id AND d.action = 'deleted') ORDER BY h.entity_id", (table,))]
        if gone:
            problems.append(f"History: {label} {_sample(gone)} is gone without a deletion record.")
        undead = [r[0] for r in con.execute(
            f"SELECT r.id FROM {table} r JOIN history_entry h ON h.id = (SELECT max(x.id) FROM "
            "history_entry x WHERE x.entity = ? AND x.entity_id = r.id) "
            "WHERE h.action = 'deleted' ORDER BY r.id", (table,))]
        if undead:
            problems.append(f"History: {label} {_sample(undead)} is recorded as deleted but still exists.")


def check_file(path: Path) -> tuple[list[str], str]:
    """Problems found (one line each) and a one-line summary; nothing is written."""
    health = inspect_file(path)
    return health.problems, health.summary
