"""Names in a spreadsheet to records in the database: families and organizations by name or
code, contacts by e-mail or name, services by code or name — read once per import."""

from __future__ import annotations

from functools import cached_property
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


class Lookups:
    """What the database holds that a spreadsheet may name.

    The records are read once, as plain rows; each index is built the first time it is
    asked for, so an import folds only the names it can use (a file naming owners by e-mail
    never folds 100,000 contact names)."""

    def __init__(self, families: list[Any], organizations: list[Any], contacts: list[Any],
                 services: list[Any]) -> None:
        self._families, self._organizations = families, organizations
        self._contacts, self._services = contacts, services

    @classmethod
    def read(cls, session: Session) -> Lookups:
        connection: Any = session.connection()

        def rows(*columns: Any) -> list[Any]:  # the driver's tuples: no row objects for 100,000 names
            result = connection.execute(sa.select(*columns))
            try:
                return list(result.cursor.fetchall())
            finally:
                result.close()

        return cls(rows(col(ServiceFamily.id), col(ServiceFamily.name), col(ServiceFamily.version)),
                   rows(col(Organization.id), col(Organization.name), col(Organization.code),
                        col(Organization.kind), col(Organization.version)),
                   rows(col(Contact.id), col(Contact.name), col(Contact.email), col(Contact.version)),
                   rows(col(Service.id), col(Service.code), col(Service.name), col(Service.version)))

    @cached_property
    def families(self) -> dict[str, int]:
        return _index([(n, i) for i, n, _v in self._families])

    @cached_property
    def family_versions(self) -> dict[int, int]:
        return {i: v for i, _n, v in self._families}

    @cached_property
    def organizations(self) -> dict[str, int]:
        return _index([(n, i) for i, n, _c, _k, _v in self._organizations])

    @cached_property
    def organization_codes(self) -> dict[str, int]:
        return _index([(c, i) for i, _n, c, _k, _v in self._organizations if c])

    @cached_property
    def organization_kinds(self) -> dict[int, OrganizationKind]:
        return {i: OrganizationKind(k) for i, _n, _c, k, _v in self._organizations}

    @cached_property
    def organization_versions(self) -> dict[int, int]:
        return {i: v for i, _n, _c, _k, v in self._organizations}

    @cached_property
    def contact_emails(self) -> dict[str, int]:
        return _index([(e, i) for i, _n, e, _v in self._contacts if e])

    @cached_property
    def contact_names(self) -> dict[str, int]:
        return _index([(n, i) for i, n, _e, _v in self._contacts])

    @cached_property
    def contact_versions(self) -> dict[int, int]:
        return {i: v for i, _n, _e, v in self._contacts}

    @cached_property
    def service_codes(self) -> dict[str, int]:
        return {c: i for i, c, _n, _v in self._services}

    @cached_property
    def service_names(self) -> dict[str, int]:
        return _index([(n, i) for i, _c, n, _v in self._services])

    @cached_property
    def service_versions(self) -> dict[int, int]:
        return {i: v for i, _c, _n, v in self._services}

    def organization(self, name: str) -> int | None:
        """An organization named by its name or its code; ``AMBIGUOUS`` if two match."""
        folded = key(name.strip())
        return self.organizations.get(folded) or self.organization_codes.get(folded)

    def contact(self, name_or_email: str) -> int | None:
        folded = key(name_or_email.strip())
        if "@" in folded:
            return self.contact_emails.get(folded)
        return self.contact_names.get(folded)
