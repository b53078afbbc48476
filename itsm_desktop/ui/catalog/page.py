"""The service catalog page: every service, searchable, with the service editor beside it."""

from __future__ import annotations

from itsm_desktop.domain.enums import ServiceStatus
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.services import catalog
from itsm_desktop.services.listing import SERVICES

from ..common.record_page import FilterSpec, RecordPage
from ..common.translate import label_of
from .editor import ServiceEditor


class CatalogPage(RecordPage):
    """Services by code and name, filtered by lifecycle status and family."""

    title = translatable("Service catalog")
    icon_name = "catalog"
    entity = "service"
    listing = SERVICES
    noun = translatable("service")
    placeholder_title = translatable("No service selected")
    placeholder_text = translatable("Choose a service in the list to see and edit it here, or create a new one.")
    plural = translatable("services")
    search_placeholder = translatable("Search services by code, name, provider, owner, supplier…")
    empty_title = translatable("No services yet")
    empty_text = (translatable("Describe what IT offers the business: create a new service, or load the sample "
                  "portfolio to see a complete catalog."))
    filter_specs = (
        FilterSpec("status", translatable("All statuses"), lambda _ctx: [(label_of(s), s) for s in ServiceStatus], ()),
        FilterSpec("family_id", translatable("All families"),
                   lambda ctx: [(f.name, f.id) for f in catalog.list_families(ctx.db)], ("family",)),
    )
    column_widths = {"code": 100, "name": 210, "family": 160, "status": 90, "criticality": 85,
                     "provider": 150, "owner": 150}

    def create_editor(self) -> ServiceEditor:
        return ServiceEditor(self.ctx, self)

    def on_entity_changed(self, entity: str, ids: tuple[int, ...]) -> None:
        super().on_entity_changed(entity, ids)
        if entity in ("organization", "contact", "family"):  # services show and are found by their names
            self.model.reload()
