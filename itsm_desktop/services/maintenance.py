"""Backups, restore, health checks, and reading the change history of a record.

Restoring writes a checked backup into the database through SQLite, under its write lock:
other windows and programs may keep it open (they see the restored records once it is done).
A window restoring its own database closes its ``Database`` first and opens it again after,
so that nothing it has cached survives. Everything else here may run while the database is open.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import platformdirs
from sqlmodel import col, select

from itsm_desktop import APP_ID
from itsm_desktop.domain.errors import ItsmError, NotFoundError
from itsm_desktop.domain.models import Agreement, HistoryEntry, ServiceFamily
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.store import Database, StoreError
from itsm_desktop.store.backends import Steps, backend_for
from itsm_desktop.store.backup import (
    BackupError,
    list_backups,
    make_private_folder,
    prune_backups,
    stamped_name,
)
from itsm_desktop.store.database import DEFAULT_BUSY_TIMEOUT

from . import agreements, catalog, stakeholders
from .common import diff, get_or_404
from .user_profiles import names_of_logins

DEFAULT_KEEP_BACKUPS = 7
"""How many automatic backups to keep unless the user's preference says otherwise."""

BACKUP_FOLDER_NAME = "backups"


# --- backups -------------------------------------------------------------------------------


def backup_database(db: Database, *, output: Path) -> Path:
    """A consistent copy of the open database at ``output`` (never over the database itself)."""
    return _backup(lambda out: db.backup_to(out), db.location, output)


def backup_file(target: str | os.PathLike[str], *, output: Path) -> Path:
    """A consistent copy of the database ``target`` (a path or URL) at ``output``, without
    opening it for writing.

    Another program may be writing to it meanwhile: the copy holds the committed state.
    """
    backend = backend_for(target)
    if not backend.exists():
        raise ItsmError(translatable("There is no database file {path} to back up.", path=backend.describe()))
    return _backup(lambda out: backend.backup_to(out, busy_timeout=DEFAULT_BUSY_TIMEOUT),
                   backend.local_file, output)


def _backup(copy: Callable[[Path], Path], database: Path | None, output: Path) -> Path:
    output = Path(output).expanduser().resolve()
    if output == database:
        raise ItsmError(translatable("The backup cannot overwrite the database itself; choose another file."))
    if output.is_dir():
        raise ItsmError(translatable("{path} is a folder; give the backup a file name.", path=str(output)))
    return copy(output)


def default_backup_folder(target: str | os.PathLike[str]) -> Path:
    """Where automatic backups of the database ``target`` go: a ``backups`` folder beside its
    file, or in the user data folder for a database on a server.

    For the default database that is ``<user data folder>/backups``. Backups are named after
    the database (``itsm.db`` → ``itsm-YYYYMMDD-HHMMSS.db``), so databases that share a
    folder never prune each other's backups.
    """
    local = backend_for(target).local_file
    if local is None:
        return Path(platformdirs.user_data_dir(APP_ID, appauthor=False)) / BACKUP_FOLDER_NAME
    return local.parent / BACKUP_FOLDER_NAME


def list_automatic_backups(target: str | os.PathLike[str],
                           folder: Path | None = None) -> list[tuple[datetime, Path]]:
    """The automatic backups of the database ``target`` (local time taken, file), newest first."""
    folder = Path(folder) if folder is not None else default_backup_folder(target)
    return list(reversed(list_backups(folder, backend_for(target).backup_stem())))


def auto_backup(db: Database, folder: Path | None = None, *, keep: int = DEFAULT_KEEP_BACKUPS,
                now: datetime | None = None) -> Path | None:
    """Take the day's automatic backup of ``db`` unless there already is one; keep the newest ``keep``.

    Call it after opening a database. Returns the new backup, or None when today's backup
    already existed. Backups go to ``folder`` (default: :func:`default_backup_folder`) as
    ``<database name>-YYYYMMDD-HHMMSS.db`` in local time; only files named that way for this
    database are ever pruned. Raises ``ItsmError`` if the folder cannot be written.
    """
    if keep < 1:
        raise ItsmError(translatable("Keep at least one automatic backup."))
    now = now or datetime.now()
    folder = Path(folder).expanduser() if folder is not None else default_backup_folder(db.target())
    stem = db.backend.backup_stem()
    try:
        make_private_folder(folder)
        existing = list_backups(folder, stem)
        made = None
        if not any(when.date() == now.date() for when, _path in existing):
            made = db.backup_to(folder / stamped_name(stem, now))
        prune_backups(folder, stem, keep)
    except (BackupError, StoreError) as exc:
        raise ItsmError(f"Cannot make the automatic backup: {exc}") from exc
    except OSError as exc:
        raise ItsmError(f"Cannot make the automatic backup in {folder}: {exc.strerror or exc}.") from exc
    return made


def restore_backup(target: str | os.PathLike[str], backup_path: Path, *,
                   busy_timeout: float = DEFAULT_BUSY_TIMEOUT, on_step: Steps | None = None) -> Path | None:
    """Replace the records of the database ``target`` (a path or URL) by those of ``backup_path``.

    The backup is checked whole first; otherwise ``StoreError`` says what is wrong and nothing
    is changed. The records as they were are kept (for a file, as
    ``<name>.before-restore-<time>.db`` beside it); other windows and programs that have the
    database open go on safely. Returns the kept copy (None if there was no current database).

    ``on_step`` is called at each step (see ``store.backends.Steps``).
    """
    return backend_for(target).restore_from(Path(backup_path), busy_timeout=busy_timeout,
                                            on_step=on_step or (lambda _step: None))


# --- health --------------------------------------------------------------------------------


def check_database(target: str | os.PathLike[str]) -> tuple[list[str], str]:
    """Integrity check, foreign-key check, schema version and history consistency of the
    database ``target`` (a path or URL); nothing is written.

    Returns the problems (one line each; none means healthy) and a one-line summary.
    """
    report = backend_for(target).check()
    return report.problems, report.summary


# --- change history ------------------------------------------------------------------------


def history_of(db: Database, entity: str, entity_id: int) -> list[HistoryEntry]:
    """Who changed the record, when and what, oldest first.

    ``entity`` is the record's table name: ``organization``, ``contact``, ``service_family``,
    ``service`` or ``agreement``. For an agreement the entries of all its revisions are
    included, so the history survives revising it. Each entry's ``changes`` maps a field to
    ``[old, new]``.
    """
    with db.read() as session:
        ids = [entity_id]
        if entity == "agreement":
            agreement = session.get(Agreement, entity_id)
            if agreement is not None:
                ids = [i for i in session.exec(select(Agreement.id).where(
                    Agreement.reference == agreement.reference)).all() if i is not None]
        entries = list(session.exec(select(HistoryEntry).where(
            HistoryEntry.entity == entity, col(HistoryEntry.entity_id).in_(ids))
            .order_by(col(HistoryEntry.at), col(HistoryEntry.id))).all())
        people = names_of_logins(session, (e.who for e in entries))
    for entry in entries:  # detached: the sign-in names shown as the people they are
        if entry.who in people:
            entry.who = f"{people[entry.who]} — {entry.who}"
    return entries


def conflict_changes(db: Database, entity: str, entity_id: int, loaded: Any) -> dict[str, list[Any]] | None:
    """What someone else changed in a record since an editor loaded it as the form ``loaded``.

    For the conflict message after a save raised ``ConflictError``: field → ``[as loaded,
    as saved now]``, in the plain values history uses. None if the record was deleted meanwhile.
    ``entity`` is the table name, as for :func:`history_of`.
    """
    try:
        if entity == "organization":
            current: Any = stakeholders.organization_form(stakeholders.get_organization(db, entity_id))
        elif entity == "contact":
            current = stakeholders.contact_form(stakeholders.get_contact(db, entity_id))
        elif entity == "service_family":
            with db.read() as session:
                current = catalog.family_form(get_or_404(session, ServiceFamily, entity_id))
        elif entity == "service":
            current = catalog.load_service(db, entity_id).form
        elif entity == "agreement":
            current = agreements.load_agreement(db, entity_id).form
        else:
            raise ValueError(f"unknown kind of record {entity!r}")
    except NotFoundError:
        return None
    return diff(vars(loaded), vars(current))
