"""The editor of a catalog service: every field, its linked rows and where it is agreed."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from itsm_desktop.domain.enums import (
    AgreementStatus,
    BillingPeriod,
    ChargeModel,
    ComponentKind,
    ConsumerRole,
    Criticality,
    OrganizationKind,
    ServiceStatus,
    ServiceType,
)
from itsm_desktop.domain.errors import InUseError
from itsm_desktop.domain.forms import ComponentRow, ConsumerRow, ServiceForm, SupplierRow
from itsm_desktop.domain.models import Service
from itsm_desktop.domain.rules import allowed_service_states
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.services import catalog
from itsm_desktop.services.listing import CONTACTS, ORGANIZATIONS

from ..common.commands import RecordOps, by_name
from ..common.context import AppContext
from ..common.editor import RecordEditor
from ..common.fields import (
    ChoiceCombo,
    FormSection,
    TextArea,
    enum_choices,
    enum_combo,
    line_edit,
    page_layout,
    watch,
)
from ..common.history_panel import HistoryPanel
from ..common.local_formats import NumberNotUnderstood, parse_decimal, show_decimal
from ..common.lookup import Lookup, LookupField
from ..common.rows import RowColumn, RowsTable
from ..common.translate import label_of
from ..common.widgets import LinkList
from .families import edit_families
from .service_parts import DependencyPicker, HoursEditor

SERVICE_OPS = RecordOps("service", "service_id", catalog.create_service, catalog.update_service,
                        catalog.delete_service, by_name(translatable("service")))


class _CompactTabs(QProxyStyle):
    """The application's style with less room beside each tab's text: seven tabs fit the editor."""

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,  # noqa: N802
                    widget: QWidget | None = None) -> int:
        value = super().pixelMetric(metric, option, widget)
        return value * 2 // 3 if metric == QStyle.PixelMetric.PM_TabBarTabHSpace else value


def _tab(*sections: QWidget) -> QWidget:
    page = QWidget()
    page.setLayout(page_layout(*sections))
    return page


class ServiceEditor(RecordEditor):
    """Every field of a service, on tabs: general, hours & support, cost, build, parties, agreements."""

    ops = SERVICE_OPS
    noun = translatable("service")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._family_names: dict[int, str] = {}
        self._internal = Lookup(ctx, ORGANIZATIONS, ("name",), {"kind": OrganizationKind.INTERNAL})
        self._supplier_orgs = Lookup(ctx, ORGANIZATIONS, ("name",), {"kind": OrganizationKind.SUPPLIER})
        self._any_org = Lookup(ctx, ORGANIZATIONS, ("name",))
        self._people = Lookup(ctx, CONTACTS, ("name", "organization"))
        self.errors.general = self.errors.label_for("", self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("service_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self._tab_style = _CompactTabs()  # the application's style, not owned
        self.tabs.tabBar().setStyle(self._tab_style)
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._hours_tab(), self.tr("Hours"))
        self.tabs.setTabToolTip(1, self.tr("Service hours and support"))
        self.tabs.addTab(self._cost_tab(), self.tr("Cost"))
        self.tabs.addTab(self._build_tab(), self.tr("Components"))
        self.tabs.addTab(self._parties_tab(), self.tr("Parties"))
        self.tabs.setTabToolTip(4, self.tr("Suppliers and consumers of the service"))
        self.tabs.addTab(self._agreements_tab(), self.tr("Agreements"))
        self.tabs.addTab(self._history_tab(), self.tr("History"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.tabs)
        layout.addStretch(1)
        self.refresh_choices()

    # --- tabs ---------------------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        dirty, title = self.mark_dirty, self._heading_edit
        about = FormSection(self.errors)
        self.code = about.add("code", self.tr("Code"), line_edit(40, "EMAIL"), on_change=self._code_edit,
                              hint=self.tr("Unique; capital letters, digits, “-”, “_” or “.”."))
        self.name = about.add("name", self.tr("Name"), line_edit(200), on_change=title)
        self.family = ChoiceCombo(self.tr("— none —"))
        families = QToolButton()
        families.setObjectName("edit_families")
        families.setText(self.tr("Families…"))
        families.setToolTip(self.tr("Add, rename or reorder the service families"))
        families.clicked.connect(self._edit_families)
        family_row = QWidget()
        box = QHBoxLayout(family_row)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.family, 1)
        box.addWidget(families)
        about.add("family_id", self.tr("Family"), family_row)
        watch(self.family, title)
        self.summary = about.add("summary", self.tr("Summary"),
                                 line_edit(300, self.tr("One line, in business terms")), on_change=dirty)
        self.description = about.add("description", self.tr("Description"), TextArea(5), on_change=dirty)
        self.outcomes = about.add("outcomes", self.tr("Business outcomes"), TextArea(3), on_change=dirty)
        roles = FormSection(self.errors, self.tr("Lifecycle and responsibility"))
        self.status = roles.add("status", self.tr("Lifecycle status"), enum_combo(ServiceStatus),
                                on_change=title,
                                hint=self.tr("Only the steps allowed from the saved status are offered."))
        self.service_type = roles.add("service_type", self.tr("Type"), enum_combo(ServiceType),
                                      on_change=dirty)
        self.criticality = roles.add("criticality", self.tr("Criticality"), enum_combo(Criticality),
                                     on_change=dirty)
        self.provider = roles.add("provider_id", self.tr("Provider"), LookupField(self._internal),
                                  hint=self.tr("The internal unit that delivers the service."),
                                  on_change=dirty)
        self.owner = roles.add("owner_id", self.tr("Owner"), LookupField(self._people), on_change=dirty)
        self.manager = roles.add("manager_id", self.tr("Manager"), LookupField(self._people),
                                 on_change=dirty)
        return _tab(about, roles)

    def _hours_tab(self) -> QWidget:
        dirty = self.mark_dirty
        hours = FormSection(self.errors, self.tr("Service hours"),
                            self.tr("When the service is available to its users."))
        self.hours = hours.add_full("hours", HoursEditor(), on_change=dirty)
        self.hours_exceptions = hours.add_full(
            "hours_exceptions", TextArea(3), label=self.tr("Exceptions (holidays, maintenance windows)"),
            on_change=dirty)
        support = FormSection(self.errors, self.tr("Support"),
                              self.tr("Someone to call for help: how, and when."))
        self.support_channels = support.add("support_channels", self.tr("Channels"), TextArea(3),
                                            on_change=dirty)
        self.support_hours = support.add("support_hours", self.tr("Support hours"), TextArea(2),
                                         on_change=dirty)
        self.request_process = support.add("request_process", self.tr("Requesting"), TextArea(3),
                                           hint=self.tr("How to order the service or a change to it."),
                                           on_change=dirty)
        return _tab(hours, support)

    def _cost_tab(self) -> QWidget:
        dirty = self.mark_dirty
        cost = FormSection(self.errors, self.tr("Cost model"))
        self.charge_model = cost.add("charge_model", self.tr("Charge model"), enum_combo(ChargeModel),
                                     on_change=self._charge_changed)
        self.price = cost.add("price", self.tr("Price"), line_edit(20, show_decimal(Decimal(0))), on_change=dirty)
        self.currency = cost.add("currency", self.tr("Currency"), line_edit(3, "EUR"), on_change=dirty)
        self.billing_period = cost.add("billing_period", self.tr("Billing period"),
                                       enum_combo(BillingPeriod, self.tr("— none —")), on_change=dirty)
        return _tab(cost)

    def _build_tab(self) -> QWidget:
        dirty = self.mark_dirty
        parts = FormSection(self.errors, self.tr("Components"),
                            self.tr("The technical pieces the service is built from."))
        self.components = parts.add_full("components", RowsTable([
            RowColumn("name", self.tr("Name"), width=170),
            RowColumn("kind", self.tr("Kind"), "choice", enum_choices(ComponentKind), 120,
                      ComponentKind.APPLICATION),
            RowColumn("notes", self.tr("Notes")),
        ], add_text=self.tr("Add component"), empty_text=self.tr("No components yet.")), on_change=dirty)
        deps = FormSection(self.errors, self.tr("Dependencies"),
                           self.tr("Other services this one needs in order to work."))
        self.depends_on = deps.add_full("depends_on", DependencyPicker(self.ctx), on_change=dirty)
        self.dependents = LinkList(rows=3)
        self.dependents.activated_record.connect(self.open_requested)
        deps.add_full("dependents", self.dependents, label=self.tr("Services that depend on this one"))
        return _tab(parts, deps)

    def _parties_tab(self) -> QWidget:
        dirty = self.mark_dirty
        suppliers = FormSection(self.errors, self.tr("Suppliers"),
                                self.tr("Third parties the service depends on."))
        self.suppliers = suppliers.add_full("suppliers", RowsTable([
            RowColumn("supplier_id", self.tr("Supplier"), "lookup", width=190, lookup=self._supplier_orgs),
            RowColumn("supplies", self.tr("Supplies"), width=150),
            RowColumn("contract_reference", self.tr("Contract")),
        ], add_text=self.tr("Add supplier"), empty_text=self.tr("No suppliers.")), on_change=dirty)
        consumers = FormSection(self.errors, self.tr("Consumers"),
                                self.tr("Who pays for the service (customers) and who uses it."))
        self.consumers = consumers.add_full("consumers", RowsTable([
            RowColumn("organization_id", self.tr("Organization"), "lookup", width=200,
                      lookup=self._any_org),
            RowColumn("role", self.tr("Role"), "choice", enum_choices(ConsumerRole), 110,
                      ConsumerRole.CUSTOMER),
            RowColumn("users", self.tr("Users"), "int"),
        ], add_text=self.tr("Add consumer"), empty_text=self.tr("No consumers.")), on_change=dirty)
        return _tab(suppliers, consumers)

    def _agreements_tab(self) -> QWidget:
        section = FormSection(self.errors, self.tr("Agreements covering the service"),
                              self.tr("SLAs, OLAs and underpinning contracts that name this service."))
        self.agreements = LinkList(rows=8)
        self.agreements.activated_record.connect(self.open_requested)
        section.add_full("agreements", self.agreements)
        return _tab(section)

    def _history_tab(self) -> QWidget:
        section = FormSection(self.errors, self.tr("Change history"),
                              self.tr("Who changed this service, when, and what; newest first."))
        self.history_panel = HistoryPanel(self.ctx, "service", ServiceForm, labels_from=self, rows=12)
        section.add_full("history_panel", self.history_panel)
        return _tab(section)

    # --- reactions ------------------------------------------------------------------------

    def _heading_edit(self, *_args: Any) -> None:
        self.mark_dirty()
        self.heading_changed.emit()

    def _code_edit(self, text: str) -> None:
        upper = text.upper()
        if upper != text:
            position = self.code.cursorPosition()
            self.code.setText(upper)
            self.code.setCursorPosition(position)
            return
        self._heading_edit()

    def _edit_families(self) -> None:
        edit_families(self.ctx, self)
        self.refresh_choices()

    def _charge_changed(self, *_args: Any) -> None:
        charged = self.charge_model.value() != ChargeModel.NONE
        for widget in (self.price, self.currency, self.billing_period):
            widget.setEnabled(charged)
        self.mark_dirty()

    def refresh_choices(self) -> None:
        was = self._loading
        self._loading = True
        try:
            families = catalog.list_families(self.ctx.db)
            self._family_names = {f.id: f.name for f in families if f.id is not None}
            self.family.set_choices([(f.name, f.id) for f in families])
            for field in (self.provider, self.owner, self.manager):
                field.refresh()
            self.suppliers.refresh_labels()
            self.consumers.refresh_labels()
        finally:
            self._loading = was

    # --- form -------------------------------------------------------------------------------

    def blank_form(self) -> ServiceForm:
        return ServiceForm()

    def read_record(self, record_id: int) -> tuple[Service, ServiceForm]:
        detail = catalog.load_service(self.ctx.db, record_id)
        self._dependents = detail.dependents
        self._agreements = detail.agreements
        return detail.service, detail.form

    def apply_form(self, form: ServiceForm) -> None:
        stored = self.record.status if self.record is not None else None
        states = allowed_service_states(stored) if stored is not None else list(ServiceStatus)
        self.status.set_choices([(label_of(s), s) for s in states])
        self.code.setText(form.code)
        self.name.setText(form.name)
        self.family.set_value(form.family_id)
        self.summary.setText(form.summary)
        self.description.setText(form.description)
        self.outcomes.setText(form.outcomes)
        self.status.set_value(form.status)
        self.service_type.set_value(form.service_type)
        self.criticality.set_value(form.criticality)
        self.provider.set_value(form.provider_id)
        self.owner.set_value(form.owner_id)
        self.manager.set_value(form.manager_id)
        self.hours.set_value(form.hours)
        self.hours_exceptions.setText(form.hours_exceptions)
        self.support_channels.setText(form.support_channels)
        self.support_hours.setText(form.support_hours)
        self.request_process.setText(form.request_process)
        self.charge_model.set_value(form.charge_model)
        self.price.setText("" if form.price is None else show_decimal(form.price))
        self.currency.setText(form.currency)
        self.billing_period.set_value(form.billing_period)
        self._charge_changed()
        self.components.set_rows([vars(c) for c in form.components])
        self.depends_on.own_id = self.record_id
        self.depends_on.set_ids(form.depends_on)
        self.suppliers.set_rows([vars(s) for s in form.suppliers])
        self.consumers.set_rows([vars(c) for c in form.consumers])
        self._show_links()
        self.history_panel.show_record(self.record_id)

    def _show_links(self) -> None:
        stored = self.record is not None
        dependents = getattr(self, "_dependents", []) if stored else []
        self.dependents.set_links([("service", i, f"{code} — {name}") for i, code, name in dependents],
                                  self.tr("None."))
        agreements = getattr(self, "_agreements", []) if stored else []
        self.agreements.set_links(
            [("agreement", i, self.tr("{reference} rev. {revision} — {kind}, {status}").format(
                reference=ref, revision=rev, kind=kind, status=label_of(AgreementStatus(status)).lower()))
             for i, ref, rev, kind, status in agreements],
            self.tr("No agreement covers this service yet."))

    def input_problems(self) -> dict[str, str]:
        problems = {key: "\n".join(table.problems())
                    for key, table in (("components", self.components), ("suppliers", self.suppliers),
                                       ("consumers", self.consumers)) if table.problems()}
        text = self.price.text().strip()
        if text and self.charge_model.value() != ChargeModel.NONE:
            try:
                parse_decimal(text)
            except NumberNotUnderstood as refused:
                problems["price"] = str(refused)
        return problems

    def _price(self) -> Any:
        text = self.price.text().strip()
        if not text or self.charge_model.value() == ChargeModel.NONE:
            return None
        try:
            return parse_decimal(text)
        except NumberNotUnderstood:
            return None

    def form(self) -> ServiceForm:
        charged = self.charge_model.value() != ChargeModel.NONE
        return ServiceForm(
            code=self.code.text(), name=self.name.text(), family_id=self.family.value(),
            summary=self.summary.text(), description=self.description.text(),
            outcomes=self.outcomes.text(), service_type=self.service_type.value(),
            status=self.status.value(), provider_id=self.provider.value(),
            owner_id=self.owner.value(), manager_id=self.manager.value(),
            criticality=self.criticality.value(), hours=self.hours.value(),
            hours_exceptions=self.hours_exceptions.text(),
            support_channels=self.support_channels.text(), support_hours=self.support_hours.text(),
            request_process=self.request_process.text(), charge_model=self.charge_model.value(),
            price=self._price(), currency=self.currency.text().strip().upper() or "EUR",
            billing_period=self.billing_period.value() if charged else None,
            components=[ComponentRow(name=r["name"] or "", kind=r["kind"] or ComponentKind.OTHER,
                                     notes=r["notes"] or "", id=r["id"]) for r in self.components.rows()],
            depends_on=self.depends_on.ids(),
            suppliers=[SupplierRow(supplier_id=r["supplier_id"], supplies=r["supplies"] or "",
                                   contract_reference=r["contract_reference"] or "", id=r["id"])
                       for r in self.suppliers.rows()],
            consumers=[ConsumerRow(organization_id=r["organization_id"],
                                   role=r["role"] or ConsumerRole.CUSTOMER, users=r["users"], id=r["id"])
                       for r in self.consumers.rows()],
        )

    def duplicate_form(self, form: ServiceForm) -> ServiceForm:
        return replace(form, code=f"{form.code}-COPY"[:40],
                       name=self.tr("{name} (copy)").format(name=form.name),
                       status=ServiceStatus.PROPOSED)

    def deletion_refusal(self) -> InUseError | None:
        return None if self.record_id is None else catalog.service_deletion_refusal(self.ctx.db, service_id=self.record_id)

    def retire_form(self, form: ServiceForm) -> tuple[ServiceForm, str] | None:
        if self.record is None:
            return None
        allowed = allowed_service_states(self.record.status)
        if ServiceStatus.RETIRED in allowed and self.record.status != ServiceStatus.RETIRED:
            return replace(form, status=ServiceStatus.RETIRED), self.tr("Retire service")
        if ServiceStatus.RETIRING in allowed and self.record.status != ServiceStatus.RETIRING:
            return replace(form, status=ServiceStatus.RETIRING), self.tr("Mark as retiring")
        return None

    def heading(self) -> tuple[str, str]:
        parts = [self.code.text().strip()]
        status = self.status.value()
        if status is not None:
            parts.append(label_of(status))
        family = self._family_names.get(self.family.value() or -1)
        if family:
            parts.append(family)
        return self.name.text().strip(), " · ".join(p for p in parts if p)

    def focus_first(self) -> None:
        self.tabs.setCurrentIndex(0)
        target: QLineEdit = self.code if self.record_id is None else self.name
        target.setFocus()
