"""Use cases for organizations and their contacts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from itsm_desktop.domain.enums import AgreementStatus, OrganizationKind
from itsm_desktop.domain.errors import InUseError
from itsm_desktop.domain.forms import ContactForm, OrganizationForm
from itsm_desktop.domain.languages import language_problems
from itsm_desktop.domain.models import (
    Agreement,
    AgreementContact,
    AgreementCustomer,
    Contact,
    Organization,
    Service,
    ServiceConsumer,
    ServiceSupplier,
)
from itsm_desktop.domain.rules import contact_problems, organization_problems
from itsm_desktop.domain.translatable import joined, translatable
from itsm_desktop.store import Database

from . import records
from .common import EMPTY, get_or_404, like_pattern, require_unique
from .search_text import (
    contact_text,
    organization_text,
    refresh_for_contact,
    refresh_for_organization,
)

# --- organizations -------------------------------------------------------------------


def organization_form(org: Organization) -> OrganizationForm:
    """The editable form of an organization."""
    return OrganizationForm(**records.model_values(org, OrganizationForm))


def _org_snapshot(_session: Session, org: Organization) -> dict[str, Any]:
    return records.model_values(org, OrganizationForm)


def check_organization_form(session: Session, form: OrganizationForm, own_id: int | None) -> dict[str, str]:
    problems: dict[str, str] = language_problems(form.language)
    require_unique(session, Organization, Organization.name, form.name.strip(), own_id, "name",
                   f"An organization named “{form.name.strip()}” already exists.")
    if form.parent_id is not None:
        parent_id: int | None = form.parent_id
        seen: set[int] = set()
        while parent_id is not None and parent_id not in seen:
            if parent_id == own_id:
                problems["parent_id"] = "An organization cannot be inside itself or one of its own units."
                break
            seen.add(parent_id)
            parent = session.get(Organization, parent_id)
            if parent is None:
                problems["parent_id"] = "The chosen parent organization no longer exists."
                break
            parent_id = parent.parent_id
    return problems


def apply_organization_form(session: Session, org: Organization, form: OrganizationForm,
                            _before: Mapping[str, Any] = EMPTY) -> None:
    renamed = org.id is not None and org.name != form.name.strip()
    for key, value in vars(form).items():
        setattr(org, key, value.strip() if isinstance(value, str) and key in ("name", "code", "email") else value)
    org.search_text = organization_text(session, org)
    if renamed:
        refresh_for_organization(session, org)


def _org_label(org: Organization) -> str:
    return translatable("organization “{name}”", name=org.name)


def create_organization(db: Database, *, form: OrganizationForm, restore_id: int | None = None) -> Organization:
    """Add an organization; raise ``ValidationError`` with field messages if it is not valid."""
    return records.save(db, Organization, form, record_id=None, version=None, restore_id=restore_id,
                        problems=organization_problems, check=check_organization_form, apply=apply_organization_form,
                        describe=_org_label, snapshot=_org_snapshot)


def update_organization(db: Database, *, organization_id: int, version: int,
                        form: OrganizationForm) -> Organization:
    """Save ``form`` over the organization if nobody changed it since ``version``."""
    return records.save(db, Organization, form, record_id=organization_id, version=version,
                        problems=organization_problems, check=check_organization_form, apply=apply_organization_form,
                        describe=_org_label, snapshot=_org_snapshot)


def _active_agreements_naming_org(session: Session, org_id: int) -> list[str]:
    as_customer = select(AgreementCustomer.agreement_id).where(AgreementCustomer.organization_id == org_id)
    stmt = select(Agreement.reference).where(
        Agreement.status == AgreementStatus.ACTIVE,
        sa.or_(col(Agreement.provider_id) == org_id, col(Agreement.id).in_(as_customer)),
    )
    return sorted(set(session.exec(stmt).all()))


def _org_guard(session: Session, org: Organization) -> None:
    assert org.id is not None
    active = _active_agreements_naming_org(session, org.id)
    if active:
        raise InUseError(
            translatable("“{name}” is a party to active agreements: {references}. Mark it inactive instead of "
                         "deleting it.", name=org.name, references=", ".join(active)), can_retire=True)
    uses = []
    n = session.exec(select(func.count()).where(Contact.organization_id == org.id)).one()
    if n:
        uses.append(translatable("contacts ({count})", count=n))
    n = session.exec(select(func.count()).where(
        sa.or_(
            col(Service.provider_id) == org.id,
            col(Service.id).in_(select(ServiceSupplier.service_id).where(ServiceSupplier.supplier_id == org.id)),
            col(Service.id).in_(select(ServiceConsumer.service_id).where(ServiceConsumer.organization_id == org.id)),
        ))).one()
    if n:
        uses.append(translatable("services ({count})", count=n))
    n = session.exec(select(func.count()).where(
        sa.or_(col(Agreement.provider_id) == org.id,
               col(Agreement.id).in_(select(AgreementCustomer.agreement_id)
                                     .where(AgreementCustomer.organization_id == org.id)))
    )).one()
    if n:
        uses.append(translatable("agreements ({count})", count=n))
    n = session.exec(select(func.count()).where(Organization.parent_id == org.id)).one()
    if n:
        uses.append(translatable("units inside it ({count})", count=n))
    if uses:
        raise InUseError(translatable("“{name}” cannot be deleted: {uses} refer to it. Mark it inactive "
                                      "instead, or remove those first.", name=org.name, uses=joined(uses)),
                         can_retire=True)


def organization_deletion_refusal(db: Database, *, organization_id: int) -> InUseError | None:
    """Why the record cannot be deleted (said before asking to confirm); None when it can."""
    return records.deletion_refusal(db, Organization, organization_id, _org_guard)


def delete_organization(db: Database, *, organization_id: int, version: int | None = None) -> None:
    """Delete an organization nothing refers to; otherwise raise ``InUseError``."""
    records.delete(db, Organization, organization_id, version=version, guard=_org_guard,
                   describe=_org_label, snapshot=_org_snapshot)


def get_organization(db: Database, organization_id: int) -> Organization:
    with db.read() as session:
        return get_or_404(session, Organization, organization_id)


def list_organizations(db: Database, *, kinds: tuple[OrganizationKind, ...] = (),
                       search: str = "", active_only: bool = False) -> list[Organization]:
    """Organizations by name, optionally of some kinds and matching a search."""
    stmt = select(Organization).order_by(Organization.name)
    if kinds:
        stmt = stmt.where(col(Organization.kind).in_(kinds))
    if active_only:
        stmt = stmt.where(Organization.active == True)  # noqa: E712
    pattern = like_pattern(search)
    if pattern:
        stmt = stmt.where(col(Organization.search_text).like(pattern, escape="\\"))
    with db.read() as session:
        return list(session.exec(stmt).all())


# --- contacts --------------------------------------------------------------------------


def contact_form(contact: Contact) -> ContactForm:
    return ContactForm(**records.model_values(contact, ContactForm))


def _contact_snapshot(_session: Session, contact: Contact) -> dict[str, Any]:
    return records.model_values(contact, ContactForm)


def check_contact_form(session: Session, form: ContactForm, _own_id: int | None) -> dict[str, str]:
    if form.organization_id is not None and session.get(Organization, form.organization_id) is None:
        return {"organization_id": "The chosen organization no longer exists."}
    return {}


def apply_contact_form(session: Session, contact: Contact, form: ContactForm,
                       _before: Mapping[str, Any] = EMPTY) -> None:
    renamed = contact.id is not None and contact.name != form.name.strip()
    for key, value in vars(form).items():
        setattr(contact, key, value.strip() if isinstance(value, str) and key in ("name", "email") else value)
    contact.search_text = contact_text(session, contact)
    if renamed:
        refresh_for_contact(session, contact)


def _contact_label(contact: Contact) -> str:
    return translatable("contact “{name}”", name=contact.name)


def create_contact(db: Database, *, form: ContactForm, restore_id: int | None = None) -> Contact:
    return records.save(db, Contact, form, record_id=None, version=None, restore_id=restore_id,
                        problems=contact_problems, check=check_contact_form, apply=apply_contact_form,
                        describe=_contact_label, snapshot=_contact_snapshot)


def update_contact(db: Database, *, contact_id: int, version: int, form: ContactForm) -> Contact:
    return records.save(db, Contact, form, record_id=contact_id, version=version,
                        problems=contact_problems, check=check_contact_form, apply=apply_contact_form,
                        describe=_contact_label, snapshot=_contact_snapshot)


def _contact_guard(session: Session, contact: Contact) -> None:
    assert contact.id is not None
    active = session.exec(
        select(Agreement.reference).where(
            Agreement.status == AgreementStatus.ACTIVE,
            col(Agreement.id).in_(
                select(AgreementContact.agreement_id).where(AgreementContact.contact_id == contact.id)
            ) | col(Agreement.id).in_(
                select(AgreementCustomer.agreement_id).where(AgreementCustomer.representative_id == contact.id)
            ),
        )
    ).all()
    if active:
        raise InUseError(
            translatable("“{name}” is named in active agreements: {references}. Mark the contact inactive "
                         "instead of deleting it.", name=contact.name, references=", ".join(sorted(set(active)))),
            can_retire=True)
    n = session.exec(select(func.count()).where(
        (Service.owner_id == contact.id) | (Service.manager_id == contact.id))).one()
    if n:
        raise InUseError(translatable("“{name}” owns or manages services ({count}); choose someone else "
                                      "there first, or mark the contact inactive.", name=contact.name, count=n),
                         can_retire=True)


def contact_deletion_refusal(db: Database, *, contact_id: int) -> InUseError | None:
    """Why the record cannot be deleted (said before asking to confirm); None when it can."""
    return records.deletion_refusal(db, Contact, contact_id, _contact_guard)


def delete_contact(db: Database, *, contact_id: int, version: int | None = None) -> None:
    records.delete(db, Contact, contact_id, version=version, guard=_contact_guard,
                   describe=_contact_label, snapshot=_contact_snapshot)


def get_contact(db: Database, contact_id: int) -> Contact:
    with db.read() as session:
        return get_or_404(session, Contact, contact_id)


def list_contacts(db: Database, *, organization_id: int | None = None, search: str = "",
                  active_only: bool = False) -> list[Contact]:
    stmt = select(Contact).order_by(Contact.name)
    if organization_id is not None:
        stmt = stmt.where(Contact.organization_id == organization_id)
    if active_only:
        stmt = stmt.where(Contact.active == True)  # noqa: E712
    pattern = like_pattern(search)
    if pattern:
        stmt = stmt.where(col(Contact.search_text).like(pattern, escape="\\"))
    with db.read() as session:
        return list(session.exec(stmt).all())
