"""Opening a database safely, its engine settings, and one transaction per use case.

Opening refuses a damaged file before anything reads or writes it. SQLite's whole-file check
(``PRAGMA quick_check``) reads every page, about 2 ms a megabyte: files up to
``FULL_CHECK_MAX_BYTES`` get it when opened; larger ones get structural checks there (the
header, the size the header promises, the schema and its version), which catch a truncated or
foreign file, and the whole check afterwards, in the background (``IntegrityCheck``).
"""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.sql.expression import Executable
from sqlmodel import Session

from itsm_desktop import APP_ID
from itsm_desktop.domain.errors import ItsmError

from . import migrate
from .backup import backup_to, create_private_file

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
DEFAULT_BUSY_TIMEOUT = 5.0
FULL_CHECK_MAX_BYTES = 32 * 1024 * 1024  # checked whole when opened: about 60 ms at most


class StoreError(ItsmError):
    """A database that cannot be opened or used; the message is one sentence for the user."""


def default_database_path() -> Path:
    """Where the database lives unless ``--database`` says otherwise."""
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False)) / "itsm.db"


def _is_read_only(path: Path) -> bool:
    mode = path.stat().st_mode
    return not os.access(path, os.W_OK) or not mode & stat.S_IWUSR


def _check_file(path: Path) -> bool:
    """Refuse paths that are not usable database files. Returns whether the file exists."""
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file.")
    if not path.exists():
        parent = path.parent
        if parent.exists() and not parent.is_dir():
            raise StoreError(f"Cannot create the database: {parent} is not a folder.")
        return False
    if _is_read_only(path):
        raise StoreError(f"The database file {path} is read-only; make it writable or open another.")
    size = path.stat().st_size
    if size == 0:
        return True
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise StoreError(f"{path} is not an ITSM Desktop database (it is not an SQLite file).")
    return True


def _locked(path: Path) -> StoreError:
    return StoreError(f"The database {path} is locked by another program; close it and try again.")


def _read_error(path: Path, exc: sqlite3.DatabaseError) -> StoreError:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return _locked(path)
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StoreError(f"The database {path} is damaged or not a database; restore it from a backup.")
    return StoreError(f"The database {path} cannot be read: {text}.")


def _damaged(path: Path) -> StoreError:
    # SQLite's own report spans several lines of page numbers: not for the user
    return StoreError(f"The database {path} is damaged; restore it from a backup.")


def _wal_in_use(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _check_header(path: Path) -> None:
    """Refuse a file whose header is implausible or that is shorter than its header says.

    The page count in the header is trusted only as SQLite trusts it (its "version-valid-for"
    number matches the change counter), and only when no write-ahead log holds pages the file
    does not have yet.
    """
    with path.open("rb") as handle:
        header = handle.read(HEADER_SIZE)
        size = handle.seek(0, os.SEEK_END)
    if size == 0:
        return  # an empty file becomes a new database
    if len(header) < HEADER_SIZE:
        raise _damaged(path)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise _damaged(path)
    pages = int.from_bytes(header[28:32], "big")
    valid = pages > 0 and header[24:28] == header[92:96]
    if valid and not _wal_in_use(path) and pages * page_size > size:
        raise _damaged(path)  # truncated


def _inspect(path: Path, busy_timeout: float, *, whole: bool = True) -> tuple[str | None, bool]:
    """Check the file through a read-only connection; return (schema revision, has tables).

    With ``whole``, SQLite reads every page (``PRAGMA quick_check``); else only the header,
    the schema and the schema version are read.

    Read-only, so that a file we will refuse (say, from a newer version, with a write-ahead
    log left by a crash) is never checkpointed or otherwise written by merely looking at it.
    """
    if not whole:
        _check_header(path)
    try:
        # Without a write-ahead log beside it the file is the whole truth: read it as immutable,
        # which creates no journal files. With one, read through it (its committed pages count).
        wal = path.with_name(path.name + "-wal")
        mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
        with closing(sqlite3.connect(f"file:{path}?{mode}", uri=True, timeout=busy_timeout,
                                     isolation_level=None)) as con:
            if whole:
                result = con.execute("PRAGMA quick_check").fetchone()
                if not result or result[0] != "ok":
                    raise _damaged(path)
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            return revision, bool(tables - {"alembic_version"})
    except sqlite3.DatabaseError as exc:
        raise _read_error(path, exc) from exc


class IntegrityCheck:
    """SQLite's whole-file check of an open database, for the files too large to check while
    opening them (``Database.integrity_checked`` is False for those).

    ``run`` reads every page through a read-only connection of its own, so it may run in a
    background thread while the application uses the database (SQLite lets the interpreter
    run other threads meanwhile); ``cancel``, from any thread, stops it early.
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
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=self._busy_timeout,
                                  isolation_level=None, check_same_thread=False)
        except sqlite3.DatabaseError as exc:
            return self._problem(exc)
        with self._lock:
            if self._cancelled:
                con.close()
                return None
            self._connection = con
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            return None if self._cancelled else self._problem(exc)
        finally:
            with self._lock:
                self._connection = None
            con.close()
        if self._cancelled or rows == [("ok",)]:
            return None
        return self._message()

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            if self._connection is not None:
                self._connection.interrupt()

    def _message(self) -> str:
        return (f"The database {self.path} is damaged: SQLite's integrity check found errors in "
                "it, so records may be missing or wrong and saving may fail; restore it from a backup.")

    def _problem(self, exc: sqlite3.DatabaseError) -> str | None:
        text = str(exc)
        if "malformed" in text or "corrupt" in text or "not a database" in text:
            return self._message()
        return None


def _check_not_locked(path: Path, busy_timeout: float) -> None:
    """Refuse a file another program is writing to (after the busy timeout)."""
    try:
        with closing(sqlite3.connect(path, timeout=busy_timeout, isolation_level=None)) as con:
            con.execute("BEGIN IMMEDIATE")
            con.execute("ROLLBACK")
    except sqlite3.DatabaseError as exc:
        raise _read_error(path, exc) from exc


def _configure_connection(busy_timeout: float, begin: str) -> Any:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, see on_begin
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    def on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin)

    return on_connect, on_begin


def _make_engine(path: Path, busy_timeout: float, *, immediate: bool) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": busy_timeout, "check_same_thread": False},
    )
    on_connect, on_begin = _configure_connection(
        busy_timeout, "BEGIN IMMEDIATE" if immediate else "BEGIN"
    )
    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)
    return engine


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
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"Cannot create the folder {path.parent}: {exc.strerror}.") from exc
            try:
                create_private_file(path)  # owner-only from the start; see _restrict_permissions
            except FileExistsError:  # created meanwhile by another instance
                pass
            except OSError as exc:
                raise StoreError(f"Cannot create the database {path}: {exc.strerror}.") from exc
        backup_made = None
        if exists and revision is not None and revision != head:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            backup_made = path.with_name(f"{path.stem}.before-upgrade-{stamp}{path.suffix}")
            backup_to(path, backup_made)
        _restrict_permissions(path)  # before SQLite creates -wal/-shm: they copy the file's mode
        writer = _make_engine(path, busy_timeout, immediate=True)
        reader = _make_engine(path, busy_timeout, immediate=False)
        try:
            if revision != head:
                with writer.connect() as connection:
                    migrate.upgrade(connection)
        except sqlite3.OperationalError as exc:  # pragma: no cover - rare
            writer.dispose()
            reader.dispose()
            raise StoreError(f"Cannot prepare the database {path}: {exc}.") from exc
        except Exception as exc:
            writer.dispose()
            reader.dispose()
            message = str(getattr(exc, "orig", exc))
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
            yield session  # closing ends the transaction and leaves the records detached

    def plain_rows(self, statement: Executable) -> list[tuple[Any, ...]]:
        """The rows of the query ``statement`` as the driver returns them: tuples of plain
        values, without SQLAlchemy's row objects and result conversions.

        For reading many rows of ids and texts quickly (a table's 100,000 ids or search
        texts); columns whose type converts values (dates, enumerations) come back raw.
        """
        with self._reader.connect() as connection:
            result = connection.execute(statement)
            try:
                return list(result.cursor.fetchall())
            finally:
                result.close()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work that commits when the block ends normally, else rolls back whole."""
        with Session(self._writer, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except OperationalError as exc:
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


def _write_error(path: Path, exc: OperationalError) -> StoreError | None:
    """A sentence for a save the database refused (busy, read-only, disk full); None if unknown."""
    text = str(exc.orig).lower()
    if "locked" in text or "busy" in text:
        return StoreError("The database is busy: another window or program is saving to it. "
                          "Nothing was saved; try again in a moment.")
    if "readonly" in text or "read-only" in text:
        return StoreError(f"The database {path} has become read-only; nothing was saved.")
    if "full" in text:
        return StoreError(f"The disk holding {path} is full; nothing was saved.")
    if "disk i/o" in text:
        return StoreError(f"The database {path} could not be written (disk I/O error); nothing was saved.")
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
