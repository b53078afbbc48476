"""The General tab: kind, title, reference, parties, covered services, validity and review."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QSpinBox, QVBoxLayout, QWidget

from itsm_desktop.domain.enums import AgreementKind, OrganizationKind
from itsm_desktop.domain.forms import AgreementForm
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.services.agreement_drafting import next_review_date, usual_provider
from itsm_desktop.services.agreements import suggest_reference

from ..common.context import AppContext
from ..common.editor import FieldErrors
from ..common.fields import ChoiceCombo, FormSection, RangeSpinBox, line_edit, page_layout
from ..common.language_field import language_combo
from ..common.local_formats import show_date
from ..common.lookup import LookupField
from ..common.translate import label_of
from ..common.widgets import hbox, muted
from .common import DateField, PartyLookup, tool_button, tr
from .parties import CustomersEditor, ServicesPicker

INTERNAL, CUSTOMER, SUPPLIER = OrganizationKind.INTERNAL, OrganizationKind.CUSTOMER, OrganizationKind.SUPPLIER
PROVIDER_ORDER = {
    AgreementKind.SLA: (INTERNAL, SUPPLIER, CUSTOMER),
    AgreementKind.OLA: (INTERNAL, SUPPLIER, CUSTOMER),
    AgreementKind.UC: (SUPPLIER, INTERNAL, CUSTOMER),
}
CUSTOMER_ORDER = {
    AgreementKind.SLA: (CUSTOMER, INTERNAL, SUPPLIER),
    AgreementKind.OLA: (INTERNAL, CUSTOMER, SUPPLIER),
    AgreementKind.UC: (INTERNAL, CUSTOMER, SUPPLIER),
}
PROVIDER_HINT = {
    AgreementKind.SLA: translatable("Usually the IT organization that delivers the services."),
    AgreementKind.OLA: translatable("An internal unit: an operational level agreement is between internal teams."),
    AgreementKind.UC: translatable("A supplier: an underpinning contract is with a third party."),
}
CUSTOMER_HINT = {
    AgreementKind.SLA: translatable("The business units or customers who receive the services, each with a representative."),
    AgreementKind.OLA: translatable("The internal units that rely on the provider."),
    AgreementKind.UC: translatable("The internal units the supplier delivers to."),
}


class GeneralTab(QWidget):
    """What the agreement is, between whom, for which services, and for how long."""

    changed = Signal()
    heading_changed = Signal()
    services_changed = Signal()

    def __init__(self, ctx: AppContext, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loading = False
        self._suggested = ""
        self._suggested_provider: int | None = None
        self._read_only = False
        about = FormSection(errors)
        self.kind = about.add("kind", tr("Kind"), ChoiceCombo(), on_change=self._kind_changed)
        self.kind.set_choices([(f"{label_of(k)} ({k.value})", k) for k in AgreementKind])
        self.title = about.add("title", tr("Title"), line_edit(300, tr("e.g. Finance business services")),
                               on_change=self._heading_edit)
        self.reference = line_edit(40, "SLA-2026-001")
        self.suggest = tool_button("suggest_reference", tr("Next free"), "refresh",
                                   tip=tr("Use the next free reference for this kind and year"),
                                   on_click=self.suggest_reference)
        holder = QWidget()
        holder.setLayout(hbox(self.reference, self.suggest))
        about.add("reference", tr("Reference"), holder,
                  hint=tr("Unique; revisions of the agreement keep it."))
        self.reference.setObjectName("reference_edit")
        self.reference.textChanged.connect(self._heading_edit)
        self.providers = PartyLookup(ctx, PROVIDER_ORDER[AgreementKind.SLA])
        self.provider = LookupField(self.providers, tr("Choose the provider…"))
        self.provider_hint = muted()
        provider_holder = QWidget()
        box = QVBoxLayout(provider_holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.provider)
        box.addWidget(self.provider_hint)
        about.add("provider_id", tr("Provider"), provider_holder)
        self.provider.setObjectName("provider")
        self.provider.changed.connect(self._edit)
        self.language = about.add("language", tr("Document language"),
                                  language_combo(tr("As its first customer")), on_change=self._edit,
                                  hint=tr("Headings, standard sentences, dates and amounts print in it."))
        parties = FormSection(errors, tr("Customers"))
        self.customer_hint = muted()
        parties.outer.insertWidget(1, self.customer_hint)  # under the title
        self.customers = parties.add_full("customers", CustomersEditor(ctx), on_change=self._edit)
        services = FormSection(errors, tr("Covered services"),
                               tr("The catalog services the agreement is about."))
        self.services = services.add_full("service_ids", ServicesPicker(ctx), on_change=self._services_edit)
        validity = FormSection(errors, tr("Validity and review"))
        self.valid_from = validity.add("valid_from", tr("Valid from"), DateField(), on_change=self._edit)
        self.valid_to = validity.add("valid_to", tr("Valid to"), DateField(), on_change=self._edit,
                                     hint=tr("Leave empty for an agreement without an end date."))
        self.review_interval = RangeSpinBox()
        self.review_interval.setRange(0, 120)
        self.review_interval.setSpecialValueText(tr("No regular review"))
        self.review_interval.setSuffix(tr(" months"))
        self.review_interval.setFixedWidth(self.review_interval.fontMetrics().horizontalAdvance(
            tr("No regular review")) + 48)
        validity.add("review_interval_months", tr("Review every"), self.review_interval,
                     on_change=self._edit)
        self.next_review = DateField()
        self.calculate = tool_button("calculate_review", tr("From the interval"), "refresh",
                                     tip=tr("The first review date on the interval, counted from “valid from”"),
                                     on_click=self.calculate_next_review)
        review_holder = QWidget()
        review_holder.setLayout(hbox(self.next_review, self.calculate, None))
        validity.add("next_review", tr("Next review"), review_holder)
        self.next_review.setObjectName("next_review_date")
        self.next_review.changed.connect(self._edit)
        self.sections = (about, parties, services, validity)
        self.setLayout(page_layout(*self.sections))
        self._apply_kind_texts()

    # --- reactions ------------------------------------------------------------------------

    def _edit(self, *_args: object) -> None:
        if not self.loading:
            self.changed.emit()

    def _heading_edit(self, *_args: object) -> None:
        self._edit()
        if not self.loading:
            self.heading_changed.emit()

    def _services_edit(self) -> None:
        self._edit()
        if not self.loading:
            self.services_changed.emit()

    def _kind_changed(self, *_args: object) -> None:
        self._apply_kind_texts()
        if not self.loading and self.reference.text().strip() == self._suggested and self._suggested:
            # a new agreement: follow the kind with the suggested reference and usual provider
            self.suggest_reference()
            if self.provider.value() == self._suggested_provider:
                self._suggested_provider = usual_provider(self.ctx.db, self.kind_value())
                self.provider.set_value(self._suggested_provider)
        self._heading_edit()

    def _apply_kind_texts(self) -> None:
        kind = self.kind_value()
        self.providers.kinds = PROVIDER_ORDER[kind]
        self.customers.set_order(CUSTOMER_ORDER[kind])
        self.provider_hint.setText(tr(PROVIDER_HINT[kind]))
        self.customer_hint.setText(tr(CUSTOMER_HINT[kind]))

    def kind_value(self) -> AgreementKind:
        return self.kind.value() or AgreementKind.SLA

    def suggest_reference(self) -> None:
        """Fill in the next free reference for the chosen kind."""
        self._suggested = suggest_reference(self.ctx.db, self.kind_value(),
                                            self.valid_from.value() or date.today())
        self.reference.setText(self._suggested)

    def calculate_next_review(self) -> None:
        """Set the next review from “valid from” and the interval (not in the past)."""
        review = next_review_date(self.valid_from.value(), self.review_interval.value() or None,
                                  valid_to=self.valid_to.value())
        if review is not None:
            self.next_review.set_value(review)

    # --- choices and values ----------------------------------------------------------------

    def refresh(self) -> None:
        """Read the names of the parties again (they may have been renamed)."""
        self.provider.refresh()
        self.customers.refresh()

    def apply(self, form: AgreementForm, *, new: bool) -> None:
        self.kind.set_value(form.kind)
        self._apply_kind_texts()
        self.title.setText(form.title)
        self.reference.setText(form.reference)
        self._suggested = form.reference if new else ""
        self._suggested_provider = form.provider_id if new else None
        self.provider.set_value(form.provider_id)
        self.customers.set_rows(form.customers)
        self.services.set_ids(form.service_ids)
        self.valid_from.set_value(form.valid_from)
        self.valid_to.set_value(form.valid_to)
        self.review_interval.setValue(form.review_interval_months or 0)
        self.next_review.set_value(form.next_review)
        self.language.set_value(form.language)

    def fill(self, form: AgreementForm) -> None:
        form.kind = self.kind_value()
        form.title = self.title.text()
        form.reference = self.reference.text()
        form.provider_id = self.provider.value()
        form.customers = self.customers.rows()
        form.service_ids = self.services.ids()
        form.valid_from = self.valid_from.value()
        form.valid_to = self.valid_to.value()
        form.review_interval_months = self.review_interval.value() or None
        form.next_review = self.next_review.value()
        form.language = self.language.value()

    def input_problems(self) -> dict[str, str]:
        problems = {}
        for key, field in (("valid_from", self.valid_from), ("valid_to", self.valid_to),
                           ("next_review", self.next_review)):
            if not field.is_valid():
                problems[key] = tr("“{text}” is not a date; write it like {example}.").format(
                    text=field.text(), example=show_date(date(2026, 1, 31)))
        return problems

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for edit in (self.title, self.reference):
            edit.setReadOnly(read_only)
        for choice in (self.kind, self.provider, self.language):
            choice.setEnabled(not read_only)
        for date_field in (self.valid_from, self.valid_to, self.next_review):
            date_field.set_read_only(read_only)
        self.review_interval.setReadOnly(read_only)
        self.review_interval.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons if read_only
                                              else QSpinBox.ButtonSymbols.UpDownArrows)
        for button in (self.suggest, self.calculate):
            button.setVisible(not read_only)
        self.customers.set_read_only(read_only)
        self.services.set_read_only(read_only)

    def first_field(self) -> QLineEdit:
        return self.title
