"""The record actions of a master/detail page: new, save, revert, duplicate, delete.

Saving and deleting go through undo commands; a save that meets someone else's change offers
to reload, and a refused delete explains why and offers to retire the record instead.
"""

from __future__ import annotations

from typing import Any

from itsm_desktop.domain.errors import ConflictError, InUseError, ItsmError

from ..commands import DeleteCommand, SaveCommand
from ..conflicts import ask_reload_after_conflict
from ..dialogs import Answer, Dialogs


class RecordActions:
    """Mixed into ``RecordPage``: the actions on the record shown in its editor.

    Uses the page's ``ctx``, ``editor``, ``model``, ``noun`` and its showing helpers.
    """

    ctx: Any
    editor: Any
    model: Any
    noun: str


    def can_leave(self) -> bool:
        if not self.is_dirty():
            return True
        title, _ = self.editor.heading()
        name = title or self.tr("the new {noun}").format(noun=self.tr(self.noun))
        answer = Dialogs.ask_save_discard_cancel(
            self, self.tr("Unsaved changes"),
            self.tr("You have changed {name} without saving.").format(name=name))
        if answer == Answer.SAVE:
            return self.save_record()
        if answer == Answer.DISCARD:
            self.revert_record()
            return True
        return False

    def new_record(self) -> None:
        if not self.can_leave():
            return
        self.editor.load(None)
        self._select_row_of(None)
        self._show_editor(True)
        self.editor.focus_first()

    def save_record(self) -> bool:
        """Save the editor; a conflict offers to reload. True when the record was saved."""
        try:
            saved = self.editor.save()
        except ConflictError as exc:
            if ask_reload_after_conflict(self, self.editor, exc):
                self._open(self.editor.record_id)
            return False
        except ItsmError as exc:
            Dialogs.error(self, self.tr("Not saved"), str(exc))
            return False
        if saved:
            self.message.emit(self.tr("Saved."))
        self.actions_changed.emit()
        return saved

    def revert_record(self) -> None:
        if self.editor.record_id is None:
            self.editor.load(None)
            self._show_editor(False)
            return
        self._open(self.editor.record_id)

    def duplicate_record(self) -> None:
        if self.editor.record_id is None or not self.can_leave():
            return
        form = self.editor.duplicate_form(self.editor.form())
        self.editor.load_form_as_new(form)
        self._select_row_of(None)
        self._show_editor(True)
        self.editor.focus_first()

    def delete_record(self) -> None:
        """Delete after confirmation; a refused delete explains why and offers to retire."""
        editor = self.editor
        if editor.record is None or editor.ops is None:
            return
        title, _ = editor.heading()
        if not Dialogs.confirm(self, self.tr("Delete {noun}").format(noun=self.tr(self.noun)),
                               self.tr("Delete {name}? You can undo this with Edit ▸ Undo.")
                               .format(name=title), accept=self.tr("Delete"), destructive=True):
            return
        row = self.model.row_of(editor.record_id) if editor.record_id is not None else -1
        try:
            DeleteCommand.apply(self.ctx, editor.ops, record=editor.record, form=editor.loaded_form)
        except InUseError as exc:
            self._offer_retire(exc)
            return
        except ConflictError as exc:
            if ask_reload_after_conflict(self, editor, exc, deleting=True):
                self._open(editor.record_id)
            return
        except ItsmError as exc:
            Dialogs.error(self, self.tr("Not deleted"), str(exc))
            return
        self.message.emit(self.tr("Deleted {name}.").format(name=title))
        next_id = self.model.id_at(min(row, self.model.rowCount() - 1)) if row >= 0 else None
        self._open(next_id)
        self._select_row_of(next_id)

    def _offer_retire(self, error: InUseError) -> None:
        editor = self.editor
        retired = editor.retire_form(editor.loaded_form) if error.can_retire else None
        if retired is None:
            Dialogs.error(self, self.tr("Cannot delete"), str(error))
            return
        form, button = retired
        if not Dialogs.ask_retire(self, self.tr("Cannot delete"), str(error), retire=button):
            return
        assert editor.ops is not None
        try:
            SaveCommand.apply(self.ctx, editor.ops, record_id=editor.record_id, version=editor.version,
                              old_form=editor.loaded_form, new_form=form)
        except ItsmError as exc:
            Dialogs.error(self, self.tr("Not changed"), str(exc))
            return
        self._open(editor.record_id)
