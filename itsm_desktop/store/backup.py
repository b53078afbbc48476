"""Database files: consistent copies, rotating backups, and putting a backup in place.

Every file written here is readable by its owner only on POSIX systems, and appears whole or
not at all: it is written under a temporary name, flushed to disk, then renamed.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import datetime
from pathlib import Path

STAMP_FORMAT = "%Y%m%d-%H%M%S"
_STAMPED = re.compile(r"-(\d{8}-\d{6})\.db$")
SIDE_FILES = ("-wal", "-shm", "-journal")


class BackupError(Exception):
    """A copy or a restore that could not be made; the message is one sentence for the user."""


# --- small file helpers --------------------------------------------------------------------


def side_files(path: Path) -> list[Path]:
    """The journal files SQLite keeps beside the database ``path``."""
    return [path.with_name(path.name + suffix) for suffix in SIDE_FILES]


def remove_with_side_files(path: Path) -> None:
    """Remove ``path`` and its journal files, whichever exist."""
    for candidate in (path, *side_files(path)):
        candidate.unlink(missing_ok=True)


def create_private_file(path: Path) -> None:
    """Create the empty file ``path`` readable and writable by its owner only (POSIX).

    SQLite gives a database's ``-wal``, ``-shm`` and ``-journal`` files the permissions of the
    database file itself, so creating the file this way first keeps all of them private.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    make_private(path)


def make_private(path: Path) -> None:
    """Set ``path`` to owner read/write only, whatever the umask (POSIX; no-op elsewhere)."""
    if os.name == "posix":
        path.chmod(0o600)


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) if needed; a new folder is for its owner only."""
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
        if os.name == "posix":
            folder.chmod(0o700)
    elif not folder.is_dir():
        raise BackupError(f"{folder} is not a folder.")


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # some file systems refuse fsync on a directory; the rename still happened
        pass
    finally:
        os.close(fd)


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens ``path`` without ever writing to it (special characters safe)."""
    return path.resolve().as_uri() + "?mode=ro"


@contextlib.contextmanager
def _staging(target: Path) -> Iterator[Path]:
    """A private temporary file beside ``target``; removed again unless it was renamed."""
    tmp = target.with_name(target.name + ".part")
    remove_with_side_files(tmp)
    create_private_file(tmp)
    try:
        yield tmp
    finally:
        remove_with_side_files(tmp)


def _install(tmp: Path, target: Path) -> Path:
    """Flush ``tmp`` to disk and rename it over ``target`` in one step."""
    _fsync_file(tmp)
    os.replace(tmp, target)
    _fsync_folder(target.parent)
    return target


def _copy_pages(source: sqlite3.Connection, tmp: Path) -> None:
    """Copy the database behind ``source`` into ``tmp`` as one self-contained file."""
    with closing(sqlite3.connect(tmp, isolation_level=None)) as dst:
        source.backup(dst)  # one step: a single consistent snapshot of the source
        # a copy of a WAL database is marked WAL too; make the copy a single plain file
        dst.execute("PRAGMA journal_mode=DELETE")


# --- copies --------------------------------------------------------------------------------


def backup_to(source: Path, target: Path) -> Path:
    """Copy the database ``source`` to ``target`` consistently, even while it is in use.

    Uses SQLite's online backup API on a read-only connection, so a writer in another
    connection or process is neither blocked nor seen half-done: the copy holds exactly the
    transactions committed when it started. ``target`` is replaced whole or not at all.
    """
    target = Path(target)
    make_private_folder(target.parent)
    with _staging(target) as tmp:
        with closing(sqlite3.connect(read_only_uri(Path(source)), uri=True)) as src:
            _copy_pages(src, tmp)
        return _install(tmp, target)


def copy_raw(source: Path, target: Path) -> Path:
    """Copy the bytes of ``source`` (and of its journal files) to ``target``, privately.

    For a file SQLite cannot read any more: it keeps exactly what was there.
    """
    make_private_folder(target.parent)
    for src, dst in zip((source, *side_files(source)), (target, *side_files(target)), strict=True):
        if not src.exists():
            continue
        with _staging(dst) as tmp:
            shutil.copyfile(src, tmp)
            _install(tmp, dst)
    return target


def stamped_name(stem: str, when: datetime, suffix: str = ".db") -> str:
    """``stem-YYYYMMDD-HHMMSS.db``: the name of a backup taken at ``when``."""
    return f"{stem}-{when.strftime(STAMP_FORMAT)}{suffix}"


def free_path(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name`` with ``-2``, ``-3`` … before the suffix if that is taken."""
    candidate = folder / name
    stem, suffix = os.path.splitext(name)
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}{suffix}"
        n += 1
    return candidate


# --- rotating backups ----------------------------------------------------------------------


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
    """Remove all but the newest ``keep`` automatic backups of ``stem``; return those removed."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    backups = list_backups(folder, stem)
    removed = []
    for _when, path in backups[: max(0, len(backups) - keep)]:
        remove_with_side_files(path)
        removed.append(path)
    return removed


# --- restoring -----------------------------------------------------------------------------


def stage_copy(source: Path, folder: Path) -> Path:
    """A private, self-contained copy of the database ``source`` in ``folder``, to be checked.

    Raises ``BackupError`` if ``source`` cannot be read as an SQLite database.
    """
    staged = folder / f".{source.stem}.restore.db"
    remove_with_side_files(staged)  # left over from an interrupted restore
    create_private_file(staged)
    try:
        with closing(sqlite3.connect(read_only_uri(source), uri=True)) as src:
            _copy_pages(src, staged)
        _fsync_file(staged)
    except sqlite3.DatabaseError as exc:
        remove_with_side_files(staged)
        raise BackupError(f"{source} is not a readable database ({exc}).") from exc
    except BaseException:
        remove_with_side_files(staged)
        raise
    return staged


def replace_database(current: Path, staged: Path, keep_copy: Path, *, busy_timeout: float) -> Path | None:
    """Put ``staged`` in place of the database ``current``; keep the old one as ``keep_copy``.

    Nobody may have ``current`` open: the check is SQLite's own — leaving WAL mode needs
    exclusive access — so another connection or process using it makes this raise
    ``BackupError`` with nothing changed. The old database (with everything its WAL held) is
    copied to ``keep_copy`` first; a file SQLite cannot read is copied byte for byte. Stale
    ``-wal``/``-shm`` files are removed before the rename, so SQLite can never replay an old
    journal into the restored file. Returns ``keep_copy``, or None if ``current`` did not exist.
    """
    kept: Path | None = None
    if current.exists():
        damaged = False
        try:
            with closing(sqlite3.connect(current, timeout=busy_timeout, isolation_level=None)) as con:
                try:
                    # needs exclusive access; folds the WAL into the file and removes it
                    con.execute("PRAGMA journal_mode=DELETE").fetchone()
                except sqlite3.OperationalError as exc:
                    text = str(exc)
                    if "locked" in text or "busy" in text:
                        raise BackupError(
                            f"The database {current} is in use by another window or program; "
                            "close it there and try again.") from exc
                    raise
                _copy_into(con, keep_copy)
        except sqlite3.DatabaseError:
            damaged = True
        if damaged:
            copy_raw(current, keep_copy)
        kept = keep_copy
        for stale in side_files(current):
            stale.unlink(missing_ok=True)
    _fsync_file(staged)
    os.replace(staged, current)
    _fsync_folder(current.parent)
    make_private(current)
    return kept


def _copy_into(con: sqlite3.Connection, target: Path) -> None:
    with _staging(target) as tmp:
        _copy_pages(con, tmp)
        _install(tmp, target)
