"""The General tab's composite fields: the customers with their representatives, the services."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from itsm_desktop.domain.enums import OrganizationKind, ServiceStatus
from itsm_desktop.domain.forms import CustomerRow
from itsm_desktop.services.agreement_drafting import ContactChoice, PartyChoice
from itsm_desktop.services.listing import SERVICES

from ..context import AppContext
from ..icons import icon
from ..widgets import SEARCH_DELAY_MS, hbox, muted
from .common import ContactCombo, PartyCombo, tool_button, tr

PICKER_RESULTS = 30


class CustomersEditor(QWidget):
    """One row per customer: the organization and its representative, removable."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parties: list[PartyChoice] = []
        self._contacts: list[ContactChoice] = []
        self._order: tuple[OrganizationKind, ...] = tuple(OrganizationKind)
        self._read_only = False
        self.rows_widgets: list[tuple[PartyCombo, ContactCombo, QToolButton]] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        self.empty = muted(tr("No customer yet. An agreement needs at least one before review."), self)
        self.add_button = tool_button("add_customer", tr("Add customer"), "new", on_click=self.add_row,
                                      parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.grid)
        layout.addWidget(self.empty)
        layout.addLayout(hbox(self.add_button, None))
        self._update()

    def set_choices(self, parties: Sequence[PartyChoice], contacts: Sequence[ContactChoice]) -> None:
        self._parties, self._contacts = list(parties), list(contacts)
        for party, contact, _remove in self.rows_widgets:
            party.set_parties(self._parties, self._order)
            self._fill_contacts(party, contact)

    def set_order(self, order: Sequence[OrganizationKind]) -> None:
        """Put the organization kinds that fit the agreement's kind first in the pickers."""
        self._order = tuple(order)
        for party, _contact, _remove in self.rows_widgets:
            party.set_order(self._order)

    def _fill_contacts(self, party: PartyCombo, contact: ContactCombo) -> None:
        org = party.value()
        contact.set_contacts([c for c in self._contacts if c.organization_id == org])
        contact.setEnabled(org is not None and not self._read_only)

    def add_row(self, row: CustomerRow | None = None) -> None:
        """Add a customer row (blank when the user clicks Add)."""
        index = len(self.rows_widgets)
        party = PartyCombo(tr("Choose the customer…"), self)
        party.setObjectName(f"customer_{index}")
        party.set_parties(self._parties, self._order)
        contact = ContactCombo(tr("No representative"), self)
        contact.setObjectName(f"representative_{index}")
        contact.setToolTip(tr("The person who represents this customer in the agreement"))
        remove = tool_button(f"remove_customer_{index}", "", "delete", tip=tr("Remove this customer"),
                             parent=self)
        if row is not None:
            party.set_value(row.organization_id)
        self._fill_contacts(party, contact)
        if row is not None:
            contact.set_value(row.representative_id)
        party.currentIndexChanged.connect(lambda _i, p=party, c=contact: self._party_changed(p, c))
        contact.currentIndexChanged.connect(lambda _i: self.changed.emit())
        remove.clicked.connect(lambda _checked=False, p=party: self._remove(p))
        self.rows_widgets.append((party, contact, remove))
        self.grid.addWidget(party, index, 0)
        self.grid.addWidget(contact, index, 1)
        self.grid.addWidget(remove, index, 2)
        self._update()
        if row is None:
            party.setFocus()
            self.changed.emit()

    def _party_changed(self, party: PartyCombo, contact: ContactCombo) -> None:
        self._fill_contacts(party, contact)
        self.changed.emit()

    def _remove(self, party: PartyCombo) -> None:
        rows = self.rows()
        index = next(i for i, (p, _c, _r) in enumerate(self.rows_widgets) if p is party)
        del rows[index]
        self.set_rows(rows)
        self.changed.emit()

    def _clear(self) -> None:
        for widgets in self.rows_widgets:
            for widget in widgets:
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.rows_widgets = []

    def set_rows(self, rows: Sequence[CustomerRow]) -> None:
        self._clear()
        for row in rows:
            self.add_row(row)
        self._update()

    def rows(self) -> list[CustomerRow]:
        return [CustomerRow(organization_id=p.value(), representative_id=c.value())
                for p, c, _r in self.rows_widgets]

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for party, contact, remove in self.rows_widgets:
            party.setEnabled(not read_only)
            contact.setEnabled(not read_only and party.value() is not None)
            remove.setVisible(not read_only)
        self.add_button.setVisible(not read_only)

    def _update(self) -> None:
        self.empty.setVisible(not self.rows_widgets)
        for _party, _contact, remove in self.rows_widgets:
            remove.setVisible(not self._read_only)


class ServicesPicker(QWidget):
    """The services an agreement covers: a list, a search box to add one, and Remove."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._found: dict[str, int] = {}
        self.list = QListWidget(self)
        self.list.setObjectName("service_list")
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setIconSize(QSize(16, 16))
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.search = QLineEdit(self)
        self.search.setObjectName("service_search")
        self.search.setPlaceholderText(tr("Add a service: type a code or name…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("find"), QLineEdit.ActionPosition.LeadingPosition)
        self._results = QStringListModel(self)
        self.completer = QCompleter(self._results, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.completer.activated[str].connect(self._chosen)
        self.search.setCompleter(self.completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._add_typed)
        self.remove_button = tool_button("remove_service", tr("Remove"), "delete",
                                         on_click=self.remove_selected, parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.list)
        layout.addLayout(hbox(self.search, self.remove_button))
        self._fit()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(360, super().sizeHint().height())

    def _fit(self) -> None:
        rows = min(max(self.list.count(), 3), 8)
        row_height = max(self.list.sizeHintForRow(0), self.fontMetrics().height() + 6)
        self.list.setFixedHeight(row_height * rows + 2 * self.list.frameWidth() + 4)
        self._update_buttons()

    def _rows(self, ids: Sequence[int]) -> dict[int, tuple[str, str, ServiceStatus]]:
        keys = [c.key for c in SERVICES.columns]
        code, name, status = keys.index("code"), keys.index("name"), keys.index("status")
        return {i: (row[code], row[name], ServiceStatus(row[status]))
                for i, row in SERVICES.rows(self.ctx.db, list(ids)).items()}

    @staticmethod
    def label(code: str, name: str, status: ServiceStatus) -> str:
        text = f"{code} — {name}"
        if status != ServiceStatus.LIVE:
            text += f"  ({status.label.lower()})"
        return text

    def run_search(self, *, popup: bool = True) -> None:
        """Offer the services matching the typed text that are not chosen yet."""
        self._timer.stop()
        text = self.search.text().strip()
        if not text:
            self._results.setStringList([])
            return
        taken = set(self.ids())
        ids = [i for i in SERVICES.ids(self.ctx.db, search=text, sort="code",
                                       limit=PICKER_RESULTS + len(taken))
               if i not in taken][:PICKER_RESULTS]
        rows = self._rows(ids)
        self._found = {self.label(*rows[i]): i for i in ids if i in rows}
        self._results.setStringList(list(self._found))
        if popup and self._found and self.search.hasFocus():
            self.completer.complete()

    def _chosen(self, label: str) -> None:
        record_id = self._found.get(label)
        if record_id is not None:
            self.add(record_id)
        QTimer.singleShot(0, self.search.clear)

    def _add_typed(self) -> None:
        """Return adds the service whose code was typed, or the only one that matches."""
        self.run_search(popup=False)
        exact = [i for label, i in self._found.items()
                 if label.split(" — ")[0].casefold() == self.search.text().strip().casefold()]
        if exact or len(self._found) == 1:
            self.completer.popup().hide()
            self.search.clear()
            self.add(exact[0] if exact else next(iter(self._found.values())))

    def add(self, service_id: int) -> None:
        """Add ``service_id`` to the covered services (nothing if it is already there)."""
        self._results.setStringList([])  # no stale suggestions pop up while typing the next one
        if service_id in self.ids():
            return
        row = self._rows([service_id]).get(service_id)
        self._add_item(service_id, row)
        self._fit()
        self.changed.emit()

    def _add_item(self, service_id: int, row: tuple[str, str, ServiceStatus] | None) -> None:
        if row is None:
            item = QListWidgetItem(tr("(deleted service)"), self.list)
        else:
            item = QListWidgetItem(icon("catalog" if row[2] in (ServiceStatus.LIVE, ServiceStatus.RETIRING)
                                        else "warning"), self.label(*row), self.list)
            if row[2] not in (ServiceStatus.LIVE, ServiceStatus.RETIRING):
                item.setToolTip(tr("Only live or retiring services can be in an active SLA."))
            else:
                item.setToolTip(self.label(*row))
        item.setData(Qt.ItemDataRole.UserRole, service_id)

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self._fit()
        self.changed.emit()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def ids(self) -> list[int]:
        return [int(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())]

    def labels(self) -> dict[int, str]:
        """Service id → "CODE — Name" of the chosen services."""
        return {int(self.list.item(i).data(Qt.ItemDataRole.UserRole)): self.list.item(i).text()
                for i in range(self.list.count())}

    def set_ids(self, ids: Sequence[int]) -> None:
        self.list.clear()
        rows = self._rows(ids)
        for service_id in ids:
            self._add_item(service_id, rows.get(service_id))
        self.search.clear()
        self._fit()

    def set_read_only(self, read_only: bool) -> None:
        self.search.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)
