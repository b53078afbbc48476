"""Reading a local database file straight through ``sqlite3``, without opening it as the
application does (no SQLAlchemy, no checks that write, no upgrade).

For a command that only reads, such as printing an agreement: ``current_file_rows`` gives a
read transaction over the file when the file is plainly one this version reads as it is, and
None on any doubt (not a plain file, read-only, on a network filesystem, another schema
revision, not a database, locked, damaged: checked whole up to ``FULL_CHECK_MAX_BYTES`` as
opening checks it), so that the caller opens it the usual way (``Database.open``), which
upgrades an older file and words every refusal.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path

from .head_schema import REVISION as SCHEMA_HEAD  # the newest schema, known without the migrations
from .network_filesystems import network_filesystem
from .rows import SqliteRows
from .sqlite_files import FULL_CHECK_MAX_BYTES, reading


@contextmanager
def current_file_rows(path: Path, *, busy_timeout: float = 5.0) -> Iterator[SqliteRows | None]:
    """One read transaction over the database file ``path`` at schema ``SCHEMA_HEAD``, or None
    when the file must be opened through ``Database.open`` instead. An ``sqlite3.Error`` raised
    inside the block means the same: the caller falls back."""
    with ExitStack() as stack:
        rows = _current(stack, path, busy_timeout) if _plainly_usable(path) else None
        try:
            yield rows
        finally:
            if rows is not None:
                with suppress(sqlite3.Error):
                    rows.connection.execute("ROLLBACK")


def _current(stack: ExitStack, path: Path, busy_timeout: float) -> SqliteRows | None:
    try:
        connection = stack.enter_context(reading(path, timeout=busy_timeout))
        connection.execute("BEGIN")  # one snapshot of the file for every read that follows
        revisions = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        # damage in a file small enough to check whole is found as opening it would find it
        whole = path.stat().st_size > FULL_CHECK_MAX_BYTES or connection.execute(
            "PRAGMA quick_check").fetchone() == ("ok",)
    except (sqlite3.Error, OSError):
        return None
    return SqliteRows(connection) if revisions == [(SCHEMA_HEAD,)] and whole else None


def _plainly_usable(path: Path) -> bool:
    """Whether ``path`` is a regular file Database.open would take as it is (it refuses a
    read-only file and one on a network filesystem, in its own words)."""
    try:
        return (path.is_file() and os.access(path, os.R_OK | os.W_OK) and bool(path.stat().st_mode & stat.S_IWUSR)
                and network_filesystem(path) is None)
    except OSError:
        return False
