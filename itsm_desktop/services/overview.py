"""The at-a-glance read model of the home page: catalog by status, gaps, recent changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import col, func, select

from itsm_desktop.domain.enums import AgreementStatus, HistoryAction, ServiceStatus
from itsm_desktop.domain.models import (
    Agreement,
    AgreementService,
    Contact,
    HistoryEntry,
    Organization,
    Record,
    Service,
    ServiceFamily,
)
from itsm_desktop.store import Database

LIVE_WITHOUT_AGREEMENT_LIMIT = 50
RECENT_LIMIT = 15


@dataclass(frozen=True)
class RecentChange:
    """One line of the history: what happened to which record, when and by whom."""

    entity: str
    entity_id: int
    label: str  # the record's name (or reference) now, or when it was deleted
    action: HistoryAction
    summary: str
    at: datetime
    who: str
    exists: bool  # False once the record was deleted


@dataclass(frozen=True)
class Overview:
    """What the home page shows."""

    services_by_status: dict[ServiceStatus, int]
    live_without_agreement: list[tuple[int, str, str]]  # id, code, name
    live_without_agreement_total: int
    recent: list[RecentChange]

    @property
    def service_count(self) -> int:
        return sum(self.services_by_status.values())


_MODELS: dict[str, type[Record]] = {"service": Service, "agreement": Agreement, "organization": Organization,
                                    "contact": Contact, "service_family": ServiceFamily}


def _label(record: Record | None, entry: HistoryEntry) -> str:
    """How a changed record is named: reference and revision, code, or name."""
    if isinstance(record, Agreement):
        return f"{record.reference} rev. {record.revision}" if record.revision > 1 else record.reference
    if isinstance(record, Service):
        return f"{record.code} — {record.name}"
    name = getattr(record, "name", None)
    if name:
        return str(name)
    old = (entry.changes or {}).get("name") or (entry.changes or {}).get("reference")
    if isinstance(old, list) and old and old[0]:
        return str(old[0])
    return f"#{entry.entity_id}"


def overview(db: Database, *, recent_limit: int = RECENT_LIMIT) -> Overview:
    """Counts per lifecycle status, live services no current agreement covers, latest changes.

    A service counts as covered by any agreement that is not expired, terminated or superseded.
    """
    with db.read() as session:
        counts = {status: 0 for status in ServiceStatus}
        for status, n in session.exec(select(Service.status, func.count()).group_by(Service.status)).all():
            counts[ServiceStatus(status)] = int(n)
        current = (select(AgreementService.service_id)
                   .join(Agreement, col(Agreement.id) == AgreementService.agreement_id)
                   .where(col(Agreement.status).in_([AgreementStatus.DRAFT, AgreementStatus.IN_REVIEW,
                                                     AgreementStatus.ACTIVE])))
        uncovered = sa.and_(col(Service.status) == ServiceStatus.LIVE, col(Service.id).not_in(current))
        total = int(session.exec(select(func.count()).select_from(Service).where(uncovered)).one())
        rows = session.exec(select(Service.id, Service.code, Service.name).where(uncovered)
                            .order_by(Service.code).limit(LIVE_WITHOUT_AGREEMENT_LIMIT)).all()
        entries = session.exec(select(HistoryEntry).order_by(col(HistoryEntry.at).desc(),
                                                             col(HistoryEntry.id).desc())
                               .limit(recent_limit)).all()
        recent = []
        for entry in entries:
            model = _MODELS.get(entry.entity)
            record = session.get(model, entry.entity_id) if model is not None else None
            recent.append(RecentChange(entity=entry.entity, entity_id=entry.entity_id,
                                       label=_label(record, entry), action=entry.action,
                                       summary=entry.summary, at=entry.at, who=entry.who,
                                       exists=record is not None))
        return Overview(services_by_status=counts,
                        live_without_agreement=[(i, c, n) for i, c, n in rows if i is not None],
                        live_without_agreement_total=total, recent=recent)
