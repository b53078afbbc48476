"""Names in a spreadsheet to records in the database: families and organizations by name or
code, contacts by e-mail or name, services by code or name — read once per import."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from itsm_desktop.domain.enums import OrganizationKind
from itsm_desktop.domain.models import Contact, Organization, Service, ServiceFamily

from .cells import key

AMBIGUOUS = -1


def _index(pairs: list[tuple[str, int]]) -> dict[str, int]:
    """Folded name → id; a name two records share maps to ``AMBIGUOUS``."""
    out: dict[str, int] = {}
    for name, record_id in pairs:
        folded = key(name.strip())
        if folded:
            out[folded] = AMBIGUOUS if folded in out and out[folded] != record_id else record_id
    return out


@dataclass
class Lookups:
    """What the database holds that a spreadsheet may name."""

    families: dict[str, int] = field(default_factory=dict)
    family_versions: dict[int, int] = field(default_factory=dict)
    organizations: dict[str, int] = field(default_factory=dict)
    organization_codes: dict[str, int] = field(default_factory=dict)
    organization_kinds: dict[int, OrganizationKind] = field(default_factory=dict)
    organization_versions: dict[int, int] = field(default_factory=dict)
    contact_emails: dict[str, int] = field(default_factory=dict)
    contact_names: dict[str, int] = field(default_factory=dict)
    contact_versions: dict[int, int] = field(default_factory=dict)
    service_codes: dict[str, int] = field(default_factory=dict)
    service_names: dict[str, int] = field(default_factory=dict)
    service_versions: dict[int, int] = field(default_factory=dict)

    @classmethod
    def read(cls, session: Session) -> Lookups:
        found = cls()
        connection: Any = session.connection()  # plain rows: no ORM entities to build for 100,000 names
        rows = connection.execute(sa.select(col(ServiceFamily.id), col(ServiceFamily.name),
                                            col(ServiceFamily.version))).all()
        found.families = _index([(n, i) for i, n, _v in rows])
        found.family_versions = {i: v for i, _n, v in rows}
        orgs = connection.execute(sa.select(col(Organization.id), col(Organization.name), col(Organization.code),
                                            col(Organization.kind), col(Organization.version))).all()
        found.organizations = _index([(n, i) for i, n, _c, _k, _v in orgs])
        found.organization_codes = _index([(c, i) for i, _n, c, _k, _v in orgs if c])
        found.organization_kinds = {i: OrganizationKind(k) for i, _n, _c, k, _v in orgs}
        found.organization_versions = {i: v for i, _n, _c, _k, v in orgs}
        contacts = connection.execute(sa.select(col(Contact.id), col(Contact.name), col(Contact.email),
                                                col(Contact.version))).all()
        found.contact_emails = _index([(e, i) for i, _n, e, _v in contacts if e])
        found.contact_names = _index([(n, i) for i, n, _e, _v in contacts])
        found.contact_versions = {i: v for i, _n, _e, v in contacts}
        services = connection.execute(sa.select(col(Service.id), col(Service.code), col(Service.name),
                                                col(Service.version))).all()
        found.service_codes = {c: i for i, c, _n, _v in services}
        found.service_names = _index([(n, i) for i, _c, n, _v in services])
        found.service_versions = {i: v for i, _c, _n, v in services}
        return found

    def organization(self, name: str) -> int | None:
        """An organization named by its name or its code; ``AMBIGUOUS`` if two match."""
        folded = key(name.strip())
        return self.organizations.get(folded) or self.organization_codes.get(folded)

    def contact(self, name_or_email: str) -> int | None:
        folded = key(name_or_email.strip())
        if "@" in folded:
            return self.contact_emails.get(folded)
        return self.contact_names.get(folded)
