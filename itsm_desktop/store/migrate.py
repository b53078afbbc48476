"""Alembic migrations shipped inside the package, applied when a database is opened.

Opening a database whose schema is current needs to know the revisions, not to run them:
``head_revision`` and ``known_revisions`` read the revision identifiers from the shipped
files' text, so Alembic (and the template and highlighting libraries it brings) is imported
only when a schema is actually upgraded. ``tests/store`` keeps that reading equal to Alembic's.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Connection

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

# ``revision = '0007'`` or ``down_revision: str | None = '0006'`` at the start of a line
_IDENTIFIER = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*([^#\n]+?)\s*(?:#.*)?$", re.MULTILINE)


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for our shipped revisions, bound to ``connection``."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def _parents(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, tuple | list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ValueError(f"unexpected down_revision {value!r}")


@lru_cache(maxsize=4)
def _revision_graph(versions: Path) -> dict[str, tuple[str, ...]]:
    """Each shipped revision and the revisions it follows, read from the files in ``versions``."""
    graph: dict[str, tuple[str, ...]] = {}
    for file in sorted(versions.glob("*.py")):
        found = {name: ast.literal_eval(value) for name, value in _IDENTIFIER.findall(file.read_text("utf-8"))}
        if isinstance(found.get("revision"), str):
            graph[found["revision"]] = _parents(found.get("down_revision"))
    return graph


def _graph() -> dict[str, tuple[str, ...]]:
    return _revision_graph(MIGRATIONS / "versions")


def head_revision() -> str:
    """The newest shipped revision: the one no other revision follows."""
    graph = _graph()
    followed = {parent for parents in graph.values() for parent in parents}
    heads = sorted(set(graph) - followed)
    if len(heads) != 1:
        raise RuntimeError(f"the shipped migrations have {len(heads)} heads: {', '.join(heads)}")
    return heads[0]


def known_revisions() -> set[str]:
    return set(_graph())


def current_revision(connection: Connection) -> str | None:
    """The revision recorded in the database on ``connection``; None for a database without one."""
    if not connection.dialect.has_table(connection, "alembic_version"):
        return None
    rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) > 1:
        raise RuntimeError("the database records several schema revisions")
    return rows[0] if rows else None


def upgrade(connection: Connection, revision: str = "head", *,
            before: Callable[[Connection], bool] | None = None) -> None:
    """Bring the schema on ``connection`` up to ``revision`` (the newest shipped one), in one
    transaction.

    ``connection`` must not be in a transaction yet. On SQLite a revision may rebuild a table
    (copy, drop, rename), and dropping a table with foreign keys enforced deletes its rows
    first, cascading into the tables that refer to it; so enforcement is off while the
    revisions run (SQLite ignores that switch inside a transaction) and every reference is
    checked before anything is committed.

    ``before`` runs first inside the transaction (under the write lock that the connection's
    engine takes when it begins); when it returns False nothing is upgraded.
    """
    if connection.in_transaction():
        raise RuntimeError("Migrations begin their own transaction: pass a connection outside one.")
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        _foreign_keys(connection, enforced=False)
    try:
        with connection.begin():
            if before is not None and not before(connection):
                return
            from alembic import command

            command.upgrade(alembic_config(connection), revision)
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"the upgrade would leave {len(broken)} broken reference(s)")
    finally:
        if sqlite:
            _foreign_keys(connection, enforced=True)


def _foreign_keys(connection: Connection, *, enforced: bool) -> None:
    """Switch SQLite's foreign key enforcement on the connection, outside any transaction."""
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute(f"PRAGMA foreign_keys={'ON' if enforced else 'OFF'}")
