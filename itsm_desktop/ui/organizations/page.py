"""The organizations page: internal units, customers and suppliers."""

from __future__ import annotations

from itsm_desktop.domain.enums import OrganizationKind
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.services.listing import ORGANIZATIONS

from ..common.record_page import FilterSpec, RecordPage
from ..common.translate import label_of, tr
from .editor import OrganizationEditor


class OrganizationsPage(RecordPage):
    """Every party, filtered by kind and by whether it is active."""

    title = translatable("Organizations")
    icon_name = "organizations"
    entity = "organization"
    listing = ORGANIZATIONS
    noun = translatable("organization")
    placeholder_title = translatable("No organization selected")
    placeholder_text = translatable("Choose an organization in the list to see and edit it here, or create a new one.")
    plural = translatable("organizations")
    search_placeholder = translatable("Search organizations by name, code, e-mail…")
    empty_title = translatable("No organizations yet")
    empty_text = (translatable("Add the internal teams that deliver services, the customers who agree "
                  "targets, and the suppliers you depend on."))
    filter_specs = (
        FilterSpec("kind", translatable("All kinds"), lambda _ctx: [(label_of(k), k) for k in OrganizationKind], ()),
        FilterSpec("active", translatable("Active and inactive"), lambda _ctx: [(tr("Active only"), True), (tr("Inactive only"), False)], ()),
    )
    column_widths = {"name": 230, "code": 80, "kind": 110, "unit_type": 90, "parent": 170,
                     "contacts": 75}

    def create_editor(self) -> OrganizationEditor:
        return OrganizationEditor(self.ctx, self)
