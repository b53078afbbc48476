"""Backups, restore, health checks, and reading the change history of a record.

Restoring writes a checked backup into the database through SQLite, under its write lock:
other windows and programs may keep it open (they see the restored records once it is done).
A window restoring its own database closes its ``Database`` first and opens it again after,
so that nothing it has cached survives. Everything else here may run while the database is open.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from itsm_desktop.domain.errors import ItsmError, NotFoundError
from itsm_desktop.domain.models import Agreement, HistoryEntry, ServiceFamily
from itsm_desktop.store import Database, StoreError
from itsm_desktop.store.backup import (
    BackupError,
    backup_to,
    free_path,
    list_backups,
    make_private_folder,
    prune_backups,
    stamped_name,
)
from itsm_desktop.store.database import DEFAULT_BUSY_TIMEOUT
from itsm_desktop.store.health import check_file, inspect_file
from itsm_desktop.store.restore import (
    RestoreError,
    Steps,
    restore_staged,
    stage_copy,
    upgrade_staged,
)
from itsm_desktop.store.sqlite_files import error_sentence, remove_private_copy, result_code

from . import agreements, catalog, stakeholders
from .common import diff, get_or_404

DEFAULT_KEEP_BACKUPS = 7
"""How many automatic backups to keep unless the user's preference says otherwise."""

BACKUP_FOLDER_NAME = "backups"


# --- backups -------------------------------------------------------------------------------


def backup_database(db: Database, *, output: Path) -> Path:
    """A consistent copy of the open database at ``output`` (never over the database itself)."""
    return backup_file(db.path, output=output)


def backup_file(path: Path, *, output: Path) -> Path:
    """A consistent copy of the database file ``path`` at ``output``, without opening it for writing.

    Another program may be writing to it meanwhile: the copy holds the committed state.
    """
    source = Path(path).expanduser().resolve()
    output = Path(output).expanduser().resolve()
    if output == source:
        raise ItsmError("The backup cannot overwrite the database itself; choose another file.")
    if output.is_dir():
        raise ItsmError(f"{output} is a folder; give the backup a file name.")
    if not source.is_file():
        raise ItsmError(f"There is no database file {source} to back up.")
    try:
        return backup_to(source, output)
    except BackupError as exc:
        raise ItsmError(str(exc)) from exc
    except OSError as exc:
        raise ItsmError(f"Cannot write the backup {output}: {exc.strerror or exc}.") from exc
    except Exception as exc:
        if result_code(exc) is None:
            raise
        raise ItsmError(error_sentence(exc, source)) from exc


def default_backup_folder(db_path: Path) -> Path:
    """Where automatic backups of the database ``db_path`` go: a ``backups`` folder beside it.

    For the default database that is ``<user data folder>/backups``. Backups are named after
    the database file (``itsm.db`` → ``itsm-YYYYMMDD-HHMMSS.db``), so databases that share a
    folder never prune each other's backups.
    """
    return Path(db_path).expanduser().resolve().parent / BACKUP_FOLDER_NAME


def list_automatic_backups(db_path: Path, folder: Path | None = None) -> list[tuple[datetime, Path]]:
    """The automatic backups of ``db_path`` (local time taken, file), newest first."""
    db_path = Path(db_path).expanduser().resolve()
    folder = Path(folder) if folder is not None else default_backup_folder(db_path)
    return list(reversed(list_backups(folder, db_path.stem)))


def auto_backup(db: Database, folder: Path | None = None, *, keep: int = DEFAULT_KEEP_BACKUPS,
                now: datetime | None = None) -> Path | None:
    """Take the day's automatic backup of ``db`` unless there already is one; keep the newest ``keep``.

    Call it after opening a database. Returns the new backup, or None when today's backup
    already existed. Backups go to ``folder`` (default: :func:`default_backup_folder`) as
    ``<database name>-YYYYMMDD-HHMMSS.db`` in local time; only files named that way for this
    database are ever pruned. Raises ``ItsmError`` if the folder cannot be written.
    """
    if keep < 1:
        raise ItsmError("Keep at least one automatic backup.")
    now = now or datetime.now()
    folder = Path(folder).expanduser() if folder is not None else default_backup_folder(db.path)
    stem = db.path.stem
    try:
        make_private_folder(folder)
        existing = list_backups(folder, stem)
        made = None
        if not any(when.date() == now.date() for when, _path in existing):
            made = backup_to(db.path, folder / stamped_name(stem, now))
        prune_backups(folder, stem, keep)
    except BackupError as exc:
        raise ItsmError(f"Cannot make the automatic backup: {exc}") from exc
    except OSError as exc:
        raise ItsmError(f"Cannot make the automatic backup in {folder}: {exc.strerror or exc}.") from exc
    except Exception as exc:
        if result_code(exc) is None:
            raise
        raise ItsmError(f"Cannot make the automatic backup: {error_sentence(exc, db.path)}") from exc
    return made


def restore_backup(current_db_path: Path, backup_path: Path, *,
                   busy_timeout: float = DEFAULT_BUSY_TIMEOUT, on_step: Steps | None = None) -> Path | None:
    """Replace the records of the database at ``current_db_path`` by those of ``backup_path``.

    The backup is copied beside the database and checked first — it must pass the full health
    check (integrity, foreign keys, the tables and columns of its schema, history) and be an
    ITSM Desktop database not newer than this application — otherwise ``StoreError`` says
    what is wrong and nothing is changed. The copy is brought to the newest schema, then
    written into the database by SQLite under its write lock, while the current database
    (every save committed until then) is kept as ``<name>.before-restore-<time>.db`` beside
    it. The database file itself is never replaced, so windows and programs that have it open
    go on safely. Returns the kept copy (None if there was no current database).

    ``on_step`` is called at each step (see ``store.restore.Steps``).
    """
    current = Path(current_db_path).expanduser().resolve()
    backup = Path(backup_path).expanduser().resolve()
    if backup == current:
        raise StoreError("Choose a backup file, not the database itself.")
    if not backup.is_file():
        raise StoreError(f"The backup {backup} does not exist.")
    if current.is_dir():
        raise StoreError(f"{current} is a folder, not a database file.")
    try:
        make_private_folder(current.parent)
        staged = stage_copy(backup, current, busy_timeout=busy_timeout)
    except (BackupError, RestoreError) as exc:
        # a damaged file can fail here as well as a foreign one: the copy reads every page
        raise StoreError(f"{backup} cannot be restored: it is damaged, or it is not an ITSM Desktop "
                         "database backup.") from exc
    except OSError as exc:
        raise StoreError(f"Cannot prepare the restore in {current.parent}: {exc.strerror or exc}.") from exc
    try:
        health = inspect_file(staged)
        if not health.healthy:
            details = " ".join(p.replace(str(staged), "the backup") for p in health.problems[:3])
            raise StoreError(f"{backup} cannot be restored: {details}")
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        keep = free_path(current.parent, f"{current.stem}.before-restore-{stamp}{current.suffix}")
        try:
            upgrade_staged(staged)
            return restore_staged(current, staged, keep, busy_timeout=busy_timeout,
                                  on_step=on_step or (lambda _step: None))
        except RestoreError as exc:
            raise StoreError(str(exc)) from exc
        except OSError as exc:
            raise StoreError(f"Cannot restore into {current}: {exc.strerror or exc}; nothing was changed.") from exc
        except Exception as exc:
            if result_code(exc) is None:
                raise
            raise StoreError(f"Nothing was restored: {error_sentence(exc, current)}") from exc
    finally:
        remove_private_copy(staged)


# --- health --------------------------------------------------------------------------------


def check_database(path: Path) -> tuple[list[str], str]:
    """Integrity check, foreign-key check, schema version and history consistency.

    Returns the problems (one line each; none means healthy) and a one-line summary.
    """
    return check_file(Path(path).expanduser().resolve())


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
        return list(session.exec(select(HistoryEntry).where(
            HistoryEntry.entity == entity, col(HistoryEntry.entity_id).in_(ids))
            .order_by(col(HistoryEntry.at), col(HistoryEntry.id))).all())


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
