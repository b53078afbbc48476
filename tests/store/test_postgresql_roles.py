"""The editors and viewers of a team server, enforced by the server: the administrator's
``setup-roles`` and ``grant``, a viewer whose saves the server refuses in one sentence, and an
editor who saves.

Runs against the test server (``ITSM_TEST_POSTGRESQL_URL``); skipped where none is set.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import URL

from itsm_desktop.cli import main
from itsm_desktop.domain.forms import OrganizationForm, ServiceForm
from itsm_desktop.services import catalog, stakeholders, team_server
from itsm_desktop.store import Database, StoreError


def _run(url: URL, statement: str) -> list[tuple[object, ...]]:
    engine = sa.create_engine(url, poolclass=sa.NullPool)
    try:
        with engine.begin() as connection:
            result = connection.exec_driver_sql(statement)
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()


@pytest.fixture
def team_db(postgresql_url: URL) -> URL:
    """A server database set up by its administrator, with one organization in it."""
    team_server.upgrade_server(postgresql_url)
    with Database.open(postgresql_url) as db:
        stakeholders.create_organization(db, form=OrganizationForm(name="Finance"))
    return postgresql_url


@pytest.fixture
def sign_ins(team_db: URL) -> Iterator[dict[str, URL]]:
    """Two server users who may sign in, not yet members of either role; dropped afterwards."""
    users = {kind: (f"{kind}_{secrets.token_hex(4)}", secrets.token_hex(8)) for kind in ("viewer", "editor")}
    for name, password in users.values():
        _run(team_db, f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")
    try:
        yield {kind: team_db.set(username=name, password=password) for kind, (name, password) in users.items()}
    finally:
        for name, _password in users.values():
            _run(team_db, f"DROP ROLE {name}")  # members only: they own nothing


def _admin(url: URL, *command: str) -> int:
    return main(["--database", url.render_as_string(hide_password=False), *command])


def _grant_roles(team_db: URL, sign_ins: dict[str, URL], capsys: pytest.CaptureFixture[str]) -> str:
    assert _admin(team_db, "setup-roles") == 0
    assert _admin(team_db, "setup-roles") == 0  # again: nothing is missing, nothing fails
    assert _admin(team_db, "grant", "--viewer", str(sign_ins["viewer"].username)) == 0
    assert _admin(team_db, "grant", "--editor", str(sign_ins["editor"].username)) == 0
    out, err = capsys.readouterr()
    assert err == "" and str(team_db.password) not in out
    return out


def test_a_viewer_reads_but_the_server_refuses_their_saves(team_db: URL, sign_ins: dict[str, URL],
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    out = _grant_roles(team_db, sign_ins, capsys)
    assert f"The user {sign_ins['viewer'].username} is now a viewer" in out
    with Database.open(sign_ins["viewer"]) as db:
        assert db.writable is False
        assert [o.name for o in stakeholders.list_organizations(db)] == ["Finance"]
        with pytest.raises(StoreError) as caught:
            stakeholders.create_organization(db, form=OrganizationForm(name="Sales"))
        message = str(caught.value)
        assert "may only read" in message and "nothing was saved" in message and "\n" not in message
        assert str(sign_ins["viewer"].password) not in message
        with pytest.raises(StoreError, match="may only read"), db.write() as session:  # nor round the application
            session.execute(sa.text("UPDATE organization SET name = 'Renamed'"))
    assert _run(team_db, "SELECT name FROM organization") == [("Finance",)]


def test_an_editor_saves_and_a_viewer_made_editor_may_save_too(team_db: URL, sign_ins: dict[str, URL],
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    _grant_roles(team_db, sign_ins, capsys)
    with Database.open(sign_ins["editor"]) as db:
        assert db.writable is True
        catalog.create_service(db, form=ServiceForm(code="MAIL", name="E-mail"))
        stakeholders.create_organization(db, form=OrganizationForm(name="Sales"))
    # nor may an editor change the schema's version
    with pytest.raises(StoreError, match="may only read"), Database.open(sign_ins["editor"]) as db, \
            db.write() as session:
        session.execute(sa.text("DELETE FROM alembic_version"))
    assert _admin(team_db, "grant", "--editor", str(sign_ins["viewer"].username)) == 0
    with Database.open(sign_ins["viewer"]) as db:
        assert db.writable is True
        stakeholders.create_organization(db, form=OrganizationForm(name="Legal"))
    assert sorted(n for (n,) in _run(team_db, "SELECT name FROM organization")) == ["Finance", "Legal", "Sales"]


def test_a_user_with_no_role_cannot_open_the_database(team_db: URL, sign_ins: dict[str, URL]) -> None:
    assert _admin(team_db, "setup-roles") == 0
    with pytest.raises(StoreError, match="may not read the ITSM Desktop tables"):
        Database.open(sign_ins["viewer"])


def test_granting_to_an_unknown_user_or_before_setup_is_one_sentence(team_db: URL,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert _admin(team_db, "grant", "--viewer", "nobody_here_" + secrets.token_hex(3)) == 1
    assert _admin(team_db, "setup-roles") == 0
    assert _admin(team_db, "grant", "--viewer", "nobody_here") == 1
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert len(lines) == 2 and "There is no user nobody_here on the server" in lines[1]
    assert str(team_db.password) not in out + err
