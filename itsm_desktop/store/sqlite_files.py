"""SQLite files on disk: URIs, error sentences, reading without side effects, private copies.

The rule everything here keeps: a database file and its ``-wal``/``-shm`` are opened, written,
replaced or deleted only through SQLite, or when SQLite itself guarantees that no other
connection exists. Two traps make that rule necessary:

* POSIX advisory locks belong to the process: closing *any* descriptor of the database file
  drops every lock the process's SQLite connections hold, so another process may then take
  itself for the last connection and delete the write-ahead log under them. Nothing here
  ``open()``s a database file; SQLite keeps its own descriptors until it may close them.
* A read-only connection cannot remove the ``-wal``/``-shm`` it creates; :func:`reading` lets
  SQLite tidy them up again through its own last-connection rule.

The temporary files written beside a database carry the writing process's id, so two
processes never share one, and :func:`remove_stale_temporaries` removes those of a process
that was killed.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from urllib.parse import urlencode

from itsm_desktop.domain.translatable import translatable

SIDE_FILES = ("-wal", "-shm", "-journal")
TEMP_SUFFIX = ".part"
LEGACY_TEMP_AGE = 600.0  # seconds: a fixed-name temporary of an older version, left by a crash

# primary result codes (https://sqlite.org/rescode.html)
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 3, 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26

_TEMP = re.compile(r"\.(?P<name>.+)\.(?P<pid>\d+)-[0-9a-f]{8}\.part(?:-journal|-wal|-shm)?")


FULL_CHECK_MAX_BYTES = 32 * 1024 * 1024
"""A database file up to this size is read whole (``PRAGMA quick_check``) before it is used:
about 60 ms at most."""


def side_files(path: Path) -> list[Path]:
    """The journal files SQLite keeps beside the database ``path``."""
    return [path.with_name(path.name + suffix) for suffix in SIDE_FILES]


def file_uri(path: Path, **params: str) -> str:
    """An SQLite URI for ``path`` with query ``params``; ``#``, ``?`` and ``%`` in it are safe."""
    uri = Path(path).resolve().as_uri()  # percent-encodes every special character
    return uri + ("?" + urlencode(params) if params else "")


def result_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of ``exc`` (an ``sqlite3.Error`` or SQLAlchemy's wrapper)."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_busy(exc: BaseException) -> bool:
    return result_code(exc) in (SQLITE_BUSY, SQLITE_LOCKED)


def is_damage(exc: BaseException) -> bool:
    return result_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB)


READ = translatable("read")
WRITTEN = translatable("written")
OPENED = translatable("opened")
PREPARED = translatable("prepared")
UPGRADED = translatable("upgraded")
_PARTICIPLES = {str(word): word for word in (READ, WRITTEN, OPENED, PREPARED, UPGRADED)}


def participle(doing: str) -> str:
    """``doing`` as a marked word, translated with the sentence it is put in."""
    return _PARTICIPLES.get(doing, doing)


def error_sentence(exc: BaseException, path: Path, *, doing: str = READ) -> str:
    """One sentence for the user about the SQLite error ``exc`` on the database ``path``
    (``doing``: one of the marked participles ``READ``, ``WRITTEN``, ``OPENED``…)."""
    code = result_code(exc)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return translatable("The database {path} is locked by another program; close it and try again.",
                            path=str(path))
    if code == SQLITE_CORRUPT:
        return translatable("The database {path} is damaged; restore it from a backup.", path=str(path))
    if code == SQLITE_NOTADB:
        return translatable("{path} is not an ITSM Desktop database: SQLite does not recognise it "
                            "(if it was one, it is damaged; restore it from a backup).", path=str(path))
    if code in (SQLITE_READONLY, SQLITE_PERM):
        return translatable("The database {path} is read-only; make it writable or open another.",
                            path=str(path))
    if code == SQLITE_FULL:
        return translatable("The disk holding {path} is full.", path=str(path))
    if code == SQLITE_CANTOPEN:
        return translatable("The database {path} cannot be opened: its folder or file is not accessible.",
                            path=str(path))
    if code == SQLITE_IOERR:
        return translatable("The database {path} could not be {doing} (disk I/O error).",
                            path=str(path), doing=participle(doing))
    reason = str(getattr(exc, "orig", exc)).splitlines()[0].rstrip(".") if str(exc) else type(exc).__name__
    return translatable("The database {path} could not be {doing}: {reason}.",
                        path=str(path), doing=participle(doing), reason=reason)


def os_error_sentence(exc: OSError, action: str) -> str:
    """``Cannot <action>: <reason>.`` for an operating-system error (``action``: a marked
    sentence, ``translatable("open the database {path}", path=...)``)."""
    return translatable("Cannot {action}: {reason}.", action=action,
                        reason=(exc.strerror or str(exc)).rstrip("."))


# --- reading without side effects ----------------------------------------------------------


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


@contextlib.contextmanager
def reading(path: Path, *, timeout: float = 5.0, check_same_thread: bool = True
            ) -> Iterator[sqlite3.Connection]:
    """A read-only connection to the database ``path`` that leaves nothing behind.

    A database in a folder or file nobody may write is read as immutable (nobody can be
    changing it, and SQLite could not create its ``-shm`` there). Otherwise it is read through
    its write-ahead log; a ``-wal``/``-shm`` this created is removed afterwards by SQLite
    itself, through a connection that closes as the last one (or not, if another exists).
    """
    path = Path(path)
    wal, shm, _journal = side_files(path)
    had_side_files = wal.exists() or shm.exists()
    can_write = _writable(path.parent) and _writable(path)
    if not can_write and not wal.exists():
        uri = file_uri(path, mode="ro", immutable="1")
    else:
        uri = file_uri(path, mode="ro")
    con = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None,
                          check_same_thread=check_same_thread)
    try:
        yield con
    finally:
        con.close()
        if can_write and not had_side_files and (wal.exists() or shm.exists()):
            let_sqlite_tidy(path)


def let_sqlite_tidy(path: Path) -> None:
    """Open and close a read-write connection, so that SQLite removes ``-wal``/``-shm`` if it
    is the last connection (it checkpoints first; nothing changes when the log is empty)."""
    with contextlib.suppress(sqlite3.Error), closing(
            sqlite3.connect(file_uri(path, mode="rw"), uri=True, timeout=0, isolation_level=None)) as con:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()


# --- private temporary files and copies ----------------------------------------------------


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


def temporary_beside(target: Path) -> Path:
    """A new private file beside ``target``, named for this process alone."""
    while True:
        tmp = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}")
        try:
            create_private_file(tmp)
            return tmp
        except FileExistsError:  # pragma: no cover - 2^32 names per process
            continue


def remove_private_copy(path: Path) -> None:
    """Remove a file this process created and alone knows of, with its journal files."""
    for candidate in (path, *side_files(path)):
        candidate.unlink(missing_ok=True)


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def remove_stale_temporaries(database: Path) -> list[Path]:
    """Remove the temporary copies a killed process left beside ``database``; return them.

    Only names made by :func:`temporary_beside` for files named after the database, whose
    process no longer runs, and the fixed names of older versions once they are old.
    """
    folder, stem = database.parent, database.stem
    legacy = re.compile(re.escape(stem) + r"\.before-(?:upgrade|restore)-.*\.part(?:-journal|-wal|-shm)?"
                        r"|\." + re.escape(stem) + r"\.restore\.db(?:-journal|-wal|-shm)?")
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir()) if _writable(folder) else []
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = _TEMP.fullmatch(entry.name)
        stale = False
        if match is not None and match.group("name").startswith(stem):
            stale = not _process_alive(int(match.group("pid")))
        elif legacy.fullmatch(entry.name):
            with contextlib.suppress(OSError):
                stale = now - entry.stat().st_mtime > LEGACY_TEMP_AGE
        if stale:
            with contextlib.suppress(OSError):
                entry.unlink()
                removed.append(entry)
    return removed


def fsync_file(path: Path) -> None:
    """Flush the private file ``path`` (never a live database: closing drops its locks)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
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


def copy_pages(source: sqlite3.Connection, tmp: Path) -> None:
    """Copy the database behind ``source`` into the private file ``tmp``, self-contained.

    One step of SQLite's backup API: a single consistent snapshot of the source, even while
    others write to it (or, if ``source`` holds the write lock, exactly its state).
    """
    with closing(sqlite3.connect(tmp, isolation_level=None)) as dst:
        source.backup(dst)
        # a copy of a WAL database is marked WAL too; make the copy a single plain file
        dst.execute("PRAGMA journal_mode=DELETE")


def copy_database(source: sqlite3.Connection, target: Path, *, replace: bool = True) -> Path:
    """Write a consistent copy of ``source`` to ``target``: whole or not at all, private.

    With ``replace=False`` an existing file is never replaced: the copy goes to the first
    free name of :func:`publish_new`, which is returned.
    """
    tmp = temporary_beside(target)
    try:
        copy_pages(source, tmp)
        fsync_file(tmp)
        if replace:
            os.replace(tmp, target)
        else:
            target = publish_new(tmp, target)
        fsync_folder(target.parent)
    finally:
        remove_private_copy(tmp)
    return target


def numbered_names(wanted: Path) -> Iterator[Path]:
    """``wanted``, then ``wanted`` with ``-2``, ``-3`` … before its suffix."""
    yield wanted
    n = 2
    while True:
        yield wanted.with_name(f"{wanted.stem}-{n}{wanted.suffix}")
        n += 1


def publish_new(tmp: Path, wanted: Path) -> Path:
    """Give the complete file ``tmp`` the first name of :func:`numbered_names` that no file
    has, atomically: two processes publishing at the same moment never take the same name,
    and no existing file is ever replaced. Returns the name given; ``tmp`` is gone.
    """
    for candidate in numbered_names(wanted):
        try:
            os.link(tmp, candidate)  # fails if the name exists, whoever created it an instant ago
        except FileExistsError:
            continue
        except OSError:  # a file system without hard links: reserve the name, then fill it
            try:
                create_private_file(candidate)
            except FileExistsError:
                continue
            os.replace(tmp, candidate)
            return candidate
        tmp.unlink()
        return candidate
    raise AssertionError("unreachable")  # pragma: no cover - numbered_names never ends
