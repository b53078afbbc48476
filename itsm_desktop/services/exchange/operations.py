"""The use cases' own save and delete steps, run inside one transaction for many records.

An import saves each record exactly as its editor would — the same rules (``*_problems``),
the same database checks (``check_*_form``), the same history — so the rules live in one
place. These are the per-kind pieces the catalog and stakeholder use cases pass to
``records.save``; only their transaction is the import's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from itsm_desktop.domain.models import Contact, Organization, Record, Service, ServiceFamily
from itsm_desktop.domain.rules import (
    contact_problems,
    family_problems,
    organization_problems,
    service_problems,
)
from itsm_desktop.services import catalog, records, stakeholders


@dataclass(frozen=True)
class RecordOps:
    """How one kind of record is validated, saved, described and deleted."""

    model: type[Record]
    problems: Callable[[Any], dict[str, str]]
    check: Callable[[Session, Any, int | None], dict[str, str]]
    apply: records.Applier[Any, Any]
    describe: Callable[[Any], str]
    snapshot: Callable[[Session, Any], dict[str, Any]]
    guard: Callable[[Session, Any], None]
    form_of: Callable[[Session, Any], Any]

    def save(self, session: Session, form: Any, *, record_id: int | None = None,
             version: int | None = None) -> Record:
        return records.save_in(session, self.model, form, record_id=record_id, version=version,
                               problems=self.problems, check=self.check, apply=self.apply,
                               describe=self.describe, snapshot=self.snapshot)

    def delete(self, session: Session, record_id: int, *, version: int | None = None) -> None:
        records.delete_in(session, self.model, record_id, version=version, guard=self.guard,
                          describe=self.describe, snapshot=self.snapshot)

    def form(self, session: Session, record_id: int) -> Any:
        """The current form of a record, as its editor would load it."""
        record = session.get(self.model, record_id)
        assert record is not None
        return self.form_of(session, record)


FAMILY = RecordOps(ServiceFamily, family_problems, catalog.check_family_form, catalog.apply_family_form,
                   catalog._family_label, catalog._family_snapshot, catalog._family_guard,
                   lambda _s, r: catalog.family_form(r))
ORGANIZATION = RecordOps(Organization, organization_problems, stakeholders.check_organization_form,
                         stakeholders.apply_organization_form, stakeholders._org_label,
                         stakeholders._org_snapshot, stakeholders._org_guard,
                         lambda _s, r: stakeholders.organization_form(r))
CONTACT = RecordOps(Contact, contact_problems, stakeholders.check_contact_form,
                    stakeholders.apply_contact_form, stakeholders._contact_label,
                    stakeholders._contact_snapshot, stakeholders._contact_guard,
                    lambda _s, r: stakeholders.contact_form(r))
SERVICE = RecordOps(Service, service_problems, catalog.check_service_form, catalog.apply_service_form,
                    catalog._service_label, catalog._service_snapshot, catalog._service_guard,
                    catalog._service_form)

BY_ENTITY: dict[str, RecordOps] = {str(ops.model.__tablename__): ops
                                   for ops in (FAMILY, ORGANIZATION, CONTACT, SERVICE)}
