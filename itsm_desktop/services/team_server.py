"""A team's server database: setting it up and upgrading its schema (its administrator's
work), and moving a local database onto it."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from itsm_desktop.domain.errors import ItsmError
from itsm_desktop.store import Database
from itsm_desktop.store.backends import backend_for
from itsm_desktop.store.backends.postgresql import Backend as ServerBackend
from itsm_desktop.store.backends.postgresql_dump import dump, kept_copy_path
from itsm_desktop.store.database import DEFAULT_BUSY_TIMEOUT
from itsm_desktop.store.server_copy import CopyReport, copy_to_server


@dataclass(frozen=True)
class Upgrade:
    """What ``upgrade_server`` did: the schema before (None: the database was empty) and
    after, and the copy kept of the database as it was (None when nothing was changed)."""

    before: str | None
    after: str
    kept: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def server_backend(target: str | os.PathLike[str]) -> ServerBackend:
    """The server database ``target`` names; one sentence when it names a local file."""
    backend = backend_for(target)
    if not isinstance(backend, ServerBackend):
        raise ItsmError(f"{backend.describe()} is a local file; give the address of a team server "
                        "database (postgresql://user@host/database).")
    return backend


def upgrade_server(target: str | os.PathLike[str]) -> Upgrade:
    """Set up an empty server database, or bring an older one to this version's schema after
    keeping a ``pg_dump`` copy of it in the user's backups folder."""
    backend = server_backend(target)

    def keep_copy(server: ServerBackend) -> Path:
        return dump(server, kept_copy_path(server, "before-upgrade"), replace=False)

    before, after, kept = backend.upgrade(busy_timeout=DEFAULT_BUSY_TIMEOUT, keep_copy=keep_copy)
    return Upgrade(before, after, kept)


def move_to_server(source: str | os.PathLike[str], target: str | os.PathLike[str], *,
                   on_progress: Callable[[float], object] | None = None) -> CopyReport:
    """Copy the local database file ``source`` into the empty server database ``target`` and
    compare every record; the server database stays empty when anything fails.
    ``on_progress`` hears the share done (0 to 1)."""
    backend = server_backend(target)
    path = Path(source).expanduser()
    if not path.is_file():
        raise ItsmError(f"There is no database file {path} to copy.")
    with Database.open(path) as db:  # a local file is brought to this version's schema first
        return copy_to_server(db.engine, backend, busy_timeout=DEFAULT_BUSY_TIMEOUT, on_progress=on_progress)
