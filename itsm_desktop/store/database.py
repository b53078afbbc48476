"""Opening a database safely, its engine settings, and one transaction per use case.

Opening refuses a damaged file before anything reads or writes it. SQLite's whole-file check
(``PRAGMA quick_check``) reads every page, about 2 ms a megabyte: files up to
``FULL_CHECK_MAX_BYTES`` get it when opened; larger ones get structural checks there (SQLite
reads the header and refuses a file shorter than it promises; the schema's tables and columns
and its version are checked), and the whole check afterwards, in the background
(``IntegrityCheck``, which also finds what the quick check cannot: an index that no longer
matches its table, foreign keys to missing records).
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.expression import Executable
from sqlmodel import Session

from itsm_desktop import APP_ID
from itsm_desktop.domain.errors import ItsmError

from . import migrate
from .backup import free_path
from .integrity import IntegrityCheck
from .schema import schema_problem
from .sqlite_files import (
    SQLITE_BUSY,
    SQLITE_CANTOPEN,
    SQLITE_CORRUPT,
    SQLITE_FULL,
    SQLITE_IOERR,
    SQLITE_LOCKED,
    SQLITE_NOTADB,
    SQLITE_PERM,
    SQLITE_READONLY,
    copy_database,
    create_private_file,
    error_sentence,
    file_uri,
    os_error_sentence,
    reading,
    remove_stale_temporaries,
    result_code,
)

__all__ = ["DEFAULT_BUSY_TIMEOUT", "Database", "IntegrityCheck", "StoreError", "default_database_path"]

DEFAULT_BUSY_TIMEOUT = 5.0
FULL_CHECK_MAX_BYTES = 32 * 1024 * 1024  # checked whole when opened: about 60 ms at most
SYNCHRONOUS = "FULL"  # how every connection commits; tests/perf/bench.py measures NORMAL against it


class StoreError(ItsmError):
    """A database that cannot be opened or used; the message is one sentence for the user."""


def default_database_path() -> Path:
    """Where the database lives unless ``--database`` says otherwise."""
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False)) / "itsm.db"


def _is_read_only(path: Path) -> bool:
    mode = path.stat().st_mode
    return not os.access(path, os.W_OK) or not mode & stat.S_IWUSR


def _check_file(path: Path) -> bool:
    """Refuse paths that are not usable database files. Returns whether the file exists.

    Only ``stat``: reading the file with ``open()`` would drop this process's SQLite locks on
    it when closed (see ``sqlite_files``); SQLite itself recognises a file that is not its own.
    """
    try:
        if path.is_dir():
            raise StoreError(f"{path} is a folder, not a database file.")
        if not path.exists():
            parent = path.parent
            if parent.exists() and not parent.is_dir():
                raise StoreError(f"Cannot create the database: {parent} is not a folder.")
            return False
        if not path.is_file():
            raise StoreError(f"{path} is not a regular file, so it cannot be a database.")
        if _is_read_only(path):
            raise StoreError(f"The database file {path} is read-only; make it writable or open another.")
    except OSError as exc:
        raise StoreError(os_error_sentence(exc, f"open the database {path}")) from exc
    return True


def _damaged(path: Path) -> StoreError:
    # SQLite's own report spans several lines of page numbers: not for the user
    return StoreError(f"The database {path} is damaged; restore it from a backup.")


def _inspect(path: Path, busy_timeout: float, *, whole: bool = True) -> tuple[str | None, bool]:
    """Check the file through a read-only connection; return (schema revision, has tables).

    With ``whole``, SQLite reads every page (``PRAGMA quick_check``); else only the header,
    the schema and the schema version are read (SQLite itself refuses a file shorter than its
    header says). A file with a revision label must also have that revision's tables and
    columns, or it is refused as another application's.

    Read-only, so that a file we will refuse (say, from a newer version, with a write-ahead
    log left by a crash) is never checkpointed or otherwise written by merely looking at it.
    """
    try:
        with reading(path, timeout=busy_timeout) as con:
            if whole:
                result = con.execute("PRAGMA quick_check").fetchone()
                if not result or result[0] != "ok":
                    raise _damaged(path)
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                rows = con.execute("SELECT version_num FROM alembic_version").fetchall()
                if len(rows) > 1:
                    raise StoreError(f"{path} is not an ITSM Desktop database: it has several schema versions.")
                revision = rows[0][0] if rows else None
            if revision is not None and revision in migrate.known_revisions():
                problem = schema_problem(con, revision)
                if problem is not None:
                    raise StoreError(f"{path} is not an ITSM Desktop database: {problem}.")
            return revision, bool(tables - {"alembic_version"})
    except sqlite3.Error as exc:
        raise StoreError(error_sentence(exc, path)) from exc


def _check_not_locked(path: Path, busy_timeout: float) -> None:
    """Refuse a file another program is writing to (after the busy timeout)."""
    try:
        with closing(sqlite3.connect(file_uri(path, mode="rw"), uri=True, timeout=busy_timeout,
                                     isolation_level=None)) as con:
            con.execute("BEGIN IMMEDIATE")
            con.execute("ROLLBACK")
    except sqlite3.Error as exc:
        raise StoreError(error_sentence(exc, path)) from exc


def _configure_connection(busy_timeout: float, begin: str, journal_mode: str) -> Any:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, see on_begin
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
        cursor.execute(f"PRAGMA journal_mode={journal_mode}")
        # FULL: in WAL mode NORMAL may lose the last commits on a power cut or an OS crash;
        # a save the application reported must survive those. Its cost (tests/perf/bench.py,
        # 2-core reference machine, disk-backed): a save's median 10.5-14.3 ms -> 15.9-16.2 ms
        cursor.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
        cursor.close()

    def on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin)

    return on_connect, on_begin


def make_engine(path: Path, busy_timeout: float, *, immediate: bool, journal_mode: str = "WAL") -> Engine:
    """An engine on the SQLite file ``path`` with the application's connection settings.

    The URL is built from parts (no string formatting), so any character in the path is safe.
    """
    engine = create_engine(
        URL.create("sqlite", database=str(path)),
        connect_args={"timeout": busy_timeout, "check_same_thread": False},
    )
    on_connect, on_begin = _configure_connection(
        busy_timeout, "BEGIN IMMEDIATE" if immediate else "BEGIN", journal_mode)
    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)
    return engine


def _create(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(os_error_sentence(exc, f"create the folder {path.parent}")) from exc
    try:
        create_private_file(path)  # owner-only from the start; see _restrict_permissions
    except FileExistsError:  # created meanwhile by another instance
        pass
    except OSError as exc:
        raise StoreError(os_error_sentence(exc, f"create the database {path}")) from exc


def _upgrade(writer: Engine, path: Path) -> Path | None:
    """Bring the schema to the newest revision; return the copy kept of the older one.

    All under the database's write lock (``BEGIN IMMEDIATE``): a second instance starting at
    the same moment waits, then finds the schema current and does nothing. The copy is made
    while the lock is held, so it is exactly the state that was upgraded, and under a name of
    this process's own until it is complete.
    """
    kept: list[Path] = []

    def keep_copy(connection: Connection) -> bool:
        current = migrate.current_revision(connection)
        if current == migrate.head_revision():
            return False
        if current is not None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            target = free_path(path.parent, f"{path.stem}.before-upgrade-{stamp}{path.suffix}")
            # SQLite copies only from a connection that is not writing: a second one reads
            # the last commit, which the write lock held here keeps the last
            with reading(path) as con:
                kept.append(copy_database(con, target))
        return True

    with writer.connect() as connection:
        migrate.upgrade(connection, before=keep_copy)
    return kept[0] if kept else None


class Database:
    """An open, migrated database. Use ``read()`` and ``write()`` for sessions."""

    def __init__(self, path: Path, reader: Engine, writer: Engine) -> None:
        self.path = path
        self._reader = reader
        self._writer = writer
        self.backup_made: Path | None = None
        # False when the file was too large to read whole while opening: run IntegrityCheck
        self.integrity_checked = True

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Database:
        """Open (creating if missing) and migrate the database at ``path``.

        Raises ``StoreError`` with a one-sentence message, leaving the file untouched, when
        the file is a folder, read-only, not a database, damaged, from a newer version of the
        application, or locked by another writer. A file larger than ``FULL_CHECK_MAX_BYTES``
        is checked whole only when it is about to be upgraded; otherwise damage inside it is
        left to ``IntegrityCheck`` (``integrity_checked`` is False).
        """
        path = Path(path).expanduser().resolve()
        exists = _check_file(path)
        revision, has_tables = (None, False)
        head = migrate.head_revision()
        whole = True
        remove_stale_temporaries(path)
        if exists:
            whole = path.stat().st_size <= FULL_CHECK_MAX_BYTES
            revision, has_tables = _inspect(path, busy_timeout, whole=whole)
            if revision is None and has_tables:
                raise StoreError(f"{path} is an SQLite database of another application, not ITSM Desktop's.")
            if revision is not None and revision not in migrate.known_revisions():
                raise StoreError(
                    f"The database {path} was written by a newer version of ITSM Desktop; "
                    "update the application to open it."
                )
            if not whole and revision is not None and revision != head:
                _inspect(path, busy_timeout)  # an upgrade rewrites the file: check it whole first
                whole = True
            _check_not_locked(path, busy_timeout)
        else:
            _create(path)
        try:
            _restrict_permissions(path)  # before SQLite creates -wal/-shm: they copy the file's mode
        except OSError as exc:
            raise StoreError(os_error_sentence(exc, f"open the database {path}")) from exc
        writer = make_engine(path, busy_timeout, immediate=True)
        reader = make_engine(path, busy_timeout, immediate=False)
        backup_made = None
        try:
            if revision != head:
                backup_made = _upgrade(writer, path)
        except Exception as exc:
            writer.dispose()
            reader.dispose()
            if result_code(exc) is not None:
                raise StoreError(error_sentence(exc, path, doing="prepared")) from exc
            if isinstance(exc, OSError):
                raise StoreError(os_error_sentence(exc, f"keep a copy of {path} before upgrading it")) from exc
            message = str(getattr(exc, "orig", exc)).rstrip(".")
            raise StoreError(f"Cannot prepare the database {path}: {message}.") from exc
        _restrict_permissions(path)
        db = cls(path, reader, writer)
        db.backup_made = backup_made
        db.integrity_checked = whole
        return db

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work: a consistent snapshot, never commits."""
        with Session(self._reader, expire_on_commit=False) as session:
            try:
                yield session  # closing ends the transaction and leaves the records detached
            except DBAPIError as exc:
                error = _read_error(self.path, exc)
                if error is None:
                    raise
                raise error from exc

    def plain_rows(self, statement: Executable) -> list[tuple[Any, ...]]:
        """The rows of the query ``statement`` as the driver returns them: tuples of plain
        values, without SQLAlchemy's row objects and result conversions.

        For reading many rows of ids and texts quickly (a table's 100,000 ids or search
        texts); columns whose type converts values (dates, enumerations) come back raw.
        """
        try:
            with self._reader.connect() as connection:
                result = connection.execute(statement)
                try:
                    return list(result.cursor.fetchall())
                finally:
                    result.close()
        except DBAPIError as exc:
            error = _read_error(self.path, exc)
            if error is None:
                raise
            raise error from exc

    @contextmanager
    def plain_streams(self, *statements: Executable, batch: int = 2000) -> Iterator[list[Iterator[Any]]]:
        """``plain_rows`` for more rows than should sit in memory: each statement's rows as an
        iterator reading ``batch`` at a time, all from one snapshot, readable in step with
        each other.

        SQLite's cursor steps through the rows as they are read: its raw tuples come back. A
        backend that would load the whole result into the client gets a server-side cursor
        instead, whose rows come through SQLAlchemy's conversions (tuple-like rows).
        """
        with self.read() as session:
            connection = session.connection()
            server_side = connection.dialect.supports_server_side_cursors
            mapped = connection.dialect.name == "sqlite"
            if server_side:
                connection = connection.execution_options(stream_results=True, max_row_buffer=batch)
            if mapped:  # read through memory, not a system call per page missing from the small cache:
                # a third of the time of reading every service in name order
                connection.exec_driver_sql(f"PRAGMA mmap_size={STREAM_MMAP_BYTES}")
            results = [connection.execute(statement) for statement in statements]
            try:
                yield [(row for part in result.partitions(batch) for row in part) if server_side
                       else _fetched(result.cursor, batch) for result in results]
            finally:
                for result in results:
                    result.close()
                if mapped:
                    connection.exec_driver_sql("PRAGMA mmap_size=0")

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work that commits when the block ends normally, else rolls back whole."""
        with Session(self._writer, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except DBAPIError as exc:
                session.rollback()
                error = _write_error(self.path, exc)
                if error is None:
                    raise
                raise error from exc
            except BaseException:
                session.rollback()
                raise

    @property
    def engine(self) -> Engine:
        return self._writer

    def close(self) -> None:
        self._reader.dispose()
        self._writer.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


STREAM_MMAP_BYTES = 1 << 30
"""How much of a database file a long read (an export) maps into memory."""


def _fetched(cursor: Any, batch: int) -> Iterator[tuple[Any, ...]]:
    while rows := cursor.fetchmany(batch):
        yield from rows


def _read_error(path: Path, exc: DBAPIError) -> StoreError | None:
    """A sentence for a read the database refused (busy, damaged, unreadable); None if unknown."""
    code = result_code(exc)
    if code in (SQLITE_BUSY, SQLITE_LOCKED, SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_IOERR, SQLITE_CANTOPEN):
        return StoreError(error_sentence(exc, path))
    return None


def _write_error(path: Path, exc: DBAPIError) -> StoreError | None:
    """A sentence for a save the database refused (busy, read-only, disk full); None if unknown."""
    code = result_code(exc)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return StoreError("The database is busy: another window or program is saving to it. "
                          "Nothing was saved; try again in a moment.")
    if code in (SQLITE_READONLY, SQLITE_PERM):
        return StoreError(f"The database {path} has become read-only; nothing was saved.")
    if code == SQLITE_FULL:
        return StoreError(f"The disk holding {path} is full; nothing was saved.")
    if code == SQLITE_IOERR:
        return StoreError(f"The database {path} could not be written (disk I/O error); nothing was saved.")
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return StoreError(f"The database {path} is damaged; nothing was saved. Restore it from a backup.")
    return None


def _restrict_permissions(path: Path) -> None:
    """Keep the database and its journal files readable by the owner only (POSIX)."""
    if os.name != "posix":
        return
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if candidate.exists():
                candidate.chmod(0o600)
        except OSError:
            pass
