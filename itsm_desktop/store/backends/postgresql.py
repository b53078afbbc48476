"""A team's PostgreSQL server: connecting, telling whether a database is ours and current,
classifying errors by SQLSTATE, and the administrator's schema upgrade.

A client never changes a server's schema by itself: ``open`` refuses a database whose schema
is older or newer than this version of the application, with a sentence saying which to
update; ``upgrade`` (the command line's ``upgrade``, run by whoever administers the server)
keeps a ``pg_dump`` copy first and then runs the shipped migrations in one transaction,
under an advisory lock so that two administrators cannot upgrade at once.

Reads run in read-only REPEATABLE READ transactions (one consistent snapshot per unit of
work, as SQLite's reads have); writes in PostgreSQL's default READ COMMITTED, where a save
based on a stale version updates no row (``UPDATE … WHERE version = ?``) and so becomes a
conflict, and unique constraints keep codes and references unique among all clients.
Passwords come from the URL or libpq's password file (``~/.pgpass``); no message, log or
description here ever shows one.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.dml import Insert

from itsm_desktop.domain.translatable import translatable

from .. import migrate
from ..errors import StoreError
from ..schema import Schema, expected_schema, missing_from
from ..search_index import is_companion
from ..sqlite_files import participle
from . import (
    CheckReport,
    ErrorKind,
    Opened,
    Steps,
    describe_url,
    driver_error,
    public_target,
    sqlstate_kind,
)

DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT = 10  # seconds to reach the server before saying it cannot be reached
UPGRADE_LOCK = 0x17_5D_E5_C7  # advisory lock key: one upgrade at a time on a server
MAINTENANCE_DATABASE = "postgres"  # every server has it; any user may usually connect to it
PROBED_TABLE = "service"  # a viewer may not update it; an editor may
COUNTED_TABLES = ("organization", "contact", "service", "agreement", "history_entry")
AUTOCOMMIT = "AUTOCOMMIT"  # SQLAlchemy's isolation level of a statement run without a transaction


def sqlstate(exc: BaseException) -> str | None:
    """The SQLSTATE of a psycopg error (or SQLAlchemy's wrapper of one); None without one."""
    error = driver_error(exc)
    return error.sqlstate if isinstance(error, psycopg.Error) else None


def classify(exc: BaseException) -> ErrorKind | None:
    """The kind of a psycopg error by its SQLSTATE; a failure to reach or keep the server
    (which has no SQLSTATE) is ``CONNECTION``."""
    error = driver_error(exc)
    if not isinstance(error, psycopg.Error):
        return None
    if error.sqlstate is None:
        return ErrorKind.CONNECTION if isinstance(error, psycopg.OperationalError) else None
    return sqlstate_kind(error.sqlstate)


def make_engine(url: URL, busy_timeout: float, *, read_only: bool = False) -> Engine:
    """An engine on the server database ``url`` with the application's session settings.

    Everything is set once per connection in its start-up packet (no round trip per use):
    instants in UTC, a lock waited for at most ``busy_timeout`` (SQLite's busy timeout), and
    for readers a read-only REPEATABLE READ transaction, one snapshot per unit of work.
    """
    options = [r"-c timezone=UTC", f"-c lock_timeout={int(busy_timeout * 1000)}"]
    if read_only:
        options += [r"-c default_transaction_isolation=repeatable\ read", "-c default_transaction_read_only=on"]
    # prepare_threshold None: psycopg would otherwise prepare a statement run five times, which
    # costs a round trip of its own (Parse, then Bind) for a plan these small queries do not need;
    # autocommit: the transactions are begun by _begin_with_first_statement (same semantics,
    # one round trip fewer per unit of work)
    engine = create_engine(url.set(drivername=DRIVER), connect_args={
        "connect_timeout": CONNECT_TIMEOUT, "application_name": "itsm-desktop", "options": " ".join(options),
        "prepare_threshold": None, "autocommit": True})
    if psycopg.Pipeline.is_supported():
        event.listen(engine, "do_execute", _begin_with_first_statement)
        event.listen(engine, "do_execute_no_params",
                     lambda cursor, statement, context: _begin_with_first_statement(cursor, statement, None, context))
        event.listen(engine, "checkin", _keep_autocommit)
    else:  # a libpq without pipelines: psycopg begins the transactions itself (a round trip each)
        event.listen(engine, "connect", lambda driver, _record: setattr(driver, "autocommit", False))
    event.listen(engine, "do_executemany", _begin_before_many)
    return engine


def vacuum_after_bulk_load(url: URL, busy_timeout: float) -> None:
    """``VACUUM (ANALYZE)`` the tables of ours in the database ``url``, after a bulk load (a
    copy to the server, a restore) has committed.

    A just-loaded table reads cold: its rows are not yet marked visible to all, so a search's
    index-only scans still read every row they find; the planner has no statistics and plans
    a large catalog's searches as reads of whole tables; and a trigram index reads the entries
    the inserts left pending. Until autovacuum gets round to them the first users' searches
    are slow; a vacuum does all three now. VACUUM runs outside a transaction. Its failure
    (another session holding a table) leaves the loaded data as it is, for autovacuum.
    """
    engine = make_engine(url, busy_timeout)
    try:
        with engine.connect().execution_options(isolation_level=AUTOCOMMIT) as connection:
            tables = [row[0] for row in connection.exec_driver_sql(
                "SELECT quote_ident(tablename) FROM pg_tables "
                "WHERE schemaname = current_schema() AND tableowner = current_user")]
            if tables:
                connection.exec_driver_sql("VACUUM (ANALYZE) " + ", ".join(tables))
    except DBAPIError:
        pass  # a slower first search, not a failed load
    finally:
        engine.dispose()


def _idle(driver: psycopg.Connection) -> bool:
    """Whether ``driver`` is outside a transaction, and not in a pipeline already."""
    return (driver.autocommit and driver.pgconn.transaction_status == psycopg.pq.TransactionStatus.IDLE
            and driver.pgconn.pipeline_status == psycopg.pq.PipelineStatus.OFF)


def _begin_with_first_statement(cursor: psycopg.Cursor[Any], statement: str, parameters: Any,
                                context: Any) -> bool | None:
    """Run the first statement of a unit of work in one round trip with its BEGIN.

    psycopg, left to begin transactions itself, sends BEGIN and waits for its answer before
    the first statement (even in pipeline mode). The connections are therefore in psycopg's
    autocommit mode, and this sends the BEGIN ahead of the statement in a pipeline: the
    server runs both, answers once, and every later statement and the COMMIT or ROLLBACK
    (which psycopg sends whenever a transaction is open) belong to that transaction as before.

    A statement run in SQLAlchemy's AUTOCOMMIT isolation (``Database.plain_rows``) is its own
    transaction: no BEGIN, and so no ROLLBACK after it, one round trip in all.
    """
    driver = cursor.connection
    if not _idle(driver) or (context is not None and context.execution_options.get("isolation_level") == AUTOCOMMIT):
        return None
    if isinstance(cursor, psycopg.ServerCursor):  # a streamed read: not in a pipeline
        driver.execute(b"BEGIN")
        return None
    with driver.pipeline():
        driver.execute(b"BEGIN")
        if parameters is None:
            cursor.execute(statement)
        else:
            cursor.execute(statement, parameters)
    return True


def _keep_autocommit(driver: psycopg.Connection, _record: Any) -> None:
    """Back in the pool, a connection lent in AUTOCOMMIT isolation is in psycopg's autocommit
    mode again: SQLAlchemy resets it to the engine's default isolation, which turns psycopg's
    autocommit off, and psycopg would then send each later unit of work's BEGIN on its own
    (a round trip) instead of ``_begin_with_first_statement``."""
    if driver is not None and driver.pgconn.transaction_status == psycopg.pq.TransactionStatus.IDLE:
        driver.autocommit = True


def _begin_before_many(cursor: psycopg.Cursor[Any], _statement: str, _parameters: Any, _context: Any) -> None:
    """A unit of work that starts with a batch of rows begins its transaction first."""
    driver = cursor.connection
    if driver.autocommit and driver.pgconn.transaction_status == psycopg.pq.TransactionStatus.IDLE:
        driver.execute(b"BEGIN")


@dataclass
class ServerState:
    """What a look at a server database found, read without writing anything."""

    tables: set[str] = field(default_factory=set)
    readable: bool = True  # the user may read the schema's version and records
    revisions: list[str] = field(default_factory=list)
    writable: bool = True  # the user may save records: an editor (or the tables' owner), not a viewer
    user: str | None = None  # the database user signed in
    schema: Schema = field(default_factory=dict)

    @property
    def revision(self) -> str | None:
        return self.revisions[0] if len(self.revisions) == 1 else None


def inspect(connection: Connection) -> ServerState:
    """The tables, schema revision and columns of the database behind ``connection``.

    From the system catalogs, which every user may read, so that a user without rights on
    our tables is told so rather than taken for an empty database.
    """
    rows = connection.exec_driver_sql(
        "SELECT c.relname, a.attname FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
        "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')").all()
    state = ServerState()
    columns: dict[str, set[str]] = {}
    for table, column in rows:
        columns.setdefault(table, set())
        if column is not None:
            columns[table].add(column)
    state.tables = set(columns)
    state.schema = {t: frozenset(c) for t, c in columns.items() if t != "alembic_version" and not is_companion(t)}
    if "alembic_version" not in state.tables:
        return state
    state.readable = bool(connection.exec_driver_sql(
        "SELECT has_table_privilege('alembic_version', 'SELECT')").scalar())
    if state.readable:
        state.revisions = [r[0] for r in connection.exec_driver_sql("SELECT version_num FROM alembic_version")]
    if PROBED_TABLE in state.tables:
        writable, state.user = connection.exec_driver_sql(
            f"SELECT has_table_privilege('{PROBED_TABLE}', 'UPDATE'), current_user").one()
        state.writable = bool(writable)
    return state


class Backend:
    """A database on a PostgreSQL server."""

    def __init__(self, url: URL) -> None:
        if not url.database:
            raise StoreError(translatable("{address} names no database: add /NAME to the address.", address=public_target(url)))
        self.url = url.set(drivername=DRIVER)

    @property
    def local_file(self) -> Path | None:
        return None

    def describe(self) -> str:
        return describe_url(self.url)

    def backup_stem(self) -> str:
        return str(self.url.database)

    def upgrade_command(self) -> str:
        shown = public_target(self.url.set(drivername="postgresql"))
        return f'itsm-desktop --database "{shown}" upgrade'

    def exists(self) -> bool:
        """Whether the database holds tables; a server that cannot be reached or refuses the
        user is ``StoreError`` (its sentence), not taken for a missing database."""
        try:
            with _probe(self.url) as connection:
                return bool(inspect(connection).tables)
        except DBAPIError as exc:
            raise StoreError(self.error_sentence(exc)) from exc

    def classify(self, exc: BaseException) -> ErrorKind | None:
        return classify(exc)

    def error_sentence(self, exc: BaseException, *, doing: str = "read") -> str:
        """One sentence about ``exc``: which server, which user, what to do (no password)."""
        where, user = self.describe(), self.url.username or translatable("this computer's user")
        state, kind = sqlstate(exc), classify(exc)
        server, database = f"{self.url.host or 'localhost'}:{self.url.port or 5432}", self.url.database
        if state == "28P01":
            return translatable("The server {server} refused the password of the user {user}; "
                                "check it and try again.", server=server, user=user)
        if state == "28000":
            return translatable("The server {server} does not let the user {user} sign in to {database}.",
                                server=server, user=user, database=database)
        if state == "3D000":
            return translatable("There is no database {database} on the server {server}.",
                                database=database, server=server)
        if state == "42501" and doing == "written":
            return translatable("The user {user} may only read the database {where} (a viewer), so nothing "
                                "was saved; ask the server's administrator to make them an editor.",
                                user=user, where=where)
        if state == "42501":
            return translatable("The user {user} has no permission to read the database {where}; "
                                "ask the server's administrator.", user=user, where=where)
        if kind == ErrorKind.CONNECTION:
            return self._connection_sentence(exc, server, user)
        if kind == ErrorKind.DISK_FULL:
            return translatable("The server holding {where} has run out of space; nothing was saved.",
                                where=where)
        if kind in (ErrorKind.BUSY, ErrorKind.CANCELLED):
            return translatable("The database {where} is busy with other work; try again in a moment.",
                                where=where)
        return translatable("The database {where} could not be {doing} (error {code}).", where=where,
                            doing=participle(doing), code=state or type(driver_error(exc)).__name__)

    def _connection_sentence(self, exc: BaseException, server: str, user: str) -> str:
        """Why a connection failed, found out without reading the server's message (libpq
        gives no SQLSTATE for a refused sign-in, and the server words it in its own language):
        by reaching the port, and by signing in to the server's maintenance database."""
        error = driver_error(exc)
        pgconn = getattr(error, "pgconn", None)
        if pgconn is not None and int(getattr(pgconn, "server_version", 0)):  # it had signed in
            return translatable("The connection to the database server {server} was lost; try again.",
                                server=server)
        if not _port_answers(self.url):
            return translatable("Cannot reach the database server {server}: check the address and that "
                                "the server is running, then try again.", server=server)
        if pgconn is not None and bool(getattr(pgconn, "needs_password", False)):
            return translatable("The server {server} asks for the password of the user {user}; give it, "
                                "or put it in your PostgreSQL password file (~/.pgpass).",
                                server=server, user=user)
        if self.url.database != MAINTENANCE_DATABASE and _signs_in(self.url.set(database=MAINTENANCE_DATABASE)):
            return translatable("There is no database {database} on the server {server} that the user "
                                "{user} may connect to.", database=self.url.database, server=server, user=user)
        return translatable("The server {server} refused the user {user}: a wrong password, or that user "
                            "may not sign in from this computer.", server=server, user=user)

    # --- opening -----------------------------------------------------------------------

    def open(self, *, busy_timeout: float) -> Opened:
        """Engines on a server database of exactly this version's schema; else one sentence.

        Nothing is ever written here: an empty database, an older or a newer schema are the
        administrator's to set up or upgrade (``upgrade``), or the user's to update the
        application for.
        """
        writer = make_engine(self.url, busy_timeout)
        reader = make_engine(self.url, busy_timeout, read_only=True)
        try:
            with writer.connect() as connection:
                state = inspect(connection)
                connection.rollback()
            self._refuse_unusable(state, allow_older=False, allow_empty=False)
        except BaseException as exc:
            writer.dispose()
            reader.dispose()
            if isinstance(exc, DBAPIError):
                raise StoreError(self.error_sentence(exc, doing="opened")) from exc
            raise
        return Opened(reader, writer, None, integrity_checked=True, writable=state.writable,
                      signed_in=state.user)

    def _refuse_unusable(self, state: ServerState, *, allow_older: bool, allow_empty: bool) -> None:
        where = self.describe()
        if not state.tables:
            if allow_empty:
                return
            raise StoreError(translatable("The database {where} is empty: its administrator sets it up with "
                                          "{command} (or moves a local database there with "
                                          "itsm-desktop copy).", where=where, command=self.upgrade_command()))
        if "alembic_version" not in state.tables:
            raise StoreError(translatable("The database {where} belongs to another application, not ITSM Desktop.", where=where))
        if not state.readable:
            raise StoreError(translatable("The user {user} may not read the ITSM Desktop tables "
                                          "of {where}; ask the server's administrator to grant access.", user=self.url.username or '', where=where))
        revision = state.revision
        if revision is None:
            raise StoreError(translatable("The database {where} is not an ITSM Desktop database: "
                                          "it has no single schema version.", where=where))
        if revision not in migrate.known_revisions():
            raise StoreError(translatable("The database {where} was set up by a newer version of ITSM Desktop; "
                                          "update the application on this computer to open it.", where=where))
        expected = {t: c for t, c in expected_schema(revision).items() if not is_companion(t)}
        problem = missing_from(state.schema, expected, revision)
        if problem is not None:
            raise StoreError(translatable("The database {where} is not an ITSM Desktop database: {problem}.", where=where, problem=problem))
        if revision != migrate.head_revision() and not allow_older:
            raise StoreError(translatable("The database {where} has an older schema than this version of ITSM Desktop; "
                                          "its administrator upgrades it with {command}.", where=where, command=self.upgrade_command()))

    # --- administration ----------------------------------------------------------------

    def upgrade(self, *, busy_timeout: float, keep_copy: Any) -> tuple[str | None, str, Path | None]:
        """Bring the server database to the newest schema; return (from, to, copy kept).

        ``keep_copy(backend)`` makes the copy kept before an existing schema is changed (a
        ``pg_dump`` file); an empty database is set up without one. One transaction under an
        advisory lock: another upgrade waits, then finds nothing to do.
        """
        engine = make_engine(self.url, busy_timeout)
        try:
            with engine.connect() as connection:
                state = inspect(connection)
                connection.rollback()
            self._refuse_unusable(state, allow_older=True, allow_empty=True)
            head = migrate.head_revision()
            if state.revision == head:
                return head, head, None
            kept = keep_copy(self) if state.revision is not None else None

            def locked(conn: Connection) -> bool:
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({UPGRADE_LOCK})")
                return migrate.current_revision(conn) != head

            with engine.connect() as connection:
                migrate.upgrade(connection, before=locked)
            return state.revision, head, kept
        except DBAPIError as exc:
            raise StoreError(self.error_sentence(exc, doing="upgraded")) from exc
        finally:
            engine.dispose()

    def check(self) -> CheckReport:
        """The schema's revision and tables, and how many records; nothing is written.

        The server guarantees references and page integrity itself (constraints, WAL).
        """
        problems: list[str] = []
        counts: list[str] = []
        try:
            with _probe(self.url) as connection:
                state = inspect(connection)
                try:
                    self._refuse_unusable(state, allow_older=True, allow_empty=False)
                except StoreError as exc:
                    problems.append(str(exc))
                else:
                    if state.revision != migrate.head_revision():
                        problems.append(f"The schema {state.revision} is older than this version's "
                                        f"{migrate.head_revision()}; upgrade it with {self.upgrade_command()}.")
                    for table in COUNTED_TABLES:
                        if table in state.tables:
                            n = connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
                            counts.append(f"{n} {table.replace('_entry', '').replace('_', ' ')} rows")
        except DBAPIError as exc:
            problems.append(self.error_sentence(exc))
            return CheckReport(problems, f"{self.describe()}: not checked.")
        verdict = "healthy" if not problems else f"{len(problems)} problem(s)"
        parts = [f"schema {state.revision or 'none'}", *counts]
        return CheckReport(problems, f"{self.describe()}: {', '.join(parts)}; {verdict}.")

    def integrity_check(self, *, busy_timeout: float) -> _NothingToCheck:
        return _NothingToCheck()

    def backup_to(self, output: Path, *, busy_timeout: float) -> Path:
        from .postgresql_dump import dump  # the client tools, only when backing up

        return dump(self, output)

    def restore_from(self, backup: Path, *, busy_timeout: float, on_step: Steps) -> Path | None:
        from .postgresql_dump import restore

        kept = restore(self, backup, on_step=on_step, busy_timeout=busy_timeout)
        vacuum_after_bulk_load(self.url, busy_timeout)
        return kept

    def insert_and_commit(self, connection: Connection, inserts: list[tuple[Insert, list[dict[str, Any]]]]) -> None:
        """The inserts and the COMMIT in one round trip (psycopg's pipeline mode): nothing
        waits for an insert's answer, and an insert the server refuses leaves the COMMIT
        unrun, raised here as SQLAlchemy would (the caller's rollback then ends it)."""
        driver = connection.connection.driver_connection
        if not isinstance(driver, psycopg.Connection) or not psycopg.Pipeline.is_supported():
            for statement, rows in inserts:
                connection.execute(statement, rows)
            return
        statement, rows = inserts[0]
        try:
            with driver.pipeline():  # leaving it sends the one Sync and waits for every answer
                for statement, rows in inserts:
                    connection.execute(statement, rows)
                driver.execute(b"COMMIT")  # not commit(), which would wait for its own answer first
        except psycopg.Error as exc:
            raise DBAPIError.instance(str(statement), rows, exc, psycopg.Error) from exc


class _NothingToCheck:
    """The background check of a server database: the server keeps its own pages sound
    (and checks them, where data checksums are on), so there is nothing to scan here."""

    def run(self) -> str | None:
        return None

    def cancel(self) -> None:
        pass


def _port_answers(url: URL) -> bool:
    """Whether anything accepts a connection at the server's address and port."""
    try:
        with socket.create_connection((url.host or "localhost", url.port or 5432), timeout=CONNECT_TIMEOUT):
            return True
    except OSError:
        return False


def _signs_in(url: URL) -> bool:
    """Whether the URL's user signs in to the server (to the database it names)."""
    try:
        with _probe(url):
            return True
    except DBAPIError:
        return False


@contextmanager
def _probe(url: URL) -> Iterator[Connection]:
    """A short read-only connection for looking only, its engine disposed afterwards."""
    engine = make_engine(url, 5.0, read_only=True)
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


__all__ = ["DRIVER", "Backend", "ServerState", "classify", "inspect", "make_engine", "sqlstate"]
