"""Who signs in as which contact: the history records sign-in names (OS logins, database
users), the documents print the people behind them."""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session, col, select

from itsm_desktop.domain.checks import Problems, check_text
from itsm_desktop.domain.enums import HistoryAction
from itsm_desktop.domain.errors import ValidationError
from itsm_desktop.domain.models import Contact, UserProfile
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.store import Database
from itsm_desktop.store.rows import rows_of

from .common import current_user, get_or_404, record_history
from .reads import people

LOGIN_MAX = 100


def current_login(db: Database | None = None) -> str:
    """The sign-in name of the person using the application now: on a team server the
    database user signed in to ``db``, else the OS login."""
    signed_in = db.signed_in if db is not None else None
    return signed_in or current_user()


def logins_of(db: Database, contact_id: int) -> list[str]:
    """The sign-in names of a contact, in alphabetical order."""
    with db.read() as session:
        return _logins(session, contact_id)


def set_logins(db: Database, *, contact_id: int, logins: Iterable[str]) -> list[str]:
    """Make ``logins`` the sign-in names of the contact (blank lines dropped); a name that
    another contact signs in with is refused, and then nothing changes."""
    wanted = sorted({login.strip() for login in logins if login.strip()})
    problems: Problems = {}
    for login in wanted:
        check_text(problems, "logins", login, label=f"The sign-in name “{login[:40]}”",
                   max_length=LOGIN_MAX, single_line=True)
    if problems:
        raise ValidationError(problems)
    with db.write() as session:
        contact = get_or_404(session, Contact, contact_id)
        taken = session.exec(select(UserProfile.login, Contact.name)
                             .join(Contact, col(Contact.id) == UserProfile.contact_id)
                             .where(col(UserProfile.login).in_(wanted), UserProfile.contact_id != contact_id)).first()
        if taken is not None:
            raise ValidationError({"logins": f"“{taken[0]}” already signs in as {taken[1]}; "
                                             "remove it there first."})
        before = _logins(session, contact_id)
        if before == wanted:
            return wanted
        for profile in session.exec(select(UserProfile).where(UserProfile.contact_id == contact_id)):
            if profile.login not in wanted:
                session.delete(profile)
        for login in wanted:
            if login not in before:
                session.add(UserProfile(login=login, contact_id=contact_id))
        record_history(session, entity="contact", entity_id=contact_id, action=HistoryAction.UPDATED,
                       summary=translatable("Changed the sign-in names of contact “{name}”", name=contact.name),
                       changes={"logins": [", ".join(before), ", ".join(wanted)]})
        session.flush()
        return wanted


def names_of_logins(session: Session, logins: Iterable[str]) -> dict[str, str]:
    """A history's ``who`` → the name of the contact who signs in with it (for the names
    known); ``dbuser (osuser)`` is known by its database user, else by its OS user."""
    return people.names_of_logins(rows_of(session), logins)


def _logins(session: Session, contact_id: int) -> list[str]:
    return sorted(session.exec(select(UserProfile.login).where(UserProfile.contact_id == contact_id)).all())
