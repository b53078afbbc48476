"""The two roles of a team server, enforced by the server itself: editors, who read and save,
and viewers, who read, search and print but whose every write the server refuses.

Both are group roles (no sign-in of their own); the server's administrator creates them and
their grants once with ``setup_roles`` (the command line's ``setup-roles``, run by the owner
of the tables), then makes each person's sign-in a member of one with ``grant``. Tables a
later upgrade adds are covered by the default privileges set here, and ``setup_roles`` may be
run again at any time: it only adds what is missing.
"""

from __future__ import annotations

from enum import Enum

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from itsm_desktop.domain.translatable import translatable

from ..errors import StoreError
from .postgresql import Backend, make_engine, sqlstate

EDITORS = "itsm_editors"
VIEWERS = "itsm_viewers"
WRITES = "SELECT, INSERT, UPDATE, DELETE"
SEQUENCE_USE = "USAGE, SELECT, UPDATE"


class Role(Enum):
    EDITOR = EDITORS
    VIEWER = VIEWERS


def setup_roles(backend: Backend) -> None:
    """Create the editors' and viewers' group roles where missing and grant them the tables,
    id counters and the tables later upgrades add; the schema's version stays the
    administrator's to change."""
    engine = _engine(backend)
    try:
        with engine.begin() as connection:
            quoted = connection.dialect.identifier_preparer.quote
            schema = quoted(str(connection.exec_driver_sql("SELECT current_schema()").scalar_one()))
            database = quoted(str(backend.url.database))
            for group in (EDITORS, VIEWERS):
                if not connection.exec_driver_sql(f"SELECT 1 FROM pg_roles WHERE rolname = '{group}'").first():
                    connection.exec_driver_sql(f"CREATE ROLE {group} NOLOGIN")
            both = f"{EDITORS}, {VIEWERS}"
            for statement in (
                    f"GRANT CONNECT ON DATABASE {database} TO {both}",
                    f"GRANT USAGE ON SCHEMA {schema} TO {both}",
                    f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {VIEWERS}",
                    f"GRANT {WRITES} ON ALL TABLES IN SCHEMA {schema} TO {EDITORS}",
                    f"GRANT {SEQUENCE_USE} ON ALL SEQUENCES IN SCHEMA {schema} TO {EDITORS}",
                    f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {EDITORS}",
                    f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON TABLES TO {VIEWERS}",
                    f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT {WRITES} ON TABLES TO {EDITORS}",
                    f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT {SEQUENCE_USE} ON SEQUENCES "
                    f"TO {EDITORS}"):
                connection.exec_driver_sql(statement)
    except DBAPIError as exc:
        raise StoreError(_admin_sentence(backend, exc, "set up the roles of")) from exc
    finally:
        engine.dispose()


def grant(backend: Backend, user: str, role: Role) -> None:
    """Make the server's user ``user`` an editor or a viewer (and no longer the other)."""
    if not user.strip():
        raise StoreError(translatable("Name the user to make an editor or a viewer."))
    engine = _engine(backend)
    other = VIEWERS if role is Role.EDITOR else EDITORS
    try:
        with engine.begin() as connection:
            for group in (EDITORS, VIEWERS):
                if not connection.exec_driver_sql(f"SELECT 1 FROM pg_roles WHERE rolname = '{group}'").first():
                    raise StoreError(translatable("The server has no {group} role yet; set the roles up first with "
                                                  'itsm-desktop --database "{database}" setup-roles.', group=group, database=_shown(backend)))
            name = connection.dialect.identifier_preparer.quote(user)
            exists = connection.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %(n)s", {"n": user}).first()
            if not exists:
                raise StoreError(translatable("There is no user {user} on the server; create it first "
                                              "(createuser --pwprompt {user}).", user=user))
            connection.exec_driver_sql(f"REVOKE {other} FROM {name}")
            connection.exec_driver_sql(f"GRANT {role.value} TO {name}")
    except DBAPIError as exc:
        raise StoreError(_admin_sentence(backend, exc, "change the roles of")) from exc
    finally:
        engine.dispose()


def _engine(backend: Backend) -> Engine:
    return make_engine(backend.url, 5.0)


def _shown(backend: Backend) -> str:
    from . import public_target

    return public_target(backend.url.set(drivername="postgresql"))


def _admin_sentence(backend: Backend, exc: DBAPIError, doing: str) -> str:
    if sqlstate(exc) == "42501":
        return (f"The user {backend.url.username or ''} may not {doing} {backend.describe()}: "
                "run this as the owner of its tables, who may create roles.")
    return backend.error_sentence(exc)
