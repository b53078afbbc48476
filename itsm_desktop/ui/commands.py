"""Undo commands: every edit the user makes is one of these, calling a service.

The first application happens before the command is pushed (so a refused save never reaches
the stack and the editor can show its field messages); later redo/undo calls the services
again, based on the version the previous step produced, so a concurrent change by someone
else is reported as a conflict instead of being overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, is_dataclass
from typing import Any

from PySide6.QtGui import QUndoCommand

from itsm_desktop.domain.errors import ItsmError

from .context import AppContext

Creator = Callable[..., Any]  # (db, *, form, restore_id) -> record
Updater = Callable[..., Any]  # (db, *, <id_arg>, version, form) -> record
Deleter = Callable[..., Any]  # (db, *, <id_arg>, version) -> None


class RecordOps:
    """The create/update/delete service functions of one kind of record."""

    def __init__(self, entity: str, id_arg: str, create: Creator, update: Updater, delete: Deleter,
                 label: Callable[[Any], str]) -> None:
        self.entity, self.id_arg = entity, id_arg
        self.create, self.update, self.delete = create, update, delete
        self.label = label


def edit_verb(old_form: Any | None, new_form: Any) -> str:
    """How the Edit menu names a save: "Rename" when only the name changed, else "Edit"."""
    if old_form is None or not is_dataclass(new_form) or type(old_form) is not type(new_form):
        return "Edit"
    changed = [f.name for f in fields(new_form) if getattr(old_form, f.name) != getattr(new_form, f.name)]
    if changed == ["name"]:
        return "Rename"
    if changed == ["status"]:
        return "Change status of"
    if changed == ["active"]:
        return "Reactivate" if getattr(new_form, "active", False) else "Deactivate"
    return "Edit"


class _RecordCommand(QUndoCommand):
    def __init__(self, ctx: AppContext, ops: RecordOps, text: str) -> None:
        super().__init__(text)
        self.ctx, self.ops = ctx, ops
        self._first = True

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except ItsmError as exc:
            self.setObsolete(True)
            self.ctx.hub.error.emit(self.text(), str(exc))

    def _update(self, record_id: int, version: int, form: Any) -> int:
        record = self.ops.update(self.ctx.db, **{self.ops.id_arg: record_id}, version=version, form=form)
        self.ctx.hub.notify(self.ops.entity, record_id)
        return int(record.version)


class SaveCommand(_RecordCommand):
    """Create a record, or save new values over an existing one."""

    def __init__(self, ctx: AppContext, ops: RecordOps, text: str, *, record: Any,
                 old_form: Any | None, new_form: Any) -> None:
        super().__init__(ctx, ops, text)
        self.record_id: int = record.id
        self.version: int = record.version
        self.old_form, self.new_form = old_form, new_form

    @classmethod
    def apply(cls, ctx: AppContext, ops: RecordOps, *, record_id: int | None, version: int | None,
              old_form: Any | None, new_form: Any) -> Any:
        """Save now (raising ``ValidationError``/``ConflictError``) and push the undo step."""
        if record_id is None:
            record = ops.create(ctx.db, form=new_form)
            text = f"Create {ops.label(record)}"
        else:
            record = ops.update(ctx.db, **{ops.id_arg: record_id}, version=version, form=new_form)
            text = f"{edit_verb(old_form, new_form)} {ops.label(record)}"
        ctx.hub.notify(ops.entity, record.id)
        ctx.undo_stack.push(cls(ctx, ops, text, record=record, old_form=old_form, new_form=new_form))
        return record

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        if self.old_form is None:
            self._run(self._recreate)
        else:
            self._run(lambda: setattr(self, "version", self._update(self.record_id, self.version, self.new_form)))

    def undo(self) -> None:
        if self.old_form is None:
            self._run(self._remove)
        else:
            self._run(lambda: setattr(self, "version", self._update(self.record_id, self.version, self.old_form)))

    def _remove(self) -> None:
        self.ops.delete(self.ctx.db, **{self.ops.id_arg: self.record_id}, version=self.version)
        self.ctx.hub.notify(self.ops.entity, self.record_id)

    def _recreate(self) -> None:
        record = self.ops.create(self.ctx.db, form=self.new_form, restore_id=self.record_id)
        self.version = record.version
        self.ctx.hub.notify(self.ops.entity, self.record_id)


class DeleteCommand(_RecordCommand):
    """Delete a record; undo recreates it with the same id and values."""

    def __init__(self, ctx: AppContext, ops: RecordOps, text: str, *, record_id: int, form: Any) -> None:
        super().__init__(ctx, ops, text)
        self.record_id, self.form = record_id, form
        self.version = 1

    @classmethod
    def apply(cls, ctx: AppContext, ops: RecordOps, *, record: Any, form: Any) -> None:
        """Delete now (raising ``InUseError``/``ConflictError``) and push the undo step."""
        ops.delete(ctx.db, **{ops.id_arg: record.id}, version=record.version)
        ctx.hub.notify(ops.entity, record.id)
        ctx.undo_stack.push(cls(ctx, ops, f"Delete {ops.label(record)}", record_id=record.id, form=form))

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._delete)

    def undo(self) -> None:
        self._run(self._recreate)

    def _delete(self) -> None:
        self.ops.delete(self.ctx.db, **{self.ops.id_arg: self.record_id}, version=self.version)
        self.ctx.hub.notify(self.ops.entity, self.record_id)

    def _recreate(self) -> None:
        record = self.ops.create(self.ctx.db, form=self.form, restore_id=self.record_id)
        self.version = record.version
        self.ctx.hub.notify(self.ops.entity, self.record_id)


class CallCommand(QUndoCommand):
    """A step whose redo and undo are arbitrary service calls (lifecycle transitions …)."""

    def __init__(self, ctx: AppContext, text: str, redo: Callable[[], None],
                 undo: Callable[[], None]) -> None:
        super().__init__(text)
        self.ctx, self._redo, self._undo = ctx, redo, undo
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._call(self._redo)

    def undo(self) -> None:
        self._call(self._undo)

    def _call(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except ItsmError as exc:
            self.setObsolete(True)
            self.ctx.hub.error.emit(self.text(), str(exc))
