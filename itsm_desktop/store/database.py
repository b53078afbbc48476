"""A database named by a path or URL, and one transaction per use case.

What differs per backend (opening and checking, engine settings, backups, restore, error
classification) lives in ``backends``; ``Database`` is the same whatever it talks to.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.expression import Executable
from sqlmodel import Session

from itsm_desktop.domain.translatable import translatable

from .backends import (
    Backend,
    BackgroundCheck,
    CheckReport,
    ErrorKind,
    Steps,
    backend_for,
    public_target,
)

# the everyday backend comes with the store, so that a start loads it before Qt (which costs
# more for every module imported after it)
from .backends import sqlite as _local_files  # noqa: F401
from .errors import StoreError
from .locations import default_database_path

__all__ = ["DEFAULT_BUSY_TIMEOUT", "Database", "StoreError", "default_database_path"]

DEFAULT_BUSY_TIMEOUT = 5.0


class Database:
    """An open, migrated database. Use ``read()`` and ``write()`` for sessions."""

    def __init__(self, backend: Backend, reader: Engine, writer: Engine, *,
                 busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> None:
        self.backend = backend
        self._reader = reader
        self._writer = writer
        self._busy_timeout = busy_timeout
        self.backup_made: Path | None = None
        # False when the database was too large to check whole while opening: run integrity_check()
        self.integrity_checked = True
        # False when the user may only read (a team server's viewer): the windows open read-only
        self.writable = True
        # the database user signed in to a server (None for a local file): the history names them
        self.signed_in: str | None = None

    @classmethod
    def open(cls, target: str | os.PathLike[str], *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Database:
        """Open (creating a missing local file) and migrate the database ``target``: a file
        path, or an SQLAlchemy URL (``sqlite:///…``, ``postgresql+psycopg://user@host/db``).

        Raises ``StoreError`` with a one-sentence message, leaving the database untouched,
        when it cannot be used: a folder, read-only, not a database, damaged, from a newer
        version of the application, locked by another writer (see the backend's ``open``).
        """
        backend = backend_for(target)
        opened = backend.open(busy_timeout=busy_timeout)
        db = cls(backend, opened.reader, opened.writer, busy_timeout=busy_timeout)
        db.backup_made = opened.backup_made
        db.integrity_checked = opened.integrity_checked
        db.writable = opened.writable
        db.signed_in = opened.signed_in
        return db

    @property
    def location(self) -> Path | None:
        """The database's file on this computer (for file dialogs and backups beside it);
        None when it lives on a server."""
        return self.backend.local_file

    @property
    def path(self) -> Path:
        """The local database file; ``StoreError`` for a server. Prefer ``location``,
        ``describe()`` and the methods below, which work for every backend."""
        if self.backend.local_file is None:
            raise StoreError(translatable("The database {database} is on a server, not a file.", database=self.describe()))
        return self.backend.local_file

    def describe(self) -> str:
        """The database for people (title bar, messages): its file, or ``user@host:port/db``."""
        return self.backend.describe()

    def title(self) -> str:
        """A short name for a window title: the file's name, or ``user@host:port/db``."""
        local = self.backend.local_file
        return local.name if local is not None else self.backend.describe()

    def local_files(self) -> list[Path]:
        """The database's file on this computer, as a list (empty for a server): what a
        document or export must never be written over."""
        local = self.backend.local_file
        return [local] if local is not None else []

    def target(self) -> str:
        """What opens this database again (``Database.open``), safe to show and to remember:
        a file path, or a URL without its password."""
        local = self.backend.local_file
        return str(local) if local is not None else public_target(self.backend.url)

    def error_kind(self, exc: BaseException) -> ErrorKind | None:
        """The kind of the database error ``exc``, by result code or SQLSTATE."""
        return self.backend.classify(exc)

    def backup_to(self, output: str | os.PathLike[str]) -> Path:
        """A consistent copy of the committed records at the file ``output`` (never the database)."""
        output = Path(output).expanduser().resolve()
        if output == self.backend.local_file:
            raise StoreError(translatable("The backup cannot overwrite the database itself; choose another file."))
        return self.backend.backup_to(output, busy_timeout=self._busy_timeout)

    def check(self) -> CheckReport:
        """The full check (integrity, references, schema, history); nothing is written."""
        return self.backend.check()

    def integrity_check(self) -> BackgroundCheck:
        """The full integrity check, to run on a worker thread while the database is in use."""
        return self.backend.integrity_check(busy_timeout=self._busy_timeout)

    def restore_from(self, backup: str | os.PathLike[str], *, on_step: Steps | None = None) -> Path | None:
        """Replace the records by those of the backup file ``backup`` (see ``Backend.restore_from``).

        Other connections stay valid; this one's cached state does not: close this
        ``Database`` first (or open it again after) so nothing stale survives.
        """
        return self.backend.restore_from(Path(backup), busy_timeout=self._busy_timeout,
                                         on_step=on_step or (lambda _step: None))

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work: a consistent snapshot, never commits."""
        with Session(self._reader, expire_on_commit=False) as session:
            try:
                yield session  # closing ends the transaction and leaves the records detached
            except DBAPIError as exc:
                error = _read_error(self.backend, exc)
                if error is None:
                    raise
                raise error from exc

    def plain_rows(self, statement: Executable, parameters: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
        """The rows of the query ``statement`` (its ``parameters`` bound) as the driver returns
        them: tuples of plain values, without SQLAlchemy's row objects and result conversions.

        For reading many rows of ids and texts quickly (a table's 100,000 ids or search
        texts); columns whose type converts values (dates, enumerations) come back raw.
        """
        try:
            # one statement, its own snapshot: no transaction around it, whose BEGIN and
            # ROLLBACK would each cost a round trip to a server
            with self._reader.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                result = connection.execute(statement, parameters)
                try:
                    return list(result.cursor.fetchall())
                finally:
                    result.close()
        except DBAPIError as exc:
            error = _read_error(self.backend, exc)
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
            session.info[SIGNED_IN] = self.signed_in  # who the history names (see services.common)
            try:
                yield session
                self._commit(session)
            except DBAPIError as exc:
                session.rollback()
                error = _write_error(self.backend, exc)
                if error is None:
                    raise
                raise error from exc
            except BaseException:
                session.rollback()
                raise

    def _commit(self, session: Session) -> None:
        """Commit, writing the rows kept for the commit (``insert_at_commit``) first: each
        table's rows in one statement, sent with the COMMIT where the backend can."""
        waiting: dict[Table, list[dict[str, Any]]] = session.info.pop(AT_COMMIT, {})
        if waiting:
            session.flush()
            self.backend.insert_and_commit(session.connection(),
                                           [(insert(table).inline(), rows) for table, rows in waiting.items()])
        session.commit()  # nothing left to send where the backend committed already

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


AT_COMMIT = "inserted at commit"
"""The key of a write session's ``info`` holding the rows ``insert_at_commit`` keeps, by table."""


def insert_at_commit(session: Session, model: Any, row: dict[str, Any]) -> None:
    """Have the write unit of work ``session`` insert ``row`` (column values) into the table of
    ``model`` when it commits, with the other rows kept for that table, in one statement.

    For rows nothing in the unit of work reads back (history entries): on a team server they
    then cost no round trip of their own. Rolled back with the unit of work.
    """
    table: Table = model.__table__
    session.info.setdefault(AT_COMMIT, {}).setdefault(table, []).append(row)


SIGNED_IN = "signed_in"
"""The key of a write session's ``info`` naming the database user signed in (None: a file)."""

STREAM_MMAP_BYTES = 1 << 30
"""How much of a database file a long read (an export) maps into memory."""


def _fetched(cursor: Any, batch: int) -> Iterator[tuple[Any, ...]]:
    while rows := cursor.fetchmany(batch):
        yield from rows


_READ_ERRORS = (ErrorKind.BUSY, ErrorKind.DAMAGED, ErrorKind.NOT_A_DATABASE, ErrorKind.IO,
                ErrorKind.CANT_OPEN, ErrorKind.CONNECTION, ErrorKind.CANCELLED, ErrorKind.RETRY)


def _read_error(backend: Backend, exc: DBAPIError) -> StoreError | None:
    """A sentence for a read the database refused (busy, damaged, unreachable); None if unknown."""
    if backend.classify(exc) in _READ_ERRORS:
        return StoreError(backend.error_sentence(exc))
    return None


def _write_error(backend: Backend, exc: DBAPIError) -> StoreError | None:
    """A sentence for a save the database refused (busy, read-only, disk full); None if unknown."""
    kind, where = backend.classify(exc), backend.describe()
    if kind is ErrorKind.READ_ONLY and backend.local_file is None:  # a server refusing a viewer
        return StoreError(backend.error_sentence(exc, doing="written"))
    sentences = {
        ErrorKind.BUSY: translatable("The database is busy: another window or program is saving to it. "
                                     "Nothing was saved; try again in a moment."),
        ErrorKind.RETRY: translatable("Someone else saved at the same moment; nothing was saved. Try again."),
        ErrorKind.READ_ONLY: translatable("The database {where} has become read-only; nothing was saved.",
                                          where=where),
        ErrorKind.DISK_FULL: translatable("The disk holding {where} is full; nothing was saved.", where=where),
        ErrorKind.IO: translatable("The database {where} could not be written (disk I/O error); "
                                   "nothing was saved.", where=where),
        ErrorKind.DAMAGED: translatable("The database {where} is damaged; nothing was saved. "
                                        "Restore it from a backup.", where=where),
        ErrorKind.NOT_A_DATABASE: translatable("The database {where} is damaged; nothing was saved. "
                                               "Restore it from a backup.", where=where),
        ErrorKind.CONNECTION: translatable("The connection to the database {where} was lost; "
                                           "nothing was saved.", where=where),
        ErrorKind.CANCELLED: translatable("The database {where} took too long to answer; "
                                          "nothing was saved.", where=where),
    }
    sentence = sentences.get(kind) if kind is not None else None
    return StoreError(sentence) if sentence is not None else None
