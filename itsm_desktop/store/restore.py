"""Putting a backup in place of a database, through SQLite, under the database's own lock.

The live file is never unlinked or renamed, and its ``-wal``/``-shm`` are never touched:
SQLite's backup API writes the backup's pages INTO the live database as one write
transaction. Other connections, in this process or others, stay valid throughout: until the
commit they read the old database, afterwards the restored one; a writer waits for the lock.
The copy kept of the current database is made while that write lock is held, so it holds
every save committed before the restore and none is lost between the two.

A file SQLite cannot read at all (its header destroyed) can carry no connection: it is
replaced by a rename, but only while an advisory lock proves no SQLite connection holds it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from itsm_desktop.domain.translatable import translatable

from . import migrate
from .backends import Steps
from .backup import BackupError, make_private_folder
from .errors import StoreError
from .health import inspect_file
from .sqlite_files import (
    SQLITE_BUSY,
    SQLITE_LOCKED,
    copy_database,
    copy_pages,
    create_private_file,
    error_sentence,
    file_uri,
    fsync_file,
    fsync_folder,
    is_busy,
    is_damage,
    make_private,
    publish_new,
    reading,
    remove_private_copy,
    result_code,
    side_files,
    temporary_beside,
)

PAGES_PER_STEP = 1024
# SQLite's lock bytes (os_unix.c): every connection holds a read lock on the "shared" range
PENDING_BYTE = 0x40000000
SHARED_FIRST, SHARED_SIZE = PENDING_BYTE + 2, 510



class RestoreError(Exception):
    """A restore that could not be done; nothing was changed. One sentence for the user."""


def _no_steps(_step: str) -> None:
    return None


def stage_copy(source: Path, database: Path, *, busy_timeout: float = 5.0) -> Path:
    """A private, self-contained copy of the database ``source`` beside ``database``, to be
    checked before it is restored into ``database``.

    Its name is this process's own and starts with the database's (so a killed restore's copy
    is removed when the database is next opened). Raises ``RestoreError`` if ``source`` cannot
    be read as an SQLite database.
    """
    staged = temporary_beside(database.with_name(f"{database.stem}.restore.db"))
    try:
        with reading(source, timeout=busy_timeout) as src:
            copy_pages(src, staged)
    except sqlite3.Error as exc:
        remove_private_copy(staged)
        raise RestoreError(translatable("{source} is not a readable database.", source=source)) from exc
    except BaseException:
        remove_private_copy(staged)
        raise
    return staged


def upgrade_staged(staged: Path) -> None:
    """Bring the private copy ``staged`` to the newest schema before it goes live, so that
    windows still open on the database never meet an older schema."""
    from .backends.sqlite import make_engine  # one place for the application's connection settings

    engine = make_engine(staged, 5.0, immediate=True, journal_mode="DELETE")
    try:
        with engine.connect() as connection:
            migrate.upgrade(connection, before=lambda c: migrate.current_revision(c) != migrate.head_revision())
    finally:
        engine.dispose()


def _match_page_size(staged: Path, page_size: int) -> None:
    """A WAL database accepts a backup only of its own page size: rebuild the copy with it."""
    with closing(sqlite3.connect(staged, isolation_level=None)) as con:
        if con.execute("PRAGMA page_size").fetchone()[0] != page_size:
            con.execute(f"PRAGMA page_size={int(page_size)}")
            con.execute("VACUUM")


def restore_staged(current: Path, staged: Path, keep: Path, *, busy_timeout: float,
                   on_step: Steps = _no_steps) -> Path | None:
    """Write the checked copy ``staged`` into the database ``current``; keep the old one.

    Returns ``keep`` (the copy of the database as it was), or None when ``current`` was new or
    empty. Raises ``RestoreError`` with nothing changed when the lock cannot be had within
    ``busy_timeout`` seconds or the copy cannot be kept.
    """
    on_step("staged")
    if not current.exists():
        with contextlib.suppress(FileExistsError):
            create_private_file(current)
    try:
        dst = sqlite3.connect(file_uri(current, mode="rw"), uri=True, timeout=busy_timeout,
                              isolation_level=None)
    except sqlite3.Error as exc:
        raise RestoreError(translatable("The database {current} cannot be opened to restore into it.", current=current)) from exc
    try:
        try:
            had_pages = _prepare_target(dst)
        except sqlite3.Error as exc:
            if not is_damage(exc):
                raise
            dst.close()
            return _replace_unreadable(current, staged, keep, on_step)
        _match_page_size(staged, dst.execute("PRAGMA page_size").fetchone()[0])
        return _write_into(dst, current, staged, keep if had_pages else None, busy_timeout, on_step)
    except sqlite3.Error as exc:
        if is_busy(exc):
            raise RestoreError(translatable("The database {current} is busy: another window or program is saving "
                                            "to it; try again in a moment.", current=current)) from exc
        raise RestoreError(translatable("The database {current} could not be restored into: "
                                        "{reason}.", current=current, reason=str(exc).rstrip('.'))) from exc
    finally:
        dst.close()


def _prepare_target(dst: sqlite3.Connection) -> bool:
    """Settings of the application's own connections; whether the database has any page."""
    has_pages = bool(dst.execute("PRAGMA page_count").fetchone()[0])
    dst.execute("PRAGMA journal_mode=WAL")  # an empty file gets its first page here
    dst.execute("PRAGMA synchronous=FULL")
    return has_pages


def _write_into(dst: sqlite3.Connection, current: Path, staged: Path, keep: Path | None,
                busy_timeout: float, on_step: Steps) -> Path | None:
    kept: list[Path] = []
    deadline = time.monotonic() + busy_timeout

    def after_step(status: int, _remaining: int, _total: int) -> None:
        if status in (SQLITE_BUSY, SQLITE_LOCKED):  # Python would retry for ever
            if time.monotonic() > deadline:
                raise RestoreError(translatable("The database {current} is busy: another window or program is "
                                                "saving to it; try again in a moment.", current=current))
            return
        # after the first step the backup holds the write lock, its writes uncommitted: a new
        # connection reads exactly what was committed before, and nobody can commit more
        if kept or keep is None:
            return
        on_step("locked")
        with reading(current, timeout=busy_timeout) as con:
            kept.append(copy_database(con, keep, replace=False))
        on_step("kept")

    with closing(sqlite3.connect(file_uri(staged, mode="ro"), uri=True, isolation_level=None)) as src:
        pages = src.execute("PRAGMA page_count").fetchone()[0]
        if pages < 2:
            raise RestoreError(translatable("The backup for {current} holds no ITSM Desktop data.", current=current))
        # the first step must leave pages to copy, so that the lock is held when it returns
        src.backup(dst, pages=max(1, min(PAGES_PER_STEP, pages - 1)), progress=after_step)
    on_step("restored")
    return kept[0] if kept else None


def _replace_unreadable(current: Path, staged: Path, keep: Path, on_step: Steps) -> Path:
    """Put ``staged`` in place of a file SQLite cannot read, keeping its bytes at ``keep`` (or
    the first free name after it, which is returned).

    A rename, allowed only while an advisory lock on SQLite's lock bytes shows that no
    connection anywhere holds the file (every SQLite connection keeps a read lock there). The
    file is read through the locked descriptor itself: closing any other descriptor of it
    would drop the lock.
    """
    with _no_connection_holds(current) as fd:
        on_step("locked")
        keep = _keep_bytes(lambda out: _copy_descriptor(fd, out), keep)
        for src, dst in zip(side_files(current), side_files(keep), strict=True):
            if src.exists():
                data = src.read_bytes()
                _keep_bytes(lambda out: out.write(data), dst, replace=True)  # noqa: B023 - used at once
        on_step("kept")
        fsync_file(staged)
        for stale in side_files(current):  # they belong to the unreadable file, never to ours
            stale.unlink(missing_ok=True)
        os.replace(staged, current)
        fsync_folder(current.parent)
        make_private(current)
    on_step("restored")
    return keep


def _copy_descriptor(fd: int, out: BinaryIO) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    while chunk := os.read(fd, 1 << 20):
        out.write(chunk)


def _keep_bytes(write: Callable[[BinaryIO], object], wanted: Path, *, replace: bool = False) -> Path:
    """A private file written by ``write``, complete, at ``wanted`` or the first free name after it."""
    tmp = temporary_beside(wanted)
    try:
        with tmp.open("wb") as out:
            write(out)
        fsync_file(tmp)
        if replace:
            os.replace(tmp, wanted)
            return wanted
        return publish_new(tmp, wanted)
    finally:
        remove_private_copy(tmp)


@contextlib.contextmanager
def _no_connection_holds(path: Path) -> Iterator[int]:
    """A descriptor of ``path`` holding an advisory lock that no SQLite connection can share."""
    fd = os.open(path, os.O_RDWR)
    try:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows locks differently; SQLite refused above
            yield fd
            return
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, SHARED_SIZE, SHARED_FIRST, os.SEEK_SET)
        except OSError as exc:
            raise RestoreError(translatable("The database {path} is in use by another window or program; "
                                            "close it there and try again.", path=path)) from exc
        yield fd
    finally:
        os.close(fd)  # no SQLite connection of this process holds the file: nothing to drop


def restore_into(current: Path, backup: Path, *, busy_timeout: float, on_step: Steps = _no_steps) -> Path | None:
    """Replace the records of the database file ``current`` by those of the file ``backup``.

    The backup is copied beside the database and checked first — it must pass the full health
    check (integrity, foreign keys, the tables and columns of its schema, history) and be an
    ITSM Desktop database not newer than this application — otherwise ``StoreError`` says
    what is wrong and nothing is changed. The copy is brought to the newest schema, then
    written into the database by SQLite under its write lock, while the current database
    (every save committed until then) is kept as ``<name>.before-restore-<time>.db`` beside
    it. Returns the kept copy (None if there was no current database).
    """
    backup = Path(backup).expanduser().resolve()
    if backup == current:
        raise StoreError(translatable("Choose a backup file, not the database itself."))
    if not backup.is_file():
        raise StoreError(translatable("The backup {backup} does not exist.", backup=backup))
    if current.is_dir():
        raise StoreError(translatable("{current} is a folder, not a database file.", current=current))
    try:
        make_private_folder(current.parent)
        staged = stage_copy(backup, current, busy_timeout=busy_timeout)
    except (BackupError, RestoreError) as exc:
        # a damaged file can fail here as well as a foreign one: the copy reads every page
        raise StoreError(translatable("{backup} cannot be restored: it is damaged, or it is not an ITSM Desktop "
                                      "database backup.", backup=backup)) from exc
    except OSError as exc:
        raise StoreError(translatable("Cannot prepare the restore in {folder}: {reason}.", folder=current.parent, reason=exc.strerror or exc)) from exc
    try:
        health = inspect_file(staged)
        if not health.healthy:
            details = " ".join(p.replace(str(staged), "the backup") for p in health.problems[:3])
            raise StoreError(translatable("{backup} cannot be restored: {details}", backup=backup, details=details))
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        # only a name wished for: the copy takes the first free one when it is made, so two
        # restores in the same second each keep their own
        keep = current.with_name(f"{current.stem}.before-restore-{stamp}{current.suffix}")
        try:
            upgrade_staged(staged)
            return restore_staged(current, staged, keep, busy_timeout=busy_timeout, on_step=on_step)
        except RestoreError as exc:
            raise StoreError(*exc.args) from exc
        except OSError as exc:
            raise StoreError(translatable("Cannot restore into {current}: {reason}; nothing was changed.", current=current, reason=exc.strerror or exc)) from exc
        except Exception as exc:
            if result_code(exc) is None:
                raise
            raise StoreError(translatable("Nothing was restored: {problem}", problem=error_sentence(exc, current))) from exc
    finally:
        remove_private_copy(staged)
