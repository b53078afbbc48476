"""Taking turns on a value that must stay unique among every client of a database.

A use case that allocates a value (the next agreement reference) and then writes it must not
be overtaken between the two by another client doing the same. (A value the user typed, such
as a service's code, needs no turn: the unique constraint refuses the second of two clients,
which is told which field to change; see ``services.common.require_unique``.) On SQLite no one can: every write
transaction holds the file's write lock from its start (``BEGIN IMMEDIATE``). On PostgreSQL,
whose default isolation lets writers run side by side, ``take_turns`` holds a transaction-level
advisory lock named after what is checked: the second client waits at that point until the
first commits, then sees its row (each statement reads the latest commits). The unique
constraints remain the last word either way.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

APPLICATION_KEY = 0x17_5D  # advisory locks of this application: (APPLICATION_KEY, hash of the name)


def take_turns(session: Session, name: str) -> None:
    """Wait until no other transaction holds the turn ``name``, and hold it until this one ends."""
    if session.get_bind().dialect.name != "postgresql":
        return
    session.execute(sa.text("SELECT pg_advisory_xact_lock(:key, hashtext(:name))"),
                    {"key": APPLICATION_KEY, "name": name})
