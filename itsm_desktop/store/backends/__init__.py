"""What differs between the databases a store can live in, behind one small interface.

A store is named by a *target*: a file path (the everyday way to name a local SQLite file) or
an SQLAlchemy URL (``sqlite:///…``, ``postgresql+psycopg://user@host:port/db``).
:func:`backend_for` turns a target into a :class:`Backend`, which alone knows how to open
engines on it, check it, copy it to a backup file, restore a backup into it, describe it to
people (never with a password) and classify its driver's errors by result code or SQLSTATE
(:class:`ErrorKind`). Nothing above ``store/`` knows which backend it talks to.

A backend module ``backends/<name>.py`` provides a class ``Backend`` built from the target's
``URL`` (``Backend(url)``) and a function ``classify(exc) -> ErrorKind | None``;
:data:`BACKENDS` maps SQLAlchemy's backend names (``url.get_backend_name()``) to those
modules, imported only when a target names them.
"""

from __future__ import annotations

import enum
import importlib
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.sql.dml import Insert

from itsm_desktop.domain.translatable import translatable

from ..errors import StoreError
from ..locations import URL_SCHEME, is_url

__all__ = [
    "BACKENDS", "Backend", "BackgroundCheck", "CheckReport", "ErrorKind", "Opened", "Steps",
    "backend_for", "describe_url", "driver_error", "error_kind", "is_url", "public_target", "sqlstate_kind",
]

BACKENDS = {"sqlite": "sqlite", "postgresql": "postgresql"}
"""SQLAlchemy backend name → module in this package holding its ``Backend`` class."""


Steps = Callable[[str], None]
"""Called with the name of each step a restore reaches (tests pause it there):
``staged``, ``locked`` (the write lock is held, nothing changed yet), ``kept`` (the copy of the
current database is in place), ``restored`` (committed)."""


class ErrorKind(enum.Enum):
    """What went wrong in the database, as its driver's result code or SQLSTATE tells it."""

    UNIQUE = "unique"  # a unique value taken (SQLite CONSTRAINT_UNIQUE/PRIMARYKEY, SQLSTATE 23505)
    FOREIGN_KEY = "foreign key"  # a reference to a missing record, or from one (23503)
    CONSTRAINT = "constraint"  # another rule of the schema: not null, check (23xxx)
    BUSY = "busy"  # another connection holds a lock the database waited for in vain
    RETRY = "retry"  # a serialization failure or deadlock: the transaction may simply be rerun
    CANCELLED = "cancelled"  # interrupted or timed out (SQLite INTERRUPT, SQLSTATE 57014)
    CONNECTION = "connection"  # the server could not be reached or went away (08xxx)
    DAMAGED = "damaged"  # the database is corrupt
    NOT_A_DATABASE = "not a database"  # the file is not a database of this backend at all
    READ_ONLY = "read-only"  # writing is not permitted
    DISK_FULL = "disk full"
    IO = "i/o"  # the disk failed to read or write
    CANT_OPEN = "cannot open"  # the database or its folder is not accessible


@dataclass(frozen=True)
class Opened:
    """The engines a backend opened on a checked, current database, and what it did on the way."""

    reader: Engine
    writer: Engine
    backup_made: Path | None = None  # a copy kept before the schema was upgraded
    integrity_checked: bool = True  # False: run ``Backend.integrity_check`` in the background
    writable: bool = True  # False: the user may only read (a team server's viewer)
    signed_in: str | None = None  # the database user signed in (a team server), for the history


@dataclass
class CheckReport:
    """What a full check found: ``problems`` make the database unhealthy; ``summary`` is one line."""

    problems: list[str]
    summary: str

    @property
    def healthy(self) -> bool:
        return not self.problems


class BackgroundCheck(Protocol):
    """A full check of an open database, runnable on a worker thread while it is in use."""

    def run(self) -> str | None:
        """A sentence for the user when the database is damaged; None when it is sound,
        cancelled, or could not be read for another reason (busy)."""

    def cancel(self) -> None:
        """Stop ``run`` early, from any thread."""


class Backend(Protocol):
    """One database a store lives in, and everything about it that differs per backend."""

    url: URL

    @property
    def local_file(self) -> Path | None:
        """The database's file on this computer; None for a server."""

    def describe(self) -> str:
        """The database for people: a file path, or ``user@host:port/db`` (never a password)."""

    def backup_stem(self) -> str:
        """What automatic backups of this database are named after (``itsm`` for itsm.db)."""

    def exists(self) -> bool:
        """Whether there is a database to read (a missing file would be created by ``open``)."""

    def open(self, *, busy_timeout: float) -> Opened:
        """Check the database (creating a missing local one), bring its schema to the newest
        revision where that is allowed, and return its reader and writer engines.

        Raises ``StoreError`` with one sentence, leaving the database untouched, when it
        cannot be used: not ours, damaged, from a newer version, locked, read-only …
        """

    def classify(self, exc: BaseException) -> ErrorKind | None:
        """The kind of the driver error ``exc`` (or SQLAlchemy's wrapper of it, ``exc.orig``);
        None when it is not this backend's driver's or its code means nothing listed."""

    def error_sentence(self, exc: BaseException, *, doing: str = "read") -> str:
        """One sentence for the user about the driver error ``exc`` on this database."""

    def check(self) -> CheckReport:
        """The full check (integrity, references, schema, history) without writing anything."""

    def integrity_check(self, *, busy_timeout: float) -> BackgroundCheck:
        """The full integrity check of this database, to run in the background while it is open."""

    def backup_to(self, output: Path, *, busy_timeout: float) -> Path:
        """A consistent copy of the committed state at the local file ``output``, replaced whole
        or not at all; the database may be in use meanwhile. Raises ``StoreError``."""

    def restore_from(self, backup: Path, *, busy_timeout: float, on_step: Steps) -> Path | None:
        """Replace the records of this database by those of the backup file ``backup``, after
        checking it whole; return the copy kept of the records as they were (None when there
        were none). Raises ``StoreError`` with nothing changed."""

    def insert_and_commit(self, connection: Connection, inserts: list[tuple[Insert, list[dict[str, Any]]]]) -> None:
        """Run each insert with its rows on ``connection`` (a unit of work's), at its end:
        a backend that can also commits in the same round trip; the caller commits after."""


def backend_for(target: str | os.PathLike[str] | URL) -> Backend:
    """The backend of ``target``: a file path or ``sqlite:///`` URL for a local SQLite file,
    ``postgresql+psycopg://…`` for a server. Raises ``StoreError`` for anything else."""
    if isinstance(target, URL):
        url = target
    elif is_url(target):
        try:
            url = make_url(str(target))
        except ArgumentError as exc:
            raise StoreError(translatable("{address} is not a database address that can be read.", address=public_target(target))) from exc
    else:
        url = URL.create("sqlite", database=str(Path(target).expanduser().resolve()))
    name = url.get_backend_name()
    module = BACKENDS.get(name)
    if module is None:
        raise StoreError(translatable("{address} names a kind of database ITSM Desktop cannot use "
                                      "({name}); give a file path or a postgresql:// address.", address=public_target(url), name=name))
    backend: Backend = importlib.import_module(f"{__name__}.{module}").Backend(url)
    return backend


def error_kind(exc: BaseException) -> ErrorKind | None:
    """The kind of the database error ``exc``, by its driver's result code or SQLSTATE.

    Only backends already in use are asked: one never imported cannot have raised it.
    """
    for module in BACKENDS.values():
        loaded = sys.modules.get(f"{__name__}.{module}")
        if loaded is None:
            continue
        kind: ErrorKind | None = loaded.classify(exc)
        if kind is not None:
            return kind
    return None


_SQLSTATE_KINDS = {
    "23505": ErrorKind.UNIQUE, "23503": ErrorKind.FOREIGN_KEY,
    "40001": ErrorKind.RETRY, "40P01": ErrorKind.RETRY,  # serialization failure, deadlock
    "55P03": ErrorKind.BUSY,  # lock not available (lock_timeout, NOWAIT)
    "57014": ErrorKind.CANCELLED,  # query cancelled: statement_timeout, or asked to stop
    "57P01": ErrorKind.CONNECTION, "57P02": ErrorKind.CONNECTION, "57P03": ErrorKind.CONNECTION,
    "25006": ErrorKind.READ_ONLY, "42501": ErrorKind.READ_ONLY,  # read-only transaction, no privilege
    "53100": ErrorKind.DISK_FULL, "58030": ErrorKind.IO,
    "XX001": ErrorKind.DAMAGED, "XX002": ErrorKind.DAMAGED,  # data or index corrupted
    "3D000": ErrorKind.CANT_OPEN,  # no such database
}
_SQLSTATE_CLASSES = {"23": ErrorKind.CONSTRAINT, "08": ErrorKind.CONNECTION, "28": ErrorKind.CANT_OPEN}


def sqlstate_kind(sqlstate: str | None) -> ErrorKind | None:
    """The kind of a standard SQLSTATE (``e.sqlstate`` of psycopg's errors): by its code, else by
    its class (the first two characters); None for one that means nothing listed."""
    if not sqlstate:
        return None
    return _SQLSTATE_KINDS.get(sqlstate) or _SQLSTATE_CLASSES.get(sqlstate[:2])


def driver_error(exc: BaseException) -> BaseException:
    """The driver's own exception inside SQLAlchemy's wrapper (``exc.orig``), else ``exc``."""
    orig = getattr(exc, "orig", None)
    return orig if isinstance(orig, BaseException) else exc


def describe_url(url: URL) -> str:
    """``user@host:port/db`` for a server, without driver or password."""
    who = f"{url.username}@" if url.username else ""
    where = url.host or "localhost"
    port = f":{url.port}" if url.port else ""
    return f"{who}{where}{port}/{url.database or ''}"


def public_target(target: str | os.PathLike[str] | URL) -> str:
    """``target`` as it may be shown and remembered: a path as given, a URL without its password."""
    if isinstance(target, URL):
        bare = URL.create(target.drivername, username=target.username, host=target.host,
                          port=target.port, database=target.database, query=target.query)
        return bare.render_as_string(hide_password=False)
    if is_url(target):
        try:
            return public_target(make_url(str(target)))
        except ArgumentError:
            return URL_SCHEME.match(str(target)).group(0) + "…"  # type: ignore[union-attr]
    return str(target)
