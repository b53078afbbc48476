"""The terms an agreement defines once (with the team's defaults), and the facts an OLA or a
UC states about its services itself, prefilled where the catalog knows something true of them.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, col, select

from itsm_desktop.domain.definitions import (
    scheme_problems,
    scheme_to_json,
)
from itsm_desktop.domain.enums import AgreementKind
from itsm_desktop.domain.errors import ValidationError
from itsm_desktop.domain.forms import ServiceTermsRow
from itsm_desktop.domain.models import Service, ServiceSupplier, TeamSetting, utcnow
from itsm_desktop.store import Database
from itsm_desktop.store.rows import rows_of

from .reads import team
from .reads.team import TeamDefinitions as TeamDefinitions  # the editors' name for it


def read_team_definitions(session: Session) -> TeamDefinitions:
    """The team's defaults (the built-in scheme until the team saves its own)."""
    return team.read_team_definitions(rows_of(session))


def team_definitions(db: Database) -> TeamDefinitions:
    with db.read() as session:
        return read_team_definitions(session)


def save_team_definitions(db: Database, *, definitions: TeamDefinitions) -> TeamDefinitions:
    """Make ``definitions`` the team's defaults for agreements started from now on."""
    problems = scheme_problems(definitions.priorities)
    if not definitions.priorities:
        problems["priorities"] = "The team's priority scheme needs at least one level."
    if problems:
        raise ValidationError(problems)
    values = {team.PRIORITIES_KEY: scheme_to_json(definitions.priorities),
              team.SUPPORT_HOURS_KEY: {"name": definitions.support_hours_name.strip(),
                               "definition": definitions.support_hours.strip()}}
    with db.write() as session:
        for key, value in values.items():
            setting = session.get(TeamSetting, key) or TeamSetting(key=key)
            setting.value, setting.updated_at = value, utcnow()
            session.add(setting)
    return definitions


def suggested_terms(db: Database, *, kind: AgreementKind, provider_id: int | None,
                    service_ids: Sequence[int]) -> list[ServiceTermsRow]:
    """What an OLA or a UC may start from for each service: a UC what its supplier supplies and
    under which contract (as the catalog records it), an OLA the catalog's description (both
    sides are ours). Support channels are left to be written: the catalog's are the users'
    way to us, not the customer's way to this provider. Nothing for an SLA."""
    if kind is AgreementKind.SLA or not service_ids:
        return []
    with db.read() as session:
        services = {s.id: s for s in session.exec(select(Service).where(col(Service.id).in_(list(service_ids))))}
        supplied = {r.service_id: r for r in session.exec(select(ServiceSupplier).where(
            col(ServiceSupplier.service_id).in_(list(service_ids)),
            ServiceSupplier.supplier_id == provider_id).order_by(col(ServiceSupplier.id).desc()))}
    rows = []
    for sid in service_ids:
        service = services.get(sid)
        if service is None:
            continue
        if kind is AgreementKind.UC:
            row = supplied.get(sid)
            rows.append(ServiceTermsRow(service_id=sid, description=row.supplies if row else "",
                                        contract_reference=row.contract_reference if row else ""))
        else:
            rows.append(ServiceTermsRow(service_id=sid, description=service.description))
    return rows
