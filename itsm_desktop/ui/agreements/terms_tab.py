"""The Terms tab: who each side is for this kind of agreement and what prints; an OLA's or
UC's own facts of its services; and the terms the agreement defines once (priority levels,
support hours)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from itsm_desktop.domain.definitions import KIND_PARTIES, PriorityLevel
from itsm_desktop.domain.enums import AgreementKind, BillingPeriod, ChargeModel
from itsm_desktop.domain.forms import AgreementForm, ServiceTermsRow
from itsm_desktop.domain.measurement.support_hours import SupportHoursError, parse_support_hours
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.services.agreement_definitions import (
    TeamDefinitions,
    save_team_definitions,
    suggested_terms,
    team_definitions,
)

from ..common.context import AppContext
from ..common.editor import FieldErrors
from ..common.fields import FormSection, line_edit, page_layout
from ..common.local_formats import NumberNotUnderstood, parse_decimal, show_decimal
from ..common.messages import say_error
from ..common.translate import label_of
from ..common.widgets import hbox, muted
from .common import tool_button, tr

SERVICE_ID = Qt.ItemDataRole.UserRole
TERM_TEXTS = ("description", "support_channels", "support_hours", "contract_reference")
TERM_HEADERS = (translatable("Service"), translatable("What is delivered"),
                translatable("How to reach its support"), translatable("Support hours"),
                translatable("Contract reference"), translatable("Charge model"), translatable("Price"),
                translatable("Currency"), translatable("Billed per"))
CHARGE, PRICE, CURRENCY, PERIOD = 5, 6, 7, 8
TERM_WIDTHS = (150, 240, 220, 160, 130, 110, 90, 70, 100)


def kind_explanation(kind: AgreementKind) -> str:
    """Which side is which for ``kind``, and what the printed agreement shows."""
    parties = KIND_PARTIES[kind]
    return tr("{provider_role}: {provider_is}. {customer_role}: {customer_is}. Prints {prints}.").format(
        provider_role=tr(parties.provider_role), provider_is=tr(parties.provider_is),
        customer_role=tr(parties.customer_role), customer_is=tr(parties.customer_is),
        prints=tr(parties.prints))


def _table(name: str, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels([tr(h) for h in headers])
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setMinimumHeight(table.fontMetrics().height() * 9)
    return table


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


class TermsTab(QWidget):
    """The parties' roles, the services' own facts (OLA, UC) and the agreement's definitions."""

    changed = Signal()

    def __init__(self, ctx: AppContext, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loading = False
        self._read_only = False
        self._kind = AgreementKind.SLA
        self._provider_id: int | None = None
        self._own_scheme = False
        self._team = TeamDefinitions()
        self.sides = FormSection(errors, tr("Who is who"))
        self.explanation = muted()
        self.explanation.setObjectName("kind_explanation")
        self.explanation.setWordWrap(True)
        self.sides.outer.addWidget(self.explanation)

        self.services = FormSection(errors, tr("The services as this agreement describes them"),
                                    tr("Printed instead of the catalog: its description, support, price and "
                                       "reference for each covered service."))
        self.terms = self.services.add_full("service_terms", _table("service_terms_table", TERM_HEADERS))
        self.terms.horizontalHeader().setStretchLastSection(False)
        for column, width in enumerate(TERM_WIDTHS):
            self.terms.setColumnWidth(column, width)
        self.terms.itemChanged.connect(self._edited)
        self.sla_note = muted(tr("A service level agreement prints the catalog's own facts of its services."))
        self.services.outer.addWidget(self.sla_note)

        self.priorities = FormSection(errors, tr("Priority levels"),
                                      tr("The levels and meanings the customer agrees; response and resolution "
                                         "targets and the glossary refer to them."))
        self.levels = self.priorities.add_full("priorities", _table("priority_table",
                                                                    (translatable("Priority"), translatable("Name"),
                                                                     translatable("Definition"))))
        self.levels.itemChanged.connect(self._scheme_edited)
        self.scheme_note = muted()
        self.scheme_note.setObjectName("scheme_note")
        self.add_level = tool_button("add_priority", tr("Add level"), "new", on_click=self._add_level)
        self.remove_level = tool_button("remove_priority", tr("Remove"), "delete", on_click=self._remove_level)
        self.use_team = tool_button("use_team_scheme", tr("Team default"), "refresh",
                                    tip=tr("Show the team's default levels; the agreement prints them"),
                                    on_click=self.use_team_default)
        self.save_team = tool_button("save_team_scheme", tr("Save as team default"),
                                     tip=tr("New agreements start from these levels and support hours"),
                                     on_click=self.save_as_team_default)
        self.priorities.outer.addWidget(self.scheme_note)
        self.priorities.outer.addLayout(hbox(self.add_level, self.remove_level, None))
        self.priorities.outer.addLayout(hbox(self.use_team, self.save_team, None))

        self.hours = FormSection(errors, tr("Support hours"),
                                 tr("Targets in business hours or business days count only within these "
                                    "hours; every other time is clock time."))
        self.hours_name = self.hours.add("support_hours_name", tr("Name"),
                                         line_edit(100, tr("e.g. Service desk hours")), on_change=self._edited)
        self.hours_text = self.hours.add("support_hours", tr("When"), QLineEdit(), on_change=self._hours_edited,
                                         hint=tr("e.g. Monday to Friday 07:30–18:30 UK time, except bank "
                                                 "holidays in England"))
        self.hours_measured = muted()  # the structure the sentence is read as: what is measured
        self.hours_measured.setObjectName("support_hours_measured")
        self.hours_measured.setWordWrap(True)
        self.hours.outer.addWidget(self.hours_measured)
        self.setLayout(page_layout(self.sides, self.services, self.priorities, self.hours))
        self.set_kind(AgreementKind.SLA)

    # --- reactions ---------------------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        if not self.loading:
            self.changed.emit()

    def _hours_edited(self, *_args: object) -> None:
        text = self.hours_text.text()
        try:
            measured = tr("Measured as: {hours}.").format(hours=parse_support_hours(text).describe())
        except SupportHoursError as problem:
            measured = tr("Not measurable until defined: {problem}").format(problem=say_error(problem)) \
                if text.strip() else ""
        self.hours_measured.setText(measured)
        self._edited()

    def _scheme_edited(self, *_args: object) -> None:
        if not self.loading:
            self._own_scheme = True
            self._show_scheme_note()
            self.changed.emit()

    def _add_level(self) -> None:
        self._set_level(self.levels.rowCount(), PriorityLevel(f"P{self.levels.rowCount() + 1}"))
        self._scheme_edited()

    def _remove_level(self) -> None:
        row = self.levels.currentRow()
        if row >= 0:
            self.levels.removeRow(row)
            self._scheme_edited()

    def use_team_default(self) -> None:
        """Show the team's default scheme; the agreement prints it until a level is changed."""
        self._team = team_definitions(self.ctx.db)
        self._show_levels(self._team.priorities)
        self._own_scheme = False
        self._show_scheme_note()
        self._edited()

    def save_as_team_default(self) -> None:
        """Make the levels and support hours shown the team's defaults for new agreements."""
        self._team = save_team_definitions(self.ctx.db, definitions=TeamDefinitions(
            tuple(self.scheme()), self.hours_name.text().strip(), self.hours_text.text().strip()))
        self._show_scheme_note()

    # --- kind, services --------------------------------------------------------------------

    def set_kind(self, kind: AgreementKind, provider_id: int | None = None) -> None:
        self._kind, self._provider_id = kind, provider_id
        self.explanation.setText(kind_explanation(kind))
        own = not KIND_PARTIES[kind].uses_catalog
        self.terms.setVisible(own)
        self.sla_note.setVisible(not own)

    def set_services(self, labels: dict[int, str]) -> None:
        """Follow the covered services: new ones start from what the catalog truly knows of them."""
        shown = {self._service_item(r).data(SERVICE_ID): r for r in range(self.terms.rowCount())}
        for row in sorted((r for sid, r in shown.items() if sid not in labels), reverse=True):
            self.terms.removeRow(row)
        new = [sid for sid in labels if sid not in shown]
        if new and not KIND_PARTIES[self._kind].uses_catalog and not self._read_only:
            for terms in suggested_terms(self.ctx.db, kind=self._kind, provider_id=self._provider_id,
                                         service_ids=new):
                self._set_terms(self.terms.rowCount(), terms, labels)
        for row in range(self.terms.rowCount()):
            item = self._service_item(row)
            item.setText(labels.get(item.data(SERVICE_ID), item.text()))

    # --- values ----------------------------------------------------------------------------

    def apply(self, form: AgreementForm, labels: dict[int, str]) -> None:
        self.loading = True
        try:
            self.set_kind(form.kind, form.provider_id)
            self.terms.setRowCount(0)
            for terms in form.service_terms:
                self._set_terms(self.terms.rowCount(), terms, labels)
            self._team = team_definitions(self.ctx.db)
            self._own_scheme = bool(form.priorities)
            self._show_levels(form.priorities or self._team.priorities)
            self._show_scheme_note()
            self.hours_name.setText(form.support_hours_name)
            self.hours_text.setText(form.support_hours)
            self._hours_edited()
        finally:
            self.loading = False

    def fill(self, form: AgreementForm) -> None:
        form.service_terms = [] if KIND_PARTIES[form.kind].uses_catalog else self.service_terms()
        form.priorities = self.scheme() if self._own_scheme else []
        form.support_hours_name = self.hours_name.text()
        form.support_hours = self.hours_text.text()

    def service_terms(self) -> list[ServiceTermsRow]:
        rows = []
        for row in range(self.terms.rowCount()):
            texts = {name: _text(self.terms, row, column + 1) for column, name in enumerate(TERM_TEXTS)}
            price = _text(self.terms, row, PRICE).strip()
            try:
                amount = parse_decimal(price) if price else None
            except NumberNotUnderstood:
                amount = Decimal("NaN")  # refused before saving: see ``input_problems``
            rows.append(ServiceTermsRow(
                service_id=self._service_item(row).data(SERVICE_ID), **texts,
                charge_model=ChargeModel(self._combo(row, CHARGE).currentData() or ChargeModel.NONE),
                price=amount, currency=_text(self.terms, row, CURRENCY).strip().upper(),
                billing_period=BillingPeriod(period) if (period := self._combo(row, PERIOD).currentData())
                else None))
        return rows

    def input_problems(self) -> dict[str, str]:
        """Prices typed in a form the locale does not write numbers in, by row."""
        problems = []
        for row in range(self.terms.rowCount()):
            price = _text(self.terms, row, PRICE).strip()
            try:
                parse_decimal(price) if price else None
            except NumberNotUnderstood as refused:
                problems.append(tr("Row {row}: {message}").format(row=row + 1, message=str(refused)))
        return {"service_terms": "\n".join(problems)} if problems else {}

    def scheme(self) -> list[PriorityLevel]:
        return [PriorityLevel(*(_text(self.levels, r, c).strip() for c in range(3)))
                for r in range(self.levels.rowCount())]

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        triggers = (QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                    else QAbstractItemView.EditTrigger.AllEditTriggers)
        for table in (self.terms, self.levels):
            table.setEditTriggers(triggers)
        for row in range(self.terms.rowCount()):
            for column in (CHARGE, PERIOD):
                self._combo(row, column).setEnabled(not read_only)
        for edit in (self.hours_name, self.hours_text):
            edit.setReadOnly(read_only)
        for button in (self.add_level, self.remove_level, self.use_team, self.save_team):
            button.setVisible(not read_only)

    # --- rows -------------------------------------------------------------------------------

    def _service_item(self, row: int) -> QTableWidgetItem:
        item = self.terms.item(row, 0)
        assert item is not None  # every row is made with its service
        return item

    def _combo(self, row: int, column: int) -> QComboBox:
        widget = self.terms.cellWidget(row, column)
        assert isinstance(widget, QComboBox)
        return widget

    def _set_terms(self, row: int, terms: ServiceTermsRow, labels: dict[int, str]) -> None:
        was = self.terms.blockSignals(True)
        try:
            self.terms.insertRow(row)
            service = QTableWidgetItem(labels.get(terms.service_id or 0, ""))
            service.setData(SERVICE_ID, terms.service_id)
            service.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.terms.setItem(row, 0, service)
            for column, name in enumerate(TERM_TEXTS, start=1):
                self.terms.setItem(row, column, QTableWidgetItem(getattr(terms, name)))
            self.terms.setItem(row, PRICE, QTableWidgetItem("" if terms.price is None else show_decimal(terms.price)))
            self.terms.setItem(row, CURRENCY, QTableWidgetItem(terms.currency))
            for column, choices, value in (
                    (CHARGE, [(label_of(m), m) for m in ChargeModel], terms.charge_model),
                    (PERIOD, [("—", None)] + [(label_of(p), p) for p in BillingPeriod], terms.billing_period)):
                combo = QComboBox()
                for label, data in choices:
                    combo.addItem(label, data)
                combo.setCurrentIndex(max(0, combo.findData(value)))
                combo.setEnabled(not self._read_only)
                combo.currentIndexChanged.connect(self._edited)
                self.terms.setCellWidget(row, column, combo)
        finally:
            self.terms.blockSignals(was)
        self._edited()

    def _set_level(self, row: int, level: PriorityLevel) -> None:
        was = self.levels.blockSignals(True)
        try:
            self.levels.insertRow(row)
            for column, value in enumerate((level.priority, level.name, level.definition)):
                self.levels.setItem(row, column, QTableWidgetItem(value))
        finally:
            self.levels.blockSignals(was)

    def _show_levels(self, levels: Sequence[PriorityLevel]) -> None:
        self.levels.setRowCount(0)
        for level in levels:
            self._set_level(self.levels.rowCount(), level)

    def _show_scheme_note(self) -> None:
        self.scheme_note.setText(
            tr("This agreement's own levels.") if self._own_scheme
            else tr("The team's default levels: change any of them to give this agreement its own."))
