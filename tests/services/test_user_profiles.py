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
    login = current_user()
    assert f" {login} Created" in revision_history(db, agreement.id)
    margaret = make.contact(make.it, "Margaret Ellison")

    assert user_profiles.set_logins(db, contact_id=margaret.id, logins=[f" {login} ", "", "mellison"]) == sorted(
        [login, "mellison"])

    history = revision_history(db, agreement.id)
    assert " Margaret Ellison Created" in history
    assert f" {login} " not in history
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
