"""The editor of an organization: an internal unit, a customer or a supplier."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QWidget

from itsm_desktop.domain.enums import OrganizationKind, UnitType
from itsm_desktop.domain.errors import InUseError
from itsm_desktop.domain.forms import OrganizationForm
from itsm_desktop.domain.models import Organization
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.services import letterheads, stakeholders
from itsm_desktop.services.listing import ORGANIZATIONS

from ..common.commands import RecordOps, by_name
from ..common.context import AppContext
from ..common.editor import RecordEditor
from ..common.fields import FormSection, TextArea, enum_combo, line_edit, page_layout
from ..common.history_panel import HistoryPanel
from ..common.language_field import language_combo
from ..common.lookup import Lookup, LookupField
from ..common.messages import say
from ..common.translate import label_of
from ..common.widgets import LinkList, muted
from .letterhead import LetterheadDialogs

ORGANIZATION_OPS = RecordOps("organization", "organization_id", stakeholders.create_organization,
                             stakeholders.update_organization, stakeholders.delete_organization,
                             by_name(translatable("organization")))


class OrganizationEditor(RecordEditor):
    """Kind, unit type, parent, contact details, notes, and the organization's people."""

    ops = ORGANIZATION_OPS
    noun = translatable("organization")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        dirty = self.mark_dirty
        self.errors.general = self.errors.label_for("", self)
        main = FormSection(self.errors)
        self.name = main.add("name", self.tr("Name"), line_edit(200), on_change=self._heading_edit)
        self.code = main.add("code", self.tr("Code"), line_edit(40, self.tr("Short code, e.g. FIN")),
                             on_change=dirty)
        self.kind = main.add("kind", self.tr("Kind"), enum_combo(OrganizationKind),
                             on_change=self._kind_changed)
        self.unit_type = main.add("unit_type", self.tr("Unit type"), enum_combo(UnitType),
                                  on_change=self._heading_edit)
        self.parent_org = main.add("parent_id", self.tr("Part of"),
                                   LookupField(Lookup(ctx, ORGANIZATIONS, ("name",)), self.tr("— none —")),
                                   hint=self.tr("The division or organization this one belongs to."),
                                   on_change=dirty)
        self.active = main.add("active", self.tr("Status"), QCheckBox(self.tr("Active")), on_change=dirty)
        self.language = main.add("language", self.tr("Document language"), language_combo(),
                                 hint=self.tr("The language its agreements are printed in."), on_change=dirty)

        details = FormSection(self.errors, self.tr("Contact details"))
        self.email = details.add("email", self.tr("E-mail"), line_edit(254, "team@example.com"),
                                 on_change=dirty)
        self.phone = details.add("phone", self.tr("Phone"), line_edit(60), on_change=dirty)
        self.website = details.add("website", self.tr("Website"), line_edit(300, "https://"),
                                   on_change=dirty)
        self.address = details.add("address", self.tr("Address"), TextArea(3), on_change=dirty)
        self.notes = details.add("notes", self.tr("Notes"), TextArea(4), on_change=dirty)

        letterhead = FormSection(self.errors, self.tr("Letterhead"), self.tr(
            "Logo, legal name, address, registration details, colours and paper of the documents "
            "this organization provides."))
        self.letterhead_summary = muted("", letterhead)
        self.letterhead_summary.setObjectName("letterhead_summary")
        self.letterhead_summary.setWordWrap(True)
        letterhead.add_full("letterhead_summary", self.letterhead_summary)
        self.letterhead_button = QPushButton(self.tr("Edit Letterhead…"), letterhead)
        self.letterhead_button.setObjectName("edit_letterhead")
        self.letterhead_button.clicked.connect(self.edit_letterhead)
        row = QHBoxLayout()
        row.addWidget(self.letterhead_button)
        row.addStretch(1)
        letterhead.outer.addLayout(row)

        people = FormSection(self.errors, self.tr("Contacts"),
                             self.tr("People of this organization. Add them on the Contacts page."))
        self.contacts = LinkList(rows=5)
        people.add_full("contacts", self.contacts)
        self.contacts.activated_record.connect(self.open_requested)
        history = FormSection(self.errors, self.tr("History"),
                              self.tr("Who changed this organization, when, and what; newest first."))
        self.history_panel = HistoryPanel(ctx, "organization", OrganizationForm, labels_from=self, rows=6)
        history.add_full("history_panel", self.history_panel)
        self._main = main
        self.setLayout(page_layout(self.errors.general, main, details, letterhead, people, history))
        self.refresh_choices()

    # --- reactions ------------------------------------------------------------------------

    def _heading_edit(self, *_args: Any) -> None:
        self.mark_dirty()
        self.heading_changed.emit()

    def _kind_changed(self, *_args: Any) -> None:
        internal = self.kind.value() == OrganizationKind.INTERNAL
        self._main.set_row_visible(self.unit_type, internal)
        if internal and self.unit_type.value() is None:
            self.unit_type.set_value(UnitType.TEAM)
        self._heading_edit()

    def refresh_choices(self) -> None:
        self.parent_org.refresh()

    # --- form ---------------------------------------------------------------------------

    def blank_form(self) -> OrganizationForm:
        return OrganizationForm()

    def read_record(self, record_id: int) -> tuple[Organization, OrganizationForm]:
        org = stakeholders.get_organization(self.ctx.db, record_id)
        return org, stakeholders.organization_form(org)

    def apply_form(self, form: OrganizationForm) -> None:
        self.name.setText(form.name)
        self.code.setText(form.code)
        self.kind.set_value(form.kind)
        self.unit_type.set_value(form.unit_type or UnitType.TEAM)
        self._main.set_row_visible(self.unit_type, form.kind == OrganizationKind.INTERNAL)
        self.parent_org.set_value(form.parent_id)
        self.active.setChecked(form.active)
        self.language.set_value(form.language)
        self.email.setText(form.email)
        self.phone.setText(form.phone)
        self.website.setText(form.website)
        self.address.setText(form.address)
        self.notes.setText(form.notes)
        self._show_contacts()
        self._show_letterhead()
        self.history_panel.show_record(self.record_id)

    def _show_contacts(self) -> None:
        people = stakeholders.list_contacts(self.ctx.db, organization_id=self.record_id) \
            if self.record_id is not None else []
        self.contacts.set_links(
            [("contact", c.id, f"{c.name} — {c.job_title}" if c.job_title else c.name) for c in people],
            self.tr("No contacts yet."))

    def _show_letterhead(self) -> None:
        self.letterhead_button.setEnabled(self.record_id is not None)
        if self.record_id is None:
            self.letterhead_summary.setText(self.tr("Save the organization first to give it a letterhead."))
            return
        loaded = letterheads.letterhead_form(self.ctx.db, self.record_id)
        if loaded.version is None:
            self.letterhead_summary.setText(self.tr("None yet: its documents print its name only."))
            return
        form = loaded.form
        logo = say(form.logo.describe()) if form.logo is not None else self.tr("no logo")
        self.letterhead_summary.setText(" · ".join(p for p in (form.legal_name, logo, form.paper_size) if p))

    def edit_letterhead(self) -> None:
        """Open the letterhead of this organization; what it saves is one undo step of its own."""
        if self.record_id is not None and LetterheadDialogs.edit(self.ctx, self, self.record_id):
            self._show_letterhead()

    def related_changed(self, kind: str, ids: tuple[int, ...]) -> None:
        if kind == "contact":  # added, renamed, moved or deleted on the Contacts page
            self._show_contacts()

    def form(self) -> OrganizationForm:
        kind = self.kind.value()
        return OrganizationForm(
            name=self.name.text(), code=self.code.text(), kind=kind,
            unit_type=self.unit_type.value() if kind == OrganizationKind.INTERNAL else None,
            parent_id=self.parent_org.value(), email=self.email.text(), phone=self.phone.text(),
            website=self.website.text(), address=self.address.text(), notes=self.notes.text(),
            active=self.active.isChecked(), language=self.language.value() or "en")

    def duplicate_form(self, form: OrganizationForm) -> OrganizationForm:
        return replace(form, name=self.tr("{name} (copy)").format(name=form.name))

    def deletion_refusal(self) -> InUseError | None:
        return None if self.record_id is None else stakeholders.organization_deletion_refusal(self.ctx.db, organization_id=self.record_id)

    def retire_form(self, form: OrganizationForm) -> tuple[OrganizationForm, str] | None:
        if not form.active:
            return None
        return replace(form, active=False), self.tr("Mark inactive")

    def heading(self) -> tuple[str, str]:
        kind = self.kind.value()
        parts = [label_of(kind) if kind is not None else ""]
        if kind == OrganizationKind.INTERNAL and self.unit_type.value() is not None:
            parts = [f"{label_of(kind)} ({label_of(self.unit_type.value()).lower()})"]
        if self.record is not None and not self.record.active:
            parts.append(self.tr("inactive"))
        return self.name.text().strip(), " · ".join(p for p in parts if p)

    def focus_first(self) -> None:
        self.name.setFocus()
