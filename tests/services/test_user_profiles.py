"""Sign-in names mapped to contacts: a login belongs to one person, and the printed revision
history names the person, not the login."""

from __future__ import annotations

import io
from typing import Any

import pypdf
import pytest

from itsm_desktop.domain.errors import ValidationError
from itsm_desktop.services import maintenance, printing, user_profiles
from itsm_desktop.services.common import current_user
from itsm_desktop.store import Database


def revision_history(db: Database, agreement_id: int) -> str:
    reader = pypdf.PdfReader(io.BytesIO(printing.agreement_pdf(db, agreement_id, page_size="A4")))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages[:3])
    return text[text.index("Revision history"):text.index("Signatories")]


def test_the_revision_history_prints_the_person_behind_each_login(db: Database, make: Any) -> None:
    agreement = make.agreement()
    login = user_profiles.current_login(db)  # on a server, the database user signed in
    who = login if db.signed_in in (None, current_user()) else f"{login} ({current_user()})"
    assert f" {who} Created" in revision_history(db, agreement.id)
    margaret = make.contact(make.it, "Margaret Ellison")

    assert user_profiles.set_logins(db, contact_id=margaret.id, logins=[f" {login} ", "", "mellison"]) == sorted(
        [login, "mellison"])

    history = revision_history(db, agreement.id)
    assert " Margaret Ellison Created" in history
    assert f" {login} " not in history and f" {who} " not in history
    assert user_profiles.logins_of(db, margaret.id) == sorted([login, "mellison"])
    entry = maintenance.history_of(db, "contact", margaret.id)[-1]
    assert entry.changes == {"logins": ["", ", ".join(sorted([login, "mellison"]))]}


def test_a_login_another_contact_signs_in_with_is_refused_and_nothing_changes(db: Database, make: Any) -> None:
    rajesh, margaret = make.contact(make.it, "Rajesh Patel"), make.contact(make.it, "Margaret Ellison")
    user_profiles.set_logins(db, contact_id=rajesh.id, logins=["rpatel"])
    user_profiles.set_logins(db, contact_id=margaret.id, logins=["mellison"])

    with pytest.raises(ValidationError) as refused:
        user_profiles.set_logins(db, contact_id=margaret.id, logins=["rpatel", "margaret"])

    assert refused.value.fields == {"logins": "“rpatel” already signs in as Rajesh Patel; remove it there first."}
    assert user_profiles.logins_of(db, margaret.id) == ["mellison"]
    assert user_profiles.logins_of(db, rajesh.id) == ["rpatel"]


@pytest.mark.parametrize(("login", "message"), [
    ("r\npatel", "must fit on one line"),
    ("x" * 101, "too long"),
    ("r\x07patel", "control characters"),
])
def test_a_login_that_cannot_be_one_is_refused(db: Database, make: Any, login: str, message: str) -> None:
    person = make.contact(make.it, "Rajesh Patel")
    with pytest.raises(ValidationError) as refused:
        user_profiles.set_logins(db, contact_id=person.id, logins=[login])
    assert message in refused.value.fields["logins"]
    assert user_profiles.logins_of(db, person.id) == []


def test_the_history_names_the_database_user_and_the_os_user_and_the_person_behind_them(
        db: Database, make: Any) -> None:
    rajesh = make.contact(make.it, "Rajesh Patel")
    (entry,) = maintenance.history_of(db, "contact", rajesh.id)
    if db.signed_in is None:  # a local file: the OS user
        assert entry.who == current_user()
    else:  # a team server: the database user signed in, with the OS user when it differs
        assert db.signed_in == db.backend.url.username  # type: ignore[attr-defined]
        assert entry.who in (db.signed_in, f"{db.signed_in} ({current_user()})")
        assert user_profiles.current_login(db) == db.signed_in
    user_profiles.set_logins(db, contact_id=rajesh.id, logins=[user_profiles.current_login(db)])
    named = maintenance.history_of(db, "contact", rajesh.id)[0]
    assert named.who == f"Rajesh Patel — {entry.who}"


def test_a_history_entry_is_known_by_its_os_user_too(db: Database, make: Any) -> None:
    from itsm_desktop.services.common import sign_ins_of

    assert sign_ins_of("alice (ajones)") == ("alice", "ajones") and sign_ins_of("ajones") == ("ajones",)
    margaret = make.contact(make.it, "Margaret Ellison")
    user_profiles.set_logins(db, contact_id=margaret.id, logins=["ajones"])
    with db.read() as session:
        people = user_profiles.names_of_logins(session, ["alice (ajones)", "ajones", "bob (bjones)"])
    assert people == {"alice (ajones)": "Margaret Ellison", "ajones": "Margaret Ellison"}
