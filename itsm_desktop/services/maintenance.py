"""Backups and health checks of the database."""

from __future__ import annotations

from pathlib import Path

from itsm_desktop.domain.errors import ItsmError
from itsm_desktop.store import Database
from itsm_desktop.store.backup import backup_to
from itsm_desktop.store.health import check_file


def backup_database(db: Database, *, output: Path) -> Path:
    """A consistent copy of the open database at ``output`` (never over the database itself)."""
    output = Path(output).expanduser().resolve()
    if output == db.path:
        raise ItsmError("The backup cannot overwrite the database itself; choose another file.")
    if output.is_dir():
        raise ItsmError(f"{output} is a folder; give the backup a file name.")
    return backup_to(db.path, output)


def check_database(path: Path) -> tuple[list[str], str]:
    """Integrity check, foreign-key check, schema version and history consistency."""
    return check_file(Path(path).expanduser().resolve())
