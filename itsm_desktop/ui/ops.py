"""The create/update/delete services of each kind of record, as the undo commands use them."""

from __future__ import annotations

from typing import Any

from itsm_desktop.services import catalog, stakeholders

from .commands import RecordOps


def quoted(kind: str, name: str) -> str:
    """``service ‘E-mail’``: how a record is named in the Edit menu and the status bar."""
    short = name if len(name) <= 60 else name[:57] + "…"
    return f"{kind} ‘{short}’"


def _label(kind: str) -> Any:
    return lambda record: quoted(kind, record.name)


SERVICE_OPS = RecordOps("service", "service_id", catalog.create_service, catalog.update_service,
                        catalog.delete_service, _label("service"))
ORGANIZATION_OPS = RecordOps("organization", "organization_id", stakeholders.create_organization,
                             stakeholders.update_organization, stakeholders.delete_organization,
                             _label("organization"))
CONTACT_OPS = RecordOps("contact", "contact_id", stakeholders.create_contact,
                        stakeholders.update_contact, stakeholders.delete_contact, _label("contact"))
