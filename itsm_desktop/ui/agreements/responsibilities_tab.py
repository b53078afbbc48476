"""The Responsibilities tab: what the provider and what the customer commit to, in order."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itsm_desktop.domain.enums import Side
from itsm_desktop.domain.forms import ResponsibilityRow

from ..common.editor import FieldErrors
from ..common.fields import FormSection, page_layout
from ..common.widgets import hbox, muted
from .common import tool_button, tr

ROW_ID = Qt.ItemDataRole.UserRole
EDITABLE = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable)


class ResponsibilityList(QWidget):
    """An ordered list of sentences: add, edit in place, move up or down, remove."""

    changed = Signal()

    def __init__(self, side: Side, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self._read_only = False
        name = side.value
        self.list = QListWidget(self)
        self.list.setObjectName(f"{name}_responsibilities")
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(1)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.itemChanged.connect(lambda _item: self._edited())
        self.list.model().rowsMoved.connect(lambda *_a: self._edited())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.setMinimumHeight(self.fontMetrics().height() * 6)
        self.add_button = tool_button(f"add_{name}_responsibility", tr("Add"), "new", on_click=self.add_item)
        self.edit_button = tool_button(f"edit_{name}_responsibility", tr("Edit"),
                                       on_click=self.edit_selected)
        self.up_button = tool_button(f"{name}_responsibility_up", tr("Up"), on_click=lambda: self.move_current(-1))
        self.down_button = tool_button(f"{name}_responsibility_down", tr("Down"), on_click=lambda: self.move_current(1))
        self.remove_button = tool_button(f"remove_{name}_responsibility", tr("Remove"), "delete",
                                         on_click=self.remove_selected)
        self.buttons = (self.add_button, self.edit_button, self.up_button, self.down_button, self.remove_button)
        self.empty = muted(tr("Nothing listed yet."), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.list)
        layout.addLayout(hbox(*self.buttons, None, self.empty))
        self._update_buttons()

    def _edited(self) -> None:
        self._update_buttons()
        self.changed.emit()

    def _new_item(self, text: str, row_id: int | None = None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(ROW_ID, row_id)  # the stored row: saving updates it in place
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if self._read_only
                      else EDITABLE | Qt.ItemFlag.ItemIsDragEnabled)
        item.setToolTip(text if len(text) > 80 else "")
        return item

    def add_item(self, text: str = "") -> None:
        """Add a sentence after the selected one and start editing it."""
        row = self.list.currentRow()
        row = row + 1 if row >= 0 else self.list.count()
        item = self._new_item(text)
        self.list.blockSignals(True)
        self.list.insertItem(row, item)
        self.list.blockSignals(False)
        self.list.setCurrentItem(item)
        if not text:
            self.list.editItem(item)
        self._edited()

    def edit_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def move_current(self, delta: int) -> None:
        """Move the selected responsibility ``delta`` places up (negative) or down."""
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.list.count():
            return
        self.list.blockSignals(True)
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(target)
        self._edited()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self._edited()

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def row_ids(self) -> list[int | None]:
        return [self.list.item(i).data(ROW_ID) for i in range(self.list.count())]

    def set_texts(self, texts: Sequence[str], row_ids: Sequence[int | None] = ()) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for i, text in enumerate(texts):
            self.list.addItem(self._new_item(text, row_ids[i] if i < len(row_ids) else None))
        self.list.blockSignals(False)
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.set_texts(self.texts(), self.row_ids())
        for button in self.buttons:
            button.setVisible(not read_only)
        self.empty.setVisible(self.list.count() == 0)

    def _update_buttons(self) -> None:
        row = self.list.currentRow() if self.list.selectedItems() else -1
        self.edit_button.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
        self.empty.setVisible(self.list.count() == 0)


class ResponsibilitiesTab(QWidget):
    """The provider's and the customer's responsibilities, each an ordered list."""

    changed = Signal()

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        provider = FormSection(errors, tr("Responsibilities of the provider"),
                               tr("What the provider commits to do, one sentence per item. "
                                  "Double-click an item to edit it; drag or use Up and Down to reorder."))
        self.provider = provider.add_full("responsibilities_provider", ResponsibilityList(Side.PROVIDER))
        customer = FormSection(errors, tr("Responsibilities of the customer"),
                               tr("What the customer commits to do so that the targets can be met."))
        self.customer = customer.add_full("responsibilities_customer", ResponsibilityList(Side.CUSTOMER))
        for lst in (self.provider, self.customer):
            lst.changed.connect(self.changed)
        self.setLayout(page_layout(provider, customer))

    def set_rows(self, rows: Sequence[ResponsibilityRow]) -> None:
        for lst in (self.provider, self.customer):
            own = [r for r in rows if r.side == lst.side]
            lst.set_texts([r.text for r in own], [r.id for r in own])

    def rows(self) -> list[ResponsibilityRow]:
        """Provider items first, then the customer's (the order the form and errors use)."""
        return [ResponsibilityRow(side=lst.side, text=text, id=row_id)
                for lst in (self.provider, self.customer)
                for text, row_id in zip(lst.texts(), lst.row_ids(), strict=True)]

    def error_key(self, index: int) -> tuple[str, int]:
        """Which list (label key) and which item number a ``responsibilities.N`` message is about."""
        provider_count = len(self.provider.texts())
        if index < provider_count:
            return "responsibilities_provider", index + 1
        return "responsibilities_customer", index - provider_count + 1

    def set_read_only(self, read_only: bool) -> None:
        self.provider.set_read_only(read_only)
        self.customer.set_read_only(read_only)
