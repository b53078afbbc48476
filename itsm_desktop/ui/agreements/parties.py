"""The General tab's composite fields: the customers with their representatives, the services.

Both choose among records that may number tens of thousands: the fields are lookups that read
only the few records matching what is typed (see ``common.lookup``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
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
from itsm_desktop.services.listing import SERVICES

from ..common.context import AppContext
from ..common.icons import icon
from ..common.lookup import Lookup, LookupField
from ..common.translate import label_of
from ..common.widgets import hbox, muted
from .common import PartyLookup, known_label, people_lookup, tool_button, tr


class CustomersEditor(QWidget):
    """One row per customer: the organization and its representative, removable."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parties = PartyLookup(ctx)
        self._people = people_lookup(ctx)  # names the representatives of every row at once
        self._read_only = False
        self.rows_widgets: list[tuple[LookupField, LookupField, QToolButton]] = []
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

    def set_order(self, order: Sequence[OrganizationKind]) -> None:
        """Offer the organization kinds that fit the agreement's kind first."""
        self.parties.kinds = tuple(order)

    def add_row(self, row: CustomerRow | None = None, labels: tuple[dict[int, str], dict[int, str]] | None = None
                ) -> None:
        """Add a customer row (blank when the user clicks Add); ``labels`` names its records."""
        index = len(self.rows_widgets)
        party = LookupField(self.parties, tr("Choose the customer…"), self)
        party.setObjectName(f"customer_{index}")
        contact = LookupField(people_lookup(self.ctx), tr("No representative"), self)
        contact.setObjectName(f"representative_{index}")
        contact.setToolTip(tr("The person who represents this customer in the agreement"))
        remove = tool_button(f"remove_customer_{index}", "", "delete", tip=tr("Remove this customer"),
                             parent=self)
        if row is not None:
            self._show(party, contact, row, labels)
        self._follow_party(party, contact)
        party.changed.connect(lambda p=party, c=contact: self._party_changed(p, c))
        contact.changed.connect(self.changed)
        remove.clicked.connect(lambda _checked=False, p=party: self._remove(p))
        self.rows_widgets.append((party, contact, remove))
        self.grid.addWidget(party, index, 0)
        self.grid.addWidget(contact, index, 1)
        self.grid.addWidget(remove, index, 2)
        self._update()
        if row is None:
            party.setFocus()
            self.changed.emit()

    @staticmethod
    def _show(party: LookupField, contact: LookupField, row: CustomerRow,
              labels: tuple[dict[int, str], dict[int, str]] | None) -> None:
        names, people = labels or ({}, {})
        party.set_value(row.organization_id, known_label(names, row.organization_id) if labels else None)
        contact.set_value(row.representative_id, known_label(people, row.representative_id) if labels else None)

    def _follow_party(self, party: LookupField, contact: LookupField) -> None:
        """The representative is one of the chosen organization's contacts."""
        org = party.value()
        if org is None:
            contact.lookup.filters.pop("organization_id", None)
        else:
            contact.lookup.filters["organization_id"] = org
        contact.setEnabled(org is not None and not self._read_only)

    def _party_changed(self, party: LookupField, contact: LookupField) -> None:
        self._follow_party(party, contact)
        contact.reset()  # another organization's representative
        self.changed.emit()

    def _remove(self, party: LookupField) -> None:
        rows = self.rows()
        index = next(i for i, (p, _c, _r) in enumerate(self.rows_widgets) if p is party)
        del rows[index]
        self.set_rows(rows)
        self.changed.emit()

    def _labels(self, rows: Sequence[CustomerRow]) -> tuple[dict[int, str], dict[int, str]]:
        """The names of the rows' organizations and representatives, read in two queries."""
        return (self.parties.labels([r.organization_id for r in rows if r.organization_id is not None]),
                self._people.labels([r.representative_id for r in rows if r.representative_id is not None]))

    def set_rows(self, rows: Sequence[CustomerRow]) -> None:
        """Show ``rows``, in the row widgets there are (as many as needed are added or removed)."""
        while len(self.rows_widgets) > len(rows):
            for widget in self.rows_widgets.pop():
                self.grid.removeWidget(widget)
                widget.deleteLater()
        labels = self._labels(rows)
        for index, row in enumerate(rows):
            if index < len(self.rows_widgets):
                party, contact, _remove = self.rows_widgets[index]
                self._show(party, contact, row, labels)
                self._follow_party(party, contact)
            else:
                self.add_row(row, labels)
        self._update()

    def refresh(self) -> None:
        """Read the names again (an organization or a contact may have been renamed)."""
        rows = self.rows()
        names, people = self._labels(rows)
        for (party, contact, _remove), row in zip(self.rows_widgets, rows, strict=True):
            if row.organization_id is not None:
                party.set_value(row.organization_id, known_label(names, row.organization_id))
            if row.representative_id is not None:
                contact.set_value(row.representative_id, known_label(people, row.representative_id))

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


def service_label(code: str, name: str, status: ServiceStatus) -> str:
    """``CODE — Name``, with the status when the service is not live."""
    text = f"{code} — {name}"
    if status != ServiceStatus.LIVE:
        text += f"  ({label_of(status).lower()})"
    return text


class ServiceLookup(Lookup):
    """Catalog services by code, leaving out those ``chosen`` already."""

    def __init__(self, ctx: AppContext, chosen: Callable[[], Collection[int]]) -> None:
        super().__init__(ctx, SERVICES, ("code", "name"), sort="code")
        self._chosen = chosen
        keys = [c.key for c in SERVICES.columns]
        self._code, self._name, self._status = keys.index("code"), keys.index("name"), keys.index("status")

    def ids(self, text: str, limit: int) -> list[int]:
        taken = set(self._chosen())
        return [i for i in super().ids(text, limit + len(taken)) if i not in taken][:limit]

    def _label(self, row: tuple[Any, ...]) -> str:
        return service_label(row[self._code], row[self._name], ServiceStatus(row[self._status]))


class AddField(LookupField):
    """A lookup that adds to a list: Return or a suggestion picks a record and the field empties.

    Leaving the field keeps what was typed (nothing is added by moving elsewhere).
    """

    picked = Signal(int)

    def __init__(self, lookup: Lookup, none_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(lookup, none_text, parent)
        self.edit.returnPressed.connect(self.add_typed)
        self.changed.connect(self._picked)

    def _finish(self) -> None:
        self._timer.stop()

    def add_typed(self) -> None:
        """Add the record whose code (or name) was typed, or the only one that matches."""
        text = self.edit.text().strip()
        record_id = self.lookup.match(text) if text else None
        if record_id is not None:
            popup = self.completer.popup()
            if popup is not None:
                popup.hide()
            self.choose(record_id)

    def _picked(self) -> None:
        record_id = self.value()
        self.reset()
        QTimer.singleShot(0, self.edit.clear)  # a chosen suggestion is written in after this
        if record_id is not None:
            self.picked.emit(record_id)


class ServicesPicker(QWidget):
    """The services an agreement covers: a list, a lookup to add one, and Remove."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list = QListWidget(self)
        self.list.setObjectName("service_list")
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setIconSize(QSize(16, 16))
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.lookup = ServiceLookup(ctx, self.ids)
        self.finder = AddField(self.lookup, tr("Add a service: type a code or name…"), self)
        self.finder.setObjectName("service_finder")
        self.finder.button.setToolTip(tr("Show the first services"))
        self.finder.picked.connect(self.add)
        self.search: QLineEdit = self.finder.edit
        self.search.setObjectName("service_search")
        self.search.addAction(icon("find"), QLineEdit.ActionPosition.LeadingPosition)
        self.remove_button = tool_button("remove_service", tr("Remove"), "delete",
                                         on_click=self.remove_selected, parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.list)
        layout.addLayout(hbox(self.finder, self.remove_button))
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

    def add(self, service_id: int) -> None:
        """Add ``service_id`` to the covered services (nothing if it is already there)."""
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
                                        else "warning"), service_label(*row), self.list)
            if row[2] not in (ServiceStatus.LIVE, ServiceStatus.RETIRING):
                item.setToolTip(tr("Only live or retiring services can be in an active SLA."))
            else:
                item.setToolTip(service_label(*row))
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
        self.finder.reset()
        self._fit()

    def set_read_only(self, read_only: bool) -> None:
        self.finder.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)
