"""What every record editor does: load, track changes, save through undo, show field errors."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QWidget

from itsm_desktop.domain.errors import ConflictError, InUseError, ValidationError
from itsm_desktop.domain.translatable import translatable

from .commands import RecordOps, SaveCommand
from .conflicts import ask_reload_after_conflict
from .context import AppContext
from .messages import say
from .operations import Refusal
from .theme import set_tone
from .translate import tr

_ROW_KEY = re.compile(r"^([a-z_]+)\.(\d+)\.")


class FieldErrors:
    """Field key → a red label under the field; ``show`` fills them from a ``ValidationError``."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self.general: QLabel | None = None

    def label_for(self, key: str, parent: QWidget | None = None) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(f"error_{key}")
        label.setWordWrap(True)
        set_tone(label, "error")
        label.hide()
        self._labels[key] = label
        return label

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()
        if self.general is not None:
            self.general.clear()
            self.general.hide()

    def show(self, error: ValidationError) -> None:
        """Put each message beside its field; messages without a field go to ``general``.

        A message for a row of a table (``components.2.name``) goes under the table, prefixed
        with the row number the user sees.
        """
        self.clear()
        leftovers = []
        for key, said in error.fields.items():
            message = say(said)
            label = self._labels.get(key)
            if label is None:
                label = self._labels.get(key.split(".")[0])
                row = _ROW_KEY.match(key)
                if label is not None and row:
                    message = tr("Row {row}: {message}").format(row=int(row.group(2)) + 1, message=message)
            if label is None:
                leftovers.append(message)
                continue
            label.setText(f"{label.text()}\n{message}".strip())
            label.show()
        if leftovers and self.general is not None:
            self.general.setText("\n".join(leftovers))
            self.general.show()

    def text(self, key: str) -> str:
        label = self._labels.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    def visible_labels(self) -> list[QLabel]:
        """The labels that currently show a message, general message first."""
        shown = [label for label in self._labels.values() if not label.isHidden()]
        if self.general is not None and not self.general.isHidden():
            shown.insert(0, self.general)
        return shown


class RecordEditor(QWidget):
    """Base of the detail editors.

    Subclasses build their widgets and implement ``blank_form`` / ``read_record`` /
    ``apply_form`` / ``form`` (or override ``load_record`` and ``save_now`` wholesale), and call
    ``mark_dirty`` when the user edits a field. ``record_id`` is None while a new record is
    being written. ``ops`` names the create/update/delete services used through undo commands.
    """

    dirty_changed = Signal(bool)
    saved = Signal(int)  # record id
    heading_changed = Signal()
    open_requested = Signal(str, int)  # entity, id: the user asked to open a linked record

    ops: RecordOps | None = None
    noun = translatable("record")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: int | None = None
        self.version: int | None = None
        self.record: Any = None
        self.loaded_form: Any = None
        self.errors = FieldErrors()
        self._dirty = False
        self._loading = False

    # --- change tracking ----------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self._dirty

    def mark_dirty(self, *_args: Any) -> None:
        if self._loading or self._dirty:
            return
        self._dirty = True
        self.dirty_changed.emit(True)

    def _set_clean(self) -> None:
        if self._dirty:
            self._dirty = False
            self.dirty_changed.emit(False)

    def is_loading(self) -> bool:
        """True while widgets are being filled programmatically (no edit by the user)."""
        return self._loading

    # --- to be implemented ----------------------------------------------------------------

    def blank_form(self) -> Any:
        """The form a new record starts from."""
        raise NotImplementedError

    def read_record(self, record_id: int) -> tuple[Any, Any]:
        """(record, form) of a stored record, read through the services."""
        raise NotImplementedError

    def apply_form(self, form: Any) -> None:
        """Fill the widgets from ``form``."""
        raise NotImplementedError

    def form(self) -> Any:
        """The form the widgets currently describe."""
        raise NotImplementedError

    def input_problems(self) -> dict[str, str]:
        """Problems the widgets know before asking the services (an amount that is no number)."""
        return {}

    def duplicate_form(self, form: Any) -> Any:
        """The form of a copy of the record (a new name, a new unique code)."""
        return form

    def deletion_refusal(self) -> InUseError | None:
        """Why the shown record cannot be deleted, known before asking to confirm; None if it can."""
        return None

    def retire_form(self, form: Any) -> tuple[Any, str] | None:
        """The form with the record retired or made inactive and the button text, or None."""
        return None

    def heading(self) -> tuple[str, str]:
        """(title, subtitle) shown above the editor."""
        return "", ""

    def focus_first(self) -> None:
        """Put the keyboard focus into the first field."""
        self.focusNextChild()

    def refresh_choices(self) -> None:
        """Reload the lists of choices (organizations, contacts …) keeping current values."""

    def related_changed(self, kind: str, ids: tuple[int, ...]) -> None:
        """Records of another ``kind`` changed: show what the editor lists of them as it is now.

        Only read-only lists belong here (an organization's contacts); the user's edits stay.
        """

    # --- shared behaviour ----------------------------------------------------------------

    def load_record(self, record_id: int | None) -> None:
        """Fill the widgets from the record (or a blank new one when ``record_id`` is None)."""
        if record_id is None:
            self.record, form = None, self.blank_form()
        else:
            self.record, form = self.read_record(record_id)
        self.record_id = None if self.record is None else self.record.id
        self.version = None if self.record is None else self.record.version
        self.loaded_form = None if self.record is None else form
        self.apply_form(form)

    def load(self, record_id: int | None) -> None:
        self._loading = True
        try:
            self.errors.clear()
            self.load_record(record_id)
        finally:
            self._loading = False
        self._set_clean()
        self.heading_changed.emit()

    def load_form_as_new(self, form: Any) -> None:
        """Start a new, unsaved record filled from ``form`` (Duplicate)."""
        self.load(None)
        self._loading = True
        try:
            self.apply_form(form)
        finally:
            self._loading = False
        self.mark_dirty()
        self.heading_changed.emit()

    def save(self, refusal: Refusal) -> bool:
        """Save through an undo command; True when saved.

        Problems the widgets know are shown beside the fields at once; what the services
        refuse is explained by the operation runner as ``refusal`` says.
        """
        from .fields import field_problems  # fields builds on this module

        problems = {**field_problems(self), **self.input_problems()}
        if problems:
            self.show_errors(ValidationError(problems))
            return False
        assert self.ops is not None, "an editor saves through its RecordOps"
        record = SaveCommand.apply(self.ctx, self.ops, record_id=self.record_id, version=self.version,
                                   old_form=self.loaded_form, new_form=self.form(), refusal=refusal)
        if record is None:
            return False
        self.load(record.id)
        self.saved.emit(record.id)
        return True

    def ask_reload_after_conflict(self, parent: QWidget | None, error: ConflictError, *,
                                  deleting: bool = False) -> bool:
        """Show what someone else changed; True when the user chose to reload the record."""
        return ask_reload_after_conflict(parent, self, error, deleting=deleting)

    def show_errors(self, error: ValidationError) -> None:
        """Show the messages beside their fields and bring the first one into view."""
        self.errors.show(error)
        shown = self.errors.visible_labels()
        if shown:
            self.reveal(shown[0])

    def reveal(self, widget: QWidget) -> None:
        """Switch tabs and scroll so that ``widget`` is visible."""
        child: QWidget | None = widget
        while child is not None and child is not self:
            parent = child.parentWidget()
            tabs = parent.parentWidget() if parent is not None else None
            if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
                tabs.setCurrentWidget(child)
            child = parent
        ancestor = self.parentWidget()
        while ancestor is not None and not isinstance(ancestor, QScrollArea):
            ancestor = ancestor.parentWidget()
        if isinstance(ancestor, QScrollArea):
            ancestor.ensureWidgetVisible(widget)

    def revert(self) -> None:
        self.load(self.record_id)
