"""Health of a database file: integrity, foreign keys, schema version — read without writing."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from . import migrate


def check_file(path: Path) -> tuple[list[str], str]:
    """Problems found (one sentence each) and a one-line summary; nothing is written."""
    if not path.exists():
        return [f"{path} does not exist."], "Not checked."
    if path.is_dir():
        return [f"{path} is a folder, not a database file."], "Not checked."
    problems: list[str] = []
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
            rows = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
            if rows != ["ok"]:
                problems.extend(f"Integrity: {r}" for r in rows[:50])
            for table, rowid, parent, _fk in con.execute("PRAGMA foreign_key_check").fetchall()[:50]:
                problems.append(f"Foreign key: {table} row {rowid} refers to a missing {parent} record.")
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            head = migrate.head_revision()
            if revision is None:
                problems.append("Schema: the file has no ITSM Desktop schema version.")
            elif revision not in migrate.known_revisions():
                problems.append(f"Schema: version {revision} is newer than this application ({head}).")
            elif revision != head:
                problems.append(f"Schema: version {revision} will be upgraded to {head} when opened.")
            counts = {}
            for table in ("service", "organization", "contact", "agreement", "history_entry"):
                if table in tables:
                    counts[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            if "history_entry" in tables:
                orphans = con.execute(
                    "SELECT count(*) FROM history_entry h WHERE h.action != 'deleted' AND ("
                    " (h.entity = 'agreement' AND NOT EXISTS (SELECT 1 FROM agreement a WHERE a.id = h.entity_id)"
                    "  AND NOT EXISTS (SELECT 1 FROM history_entry d WHERE d.entity = h.entity"
                    "   AND d.entity_id = h.entity_id AND d.action = 'deleted')))").fetchone()[0]
                if orphans:
                    problems.append(f"History: {orphans} entries refer to agreements that are gone "
                                    "without a deletion record.")
    except sqlite3.DatabaseError as exc:
        return [f"The file cannot be read as a database: {exc}."], "Not healthy."
    summary = (f"{path}: schema {revision or 'none'}, "
               + ", ".join(f"{n} {t.replace('_', ' ')} rows" for t, n in counts.items())
               + ("; healthy." if not problems else f"; {len(problems)} problem(s)."))
    return problems, summary
