"""Undo commands: every edit the user makes is one of these, calling a service.

The first application happens before the command is pushed, through the operation runner (so
a refused save never reaches the stack and the editor can show its field messages); later
redo/undo calls the services again through the runner, based on the version the previous
step produced, so a concurrent change by someone else is reported as a conflict instead of
being overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, is_dataclass
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from itsm_desktop.domain.translatable import translatable

from .context import AppContext
from .operations import Refusal
from .translate import tr

Creator = Callable[..., Any]  # (db, *, form, restore_id) -> record
Updater = Callable[..., Any]  # (db, *, <id_arg>, version, form) -> record
Deleter = Callable[..., Any]  # (db, *, <id_arg>, version) -> None


def quoted(kind: str, name: str) -> str:
    """``service ‘E-mail’``: how a record is named in the Edit menu and the status bar.

    ``kind`` is a marked noun (``translatable("service")``), shown in the screens' language.
    """
    short = name if len(name) <= 60 else name[:57] + "…"
    return tr("{kind} ‘{name}’").format(kind=tr(kind), name=short)


def by_name(kind: str) -> Callable[[Any], str]:
    """The label of a record of ``kind`` that has a ``name``: ``contact ‘Ann Smith’``."""
    return lambda record: quoted(kind, record.name)


class RecordOps:
    """The create/update/delete service functions of one kind of record."""

    def __init__(self, entity: str, id_arg: str, create: Creator, update: Updater, delete: Deleter,
                 label: Callable[[Any], str], locked: Callable[[Any, int], str] | None = None) -> None:
        self.entity, self.id_arg = entity, id_arg
        self.create, self.update, self.delete = create, update, delete
        self.label = label
        # why the stored record (db, id) can no longer be changed at all ("" while it can)
        self.locked = locked or (lambda _db, _record_id: "")


# Whole sentences per kind of step, so that each language orders its words itself.
STEP_TEXTS = {
    "create": translatable("Create {record}"),
    "edit": translatable("Edit {record}"),
    "rename": translatable("Rename {record}"),
    "status": translatable("Change status of {record}"),
    "reactivate": translatable("Reactivate {record}"),
    "deactivate": translatable("Deactivate {record}"),
    "delete": translatable("Delete {record}"),
}


def edit_verb(old_form: Any | None, new_form: Any) -> str:
    """How the Edit menu names a save: "rename" when only the name changed, else "edit"
    (a key of ``STEP_TEXTS``)."""
    if old_form is None or not is_dataclass(new_form) or type(old_form) is not type(new_form):
        return "edit"
    changed = [f.name for f in fields(new_form) if getattr(old_form, f.name) != getattr(new_form, f.name)]
    if changed == ["name"]:
        return "rename"
    if changed == ["status"]:
        return "status"
    if changed == ["active"]:
        return "reactivate" if getattr(new_form, "active", False) else "deactivate"
    return "edit"


def step_text(step: str, record: str) -> str:
    """The Edit menu's name of a step on ``record``: "Rename service ‘E-mail’"."""
    return tr(STEP_TEXTS[step]).format(record=record)


TextSource = Callable[[], str]
"""Says a step's name in the screens' language of the moment (after a change of language too)."""


def named(step: QUndoCommand, text: str | TextSource) -> None:
    """Give ``step`` its name in the Edit menu: a text, or a source saying it in the language
    of the moment (kept, so that ``adopt_steps`` can say it again in another language)."""
    source = text if callable(text) else None
    step.setText(source() if source is not None else str(text))
    step.text_source = source  # type: ignore[attr-defined]  # a plain attribute of the wrapper


def adopt_steps(stack: QUndoStack, ctx: AppContext) -> None:
    """Make the steps of ``stack`` act for ``ctx`` (a window built anew on the same database)
    and say their names again in the screens' language of now."""
    for index in range(stack.count()):
        step = stack.command(index)
        if hasattr(step, "ctx"):
            step.ctx = ctx
        source = getattr(step, "text_source", None)
        if source is not None:
            step.setText(source())


class _RecordCommand(QUndoCommand):
    """A step on one record of ``ops``; the runner replays it and tells the hub."""

    record_id: int
    version: int

    def __init__(self, ctx: AppContext, ops: RecordOps, text: str | TextSource) -> None:
        super().__init__()
        named(self, text)
        self.ctx, self.ops = ctx, ops
        self._first = True

    def _run(self, action: Callable[[], object]) -> None:
        self.ctx.operations.replay(self, action)

    def blocked_reason(self) -> str:
        """Why undoing this step would be refused now ("" when it would not)."""
        return self.ops.locked(self.ctx.db, self.record_id)

    def _update(self, record_id: int, version: int, form: Any) -> int:
        record = self.ops.update(self.ctx.db, **{self.ops.id_arg: record_id}, version=version, form=form)
        return int(record.version)

    def _recreate(self, form: Any) -> None:
        record = self.ops.create(self.ctx.db, form=form, restore_id=self.record_id)
        self.version = int(record.version)

    def _delete(self) -> None:
        self.ops.delete(self.ctx.db, **{self.ops.id_arg: self.record_id}, version=self.version)


class SaveCommand(_RecordCommand):
    """Create a record, or save new values over an existing one."""

    def __init__(self, ctx: AppContext, ops: RecordOps, text: str | TextSource, *, record: Any,
                 old_form: Any | None, new_form: Any) -> None:
        super().__init__(ctx, ops, text)
        self.record_id = int(record.id)
        self.version = int(record.version)
        self.old_form, self.new_form = old_form, new_form

    @classmethod
    def apply(cls, ctx: AppContext, ops: RecordOps, *, record_id: int | None, version: int | None,
              old_form: Any | None, new_form: Any, refusal: Refusal) -> Any | None:
        """Save now and push the undo step: the record, or None when refused (and explained)."""

        def save() -> Any:
            if record_id is None:
                return ops.create(ctx.db, form=new_form)
            return ops.update(ctx.db, **{ops.id_arg: record_id}, version=version, form=new_form)

        def step(record: Any) -> SaveCommand:
            kind = "create" if record_id is None else edit_verb(old_form, new_form)
            return cls(ctx, ops, lambda: step_text(kind, ops.label(record)), record=record,
                       old_form=old_form, new_form=new_form)

        done = ctx.operations.perform(save, refusal, undo=step)
        return done.value if done is not None else None

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        if self.old_form is None:
            self._run(lambda: self._recreate(self.new_form))
        else:
            self._run(lambda: setattr(self, "version", self._update(self.record_id, self.version, self.new_form)))

    def undo(self) -> None:
        if self.old_form is None:
            self._run(self._delete)
        else:
            self._run(lambda: setattr(self, "version", self._update(self.record_id, self.version, self.old_form)))


class DeleteCommand(_RecordCommand):
    """Delete a record; undo recreates it with the same id and values."""

    def __init__(self, ctx: AppContext, ops: RecordOps, text: str | TextSource, *, record_id: int,
                 form: Any) -> None:
        super().__init__(ctx, ops, text)
        self.record_id, self.form = record_id, form
        self.version = 1

    @classmethod
    def apply(cls, ctx: AppContext, ops: RecordOps, *, record: Any, form: Any, refusal: Refusal) -> bool:
        """Delete now and push the undo step; False when refused (and explained)."""
        done = ctx.operations.perform(
            lambda: ops.delete(ctx.db, **{ops.id_arg: record.id}, version=record.version), refusal,
            undo=lambda _none: cls(ctx, ops, lambda: step_text("delete", ops.label(record)),
                                   record_id=record.id, form=form))
        return done is not None

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._delete)

    def undo(self) -> None:
        self._run(lambda: self._recreate(self.form))


class CallCommand(QUndoCommand):
    """A step whose redo and undo are arbitrary service calls (lifecycle transitions …)."""

    def __init__(self, ctx: AppContext, text: str | TextSource, redo: Callable[[], object],
                 undo: Callable[[], object], blocked: Callable[[], str] | None = None) -> None:
        super().__init__()
        named(self, text)
        self.ctx, self._redo, self._undo = ctx, redo, undo
        self._blocked = blocked or (lambda: "")
        self._first = True

    def blocked_reason(self) -> str:
        """Why undoing this step would be refused now ("" when it would not)."""
        return self._blocked()

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.ctx.operations.replay(self, self._redo)

    def undo(self) -> None:
        self.ctx.operations.replay(self, self._undo)
