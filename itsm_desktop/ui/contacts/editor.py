"""The editor of a contact person."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QInputDialog, QLineEdit, QPushButton, QWidget

from itsm_desktop.domain.errors import InUseError
from itsm_desktop.domain.forms import ContactForm
from itsm_desktop.domain.models import Contact
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.services import stakeholders, user_profiles
from itsm_desktop.services.listing import ORGANIZATIONS

from ..common.commands import CallCommand, RecordOps, by_name, quoted
from ..common.context import AppContext
from ..common.editor import RecordEditor
from ..common.fields import FormSection, TextArea, line_edit, page_layout
from ..common.history_panel import HistoryPanel
from ..common.lookup import Lookup, LookupField
from ..common.operations import Refusal
from ..common.translate import tr
from ..common.widgets import muted

CONTACT_OPS = RecordOps("contact", "contact_id", stakeholders.create_contact,
                        stakeholders.update_contact, stakeholders.delete_contact, by_name(translatable("contact")))


class ContactDialogs:
    """The blocking questions of the contact editor; tests replace these classmethods."""

    @classmethod
    def ask_logins(cls, parent: QWidget, current: str) -> str | None:
        """The sign-in names typed (separated by commas), or None when cancelled."""
        text, ok = QInputDialog.getText(parent, parent.tr("Sign-in Names"), parent.tr(
            "Names this person signs in with, separated by commas:"), QLineEdit.EchoMode.Normal, current)
        return text if ok else None


class ContactEditor(RecordEditor):
    """Name, organization, job title, e-mail, phone, notes and whether the person is active."""

    ops = CONTACT_OPS
    noun = translatable("contact")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        section = FormSection(self.errors)
        self.errors.general = self.errors.label_for("", self)
        dirty = self.mark_dirty
        self.name = section.add("name", self.tr("Name"), line_edit(200), on_change=self._name_changed)
        self.organization = section.add("organization_id", self.tr("Organization"),
                                        LookupField(Lookup(ctx, ORGANIZATIONS, ("name",))),
                                        on_change=self._name_changed)
        self.job_title = section.add("job_title", self.tr("Job title"), line_edit(200), on_change=dirty)
        self.email = section.add("email", self.tr("E-mail"), line_edit(254, "name@example.com"),
                                 on_change=dirty)
        self.phone = section.add("phone", self.tr("Phone"), line_edit(60), on_change=dirty)
        self.notes = section.add("notes", self.tr("Notes"), TextArea(5), on_change=dirty)
        self.active = section.add("active", self.tr("Status"), QCheckBox(self.tr("Active")),
                                  on_change=dirty)
        sign_in = FormSection(self.errors, self.tr("Sign-in"), self.tr(
            "The names this person signs in with (the computer's login, or the team server's user): "
            "the history records them, printed agreements show this person's name instead."))
        self.logins_label = muted("", sign_in)
        self.logins_label.setObjectName("logins_label")
        self.logins_label.setWordWrap(True)
        sign_in.add_full("logins", self.logins_label)
        buttons = QHBoxLayout()
        self.this_is_me = QPushButton(self.tr("This Is Me"), sign_in)
        self.this_is_me.setObjectName("this_is_me")
        self.this_is_me.setToolTip(self.tr("Sign in as this person: your login is {login}").format(
            login=user_profiles.current_login(ctx.db)))
        self.this_is_me.clicked.connect(self.claim_login)
        self.edit_logins = QPushButton(self.tr("Sign-in Names…"), sign_in)
        self.edit_logins.setObjectName("edit_logins")
        self.edit_logins.clicked.connect(self.ask_logins)
        buttons.addWidget(self.this_is_me)
        buttons.addWidget(self.edit_logins)
        buttons.addStretch(1)
        sign_in.outer.addLayout(buttons)
        history = FormSection(self.errors, self.tr("History"),
                              self.tr("Who changed this contact, when, and what; newest first."))
        self.history_panel = HistoryPanel(ctx, "contact", ContactForm, labels_from=self, rows=6)
        history.add_full("history_panel", self.history_panel)
        layout = page_layout(self.errors.general, section, sign_in, history)
        self.setLayout(layout)
        self.refresh_choices()

    def _name_changed(self, *_args: Any) -> None:
        self.mark_dirty()
        self.heading_changed.emit()

    def refresh_choices(self) -> None:
        self.organization.refresh()

    def blank_form(self) -> ContactForm:
        return ContactForm()

    def read_record(self, record_id: int) -> tuple[Contact, ContactForm]:
        contact = stakeholders.get_contact(self.ctx.db, record_id)
        return contact, stakeholders.contact_form(contact)

    def apply_form(self, form: ContactForm) -> None:
        self.name.setText(form.name)
        self.organization.set_value(form.organization_id)
        self.job_title.setText(form.job_title)
        self.email.setText(form.email)
        self.phone.setText(form.phone)
        self.notes.setText(form.notes)
        self.active.setChecked(form.active)
        self._show_logins()
        self.history_panel.show_record(self.record_id)

    def form(self) -> ContactForm:
        return ContactForm(name=self.name.text(), organization_id=self.organization.value(),
                           job_title=self.job_title.text(), email=self.email.text(),
                           phone=self.phone.text(), notes=self.notes.text(),
                           active=self.active.isChecked())

    # --- sign-in names ----------------------------------------------------------------------

    def _show_logins(self) -> None:
        saved = self.record_id is not None
        self.this_is_me.setEnabled(saved)
        self.edit_logins.setEnabled(saved)
        logins = user_profiles.logins_of(self.ctx.db, self.record_id) if self.record_id is not None else []
        self.logins = logins
        if not saved:
            self.logins_label.setText(self.tr("Save the contact first to say who signs in as this person."))
        elif logins:
            self.logins_label.setText(self.tr("Signs in as {logins}").format(logins=", ".join(logins)))
        else:
            self.logins_label.setText(self.tr("Nobody signs in as this person."))

    def claim_login(self) -> None:
        """Record that the person using the application now is this contact."""
        self.set_logins([*self.logins, user_profiles.current_login(self.ctx.db)])

    def ask_logins(self) -> None:
        """Ask for the sign-in names of this contact, one or more, separated by commas."""
        answer = ContactDialogs.ask_logins(self, ", ".join(self.logins))
        if answer is not None:
            self.set_logins([name for name in answer.split(",")])

    def set_logins(self, logins: list[str]) -> bool:
        """Save the sign-in names as one undo step; a refusal shows under the Sign-in section."""
        contact_id, before, ctx = self.record_id, list(self.logins), self.ctx
        if contact_id is None:
            return False

        def apply(names: list[str]) -> list[str]:
            return user_profiles.set_logins(ctx.db, contact_id=contact_id, logins=names)

        name = self.name.text()

        def text() -> str:
            return tr("Change sign-in names of {contact}").format(contact=quoted(translatable("contact"), name))

        done = ctx.operations.perform(
            lambda: apply(logins), Refusal(self, self.tr("Sign-in names not saved"), editor=self),
            undo=lambda after: CallCommand(ctx, text, lambda: apply(after), lambda: apply(before)))
        self._show_logins()
        return done is not None

    def duplicate_form(self, form: ContactForm) -> ContactForm:
        return replace(form, name=self.tr("{name} (copy)").format(name=form.name), email="")

    def deletion_refusal(self) -> InUseError | None:
        return None if self.record_id is None else stakeholders.contact_deletion_refusal(self.ctx.db, contact_id=self.record_id)

    def retire_form(self, form: ContactForm) -> tuple[ContactForm, str] | None:
        if not form.active:
            return None
        return replace(form, active=False), self.tr("Mark inactive")

    def heading(self) -> tuple[str, str]:
        name = self.name.text().strip()
        org = self.organization.text()
        job = self.job_title.text().strip()
        subtitle = self.tr("{job} at {org}").format(job=job, org=org) if job and org else (job or org)
        if self.record is not None and not self.record.active:
            subtitle = f"{subtitle} · {self.tr('inactive')}" if subtitle else self.tr("Inactive")
        return name, subtitle

    def focus_first(self) -> None:
        self.name.setFocus()
