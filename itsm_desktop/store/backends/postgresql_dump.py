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
import shutil
import subprocess
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from psycopg.conninfo import make_conninfo

from itsm_desktop import APP_ID

from ..errors import StoreError
from ..sqlite_files import publish_new, temporary_beside
from . import Steps

if TYPE_CHECKING:
    from .postgresql import Backend

TOOLS_PACKAGE = "postgresql-client"
_BACKUP_TABLE = "TABLE public alembic_version"  # what pg_restore --list shows for one of ours


def tool(name: str) -> str:
    """The path of the client tool ``name``; ``StoreError`` naming the package when missing."""
    found = shutil.which(name)
    if found is None:
        raise StoreError(f"Backing up and restoring a server database needs PostgreSQL's {name}; "
                         f"install the {TOOLS_PACKAGE} package (or your system's PostgreSQL client tools).")
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
        # the tools' first error line says what went wrong; never a password (not in argv)
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        detail = lines[0].split(": ", 2)[-1].strip().rstrip(".") if lines else f"exit code {result.returncode}"
        raise StoreError(f"{failure}: {detail}.")


def dump(backend: Backend, output: Path, *, replace: bool = True) -> Path:
    """A ``pg_dump`` custom-format copy of the database at ``output``, replaced whole or not at
    all; with ``replace=False`` at the first free name after ``output`` instead (returned)."""
    pg_dump = tool("pg_dump")
    if output.is_dir():
        raise StoreError(f"{output} is a folder; give the backup a file name.")
    conninfo, env = _connection(backend)
    partial: Path | None = None
    try:
        partial = temporary_beside(output)  # a name of this process alone
        _run([pg_dump, "--format=custom", "--no-password", f"--file={partial}", f"--dbname={conninfo}"], env,
             f"Cannot back up {backend.describe()}")
        if replace:
            os.replace(partial, output)
        else:
            output = publish_new(partial, output)
    except OSError as exc:
        raise StoreError(f"Cannot write the backup {output}: {exc.strerror or exc}.") from exc
    finally:
        if partial is not None:
            partial.unlink(missing_ok=True)
    return output


def _check_backup(backup: Path, env: Mapping[str, str]) -> None:
    """Refuse a file that is not a ``pg_dump`` archive of an ITSM Desktop database."""
    if not backup.is_file():
        raise StoreError(f"There is no backup file {backup}.")
    listed = subprocess.run([tool("pg_restore"), "--list", str(backup)], env=dict(env),
                            capture_output=True, text=True, check=False)
    if listed.returncode != 0:
        raise StoreError(f"{backup} is not a backup of a server database (pg_dump's custom format).")
    if _BACKUP_TABLE not in listed.stdout:
        raise StoreError(f"{backup} is a backup of another application's database, not ITSM Desktop's.")


def kept_copy_path(backend: Backend, why: str) -> Path:
    """Where a copy kept before an upgrade or a restore goes: the user's backups folder."""
    folder = Path(platformdirs.user_data_dir(APP_ID, appauthor=False)) / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return folder / f"{backend.backup_stem()}.{why}-{stamp}.dump"


def restore(backend: Backend, backup: Path, *, on_step: Steps) -> Path | None:
    """Replace the database's objects and records by the backup's, in one transaction; keep
    a copy of what was there first. Nothing changes when the backup is refused or fails."""
    conninfo, env = _connection(backend)
    _check_backup(backup, env)
    on_step("staged")
    kept = dump(backend, kept_copy_path(backend, "before-restore"), replace=False) if backend.exists() else None
    on_step("kept")
    _run([tool("pg_restore"), "--clean", "--if-exists", "--single-transaction", "--exit-on-error",
          "--no-owner", "--no-privileges", "--no-password", f"--dbname={conninfo}", str(backup)], env,
         f"Cannot restore {backup} into {backend.describe()}; nothing was changed")
    on_step("restored")
    return kept
