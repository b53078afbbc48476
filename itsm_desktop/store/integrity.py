"""SQLite's full check of a database: every page, every index against its table, every
foreign key. ``PRAGMA quick_check`` (what opening runs) reads every page but misses an index
that no longer matches its table; only ``integrity_check`` finds that, and only
``foreign_key_check`` finds rows that refer to records that are gone.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

from itsm_desktop.domain.translatable import translatable

from .sqlite_files import is_damage, reading

MAX_REPORTED = 50
DEFAULT_BUSY_TIMEOUT = 5.0


def _lines(text: str) -> list[str]:
    """SQLite's integrity messages, one per line, without its "*** in database main ***" header."""
    return [line.strip() for line in str(text).splitlines()
            if line.strip() and not line.strip().startswith("*** in database")]


def integrity_problems(con: sqlite3.Connection) -> list[str]:
    """Everything ``integrity_check`` and ``foreign_key_check`` find, one line each (at most
    ``MAX_REPORTED`` of each); empty when the file is sound."""
    problems: list[str] = []
    try:
        rows = [r[0] for r in con.execute(f"PRAGMA integrity_check({MAX_REPORTED})").fetchall()]
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise
        # the full check stops at the first unreadable page; the quick one still lists them
        rows = [r[0] for r in con.execute(f"PRAGMA quick_check({MAX_REPORTED})").fetchall()]
        if rows == ["ok"]:
            rows = [str(exc)]
    if rows != ["ok"]:
        lines = [line for row in rows for line in _lines(row)]
        problems.extend(f"Integrity: {line}" for line in lines[:MAX_REPORTED])
    try:
        broken = con.execute("PRAGMA foreign_key_check").fetchmany(MAX_REPORTED)
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise
        problems.append("Foreign keys: they could not be checked, the file is damaged.")
        return problems
    for table, rowid, parent, _fk in broken:
        problems.append(f"Foreign key: {table} row {rowid} refers to a missing {parent} record.")
    return problems


class IntegrityCheck:
    """SQLite's full check of an open database (``integrity_check`` and ``foreign_key_check``),
    finding what the quick check made while opening cannot.

    ``run`` reads through a read-only connection of its own, so it may run in a background
    thread while the application uses the database (SQLite lets the interpreter run other
    threads meanwhile); ``cancel``, from any thread, stops it early.
    """

    def __init__(self, path: str | os.PathLike[str], *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> None:
        self.path = Path(path)
        self._busy_timeout = busy_timeout
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._cancelled = False

    def run(self) -> str | None:
        """A sentence for the user when the file is damaged; None when it is sound, when the
        check was cancelled, or when the file could not be read for another reason (busy)."""
        try:
            with reading(self.path, timeout=self._busy_timeout, check_same_thread=False) as con:
                with self._lock:
                    if self._cancelled:
                        return None
                    self._connection = con
                try:
                    problems = integrity_problems(con)
                finally:
                    with self._lock:
                        self._connection = None
        except sqlite3.DatabaseError as exc:
            return self._message() if is_damage(exc) and not self._cancelled else None
        if self._cancelled or not problems:
            return None
        return self._message()

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            if self._connection is not None:
                self._connection.interrupt()

    def _message(self) -> str:
        return translatable("The database {path} is damaged: SQLite's integrity check found errors in "
                            "it, so records may be missing or wrong and saving may fail; restore it "
                            "from a backup.", path=str(self.path))
