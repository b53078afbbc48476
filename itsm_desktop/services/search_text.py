"""What each kind of record is found by, kept current when a name it borrows changes.

A record's folded ``search_text`` (laid out as ``domain.search_layout`` says) holds its own
names and the names of the records it is tied to: a service is found by its family, provider,
owner, manager, suppliers and components; a contact by its organization; an organization by
its parent; an agreement by its provider, customers and services (``store.search_sources``
composes them). Renaming one of those records refreshes, in the same transaction, the texts of
the records that borrow its name: only those, a batch of a few hundred per few statements.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, or_, select

from itsm_desktop.domain.forms import ServiceForm
from itsm_desktop.domain.models import (
    Agreement,
    AgreementCustomer,
    AgreementService,
    Contact,
    Organization,
    Service,
    ServiceFamily,
    ServiceSupplier,
)
from itsm_desktop.store import search_sources


def _own_text(session: Session, entity: str, record: Any) -> str:
    """The text of ``record`` as it is about to be saved, from its values in memory."""
    row = {column.name: getattr(record, column.name) for column in search_sources.TABLES[entity].columns}
    return search_sources.text_of(session.connection(), entity, row)


def organization_text(session: Session, org: Organization) -> str:
    return _own_text(session, "organization", org)


def contact_text(session: Session, contact: Contact) -> str:
    return _own_text(session, "contact", contact)


_SERVICE_COLUMNS = ("code", "name", "summary", "description", "family_id", "provider_id", "owner_id",
                    "manager_id")


def service_form_text(session: Session, service: Service, form: ServiceForm) -> str:
    """The text of ``service`` about to be saved from ``form``, composed without writing it
    first: the save then writes the service's row once."""
    row = {column: getattr(service, column) for column in _SERVICE_COLUMNS}
    return search_sources.service_text_of(session.connection(), row,
                                          [s.supplier_id for s in form.suppliers if s.supplier_id is not None],
                                          [c.name.strip() for c in form.components])


def agreement_text(session: Session, agreement: Agreement) -> str:
    """The agreement's text; its customers and services as stored (write them first)."""
    return _own_text(session, "agreement", agreement)


def _refresh(session: Session, entity: str, ids: sa.Select[Any]) -> None:
    session.flush()
    search_sources.refresh(session.connection(), entity, ids)


def refresh_for_family(session: Session, family: ServiceFamily) -> None:
    """The services of ``family`` are found by its (new) name."""
    _refresh(session, "service", select(col(Service.id)).where(Service.family_id == family.id))


def refresh_for_organization(session: Session, org: Organization) -> None:
    """Records that name ``org`` are found by its (new) name: its contacts and units, the
    services it provides or supplies, the agreements it is the provider or a customer of."""
    _refresh(session, "contact", select(col(Contact.id)).where(Contact.organization_id == org.id))
    _refresh(session, "organization", select(col(Organization.id)).where(Organization.parent_id == org.id))
    supplied = select(col(ServiceSupplier.service_id)).where(ServiceSupplier.supplier_id == org.id)
    _refresh(session, "service", select(col(Service.id)).where(
        or_(col(Service.provider_id) == org.id, col(Service.id).in_(supplied))))
    as_customer = select(col(AgreementCustomer.agreement_id)).where(AgreementCustomer.organization_id == org.id)
    _refresh(session, "agreement", select(col(Agreement.id)).where(
        or_(col(Agreement.provider_id) == org.id, col(Agreement.id).in_(as_customer))))


def refresh_for_contact(session: Session, contact: Contact) -> None:
    """The services ``contact`` owns or manages are found by the contact's (new) name."""
    _refresh(session, "service", select(col(Service.id)).where(
        or_(col(Service.owner_id) == contact.id, col(Service.manager_id) == contact.id)))


def refresh_for_service(session: Session, service: Service) -> None:
    """The agreements covering ``service`` are found by its (new) code and name."""
    _refresh(session, "agreement", select(col(AgreementService.agreement_id))
             .where(AgreementService.service_id == service.id))
