"""Backups of a server database with PostgreSQL's own client tools, ``pg_dump`` and ``pg_restore``.

A backup is ``pg_dump``'s custom format (compressed, restorable object by object, readable by
any later ``pg_restore``): a consistent snapshot taken while others keep working. A restore
replaces every object the backup holds in one transaction (``--single-transaction``): it
applies whole or not at all. The tools are PostgreSQL's client package (``postgresql-client``
on Debian and Ubuntu); without them backups of a server are refused with that advice, since a
copy made any other way would not be one the server's administrator can restore with the
standard tools.

The password, when the URL has one, reaches the tools through their environment
(``PGPASSWORD``), never on a command line other users could read.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from psycopg.conninfo import make_conninfo

from itsm_desktop import APP_ID
from itsm_desktop.domain.translatable import translatable

from ..errors import StoreError
from ..sqlite_files import publish_new, temporary_beside
from . import Steps

if TYPE_CHECKING:
    from .postgresql import Backend

TOOLS_PACKAGE = "postgresql-client"
CONNECT_WAIT = 10.0  # seconds a tool may take to reach the server, beyond waiting for locks
_BACKUP_TABLE = "TABLE public alembic_version"  # what pg_restore --list shows for one of ours


def tool(name: str) -> str:
    """The path of the client tool ``name``; ``StoreError`` naming the package when missing."""
    found = shutil.which(name)
    if found is None:
        raise StoreError(translatable("Backing up and restoring a server database needs PostgreSQL's {name}; "
                                      "install the {package} package (or your system's PostgreSQL client tools).", name=name, package=TOOLS_PACKAGE))
    return found


def _connection(backend: Backend) -> tuple[str, Mapping[str, str]]:
    """The libpq connection string (no password) and the environment for the tools."""
    url = backend.url
    params = {k: v for k, v in url.query.items() if isinstance(v, str)}
    conninfo = make_conninfo(host=url.host or "", port=str(url.port or ""), user=url.username or "",
                             dbname=url.database or "", **params)
    env = {k: v for k, v in os.environ.items() if k != "PGPASSWORD"}
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return conninfo, env


def _run(command: list[str], env: Mapping[str, str], failure: str) -> None:
    result = subprocess.run(command, env=dict(env), capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise StoreError(translatable("{failure}: {reason}.", failure=failure, reason=_first_error(result.stderr, result.returncode)))


def _first_error(stderr: str, returncode: int) -> str:
    """The tools' first error line says what went wrong; never a password (not in argv)."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    return lines[0].split(": ", 2)[-1].strip().rstrip(".") if lines else f"exit code {returncode}"


def dump(backend: Backend, output: Path, *, replace: bool = True, snapshot: str | None = None) -> Path:
    """A ``pg_dump`` custom-format copy of the database at ``output``, replaced whole or not at
    all; with ``replace=False`` at the first free name after ``output`` instead (returned).
    ``snapshot``: a snapshot exported by another session, to copy exactly what it sees."""
    pg_dump = tool("pg_dump")
    if output.is_dir():
        raise StoreError(translatable("{output} is a folder; give the backup a file name.", output=output))
    conninfo, env = _connection(backend)
    partial: Path | None = None
    try:
        partial = temporary_beside(output)  # a name of this process alone
        taken = [f"--snapshot={snapshot}"] if snapshot else []
        _run([pg_dump, "--format=custom", "--no-password", *taken, f"--file={partial}", f"--dbname={conninfo}"],
             env, translatable("Cannot back up {database}", database=backend.describe()))
        if replace:
            os.replace(partial, output)
        else:
            output = publish_new(partial, output)
    except OSError as exc:
        raise StoreError(translatable("Cannot write the backup {output}: {reason}.", output=output, reason=exc.strerror or exc)) from exc
    finally:
        if partial is not None:
            partial.unlink(missing_ok=True)
    return output


def _check_backup(backup: Path, env: Mapping[str, str]) -> None:
    """Refuse a file that is not a ``pg_dump`` archive of an ITSM Desktop database."""
    if not backup.is_file():
        raise StoreError(translatable("There is no backup file {backup}.", backup=backup))
    listed = subprocess.run([tool("pg_restore"), "--list", str(backup)], env=dict(env),
                            capture_output=True, text=True, check=False)
    if listed.returncode != 0:
        raise StoreError(translatable("{backup} is not a backup of a server database (pg_dump's custom format).", backup=backup))
    if _BACKUP_TABLE not in listed.stdout:
        raise StoreError(translatable("{backup} is a backup of another application's database, not ITSM Desktop's.", backup=backup))


def kept_copy_path(backend: Backend, why: str) -> Path:
    """Where a copy kept before an upgrade or a restore goes: the user's backups folder."""
    folder = Path(platformdirs.user_data_dir(APP_ID, appauthor=False)) / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return folder / f"{backend.backup_stem()}.{why}-{stamp}.dump"


def restore(backend: Backend, backup: Path, *, on_step: Steps, busy_timeout: float = 5.0) -> Path | None:
    """Replace the database's objects and records by the backup's, in one transaction; keep
    a copy of what was there first. Nothing changes when the backup is refused or fails.

    No save can fall between the copy and the restore: one session locks every table against
    writers (readers go on), ``pg_dump`` copies exactly what it then sees (the session's
    exported snapshot), and the same session replaces the records and commits.
    """
    conninfo, env = _connection(backend)
    _check_backup(backup, env)
    with tempfile.TemporaryDirectory(prefix="itsm-restore-") as folder:
        script = Path(folder) / "restore.sql"
        _run([tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--no-privileges",
              f"--file={script}", str(backup)], env, translatable("Cannot read the backup {backup}", backup=backup))
        on_step("staged")
        failure = translatable("Cannot restore {backup} into {database}; nothing was changed",
                               backup=backup, database=backend.describe())
        for attempt in range(1, DEADLOCK_ATTEMPTS + 1):
            kept = None
            try:
                with _LockedSession(conninfo, env, Path(folder) / f"snapshot-{attempt}", busy_timeout) as session:
                    if backend.exists():
                        on_step("locked")
                        kept = dump(backend, kept_copy_path(backend, "before-restore"), replace=False,
                                    snapshot=session.snapshot)
                    on_step("kept")
                    session.finish(script, failure)
                break
            except _SessionFailed as exc:
                if kept is not None:
                    kept.unlink(missing_ok=True)  # a copy of a state that stays live
                # a user's save that waited for the restore while holding what the restore
                # needs: the server cancels one of the two; the save goes through, then again
                if exc.sqlstate != DEADLOCK or attempt == DEADLOCK_ATTEMPTS:
                    raise
    on_step("restored")
    return kept


DEADLOCK = "40P01"
DEADLOCK_ATTEMPTS = 3
_SQLSTATE = re.compile(r"ERROR:\s+([0-9A-Z]{5}): ")


class _SessionFailed(StoreError):
    def __init__(self, message: str, sqlstate: str | None) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


_LOCK_EVERY_TABLE = """DO $lock$ DECLARE t text; BEGIN
  FOR t IN SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = current_schema() LOOP
    EXECUTE 'LOCK TABLE ' || t || ' IN SHARE MODE';
  END LOOP;
END $lock$;"""


class _LockedSession:
    """A ``psql`` session holding every table of the database against writers.

    In READ COMMITTED the snapshot it exports is taken after the locks are granted, so it holds
    every save committed before and none can follow until the session ends. Should this
    process die, ``psql`` meets the end of its input and the server rolls everything back.
    """

    def __init__(self, conninfo: str, env: Mapping[str, str], answer: Path, busy_timeout: float) -> None:
        self._answer = answer
        self._failure_hint = translatable("Nothing was restored: the database could not be held against "
                                          "other users' saves")
        self._process = subprocess.Popen(
            [tool("psql"), "--no-psqlrc", "--quiet", "--tuples-only", "--no-align", "--set=ON_ERROR_STOP=1",
             "--set=VERBOSITY=verbose",
             f"--dbname={conninfo}"], env=dict(env), stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE, text=True)
        self._send(f"SET lock_timeout = {int(busy_timeout * 1000)};\nBEGIN;\n{_LOCK_EVERY_TABLE}\n"
                   f"SELECT pg_export_snapshot() \\g '{self._answer}'\n")
        self.snapshot = self._await_snapshot(busy_timeout + CONNECT_WAIT)

    def _send(self, commands: str) -> None:
        assert self._process.stdin is not None
        try:
            self._process.stdin.write(commands)
            self._process.stdin.flush()
        except BrokenPipeError:  # psql stopped: its error is read in _fail
            pass

    def _await_snapshot(self, seconds: float) -> str:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self._answer.exists() and (text := self._answer.read_text().strip()):
                return text
            if self._process.poll() is not None:
                self._fail(self._failure_hint)
            time.sleep(0.02)
        self._fail(self._failure_hint)
        raise AssertionError("unreachable")  # pragma: no cover

    def finish(self, script: Path, failure: str) -> None:
        """Run ``script`` in the locked transaction and commit, or change nothing."""
        self._send(f"SET lock_timeout = 0;\n\\i '{script}'\nCOMMIT;\n")
        assert self._process.stdin is not None
        self._process.stdin.close()
        if self._process.wait() != 0:
            self._fail(failure)

    def _fail(self, failure: str) -> None:
        self._process.kill()
        self._process.wait()
        assert self._process.stderr is not None
        err = self._process.stderr.read()
        code = _SQLSTATE.search(err)
        reason = _first_error(_SQLSTATE.sub('ERROR:  ', err), self._process.returncode)
        raise _SessionFailed(translatable("{failure}: {reason}.", failure=failure, reason=reason),
                             code.group(1) if code else None)

    def __enter__(self) -> _LockedSession:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._process.poll() is None:  # not finished: the server rolls the transaction back
            self._process.kill()
        self._process.wait()
        for pipe in (self._process.stdin, self._process.stderr):
            if pipe is not None:
                pipe.close()
