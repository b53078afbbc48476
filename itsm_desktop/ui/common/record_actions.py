"""The record actions of a master/detail page: new, save, revert, duplicate, delete.

Saving and deleting go through undo commands; a save that meets someone else's change offers
to reload, and a refused delete explains why and offers to retire the record instead.
"""

from __future__ import annotations

from itsm_desktop.domain.errors import InUseError, ItsmError
from itsm_desktop.domain.translatable import translatable

from .commands import DeleteCommand, SaveCommand
from .dialogs import Answer, Dialogs
from .editor import RecordEditor
from .messages import say_error
from .operations import Refusal
from .page import Page
from .table_model import ListingModel
from .translate import tr


class RecordActions(Page):
    """The actions on the record shown in the editor of a master/detail page.

    ``RecordPage`` builds the table and the editor and says how a record is shown.
    """

    editor: RecordEditor
    model: ListingModel
    noun = translatable("record")

    # --- how the page shows records (RecordPage) --------------------------------------

    def _open(self, record_id: int | None) -> None:
        """Show ``record_id`` in the editor (None: nothing)."""
        raise NotImplementedError

    def _select_row_of(self, record_id: int | None) -> None:
        """Select the row of ``record_id`` without opening it again."""
        raise NotImplementedError

    def _show_editor(self, shown: bool) -> None:
        """Show the editor, or the "nothing selected" placeholder."""
        raise NotImplementedError

    # --- the actions --------------------------------------------------------------------

    def can_leave(self) -> bool:
        if not self.is_dirty():
            return True
        title, _ = self.editor.heading()
        name = title or self.tr("the new {noun}").format(noun=tr(self.noun))
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
        editor = self.editor
        saved = editor.save(Refusal(self, self.tr("Not saved"), editor=editor,
                                    on_reload=lambda: self._open(editor.record_id)))
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
        refused = editor.deletion_refusal()
        if refused is not None:  # said at once, not after "Delete? You can undo"
            self._offer_retire(refused)
            return
        if not Dialogs.confirm(self, self.tr("Delete {noun}").format(noun=tr(self.noun)),
                               self.tr("Delete {name}? You can undo this with Edit ▸ Undo.")
                               .format(name=title), accept=self.tr("Delete"), destructive=True):
            return
        row = self.model.row_of(editor.record_id) if editor.record_id is not None else -1
        refusal = Refusal(self, self.tr("Not deleted"), editor=editor, deleting=True,
                          on_reload=lambda: self._open(editor.record_id), handle=self._offer_retire)
        if not DeleteCommand.apply(self.ctx, editor.ops, record=editor.record, form=editor.loaded_form,
                                   refusal=refusal):
            return
        self.message.emit(self.tr("Deleted {name}.").format(name=title))
        next_id = self.model.id_at(min(row, self.model.rowCount() - 1)) if row >= 0 else None
        self._open(next_id)
        self._select_row_of(next_id)

    def _offer_retire(self, error: ItsmError) -> bool:
        """A delete refused because the record is in use: offer to retire it instead."""
        if not isinstance(error, InUseError):
            return False
        editor = self.editor
        retired = editor.retire_form(editor.loaded_form) if error.can_retire else None
        if retired is None:
            Dialogs.error(self, self.tr("Cannot delete"), say_error(error))
            return True
        form, button = retired
        if not Dialogs.ask_retire(self, self.tr("Cannot delete"), say_error(error), retire=button):
            return True
        assert editor.ops is not None
        if SaveCommand.apply(self.ctx, editor.ops, record_id=editor.record_id, version=editor.version,
                             old_form=editor.loaded_form, new_form=form,
                             refusal=Refusal(self, self.tr("Not changed"))) is not None:
            self._open(editor.record_id)
        return True
