"""A team server database: what opens, what is refused (one sentence, nothing written), the
administrator's upgrade, backups with pg_dump, and moving a local file onto a server.

Runs against the test server (``ITSM_TEST_POSTGRESQL_URL``); skipped where none is set.
"""

from __future__ import annotations

import secrets
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from postgresql_server import revision_before_server_search
from sqlalchemy.engine import URL

from itsm_desktop.cli import main
from itsm_desktop.domain.errors import ItsmError
from itsm_desktop.domain.forms import OrganizationForm, ServiceForm
from itsm_desktop.services import catalog, demo, listing, stakeholders, team_server
from itsm_desktop.store import Database, StoreError, migrate

OLDER = revision_before_server_search()
NEEDS_PG_DUMP = pytest.mark.skipif(shutil.which("pg_dump") is None, reason="PostgreSQL's client tools are not installed")


@pytest.fixture(autouse=True)
def user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Copies kept before an upgrade or a restore go to the user's data folder: a temporary one."""
    folder = tmp_path / "user"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / "config"))
    return folder


def _run(connection_url: URL, statement: str) -> None:
    engine = sa.create_engine(connection_url, poolclass=sa.NullPool)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(statement)
    finally:
        engine.dispose()


def _tables(url: URL) -> set[str]:
    engine = sa.create_engine(url, poolclass=sa.NullPool)
    try:
        with engine.connect() as connection:
            return set(sa.inspect(connection).get_table_names())
    finally:
        engine.dispose()


def _revision(url: URL) -> str | None:
    engine = sa.create_engine(url, poolclass=sa.NullPool)
    try:
        with engine.connect() as connection:
            return migrate.current_revision(connection)
    finally:
        engine.dispose()


def _refusal(target: str | URL) -> str:
    with pytest.raises(StoreError) as caught:
        Database.open(target)
    message = str(caught.value)
    assert "\n" not in message and message.endswith(".")
    return message


@pytest.fixture
def server_db(postgresql_url: URL) -> URL:
    """A server database set up by its administrator (``upgrade`` on an empty one)."""
    done = team_server.upgrade_server(postgresql_url)
    assert (done.before, done.after, done.kept) == (None, migrate.head_revision(), None)
    return postgresql_url


# --- bad input: one sentence, nothing written -----------------------------------------------


def test_a_wrong_password_is_one_sentence_without_the_password(server_db: URL) -> None:
    wrong = "not-" + secrets.token_hex(8)
    message = _refusal(server_db.set(password=wrong))
    assert "refused the user" in message and "wrong password" in message
    assert wrong not in message and str(server_db.password) not in message


def test_an_unknown_host_and_a_closed_port_cannot_be_reached(server_db: URL) -> None:
    assert "Cannot reach the database server nohost.invalid" in _refusal(server_db.set(host="nohost.invalid"))
    assert "Cannot reach the database server 127.0.0.1:1:" in _refusal(server_db.set(host="127.0.0.1", port=1))


def test_a_missing_database_is_named(server_db: URL) -> None:
    assert "There is no database nosuchdb_here" in _refusal(server_db.set(database="nosuchdb_here"))


def test_an_empty_database_is_left_to_the_administrator(postgresql_url: URL) -> None:
    message = _refusal(postgresql_url)
    assert "is empty" in message and "upgrade" in message
    assert str(postgresql_url.password) not in message
    assert _tables(postgresql_url) == set()  # a client never sets a server up by itself


def test_a_database_of_another_application_is_refused(postgresql_url: URL) -> None:
    _run(postgresql_url, "CREATE TABLE invoices (id integer)")
    assert "belongs to another application" in _refusal(postgresql_url)
    assert _tables(postgresql_url) == {"invoices"}


def test_a_newer_schema_asks_to_update_the_application(server_db: URL) -> None:
    _run(server_db, "UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    assert "newer version of ITSM Desktop; update the application" in _refusal(server_db)
    with pytest.raises(StoreError, match="newer version"):
        team_server.upgrade_server(server_db)  # nor does an older administrator downgrade it
    assert _revision(server_db) == "ffff_from_the_future"


def test_an_older_schema_asks_the_administrator_to_upgrade_and_is_not_changed(postgresql_url: URL) -> None:
    engine = sa.create_engine(postgresql_url, poolclass=sa.NullPool)
    with engine.connect() as connection:
        migrate.upgrade(connection, OLDER)
    engine.dispose()
    message = _refusal(postgresql_url)
    assert "older schema" in message and "upgrade" in message
    assert _revision(postgresql_url) == OLDER


def test_a_user_without_rights_is_told_so(server_db: URL) -> None:
    role = f"viewer_{secrets.token_hex(4)}"
    password = secrets.token_hex(8)
    _run(server_db, f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
    try:
        message = _refusal(server_db.set(username=role, password=password))
        assert f"The user {role} may not read the ITSM Desktop tables" in message
    finally:
        _run(server_db, f"DROP ROLE {role}")


def test_an_address_that_names_no_database_is_refused() -> None:
    with pytest.raises(StoreError, match="names no database"):
        Database.open("postgresql://someone:secret@127.0.0.1:5432")


# --- opening and the administrator's upgrade ------------------------------------------------


def test_a_set_up_database_opens_and_keeps_what_is_saved(server_db: URL) -> None:
    with Database.open(server_db) as db:
        assert db.location is None and db.describe() == f"{server_db.username}@127.0.0.1:{server_db.port}/{server_db.database}"
        assert str(server_db.password) not in db.target()
        stakeholders.create_organization(db, form=OrganizationForm(name="Finance"))
    with Database.open(server_db) as db:
        assert [o.name for o in stakeholders.list_organizations(db)] == ["Finance"]


@NEEDS_PG_DUMP
def test_upgrade_keeps_a_dump_first_and_then_changes_nothing_more(postgresql_url: URL, user_folders: Path) -> None:
    engine = sa.create_engine(postgresql_url, poolclass=sa.NullPool)
    with engine.connect() as connection:
        migrate.upgrade(connection, OLDER)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO organization (name, code, kind, email, phone, website, address, notes, active, "
            "search_text, created_at, updated_at, version) "
            "VALUES ('Finance', '', 'customer', '', '', '', '', '', true, 'finance', now(), now(), 1)")
    engine.dispose()
    done = team_server.upgrade_server(postgresql_url)
    assert (done.before, done.after) == (OLDER, migrate.head_revision())
    assert done.kept is not None and done.kept.is_file() and done.kept.is_relative_to(user_folders)
    with Database.open(postgresql_url) as db:
        assert [o.name for o in stakeholders.list_organizations(db, search="fin")] == ["Finance"]
    again = team_server.upgrade_server(postgresql_url)
    assert not again.changed and again.kept is None


def test_the_command_line_upgrades_and_never_prints_the_password(
        postgresql_url: URL, capsys: pytest.CaptureFixture[str]) -> None:
    written = postgresql_url.render_as_string(hide_password=False)
    assert main(["--database", written, "check"]) == 1  # empty: not set up yet
    assert main(["--database", written, "upgrade"]) == 0
    assert main(["--database", written, "check"]) == 0
    out, err = capsys.readouterr()
    assert "Set up the database" in out and "healthy" in out and "is empty" in err
    assert str(postgresql_url.password) not in out + err


@pytest.mark.parametrize("command", [["export-catalog", "-o", "never-written.pdf"], ["backup", "-o", "never.dump"],
                                     ["check"]])
def test_the_command_line_refuses_a_wrong_password_in_one_sentence(
        server_db: URL, capsys: pytest.CaptureFixture[str], command: list[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    wrong = server_db.set(password="wrong-" + secrets.token_hex(4))
    assert main(["--database", wrong.render_as_string(hide_password=False), *command]) == 1
    out, err = capsys.readouterr()
    assert "refused the user" in out + err and str(wrong.password) not in out + err
    assert not list(tmp_path.iterdir())  # nothing written


# --- backups --------------------------------------------------------------------------------


@NEEDS_PG_DUMP
def test_backup_and_restore_with_the_postgresql_tools(server_db: URL, tmp_path: Path) -> None:
    with Database.open(server_db) as db:
        stakeholders.create_organization(db, form=OrganizationForm(name="Finance"))
        written = db.backup_to(tmp_path / "team.dump")
        stakeholders.create_organization(db, form=OrganizationForm(name="Later"))
    assert written.read_bytes().startswith(b"PGDMP")  # pg_dump's custom format
    with Database.open(server_db) as db:
        kept = db.restore_from(written)
    _assert_vacuumed(server_db)
    assert kept is not None and kept.is_file()
    with Database.open(server_db) as db:
        assert [o.name for o in stakeholders.list_organizations(db)] == ["Finance"]
        assert db.check().healthy


@NEEDS_PG_DUMP
def test_a_save_during_a_server_restore_is_never_lost(server_db: URL, tmp_path: Path) -> None:
    """Between the copy kept of the database and the restore no save can slip in: a save
    attempted then waits for the restore, and is either in the restored database or refused."""
    with Database.open(server_db) as db:
        stakeholders.create_organization(db, form=OrganizationForm(name="Finance"))
        written = db.backup_to(tmp_path / "team.dump")
        stakeholders.create_organization(db, form=OrganizationForm(name="Later"))
    outcome: dict[str, object] = {}

    def save_during() -> None:
        with Database.open(server_db) as other:
            try:
                stakeholders.create_organization(other, form=OrganizationForm(name="During"))
                outcome["saved"] = True
            except (ItsmError, StoreError) as exc:
                outcome["refused"] = str(exc)

    writer = threading.Thread(target=save_during)

    def on_step(step: str) -> None:
        if step == "locked" and "waited" not in outcome:
            writer.start()
            writer.join(1.0)
            outcome["waited"] = writer.is_alive()  # held off while the copy is made

    with Database.open(server_db) as db:
        kept = db.restore_from(written, on_step=on_step)
    writer.join(30)
    assert outcome["waited"] is True and kept is not None
    with Database.open(server_db) as db:
        names = [o.name for o in stakeholders.list_organizations(db)]
    kept_data = subprocess.run([shutil.which("pg_restore") or "pg_restore", "--data-only", "--file=-", str(kept)],
                               capture_output=True, text=True, check=True).stdout
    if outcome.get("saved"):
        # restored after the save (which then waited for it to end: the save is in the copy
        # kept), or before it (the save came after: it is in the restored database)
        assert "During" in kept_data or names == ["During", "Finance"], (names, outcome)
    else:
        assert "refused" in outcome and names == ["Finance"]
    assert "Finance" in names and "Later" not in names and "Later" in kept_data


@NEEDS_PG_DUMP
def test_a_file_that_is_no_server_backup_is_refused_and_nothing_changes(server_db: URL, tmp_path: Path) -> None:
    with Database.open(server_db) as db:
        stakeholders.create_organization(db, form=OrganizationForm(name="Finance"))
        bogus = tmp_path / "bogus.dump"
        bogus.write_bytes(b"not a dump at all")
        with pytest.raises(StoreError, match="not a backup of a server database"):
            db.restore_from(bogus)
        assert [o.name for o in stakeholders.list_organizations(db)] == ["Finance"]


# --- moving a local database onto the server ------------------------------------------------


@pytest.fixture
def local_portfolio(tmp_path: Path) -> Path:
    path = tmp_path / "local.db"
    with Database.open(path) as db:
        demo.load_demo(db)
        doomed = catalog.create_service(db, form=ServiceForm(code="GONE", name="Deleted later"))
        catalog.delete_service(db, service_id=doomed.id, version=doomed.version)
    return path


def _contents(db: Database) -> dict[str, list[tuple[object, ...]]]:
    from itsm_desktop.domain.models import SQLModel

    out = {}
    with db.engine.connect() as connection:
        for table in SQLModel.metadata.sorted_tables:
            rows = connection.execute(sa.select(table).order_by(*table.primary_key.columns)).all()
            out[table.name] = [tuple(str(v.replace(tzinfo=None)) if hasattr(v, "tzinfo") and v.tzinfo else v
                                     for v in row) for row in rows]
    return out


def test_copy_moves_every_record_and_ids_keep_rising(local_portfolio: Path, postgresql_url: URL) -> None:
    shares: list[float] = []
    report = team_server.move_to_server(local_portfolio, postgresql_url, on_progress=shares.append)
    _assert_vacuumed(postgresql_url)  # before a write marks a page changed again
    assert report.rows["service"] > 20 and report.total > 1000
    assert shares == sorted(shares) and shares[-1] == 1.0 and len(shares) > 10  # a table at a time
    with Database.open(local_portfolio) as local, Database.open(postgresql_url) as server:
        assert _contents(server) == _contents(local)
        highest = max(choice[0] for choice in catalog.service_choices(local))
        added = catalog.create_service(server, form=ServiceForm(code="NEW", name="Added on the server"))
        assert added.id is not None and added.id > highest + 1  # the deleted service's id stays retired
        assert listing.SERVICES.ids(server, search="added on") == [added.id]


def _assert_vacuumed(url: URL) -> None:
    """The searched tables were vacuumed (which makes their visibility map, letting a search's
    index-only scans skip reading the rows) and analyzed (the planner's statistics)."""
    tables = ["organization", "organization_search", "service", "service_search"]
    with sa.create_engine(url, poolclass=sa.NullPool).connect() as connection:
        state = connection.execute(sa.text(
            "SELECT relname, last_vacuum IS NOT NULL AND last_analyze IS NOT NULL FROM pg_stat_user_tables "
            "WHERE relname IN :tables").bindparams(sa.bindparam("tables", expanding=True)), {"tables": tables})
        assert dict(state.all()) == dict.fromkeys(tables, True)


def test_copy_refuses_a_database_that_is_not_empty_and_changes_nothing(
        local_portfolio: Path, server_db: URL) -> None:
    with Database.open(server_db) as db:
        stakeholders.create_organization(db, form=OrganizationForm(name="Already here"))
    with pytest.raises(StoreError, match="not empty"):
        team_server.move_to_server(local_portfolio, server_db)
    with Database.open(server_db) as db:
        assert [o.name for o in stakeholders.list_organizations(db)] == ["Already here"]


def test_a_copy_that_fails_part_way_leaves_the_server_empty(local_portfolio: Path, postgresql_url: URL,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from itsm_desktop.store import server_copy

    original = server_copy._copy_table

    def lose_a_contact(local: sa.Connection, server: sa.Connection, table: sa.Table) -> int:
        count = original(local, server, table)
        if table.name == "contact":
            server.exec_driver_sql("DELETE FROM contact WHERE id = (SELECT max(id) FROM contact "
                                   "WHERE id NOT IN (SELECT contact_id FROM agreement_contact))")
        return count

    monkeypatch.setattr(server_copy, "_copy_table", lose_a_contact)
    with pytest.raises(StoreError, match="differs from the local database"):
        team_server.move_to_server(local_portfolio, postgresql_url)
    assert _tables(postgresql_url) == set()


def test_the_command_line_copies(local_portfolio: Path, postgresql_url: URL,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    written = postgresql_url.render_as_string(hide_password=False)
    assert main(["copy", "--from", str(local_portfolio), "--to", written]) == 0
    out = capsys.readouterr().out
    assert "every record was compared" in out and str(postgresql_url.password) not in out
    assert main(["copy", "--from", str(local_portfolio), "--to", written]) == 1  # no longer empty


@NEEDS_PG_DUMP
def test_revisions_before_the_server_search_still_upgrade(postgresql_url: URL) -> None:
    """The downgrade path exists for every revision, so an administrator can step back."""
    team_server.upgrade_server(postgresql_url)
    engine = sa.create_engine(postgresql_url, poolclass=sa.NullPool)
    with engine.connect() as connection, connection.begin():
        command.downgrade(migrate.alembic_config(connection), OLDER)
    engine.dispose()
    assert team_server.upgrade_server(postgresql_url).before == OLDER


# --- change notices -------------------------------------------------------------------------


def test_listeners_hear_of_committed_changes_only(server_db: URL) -> None:
    from itsm_desktop.store.backends.postgresql_listen import ChangeListener

    listener = ChangeListener(server_db)
    try:
        assert listener.wait(0.1).changed == [] and listener.connected
        with Database.open(server_db) as db:
            finance = stakeholders.create_organization(db, form=OrganizationForm(name="Finance"))
            with pytest.raises(RuntimeError), db.write() as session:
                session.execute(sa.text("UPDATE organization SET notes = 'never kept'"))
                raise RuntimeError("rolled back")
        heard = listener.wait(2.0).changed
        assert heard == [("organization", finance.id)]  # the rolled-back update is never told
        assert listener.wait(0.2).changed == []
    finally:
        listener.close()
