"""The Contacts & signatures tab: who plays which role in the agreement, and who signed it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itsm_desktop.domain.enums import AgreementContactRole, Side
from itsm_desktop.domain.forms import AgreementContactRow
from itsm_desktop.domain.models import Signature
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.services.agreement_drafting import ContactChoice, contact_choices
from itsm_desktop.services.listing import CONTACTS

from ..common.context import AppContext
from ..common.editor import FieldErrors
from ..common.fields import FormSection, page_layout
from ..common.local_formats import show_date
from ..common.lookup import Lookup, LookupDelegate
from ..common.translate import label_of
from ..common.widgets import hbox, muted
from .common import tool_button, tr
from .delegates import ChoiceDelegate

Index = QModelIndex | QPersistentModelIndex
People = Callable[[Iterable[int]], Sequence[ContactChoice]]
ROLE, CONTACT, ORGANIZATION, PHONE, EMAIL = range(5)
HEADERS = (translatable("Role"), translatable("Contact"), translatable("Organization"), translatable("Phone"), translatable("E-mail"))


class ContactsModel(QAbstractTableModel):
    """Agreement contact rows; the contact's organization, phone and e-mail are shown beside.

    ``people`` reads the details of the contacts with the given ids; the model keeps those of
    the people in its rows only.
    """

    def __init__(self, parent: Any = None, people: People | None = None) -> None:
        super().__init__(parent)
        self.contacts: list[AgreementContactRow] = []
        self.people: dict[int, ContactChoice] = {}
        self._read_people = people
        self.read_only = False

    def _read(self, ids: Iterable[int | None]) -> None:
        """Read the details of the contacts ``ids`` not known yet."""
        wanted = {i for i in ids if i is not None and i not in self.people}
        if wanted and self._read_people is not None:
            self.people.update({p.id: p for p in self._read_people(wanted)})

    def refresh_people(self) -> None:
        """Read the people of the rows again (they may have been renamed or moved)."""
        self.people = {}
        self._read(r.contact_id for r in self.contacts)
        if self.contacts:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.contacts) - 1, len(HEADERS) - 1))

    def set_rows(self, rows: Sequence[AgreementContactRow]) -> None:
        self.beginResetModel()
        self.contacts = [replace(r) for r in rows]
        self.people = {}
        self._read(r.contact_id for r in self.contacts)
        self.endResetModel()

    def rows(self) -> list[AgreementContactRow]:
        return [replace(r) for r in self.contacts]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.contacts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(HEADERS):
            return tr(HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and index.column() in (ROLE, CONTACT):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.contacts):
            return None
        row, column = self.contacts[index.row()], index.column()
        person = self.people.get(row.contact_id) if row.contact_id is not None else None
        if role == Qt.ItemDataRole.EditRole:
            return row.role if column == ROLE else row.contact_id if column == CONTACT else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == ROLE:
            return label_of(row.role)
        if person is None:
            return tr("Choose a person…") if column == CONTACT and role == Qt.ItemDataRole.DisplayRole else None
        text = {CONTACT: person.name + (f", {person.job_title}" if person.job_title else ""),
                ORGANIZATION: person.organization, PHONE: person.phone, EMAIL: person.email}[column]
        return text if role == Qt.ItemDataRole.DisplayRole or len(text) > 24 else None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        r = index.row()
        if not 0 <= r < len(self.contacts):
            return False
        old = self.contacts[r]
        if index.column() == ROLE:
            new = replace(old, role=AgreementContactRole(value))
        elif index.column() == CONTACT:
            new = replace(old, contact_id=None if value is None else int(value))
        else:
            return False
        if new == old:
            return False
        self._read([new.contact_id])
        self.contacts[r] = new
        self.dataChanged.emit(self.index(r, 0), self.index(r, len(HEADERS) - 1))
        return True

    def insert_row(self, row: int, contact: AgreementContactRow) -> None:
        row = max(0, min(row, len(self.contacts)))
        self._read([contact.contact_id])
        self.beginInsertRows(QModelIndex(), row, row)
        self.contacts.insert(row, contact)
        self.endInsertRows()

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        if parent.isValid() or row < 0 or count < 1 or row + count > len(self.contacts):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self.contacts[row:row + count]
        self.endRemoveRows()
        return True

    def move_row(self, row: int, delta: int) -> bool:
        target = row + delta
        if not (0 <= row < len(self.contacts) and 0 <= target < len(self.contacts)):
            return False
        if not self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + 1 if delta > 0 else target):
            return False
        self.contacts.insert(target, self.contacts.pop(row))
        self.endMoveRows()
        return True


def _fit_table(table: QTableView, rows: int) -> None:
    height = (table.horizontalHeader().sizeHint().height() + rows * table.verticalHeader().defaultSectionSize()
              + 2 * table.frameWidth() + table.horizontalScrollBar().sizeHint().height() + 2)
    table.setFixedHeight(height)


def _setup_table(table: QTableView, widths: Sequence[int]) -> None:
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)


class ContactsTab(QWidget):
    """The agreement's contacts (roles incl. escalation levels 1–3) and its recorded signatures."""

    changed = Signal()

    def __init__(self, ctx: AppContext, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ContactsModel(self, lambda ids: contact_choices(ctx.db, ids))
        self.people = Lookup(ctx, CONTACTS, ("name", "organization"), {"active": True})
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved,
                       self.model.rowsMoved):
            signal.connect(self._changed)
        self.model.modelReset.connect(self._fit)
        self.table = QTableView(self)
        self.table.setObjectName("contacts_table")
        self.table.setModel(self.model)
        _setup_table(self.table, (156, 200, 150, 130))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.SelectedClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setItemDelegateForColumn(ROLE, ChoiceDelegate(
            lambda _i: [(label_of(r), r) for r in AgreementContactRole], self.table))
        self.table.setItemDelegateForColumn(CONTACT, LookupDelegate(self.people, self.table))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.add_button = tool_button("add_contact", tr("Add contact"), "new", on_click=self.add_contact)
        self.remove_button = tool_button("remove_contact", tr("Remove"), "delete", on_click=self.remove_selected)
        self.up_button = tool_button("contact_up", tr("Up"), on_click=lambda: self.move_selected(-1))
        self.down_button = tool_button("contact_down", tr("Down"), on_click=lambda: self.move_selected(1))
        self.buttons = (self.add_button, self.up_button, self.down_button, self.remove_button)
        people = FormSection(errors, tr("Contacts"),
                             tr("Representatives, support contacts, escalation levels 1–3 and reviewers. "
                                "Double-click a cell to choose the role or the person."))
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.table)
        box.addLayout(hbox(*self.buttons, None))
        people.add_full("contacts", holder)

        signed = FormSection(errors, tr("Signatures"))
        self.signatures = QTableWidget(0, 5, self)
        self.signatures.setObjectName("signatures_table")
        self.signatures.setHorizontalHeaderLabels([tr("Side"), tr("Organization"), tr("Signed by"),
                                                   tr("Date"), tr("Title")])
        self.signatures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        _setup_table(self.signatures, (80, 170, 160, 90))
        self.signatures_note = muted()
        box2 = QWidget()
        layout2 = QVBoxLayout(box2)
        layout2.setContentsMargins(0, 0, 0, 0)
        layout2.setSpacing(4)
        layout2.addWidget(self.signatures_note)
        layout2.addWidget(self.signatures)
        signed.add_full("signatures", box2)
        self.setLayout(page_layout(people, signed))
        self._fit()

    def _changed(self, *_args: object) -> None:
        self._fit()
        self.changed.emit()

    def _fit(self) -> None:
        _fit_table(self.table, min(max(self.model.rowCount(), 3), 12))
        self._update_buttons()

    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _update_buttons(self) -> None:
        row = self._selected_row()
        editable = not self.model.read_only
        self.remove_button.setEnabled(editable and row >= 0)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < self.model.rowCount() - 1)

    def add_contact(self, contact: AgreementContactRow | None = None) -> None:
        """Add a row (a support contact to be chosen) after the selection and edit its person."""
        row = self._selected_row()
        row = row + 1 if row >= 0 else self.model.rowCount()
        self.model.insert_row(row, contact or AgreementContactRow())
        self.table.selectRow(row)
        if contact is None:
            self.table.edit(self.model.index(row, CONTACT))

    def remove_selected(self) -> None:
        row = self._selected_row()
        if row >= 0:
            self.model.removeRows(row, 1)

    def move_selected(self, delta: int) -> None:
        row = self._selected_row()
        if row >= 0 and self.model.move_row(row, delta):
            self.table.selectRow(row + delta)

    def refresh_people(self) -> None:
        self.model.refresh_people()

    def set_rows(self, rows: Sequence[AgreementContactRow]) -> None:
        self.model.set_rows(rows)

    def rows(self) -> list[AgreementContactRow]:
        """The rows with a person chosen (a row left blank is dropped)."""
        return [r for r in self.model.rows() if r.contact_id is not None]

    def set_signatures(self, signatures: Sequence[Signature], names: dict[int, str], *, stored: bool) -> None:
        self.signatures.setRowCount(0)
        for sig in signatures:
            row = self.signatures.rowCount()
            self.signatures.insertRow(row)
            values = (tr("Provider") if sig.side == Side.PROVIDER else tr("Customer"),
                      names.get(sig.organization_id or -1, ""), sig.signatory_name,
                      show_date(sig.signed_on), sig.signatory_title)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text if len(text) > 24 else "")
                self.signatures.setItem(row, column, item)
        self.signatures.setVisible(bool(signatures))
        _fit_table(self.signatures, max(len(signatures), 1))
        if signatures:
            self.signatures_note.setText(tr("Recorded when the agreement was activated."))
        elif stored:
            self.signatures_note.setText(tr("Not signed yet: add who signs for each party above in the role "
                                            "Signatory; the signatures are recorded when the agreement "
                                            "is activated (Activate…)."))
        else:
            self.signatures_note.setText(tr("The signatures are recorded when the agreement is activated."))

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        for button in self.buttons:
            button.setVisible(not read_only)
        self._update_buttons()
