"""The contacts page: the people of every organization."""

from __future__ import annotations

from itsm_desktop.domain.translatable import translatable
from itsm_desktop.services.listing import CONTACTS

from ..common.record_page import FilterSpec, RecordPage
from ..common.translate import tr
from .editor import ContactEditor


class ContactsPage(RecordPage):
    """Every contact person; the search also finds people by their organization's name."""

    title = translatable("Contacts")
    icon_name = "contacts"
    entity = "contact"
    listing = CONTACTS
    noun = translatable("contact")
    placeholder_title = translatable("No contact selected")
    placeholder_text = translatable("Choose a contact in the list to see and edit it here, or create a new one.")
    plural = translatable("contacts")
    search_placeholder = translatable("Search people by name, job, e-mail, organization…")
    empty_title = translatable("No contacts yet")
    empty_text = (translatable("Contacts are the people of your organizations: service owners, customer "
                  "representatives, supplier account managers. Add an organization first."))
    filter_specs = (
        FilterSpec("active", translatable("Active and inactive"), lambda _ctx: [(tr("Active only"), True), (tr("Inactive only"), False)], ()),
    )
    column_widths = {"name": 190, "organization": 180, "job_title": 190, "email": 230, "phone": 130}

    def create_editor(self) -> ContactEditor:
        return ContactEditor(self.ctx, self)
