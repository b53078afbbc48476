"""What each kind of record is found by, kept current when a name it borrows changes.

A record's folded ``search_text`` includes the names of related records (a service's family,
a contact's organization, an agreement's customers); renaming those records refreshes the
search text of the records that borrow the name, in the same transaction.
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from itsm_desktop.domain.models import (
    Agreement,
    AgreementCustomer,
    Contact,
    Organization,
    Service,
    ServiceFamily,
)
from itsm_desktop.domain.values import search_blob


def organization_text(org: Organization) -> str:
    return search_blob(org.name, org.code, org.email, org.notes)


def contact_text(contact: Contact, organization_name: str) -> str:
    return search_blob(contact.name, contact.job_title, contact.email, organization_name, contact.phone)


def service_text(service: Service, family_name: str) -> str:
    return search_blob(service.code, service.name, service.summary, family_name, service.description)


def agreement_text(session: Session, agreement: Agreement) -> str:
    names = session.exec(
        select(Organization.name).join(AgreementCustomer, col(AgreementCustomer.organization_id) == Organization.id)
        .where(AgreementCustomer.agreement_id == agreement.id).order_by(col(AgreementCustomer.position))).all()
    return search_blob(agreement.reference, agreement.title, *names)


def refresh_for_family(session: Session, family: ServiceFamily) -> None:
    """The services of ``family`` are found by its (new) name."""
    for service in session.exec(select(Service).where(Service.family_id == family.id)):
        service.search_text = service_text(service, family.name)
        session.add(service)


def refresh_for_organization(session: Session, org: Organization) -> None:
    """Contacts of ``org`` and agreements it is a customer of are found by its (new) name."""
    for contact in session.exec(select(Contact).where(Contact.organization_id == org.id)):
        contact.search_text = contact_text(contact, org.name)
        session.add(contact)
    session.flush()
    as_customer = select(AgreementCustomer.agreement_id).where(AgreementCustomer.organization_id == org.id)
    for agreement in session.exec(select(Agreement).where(col(Agreement.id).in_(as_customer))):
        agreement.search_text = agreement_text(session, agreement)
        session.add(agreement)
