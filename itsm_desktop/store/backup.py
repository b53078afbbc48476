"""Database files: consistent copies and rotating backups.

Every file written here is readable by its owner only on POSIX systems, and appears whole or
not at all: it is written under a temporary name of this process's own, flushed to disk,
then renamed. The source is only ever read, through SQLite.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path

from itsm_desktop.domain.translatable import translatable

from .sqlite_files import (
    copy_database,
    create_private_file,
    make_private,
    numbered_names,
    reading,
    side_files,
)

STAMP_FORMAT = "%Y%m%d-%H%M%S"
_STAMPED = re.compile(r"-(\d{8}-\d{6})\.db$")

__all__ = [
    "BackupError", "backup_to", "create_private_file", "free_path", "list_backups", "make_private",
    "make_private_folder", "prune_backups", "side_files", "stamped_name",
]


class BackupError(Exception):
    """A copy that could not be made; the message is one sentence for the user."""


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) if needed; a new folder is for its owner only."""
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
        if os.name == "posix":
            folder.chmod(0o700)
    elif not folder.is_dir():
        raise BackupError(translatable("{folder} is not a folder.", folder=folder))


def backup_to(source: Path, target: Path, *, busy_timeout: float = 5.0) -> Path:
    """Copy the database ``source`` to ``target`` consistently, even while it is in use.

    Uses SQLite's online backup API on a read-only connection, so a writer in another
    connection or process is neither blocked nor seen half-done: the copy holds exactly the
    transactions committed when it started. ``target`` is replaced whole or not at all, and
    nothing is left beside ``source``.
    """
    target = Path(target)
    make_private_folder(target.parent)
    with reading(Path(source), timeout=busy_timeout) as src:
        return copy_database(src, target)


def stamped_name(stem: str, when: datetime, suffix: str = ".db") -> str:
    """``stem-YYYYMMDD-HHMMSS.db``: the name of a backup taken at ``when``."""
    return f"{stem}-{when.strftime(STAMP_FORMAT)}{suffix}"


def free_path(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name`` with ``-2``, ``-3`` … before the suffix if that is taken."""
    return next(path for path in numbered_names(folder / name) if not path.exists())


def list_backups(folder: Path, stem: str) -> list[tuple[datetime, Path]]:
    """The automatic backups of the database named ``stem`` in ``folder``, oldest first."""
    if not folder.is_dir():
        return []
    pattern = re.compile(re.escape(stem) + _STAMPED.pattern)
    found: list[tuple[datetime, Path]] = []
    for path in folder.iterdir():
        match = pattern.fullmatch(path.name)
        if match is None or not path.is_file():
            continue
        try:
            found.append((datetime.strptime(match.group(1), STAMP_FORMAT), path))
        except ValueError:  # a look-alike name such as ...-20261399-...: not ours
            continue
    return sorted(found)


def prune_backups(folder: Path, stem: str, keep: int) -> list[Path]:
    """Remove all but the newest ``keep`` automatic backups of ``stem``; return those removed.

    A backup is a plain file nobody writes (no journal files of its own). One that another
    program has opened meanwhile (its ``-wal`` or ``-shm`` exist) is left alone.
    """
    if keep < 1:
        raise ValueError("keep at least one backup")
    backups = list_backups(folder, stem)
    removed = []
    for _when, path in backups[: max(0, len(backups) - keep)]:
        if any(side.exists() for side in side_files(path)):
            continue
        path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def is_sqlite_database(path: Path) -> bool:
    """Whether SQLite recognises ``path`` as a database (read through SQLite, never ``open()``)."""
    try:
        with reading(path, timeout=0.5) as con:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        return False
    return True
