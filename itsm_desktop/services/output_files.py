"""Writing exported files: whole or not at all, never over a database, with the user's umask.

An export names its file freely (a typo, a tab-completed name, a symbolic link), so before
anything is written the target is refused when it is a folder or anything other than a
regular file, the database named by ``protect`` or one of its journal files (compared by
resolved path and by file identity, so hard and symbolic links count), or any existing file
that SQLite recognises as its own: a database, a write-ahead log, a rollback journal, or the
``-wal``/``-shm``/``-journal`` file beside a database. Then the data goes to a temporary file
in the same folder, reaches the disk, and takes the target's name in one rename; the
temporary file never survives a failure.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from itsm_desktop.domain.errors import ItsmError
from itsm_desktop.domain.translatable import translatable

SQLITE_HEADER = b"SQLite format 3\x00"
WAL_MAGICS = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
ROLLBACK_JOURNAL_MAGIC = b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"
JOURNAL_SUFFIXES = ("-wal", "-shm", "-journal")
_TEMP_ATTEMPTS = 100


def _sqlite_kind(path: Path) -> str | None:
    """What SQLite would call the existing regular file ``path``: a database, a write-ahead
    log or a rollback journal; None for anything else or a file that cannot be read."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError:
        return None
    if head == SQLITE_HEADER:
        return translatable("a database")
    if head[:4] in WAL_MAGICS:
        return translatable("a database's write-ahead log")
    if head[: len(ROLLBACK_JOURNAL_MAGIC)] == ROLLBACK_JOURNAL_MAGIC:
        return translatable("a database's rollback journal")
    return None


def _database_files(database: Path) -> list[Path]:
    return [database] + [database.with_name(database.name + s) for s in JOURNAL_SUFFIXES]


def _same_file(a: Path, b: Path) -> bool:
    if a.resolve() == b.resolve():
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist
        return False


def _journal_of(output: Path) -> Path | None:
    """The database whose journal file ``output`` is by its name, if that database exists."""
    for suffix in JOURNAL_SUFFIXES:
        if output.name.endswith(suffix) and len(output.name) > len(suffix):
            base = output.with_name(output.name[: -len(suffix)])
            if base.is_file() and _sqlite_kind(base) == "a database":
                return base
    return None


def database_file_refusal(output: Path, database: Path) -> str | None:
    """Why ``output`` must not be written because it is ``database`` or one of its journal
    files, existing or not, under any name (one sentence); None when it is neither."""
    database = Path(database).expanduser()
    for own in _database_files(database):
        if _same_file(output, own):
            if own == database:
                return translatable("{output} is the database {database}, which is never overwritten; choose "
                                    "another file name.", output=output, database=database.resolve())
            return translatable("{output} is a journal file of the database {database}, which is never "
                                "overwritten; choose another file name.", output=output, database=database.resolve())
    return None


def refusal(output: Path, protect: Iterable[Path] = ()) -> str | None:
    """Why an export must not write ``output`` (one sentence), or None when it may.

    ``protect`` names databases (open ones, say) that must survive along with their journal
    files, whether or not those exist yet.
    """
    for database in protect:
        if (reason := database_file_refusal(output, database)) is not None:
            return reason
    if output.is_dir():
        return translatable("{output} is a folder; give the file a name.", output=output)
    if output.exists() and not output.is_file():
        return translatable("{output} is not a regular file; choose another file name.", output=output)
    if output.exists() and (kind := _sqlite_kind(output)) is not None:
        return translatable("{output} is {kind}; an export never overwrites one: choose another file name.",
                            output=output, kind=kind)
    base = _journal_of(output)
    if base is not None:
        return translatable("{output} is a journal file of the database {database}; an export never overwrites "
                            "it: choose another file name.", output=output, database=base)
    return None


def _create_temporary(folder: Path, name: str) -> tuple[int, Path]:
    """A new, empty file beside the target, its mode from the umask like any new file."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _attempt in range(_TEMP_ATTEMPTS):
        candidate = folder / f".{name}.{secrets.token_hex(6)}.part"
        try:
            return os.open(candidate, flags, 0o666), candidate
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {folder}")


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX; Windows has no folder handles)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:  # some file systems cannot sync a folder; the file itself is whole
        pass


@contextmanager
def writing(output: Path, *, protect: Iterable[Path] = ()) -> Iterator[BinaryIO]:
    """A binary file to write ``output`` through, whole or not at all.

    What is written goes to a temporary file beside ``output`` that takes its name, once
    flushed to the disk, when the block ends normally; on any error (or an exception from the
    block) it is removed and every file stays as it was. Raises ``ItsmError`` with one
    sentence when ``output`` is refused (see :func:`refusal`; ``protect`` names databases to
    keep safe), when its folder does not exist, or when writing fails. The new file's
    permissions follow the umask.
    """
    output = Path(output).expanduser()
    reason = refusal(output, protect)
    if reason is not None:
        raise ItsmError(reason)
    folder = output.parent
    if not folder.is_dir():
        raise ItsmError(translatable("Cannot write {output}: the folder {folder} does not exist.", output=output,
                                     folder=folder))
    temporary: Path | None = None
    try:
        fd, temporary = _create_temporary(folder, output.name)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, output)
        temporary = None
    except OSError as exc:
        raise ItsmError(translatable("Cannot write {output}: {reason}.", output=output,
                                     reason=exc.strerror or str(exc))) from exc
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
    _fsync_folder(folder)


def write_file(output: Path, data: bytes, *, protect: Iterable[Path] = ()) -> Path:
    """Write ``data`` to ``output`` whole or not at all; return the path written (see
    :func:`writing`)."""
    output = Path(output).expanduser()
    with writing(output, protect=protect) as handle:
        handle.write(data)
    return output
