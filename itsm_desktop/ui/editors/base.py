"""What every record editor does: load, track changes, save through undo, show field errors."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from itsm_desktop.domain.errors import ValidationError

from ..context import AppContext


class FieldErrors:
    """Field key → a red label under the field; ``show`` fills them from a ``ValidationError``."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self.general: QLabel | None = None

    def label_for(self, key: str, parent: QWidget | None = None) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(f"error_{key}")
        label.setWordWrap(True)
        label.setStyleSheet("color: #b3261e;")
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
        """Put each message beside its field; messages without a field go to ``general``."""
        self.clear()
        leftovers = []
        for key, message in error.fields.items():
            label = self._labels.get(key) or self._labels.get(key.split(".")[0])
            if label is None:
                leftovers.append(message)
                continue
            label.setText(f"{label.text()} {message}".strip())
            label.show()
        if leftovers and self.general is not None:
            self.general.setText("\n".join(leftovers))
            self.general.show()

    def text(self, key: str) -> str:
        label = self._labels.get(key)
        return label.text() if label is not None and not label.isHidden() else ""


class RecordEditor(QWidget):
    """Base of the detail editors.

    Subclasses build their widgets, implement ``load_record`` / ``form`` / ``apply_form`` /
    ``save_now`` and call ``mark_dirty`` when the user edits a field. ``record_id`` is None
    while a new record is being written.
    """

    dirty_changed = Signal(bool)
    saved = Signal(int)  # record id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: int | None = None
        self.version: int | None = None
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

    # --- to be implemented ----------------------------------------------------------------

    def load_record(self, record_id: int | None) -> None:
        """Fill the widgets from the record (or a blank new one when ``record_id`` is None)."""
        raise NotImplementedError

    def form(self) -> Any:
        """The form the widgets currently describe."""
        raise NotImplementedError

    def save_now(self) -> Any:
        """Save through an undo command; return the record. Raise the services' errors."""
        raise NotImplementedError

    # --- shared behaviour ----------------------------------------------------------------

    def load(self, record_id: int | None) -> None:
        self._loading = True
        try:
            self.errors.clear()
            self.load_record(record_id)
        finally:
            self._loading = False
        self._set_clean()

    def save(self) -> bool:
        """Save; on a validation error show it next to the fields and keep the edits."""
        try:
            record = self.save_now()
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        self.load(record.id)
        self.saved.emit(record.id)
        return True

    def revert(self) -> None:
        self.load(self.record_id)
