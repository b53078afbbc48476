"""A local SQLite file: opening it safely, its connection settings, checks, backups, restore.

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
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.sql.dml import Insert

from itsm_desktop.domain.translatable import translatable

from .. import migrate, network_filesystems
from ..backup import BackupError
from ..backup import backup_to as copy_to
from ..errors import StoreError
from ..health import inspect_file
from ..integrity import IntegrityCheck
from ..schema import schema_problem
from ..sqlite_files import (
    FULL_CHECK_MAX_BYTES,
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
from . import Backend as BackendInterface
from . import CheckReport, ErrorKind, Opened, Steps, driver_error

SYNCHRONOUS = "FULL"  # how every connection commits; tests/perf/bench.py measures NORMAL against it

# result codes (https://sqlite.org/rescode.html) beyond those ``sqlite_files`` names
SQLITE_INTERRUPT, SQLITE_CONSTRAINT = 9, 19
SQLITE_CONSTRAINT_FOREIGNKEY, SQLITE_CONSTRAINT_PRIMARYKEY, SQLITE_CONSTRAINT_UNIQUE = 787, 1555, 2067
# SQLite reports a delete refused by ON DELETE RESTRICT as a trigger's constraint; the schema
# has no triggers of its own that refuse changes, so that code means a reference
SQLITE_CONSTRAINT_TRIGGER = 1811

_PRIMARY_KINDS = {
    SQLITE_BUSY: ErrorKind.BUSY, SQLITE_LOCKED: ErrorKind.BUSY,
    SQLITE_CORRUPT: ErrorKind.DAMAGED, SQLITE_NOTADB: ErrorKind.NOT_A_DATABASE,
    SQLITE_READONLY: ErrorKind.READ_ONLY, SQLITE_PERM: ErrorKind.READ_ONLY,
    SQLITE_FULL: ErrorKind.DISK_FULL, SQLITE_IOERR: ErrorKind.IO, SQLITE_CANTOPEN: ErrorKind.CANT_OPEN,
    SQLITE_INTERRUPT: ErrorKind.CANCELLED, SQLITE_CONSTRAINT: ErrorKind.CONSTRAINT,
}
_CONSTRAINT_KINDS = {
    SQLITE_CONSTRAINT_UNIQUE: ErrorKind.UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY: ErrorKind.UNIQUE,
    SQLITE_CONSTRAINT_FOREIGNKEY: ErrorKind.FOREIGN_KEY, SQLITE_CONSTRAINT_TRIGGER: ErrorKind.FOREIGN_KEY,
}


def classify(exc: BaseException) -> ErrorKind | None:
    """The kind of an ``sqlite3`` error (or SQLAlchemy's wrapper of one), by its result code."""
    code = getattr(driver_error(exc), "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    return _CONSTRAINT_KINDS.get(code) or _PRIMARY_KINDS.get(code & 0xFF)


class Backend:
    """A local SQLite database file."""

    def __init__(self, url: URL) -> None:
        if not url.database or url.database == ":memory:":
            raise StoreError(translatable("An ITSM Desktop database must be a file: give its path."))
        self.path = Path(url.database).expanduser().resolve()
        self.url = url.set(drivername="sqlite", database=str(self.path))

    @property
    def local_file(self) -> Path | None:
        return self.path

    def describe(self) -> str:
        return str(self.path)

    def backup_stem(self) -> str:
        return self.path.stem

    def exists(self) -> bool:
        return self.path.exists()

    def classify(self, exc: BaseException) -> ErrorKind | None:
        return classify(exc)

    def error_sentence(self, exc: BaseException, *, doing: str = "read") -> str:
        return error_sentence(exc, self.path, doing=doing)

    def open(self, *, busy_timeout: float) -> Opened:
        """Open (creating if missing) and migrate the file.

        Refuses, leaving the file untouched, a folder, a read-only file, a file that is not a
        database or not ours, a damaged one, one from a newer version of the application, or
        one locked by another writer. A file larger than ``FULL_CHECK_MAX_BYTES`` is checked
        whole only when it is about to be upgraded; otherwise damage inside it is left to
        ``IntegrityCheck`` (``integrity_checked`` is False).
        """
        return _open(self.path, busy_timeout)

    def check(self) -> CheckReport:
        health = inspect_file(self.path)
        return CheckReport(health.problems, health.summary)

    def integrity_check(self, *, busy_timeout: float) -> IntegrityCheck:
        return IntegrityCheck(self.path, busy_timeout=busy_timeout)

    def backup_to(self, output: Path, *, busy_timeout: float) -> Path:
        try:
            return copy_to(self.path, output, busy_timeout=busy_timeout)
        except BackupError as exc:
            raise StoreError(*exc.args) from exc
        except OSError as exc:
            raise StoreError(translatable("Cannot write the backup {output}: {reason}.", output=output, reason=exc.strerror or exc)) from exc
        except sqlite3.Error as exc:
            raise StoreError(error_sentence(exc, self.path)) from exc

    def restore_from(self, backup: Path, *, busy_timeout: float, on_step: Steps) -> Path | None:
        from ..restore import restore_into  # the restore machinery, only when restoring

        return restore_into(self.path, backup, busy_timeout=busy_timeout, on_step=on_step)

    def insert_and_commit(self, connection: Connection, inserts: list[tuple[Insert, list[dict[str, Any]]]]) -> None:
        for statement, rows in inserts:  # a local file has no round trips to save: the caller commits
            connection.execute(statement, rows)


def _implements_the_interface(url: URL) -> BackendInterface:
    return Backend(url)  # mypy checks here that Backend has every member of the interface


# --- opening -------------------------------------------------------------------------------


def _open(path: Path, busy_timeout: float) -> Opened:
    _refuse_network_filesystem(path)
    exists = _check_file(path)
    revision, has_tables = (None, False)
    head = migrate.head_revision()
    whole = True
    remove_stale_temporaries(path)
    if exists:
        whole = path.stat().st_size <= FULL_CHECK_MAX_BYTES
        revision, has_tables = _inspect(path, busy_timeout, whole=whole)
        if revision is None and has_tables:
            raise StoreError(translatable("{path} is an SQLite database of another application, not ITSM Desktop's.", path=path))
        if revision is not None and revision not in migrate.known_revisions():
            raise StoreError(
                translatable("The database {path} was written by a newer version of ITSM Desktop; "
                             "update the application to open it.", path=path)
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
        raise StoreError(os_error_sentence(exc, translatable("open the database {path}", path=str(path)))) from exc
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
            raise StoreError(os_error_sentence(exc, translatable("keep a copy of {path} before upgrading it", path=str(path)))) from exc
        message = str(getattr(exc, "orig", exc)).rstrip(".")
        raise StoreError(translatable("Cannot prepare the database {path}: {message}.", path=path, message=message)) from exc
    _restrict_permissions(path)
    return Opened(reader, writer, backup_made, integrity_checked=whole)


def _refuse_network_filesystem(path: Path) -> None:
    kind = network_filesystems.network_filesystem(path)
    if kind is not None:
        raise StoreError(
            translatable("The database {path} is on a network filesystem ({kind}), where SQLite files get damaged "
                         "when shared; keep it on this computer's disk, or move it to a team server (File ▸ Move to "
                         "Team Server… or itsm-desktop copy) so that everyone can work on it.", path=path, kind=kind))


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
            raise StoreError(translatable("{path} is a folder, not a database file.", path=path))
        if not path.exists():
            parent = path.parent
            if parent.exists() and not parent.is_dir():
                raise StoreError(translatable("Cannot create the database: {parent} is not a folder.", parent=parent))
            return False
        if not path.is_file():
            raise StoreError(translatable("{path} is not a regular file, so it cannot be a database.", path=path))
        if _is_read_only(path):
            raise StoreError(translatable("The database file {path} is read-only; make it writable or open another.", path=path))
    except OSError as exc:
        raise StoreError(os_error_sentence(exc, translatable("open the database {path}", path=str(path)))) from exc
    return True


def _damaged(path: Path) -> StoreError:
    # SQLite's own report spans several lines of page numbers: not for the user
    return StoreError(translatable("The database {path} is damaged; restore it from a backup.", path=path))


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
                    raise StoreError(translatable("{path} is not an ITSM Desktop database: it has several schema versions.", path=path))
                revision = rows[0][0] if rows else None
            if revision is not None and revision in migrate.known_revisions():
                problem = schema_problem(con, revision)
                if problem is not None:
                    raise StoreError(translatable("{path} is not an ITSM Desktop database: {problem}.", path=path, problem=problem))
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
        raise StoreError(os_error_sentence(exc, translatable("create the folder {path}", path=str(path.parent)))) from exc
    try:
        create_private_file(path)  # owner-only from the start; see _restrict_permissions
    except FileExistsError:  # created meanwhile by another instance
        pass
    except OSError as exc:
        raise StoreError(os_error_sentence(exc, translatable("create the database {path}", path=str(path)))) from exc


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
            target = path.with_name(f"{path.stem}.before-upgrade-{stamp}{path.suffix}")
            # SQLite copies only from a connection that is not writing: a second one reads
            # the last commit, which the write lock held here keeps the last
            with reading(path) as con:
                kept.append(copy_database(con, target, replace=False))
        return True

    with writer.connect() as connection:
        migrate.upgrade(connection, before=keep_copy)
    return kept[0] if kept else None


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


__all__ = ["FULL_CHECK_MAX_BYTES", "SYNCHRONOUS", "Backend", "classify", "make_engine"]
