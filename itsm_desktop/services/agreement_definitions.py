"""The terms an agreement defines once (with the team's defaults), and the facts an OLA or a
UC states about its services itself, prefilled where the catalog knows something true of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session, col, select

from itsm_desktop.domain.definitions import (
    DEFAULT_PRIORITY_SCHEME,
    PriorityLevel,
    scheme_from_json,
    scheme_problems,
    scheme_to_json,
)
from itsm_desktop.domain.enums import AgreementKind
from itsm_desktop.domain.errors import ValidationError
from itsm_desktop.domain.forms import ServiceTermsRow
from itsm_desktop.domain.models import Service, ServiceSupplier, TeamSetting, utcnow
from itsm_desktop.store import Database

_PRIORITIES = "priority_scheme"
_SUPPORT_HOURS = "support_hours"


@dataclass(frozen=True)
class TeamDefinitions:
    """What a new agreement starts from: the team's priority scheme and support hours."""

    priorities: tuple[PriorityLevel, ...] = DEFAULT_PRIORITY_SCHEME
    support_hours_name: str = ""
    support_hours: str = ""


def read_team_definitions(session: Session) -> TeamDefinitions:
    """The team's defaults (the built-in scheme until the team saves its own)."""
    settings = {s.key: s.value for s in session.exec(
        select(TeamSetting).where(col(TeamSetting.key).in_([_PRIORITIES, _SUPPORT_HOURS])))}
    scheme = scheme_from_json(settings.get(_PRIORITIES)) or DEFAULT_PRIORITY_SCHEME
    hours = settings.get(_SUPPORT_HOURS)
    hours = hours if isinstance(hours, dict) else {}
    return TeamDefinitions(scheme, str(hours.get("name", "")), str(hours.get("definition", "")))


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
    values = {_PRIORITIES: scheme_to_json(definitions.priorities),
              _SUPPORT_HOURS: {"name": definitions.support_hours_name.strip(),
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
