"""Committing a clean preview as one transaction, and undoing it as one step.

The commit saves each row through the use cases' own steps (rules, database checks, history)
inside a single transaction: any refusal rolls the whole import back. It returns what it
created and, for each record it updated, the form it had before, so that an undo deletes the
created records and saves the previous forms back — again in one transaction.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from itsm_desktop.domain.errors import ConflictError, InUseError, ValidationError
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.store import Database

from . import bulk
from .bulk import database_state
from .cells import key
from .errors import ImportRefused, error_sentence
from .importer import Action, ImportPreview, RowPlan
from .operations import BY_ENTITY, SERVICE


@dataclass
class ImportResult:
    """What an import changed: created ids in order, and updated ids with their former forms."""

    entity: str
    created: list[int] = field(default_factory=list)
    updated: list[tuple[int, Any]] = field(default_factory=list)
    created_forms: dict[int, Any] = field(default_factory=dict)  # services created in bulk, as saved

    @property
    def changed_ids(self) -> list[int]:
        return [*self.created, *(i for i, _form in self.updated)]


def _ordered(rows: list[RowPlan]) -> list[RowPlan]:
    """The rows to save, each after the rows of the file it refers to."""
    by_key = {key(r.key): r for r in rows}
    done: set[int] = set()
    out: list[RowPlan] = []

    def add(row: RowPlan) -> None:
        if id(row) in done:
            return
        done.add(id(row))
        for name in row.later:
            other = by_key.get(key(name))
            if other is not None:
                add(other)
        out.append(row)

    for row in rows:
        add(row)
    return out


def commit_import(db: Database, preview: ImportPreview) -> ImportResult:
    """Save every row of a clean preview in one transaction; ``ImportRefused`` changes nothing."""
    if not preview.ready:
        raise ImportRefused(preview.messages())
    ops = BY_ENTITY[_ENTITY[preview.kind.name]]
    result = ImportResult(entity=str(ops.model.__tablename__))
    todo = [r for r in preview.rows if r.action in (Action.CREATE, Action.UPDATE)]
    with db.write() as session:
        saved: dict[str, int] = {}
        if ops is SERVICE:  # new services in bulk: thousands of rows in seconds
            created = _ordered([r for r in todo if r.action == Action.CREATE])  # undo deletes in reverse
            if created:
                if database_state(session) != preview.state:
                    raise ImportRefused([translatable("The catalog or its stakeholders changed since the "
                                                      "preview was made; make the preview again.")])
                forms = [copy.deepcopy(r.form) for r in created]
                ids = bulk.create_services(session, forms, [r.later for r in created])
                result.created_forms = dict(zip(ids, forms, strict=True))
                saved.update((key(r.key), i) for r, i in zip(created, ids, strict=True))
                result.created.extend(ids)
                todo = [r for r in todo if r.action == Action.UPDATE]
        for row in _ordered(todo):
            form = row.form
            if row.later:
                form = _with_later(row, saved)
            try:
                record = ops.save(session, form, record_id=row.record_id, version=row.version)
            except (ValidationError, ConflictError) as exc:
                raise ImportRefused([translatable("Row {row}: {problem}", row=row.line,
                                                  problem=error_sentence(exc))]) from exc
            assert record.id is not None
            saved[key(row.key)] = record.id
            if row.record_id is None:
                result.created.append(record.id)
            else:
                result.updated.append((record.id, row.before))
    return result


def _with_later(row: RowPlan, saved: dict[str, int]) -> Any:
    """The row's form with its references to rows of the file filled in with their new ids."""
    ids = [saved[key(name)] for name in row.later]
    form = copy.copy(row.form)  # the preview keeps its own form: a refused commit can be retried
    if hasattr(form, "depends_on"):
        form.depends_on = [*form.depends_on, *(i for i in ids if i not in form.depends_on)]
    elif hasattr(form, "parent_id"):
        form.parent_id = ids[0]
    return form


def undo_import(db: Database, result: ImportResult) -> None:
    """Put the records back as they were before the import, in one transaction."""
    ops = BY_ENTITY[result.entity]
    with db.write() as session:
        for record_id, before in reversed(result.updated):
            record = session.get(ops.model, record_id)
            if record is None:
                raise ConflictError(ops.model.entity_label, record_id, 0, None)
            ops.save(session, before, record_id=record_id, version=record.version)
        if result.created_forms and bulk.delete_created_services(session, result.created_forms):
            return
        for record_id in reversed(result.created):
            _delete(session, ops, record_id)


def _delete(session: Session, ops: Any, record_id: int) -> None:
    try:
        ops.delete(session, record_id)
    except InUseError as exc:
        reason = exc.args[0] if exc.args else str(exc)
        raise InUseError(translatable("The import cannot be undone: {reason}", reason=reason)) from exc


_ENTITY = {"families": "service_family", "organizations": "organization", "contacts": "contact",
           "services": str(SERVICE.model.__tablename__)}
