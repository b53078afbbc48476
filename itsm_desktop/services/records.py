"""The create / update / delete pattern shared by every aggregate's use cases."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from itsm_desktop.domain.checks import valid_id
from itsm_desktop.domain.enums import HistoryAction
from itsm_desktop.domain.errors import InUseError, NotFoundError, ValidationError
from itsm_desktop.domain.models import Record
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.store import Database

from .common import (
    EMPTY,
    check_version,
    diff,
    form_values,
    get_or_404,
    gone,
    integrity_message,
    plain,
    record_history,
    stale_is_conflict,
    touch,
    unique_refusal,
)

R = TypeVar("R", bound=Record)
F = TypeVar("F")

Checker = Callable[[Session, F, int | None], dict[str, str]]
"""Checks a form against the database; the stored values are ``stored_values(session)``."""
Applier = Callable[[Session, R, F, Mapping[str, Any]], None]
"""Writes a form over a record; the mapping is the record's values before (empty for a new one)."""
Snapshot = Callable[[Session, R], dict[str, Any]]
Resnapshot = Callable[[Session, R, F, Mapping[str, Any]], dict[str, Any]]
"""The record's values after a form was applied, given those before: reads only what changed."""

_STORED = "stored values"  # the key of a write session's info holding the record's values being saved over


def stored_values(session: Session) -> Mapping[str, Any]:
    """The values of the record being saved as they are stored (empty for a new record), for
    checks that only need to look at what a form changes."""
    stored: Mapping[str, Any] = session.info.get(_STORED, EMPTY)
    return stored


def save(db: Database, model: type[R], form: F, *, record_id: int | None, version: int | None,
         problems: Callable[[F], dict[str, str]], check: Checker[F], apply: Applier[R, F],
         describe: Callable[[R], str], snapshot: Snapshot[R],
         restore_id: int | None = None, resnapshot: Resnapshot[R, F] | None = None) -> R:
    """Validate and save ``form`` as a new record or over ``record_id`` at ``version``.

    ``restore_id`` recreates a deleted record under its old id (undo of a delete).
    """
    with db.write() as session:
        return save_in(session, model, form, record_id=record_id, version=version, problems=problems,
                       check=check, apply=apply, describe=describe, snapshot=snapshot,
                       restore_id=restore_id, resnapshot=resnapshot)


def save_in(session: Session, model: type[R], form: F, *, record_id: int | None, version: int | None,
            problems: Callable[[F], dict[str, str]], check: Checker[F], apply: Applier[R, F],
            describe: Callable[[R], str], snapshot: Snapshot[R],
            restore_id: int | None = None, resnapshot: Resnapshot[R, F] | None = None) -> R:
    """``save`` inside the caller's transaction (an import saves many records as one).

    Every statement is a round trip to a team server, so nothing is read twice: the record
    and its rows once (``snapshot``), the values after the save from those and what the
    form changed (``resnapshot``, where given), and the history written with the commit.
    """
    for given in (record_id, restore_id):
        if given is not None and not valid_id(given):
            raise NotFoundError(gone(model))
    found = problems(form)
    if found:
        raise ValidationError(found)
    entity = str(model.__tablename__)
    if record_id is None:
        record = model()
        if restore_id is not None:
            record.id = restore_id
        before: dict[str, Any] = {}
    else:  # read first: the checks below then find the record in the session
        assert version is not None, "an update needs the version it is based on"
        record = check_version(session, model, record_id, version)
        before = snapshot(session, record)
    session.info[_STORED] = before
    try:
        found = check(session, form, record_id)
    finally:
        del session.info[_STORED]
    if found:
        raise ValidationError(found)
    if record_id is not None:
        touch(record)
    try:  # applying flushes the record before its rows: the database may refuse either
        with stale_is_conflict(session, record, version):
            apply(session, record, form, before)
            session.add(record)
    except IntegrityError as exc:
        raise ValidationError(unique_refusal(session, exc) or {"": integrity_message(exc)}) from exc
    assert record.id is not None
    after = resnapshot(session, record, form, before) if resnapshot is not None and before else snapshot(session, record)
    if record_id is None:
        record_history(session, entity=entity, entity_id=record.id, action=HistoryAction.CREATED,
                       summary=translatable("Created {record}", record=describe(record)),
                       changes={k: [None, plain(v)] for k, v in after.items() if v not in (None, "", [], {})})
    else:
        changes = diff(before, after)
        if changes:
            record_history(session, entity=entity, entity_id=record.id, action=HistoryAction.UPDATED,
                           summary=translatable("Changed {record}: {fields}", record=describe(record),
                                                fields=", ".join(changes)), changes=changes)
    return record  # its values are those written: nothing to read back


def delete(db: Database, model: type[R], record_id: int, *, version: int | None,
           guard: Callable[[Session, R], None], describe: Callable[[R], str],
           snapshot: Callable[[Session, R], dict[str, Any]]) -> None:
    """Delete a record after ``guard`` has had its say; nothing is deleted on any error."""
    with db.write() as session:
        delete_in(session, model, record_id, version=version, guard=guard, describe=describe,
                  snapshot=snapshot)


def deletion_refusal(db: Database, model: type[R], record_id: int,
                     guard: Callable[[Session, R], None]) -> InUseError | None:
    """Why ``record_id`` cannot be deleted, read before the user is asked to confirm; None if it can."""
    with db.read() as session:
        record = session.get(model, record_id)
        if record is None:
            return None
        try:
            guard(session, record)
        except InUseError as exc:
            return exc
    return None


def delete_in(session: Session, model: type[R], record_id: int, *, version: int | None,
              guard: Callable[[Session, R], None], describe: Callable[[R], str],
              snapshot: Callable[[Session, R], dict[str, Any]]) -> None:
    """``delete`` inside the caller's transaction (undoing an import deletes many as one)."""
    entity = str(model.__tablename__)
    if version is None:
        record = get_or_404(session, model, record_id)
    else:
        record = check_version(session, model, record_id, version)
    guard(session, record)
    values = snapshot(session, record)
    label = describe(record)
    try:
        with stale_is_conflict(session, record, version if version is not None else record.version):
            session.delete(record)
    except IntegrityError as exc:
        raise InUseError(translatable("Cannot delete {record}: {reason}", record=label,
                                      reason=integrity_message(exc))) from exc
    record_history(session, entity=entity, entity_id=record_id, action=HistoryAction.DELETED,
                   summary=translatable("Deleted {record}", record=label), changes={k: [plain(v), None] for k, v in values.items()})


def model_values(record: Any, form_type: type) -> dict[str, Any]:
    """The values of ``record`` for the fields a form of ``form_type`` has."""
    return {name: getattr(record, name) for name in form_values(form_type()) if hasattr(record, name)}
