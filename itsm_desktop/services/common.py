"""Shared pieces of the use cases: who acts, history entries, versions, search patterns."""

from __future__ import annotations

import getpass
import json
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from types import MappingProxyType
from typing import Any, TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session, select

from itsm_desktop.domain.checks import valid_id
from itsm_desktop.domain.enums import HistoryAction
from itsm_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from itsm_desktop.domain.models import HistoryEntry, Record, utcnow
from itsm_desktop.domain.translatable import Word, message_data, translatable
from itsm_desktop.domain.values import fold
from itsm_desktop.store import ErrorKind, error_kind
from itsm_desktop.store.database import SIGNED_IN, insert_at_commit

from .reads.people import sign_ins_of as sign_ins_of  # where the history's names are read

R = TypeVar("R", bound=Record)
EMPTY: Mapping[str, Any] = MappingProxyType({})
"""The values of a record before it existed."""


def current_user() -> str:
    """The OS user acting, as recorded in history."""
    try:
        return getpass.getuser()
    except Exception:  # no user database entry (containers, some services)
        return os.environ.get("USER") or os.environ.get("USERNAME") or "unknown"


def acting_user(session: Session) -> str:
    """Who the history names for a change made in ``session``: the OS user, and on a team
    server the database user signed in first, as ``dbuser (osuser)`` when the two differ."""
    os_user = current_user()
    signed_in = session.info.get(SIGNED_IN)
    if not signed_in or signed_in == os_user:
        return os_user
    return f"{signed_in} ({os_user})"


def plain(value: Any) -> Any:
    """A JSON-friendly form of a field value, for history entries."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if is_dataclass(value) and not isinstance(value, type):
        # what a row says, without what identifies it (a row's id): the history shows content
        return {f.name: plain(getattr(value, f.name)) for f in fields(value) if f.compare}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """Field → [old, new] for every field whose value changed."""
    out: dict[str, list[Any]] = {}
    for key in after:
        if before.get(key) == after.get(key):  # equal values need no JSON form (50 targets …)
            continue
        old, new = plain(before.get(key)), plain(after.get(key))
        if old != new:
            out[key] = [old, new]
    return out


def form_values(form: Any) -> dict[str, Any]:
    return {f.name: getattr(form, f.name) for f in fields(form)}


def record_history(session: Session, *, entity: str, entity_id: int, action: HistoryAction,
                   summary: str, changes: dict[str, Any] | None = None) -> None:
    try:  # the history is JSON: a value JSON cannot hold would make the whole file unreadable to it
        json.dumps(changes, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise ValidationError({"": translatable("The change holds a value that cannot be recorded in the "
                                                "history; nothing was saved.")}) from exc
    # written with the commit, all of a transaction's entries in one statement (and on a
    # server in the same round trip as the COMMIT): nothing reads them back before
    insert_at_commit(session, HistoryEntry, {
        "entity": entity, "entity_id": entity_id, "action": action, "at": utcnow(),
        "who": acting_user(session), "summary": summary, "changes": changes or None,
        "summary_message": message_data(summary)})


def gone(model: type[Record]) -> str:
    """"The service no longer exists.": a marked sentence naming the kind of record."""
    return translatable("The {record} no longer exists.", record=Word(model.entity_label))


def get_or_404(session: Session, model: type[R], record_id: int) -> R:
    record = session.get(model, record_id) if valid_id(record_id) else None
    if record is None:
        raise NotFoundError(gone(model))
    return record


def check_version(session: Session, model: type[R], record_id: int, version: int) -> R:
    """The record, locked for this transaction, if it still has ``version``; else conflict."""
    if not valid_id(record_id):
        raise NotFoundError(gone(model))
    record = session.get(model, record_id, populate_existing=True)
    if record is None:
        raise ConflictError(model.entity_label, record_id, version, None)
    if record.version != version:
        raise ConflictError(model.entity_label, record_id, version, record.version)
    return record


@contextmanager
def stale_is_conflict(session: Session, record: Record, expected: int | None) -> Iterator[None]:
    """Run a block that writes ``record``; a row someone else replaced meanwhile is a conflict.

    Each UPDATE and DELETE of a record names the version it read (see ``Record``); when the
    database finds another version there it changes nothing, and nothing of this unit of
    work is kept.
    """
    model, record_id = type(record), record.id
    try:
        yield
        session.flush()
    except StaleDataError as exc:
        session.rollback()
        actual = None
        if record_id is not None:
            actual = session.exec(select(model.version).where(model.id == record_id)).first()
        raise ConflictError(model.entity_label, record_id or 0, expected or 0, actual) from exc


def touch(record: Record) -> None:
    record.version += 1
    record.updated_at = utcnow()


def like_pattern(query: str) -> str | None:
    """A LIKE pattern for a folded search, or None when the query is blank."""
    folded = fold(query.strip())
    if not folded:
        return None
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


_UNIQUE_FIELDS = "unique fields"  # the key of a write session's info: the fields require_unique checked


def require_unique(session: Session, model: type[R], column: Any, value: str,
                   own_id: int | None, field: str, message: str) -> None:
    """Refuse ``value`` when another record of ``model`` has it.

    A value the record already holds is not looked up again (it was unique when stored).
    Two clients saving the same new value at once may both find it free: the column's unique
    constraint then refuses the second's write, which ``unique_refusal`` reports as this
    field's ``message`` (no lock is taken, so saves of other values never wait for each other).
    """
    session.info.setdefault(_UNIQUE_FIELDS, []).append((field, message))
    if own_id is not None:
        current = session.get(model, own_id)  # the record being saved: already in the session
        if current is not None and getattr(current, column.key) == value:
            return
    stmt = select(model.id).where(column == value)
    if own_id is not None:
        stmt = stmt.where(model.id != own_id)
    if session.exec(stmt).first() is not None:
        raise ValidationError({field: message})


def unique_refusal(session: Session, exc: IntegrityError) -> dict[str, str] | None:
    """The field-level message for a unique value the database refused, when the save checked
    exactly one such field with ``require_unique`` (another client took it meanwhile)."""
    checked = session.info.get(_UNIQUE_FIELDS, [])
    if error_kind(exc) is ErrorKind.UNIQUE and len(checked) == 1:
        field, message = checked[0]
        return {field: message}
    return None


def integrity_message(exc: IntegrityError) -> str:
    """One sentence for a change the database refused, by its result code or SQLSTATE."""
    kind = error_kind(exc)
    if kind is ErrorKind.FOREIGN_KEY:
        return translatable("It is still referred to by other records.")
    if kind is ErrorKind.UNIQUE:
        return translatable("A record with the same unique value already exists.")
    return translatable("The change would break the database's integrity.")
