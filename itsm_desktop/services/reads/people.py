"""The people behind sign-in names: the history records logins, documents print names."""

from __future__ import annotations

from collections.abc import Iterable

from itsm_desktop.store.rows import Rows


def sign_ins_of(who: str) -> tuple[str, ...]:
    """The sign-in names a history's ``who`` holds: ``dbuser (osuser)`` holds both."""
    head, _, rest = who.partition(" (")
    return (head, rest[:-1]) if rest.endswith(")") else (who,)


def names_of_logins(rows: Rows, logins: Iterable[str]) -> dict[str, str]:
    """A history's ``who`` → the name of the contact who signs in with it (for the names
    known); ``dbuser (osuser)`` is known by its database user, else by its OS user."""
    whos = set(logins)
    wanted = list({name for who in whos for name in sign_ins_of(who)})
    if not wanted:
        return {}
    people: dict[str, str] = dict(rows.rows(
        "SELECT user_profile.login, contact.name FROM user_profile "
        "JOIN contact ON contact.id = user_profile.contact_id WHERE user_profile.login IN (:wanted)",
        wanted=wanted))
    found = {who: next((people[n] for n in sign_ins_of(who) if n in people), None) for who in whos}
    return {who: name for who, name in found.items() if name is not None}
