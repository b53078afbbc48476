"""Opening a database safely, its engine settings, and one transaction per use case."""

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
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from itsm_desktop import APP_ID
from itsm_desktop.domain.errors import ItsmError

from . import migrate
from .backup import backup_to, create_private_file

SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT = 5.0


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


def _inspect(path: Path, busy_timeout: float) -> tuple[str | None, bool]:
    """Check integrity through a read-only connection; return (schema revision, has tables).

    Read-only, so that a file we will refuse (say, from a newer version, with a write-ahead
    log left by a crash) is never checkpointed or otherwise written by merely looking at it.
    """
    try:
        # Without a write-ahead log beside it the file is the whole truth: read it as immutable,
        # which creates no journal files. With one, read through it (its committed pages count).
        wal = path.with_name(path.name + "-wal")
        mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
        with closing(sqlite3.connect(f"file:{path}?{mode}", uri=True, timeout=busy_timeout,
                                     isolation_level=None)) as con:
            result = con.execute("PRAGMA quick_check").fetchone()
            if not result or result[0] != "ok":
                # SQLite's own report spans several lines of page numbers: not for the user
                raise StoreError(f"The database {path} is damaged; restore it from a backup.")
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            return revision, bool(tables - {"alembic_version"})
    except sqlite3.DatabaseError as exc:
        raise _read_error(path, exc) from exc


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

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Database:
        """Open (creating if missing) and migrate the database at ``path``.

        Raises ``StoreError`` with a one-sentence message, leaving the file untouched, when
        the file is a folder, read-only, not a database, damaged, from a newer version of the
        application, or locked by another writer.
        """
        path = Path(path).expanduser().resolve()
        exists = _check_file(path)
        revision, has_tables = (None, False)
        if exists:
            revision, has_tables = _inspect(path, busy_timeout)
            if revision is None and has_tables:
                raise StoreError(f"{path} is an SQLite database of another application, not ITSM Desktop's.")
            if revision is not None and revision not in migrate.known_revisions():
                raise StoreError(
                    f"The database {path} was written by a newer version of ITSM Desktop; "
                    "update the application to open it."
                )
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
        head = migrate.head_revision()
        if exists and revision is not None and revision != head:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            backup_made = path.with_name(f"{path.stem}.before-upgrade-{stamp}{path.suffix}")
            backup_to(path, backup_made)
        _restrict_permissions(path)  # before SQLite creates -wal/-shm: they copy the file's mode
        writer = _make_engine(path, busy_timeout, immediate=True)
        reader = _make_engine(path, busy_timeout, immediate=False)
        try:
            if revision != head:
                with writer.begin() as connection:
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
        return db

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work: a consistent snapshot, never commits."""
        with Session(self._reader, expire_on_commit=False) as session:
            yield session  # closing ends the transaction and leaves the records detached

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
