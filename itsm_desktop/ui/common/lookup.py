"""Choosing one record among very many: a search field whose suggestions come from SQL.

A combo box holding every organization or contact would be slow to fill with tens of
thousands of them; a ``LookupField`` asks the listing only for the few matching what is typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QWidget,
)

from itsm_desktop.services.listing import Listing

from .context import AppContext
from .widgets import SEARCH_DELAY_MS

RESULTS = 40


class Lookup:
    """Finds records of one listing (optionally filtered) and names them for a picker."""

    def __init__(self, ctx: AppContext, listing: Listing, label_keys: Sequence[str],
                 filters: dict[str, Any] | None = None, sort: str | None = None) -> None:
        self.ctx, self.listing = ctx, listing
        self.filters = dict(filters or {})
        self.sort = sort or label_keys[0]
        keys = [c.key for c in listing.columns]
        self._label_columns = [keys.index(k) for k in label_keys]
        self._active_column = keys.index("active") if "active" in keys else None

    def _label(self, row: tuple[Any, ...]) -> str:
        parts = [str(row[i]) for i in self._label_columns if row[i] not in (None, "")]
        label = " — ".join(parts)
        if self._active_column is not None and row[self._active_column] is False:
            label += " (inactive)"
        return label

    def labels(self, ids: Sequence[int]) -> dict[int, str]:
        """How the records ``ids`` are named (missing ones are left out)."""
        wanted = [i for i in ids if i is not None]
        rows = self.listing.rows(self.ctx.db, wanted) if wanted else {}
        return {i: self._label(row) for i, row in rows.items()}

    def ids(self, text: str, limit: int) -> list[int]:
        """The ids of the first ``limit`` records matching ``text``, in the order offered."""
        return self.listing.ids(self.ctx.db, search=text, sort=self.sort, filters=self.filters, limit=limit)

    def search(self, text: str, limit: int = RESULTS) -> list[tuple[int, str]]:
        """The first ``limit`` records matching ``text``, as (id, label)."""
        ids = self.ids(text, limit)
        labels = self.labels(ids)
        return [(i, labels[i]) for i in ids if i in labels]

    def match(self, text: str) -> int | None:
        """The one record ``text`` names: the only one whose label, or the first part of it
        (a code, a name), is ``text``, else the only record matching it at all."""
        found = self.search(text)
        wanted = text.strip().casefold()
        exact = [i for i, label in found
                 if wanted in (label.casefold(), label.split(" — ")[0].casefold())]
        if len(exact) == 1:
            return exact[0]
        return found[0][0] if len(found) == 1 else None

    def exists(self, record_id: int) -> bool:
        return bool(self.labels([record_id]))


class LookupField(QWidget):
    """A record reference: type to search, pick a suggestion; the arrow lists the first ones."""

    changed = Signal()

    def __init__(self, lookup: Lookup, none_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lookup = lookup
        self._value: int | None = None
        self._label = ""
        self._found: dict[str, int] = {}
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(none_text or self.tr("Type to search…"))
        self.edit.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.completer.activated.connect(self._chosen)  # the text chosen
        self.edit.setCompleter(self.completer)
        self.button = QToolButton(self)
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("Show the choices"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.show_choices)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search_typed)
        self.edit.textEdited.connect(lambda _t: self._timer.start())
        self.edit.editingFinished.connect(self._finish)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(220, self.edit.sizeHint().height())

    # --- value ----------------------------------------------------------------------------

    def value(self) -> int | None:
        return self._value

    def text(self) -> str:
        return self._label

    def set_value(self, record_id: int | None, label: str | None = None) -> None:
        """Show the record ``record_id`` (or nothing); no ``changed`` signal.

        ``label`` is its name when the caller has read it already (with those of other fields).
        """
        self._value = record_id
        if record_id is None:
            self._label = ""
        elif label is not None:
            self._label = label
        else:
            self._label = self.lookup.labels([record_id]).get(
                record_id, self.tr("(no longer available)"))
        self._show_label()
        self.edit.setToolTip(self._label)

    def _show_label(self) -> None:
        """The chosen record's label from its start (a name before its job title)."""
        self.edit.setText(self._label)
        self.edit.setCursorPosition(0)

    def choose(self, record_id: int | None) -> None:
        """Choose a record as the user would, emitting ``changed``."""
        if record_id == self._value:
            self._show_label()
            return
        self.set_value(record_id)
        self.changed.emit()

    def reset(self) -> None:
        """Empty the field and forget its suggestions; no ``changed`` signal."""
        self._timer.stop()
        self._found = {}
        self._model.setStringList([])
        self.set_value(None)

    def refresh(self) -> None:
        """Read the shown record's name again (it may have been renamed)."""
        if self._value is not None:
            self.set_value(self._value)

    # --- searching ---------------------------------------------------------------------------

    def _offer(self, text: str) -> None:
        found = self.lookup.search(text)
        self._found = {label: i for i, label in found}
        self._model.setStringList([label for _i, label in found])

    def _search_typed(self) -> None:
        text = self.edit.text().strip()
        if not text or text == self._label:
            return
        self._offer(text)
        if self._found and self.edit.hasFocus():
            self._pop_up()

    def show_choices(self) -> None:
        """List the first records (matching the typed text, if it is a new one)."""
        text = self.edit.text().strip()
        self._offer("" if text == self._label else text)
        self.edit.setFocus()
        self._pop_up()

    def _pop_up(self) -> None:
        """Show the suggestions below the field, wide enough to read (a narrow filter, a cell)."""
        popup = self.completer.popup()
        if popup is None:  # the completer makes its popup when first asked: never None here
            return
        wanted = (popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width()
                  + 2 * popup.frameWidth() + 8)
        width = max(self.edit.width(), min(wanted, max(2 * self.edit.width(), 420)))
        self.completer.complete(QRect(0, 0, width, self.edit.height()))

    def _chosen(self, label: str) -> None:
        record_id = self._found.get(label)
        if record_id is not None:
            self.choose(record_id)
            # The completer then writes the label with the cursor at its end: a narrow field
            # would show "— Director of IT" without the person's name.
            QTimer.singleShot(0, self._show_start)

    def _show_start(self) -> None:
        if self.edit.text() == self._label:
            self.edit.setCursorPosition(0)

    def _finish(self) -> None:
        """Typing ended: keep a unique match, clear on empty text, else show the old choice."""
        popup = self.completer.popup()
        if popup is not None and popup.isVisible():
            return
        self._timer.stop()
        text = self.edit.text().strip()
        if text == self._label:
            return
        if not text:
            self.choose(None)
            return
        record_id = self.lookup.match(text)
        if record_id is not None:
            self.choose(record_id)
        else:
            self._show_label()


class LookupDelegate(QStyledItemDelegate):
    """Edits a table cell with a ``LookupField``; the record id is the cell's ``role`` data."""

    def __init__(self, lookup: Lookup, parent: QWidget,
                 role: Qt.ItemDataRole = Qt.ItemDataRole.EditRole) -> None:
        super().__init__(parent)
        self._lookup, self._role = lookup, role

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem,  # noqa: N802
                     _index: QModelIndex | QPersistentModelIndex) -> QWidget:
        field = LookupField(self._lookup, parent=parent)
        field.setAutoFillBackground(True)
        field.changed.connect(lambda: self.commitData.emit(field))
        return field

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, LookupField)
        editor.set_value(index.data(self._role))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, LookupField)
        model.setData(index, editor.value(), self._role)
        if self._role != Qt.ItemDataRole.EditRole:
            model.setData(index, editor.text(), Qt.ItemDataRole.DisplayRole)
